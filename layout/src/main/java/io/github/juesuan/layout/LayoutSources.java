package io.github.juesuan.layout;

import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.spi.SourceLocator;
import java.util.List;
import java.util.Optional;

/** The reader SPI's {@link SourceLocator} over what the recognizer kept of a layout document. */
final class LayoutSources implements SourceLocator {

    private final LayoutReadResult result;

    LayoutSources(LayoutReadResult result) {
        this.result = result;
    }

    @Override
    public Optional<SourceLocation> locate(TableId table, RowKey row, TableColumn column) {
        return result.locate(table, row, column);
    }

    @Override
    public Optional<SourceLocation> locateFunding(int evaluation, FundingSource source) {
        return evaluation(evaluation).map(e -> e.fundingLines().get(source)).flatMap(this::line);
    }

    @Override
    public Optional<SourceLocation> locateIndicator(int evaluation, int indicator) {
        return evaluation(evaluation).filter(e -> indicator >= 0 && indicator < e.indicatorLines().size())
                .map(e -> e.indicatorLines().get(indicator)).flatMap(this::line);
    }

    @Override
    public Optional<SourceLocation> locateTotalScore(int evaluation) {
        return evaluation(evaluation).map(EvaluationLocation::totalScoreLine).flatMap(this::line);
    }

    private Optional<EvaluationLocation> evaluation(int index) {
        List<EvaluationLocation> all = result.getEvaluationLocations();
        return index >= 0 && index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
    }

    private Optional<SourceLocation> line(Integer line) {
        return line == null || line <= 0 ? Optional.empty()
                : Optional.of(SourceLocation.ofFile(result.getSourceName()).withLine(line, 0));
    }
}
