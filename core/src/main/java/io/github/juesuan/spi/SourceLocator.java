package io.github.juesuan.spi;

import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import java.util.Optional;

/**
 * Tells where in its source each figure of a report was read (file, page, line, cell), so that a
 * view such as the HTML review report can show it beside the figure, and a finding can name the
 * place. Readers that know positions attach one to their {@link ReadResult}
 * ({@link ReadResult#getSources()}); the text and layout readers know every table cell and every
 * row of each 项目支出绩效自评表:
 *
 * <pre>{@code
 * ReadResult read = Formats.discover().forPath(path).orElseThrow().reader().orElseThrow().read(path);
 * Optional<SourceLocation> at = read.getSources().locate(TableId.T03, RowKey.total(), TableColumn.TOTAL);
 * }</pre>
 *
 * <p>Only {@link #locate(TableId, RowKey, TableColumn)} is required; the 绩效自评表 lookups default
 * to "unknown". Every method returns empty where the source is not known.
 */
@FunctionalInterface
public interface SourceLocator {

    /**
     * Finds where a cell of 公开01表…公开09表 was read.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @return the location, empty if unknown
     */
    Optional<SourceLocation> locate(TableId table, RowKey row, TableColumn column);

    /**
     * Finds where a funding row (资金情况) of a 项目支出绩效自评表 was read.
     *
     * @param evaluation the index of the table in {@code FinalAccountReport.getPerformanceEvaluations()}
     * @param source the funding row
     * @return the location, empty if unknown
     */
    default Optional<SourceLocation> locateFunding(int evaluation, FundingSource source) {
        return Optional.empty();
    }

    /**
     * Finds where an indicator row (绩效指标) of a 项目支出绩效自评表 was read.
     *
     * @param evaluation the index of the table in {@code FinalAccountReport.getPerformanceEvaluations()}
     * @param indicator the index of the indicator in {@code getIndicators()}
     * @return the location, empty if unknown
     */
    default Optional<SourceLocation> locateIndicator(int evaluation, int indicator) {
        return Optional.empty();
    }

    /**
     * Finds where the 总分 line of a 项目支出绩效自评表 was read.
     *
     * @param evaluation the index of the table in {@code FinalAccountReport.getPerformanceEvaluations()}
     * @return the location, empty if unknown
     */
    default Optional<SourceLocation> locateTotalScore(int evaluation) {
        return Optional.empty();
    }

    /**
     * A locator that knows nothing (for a report built in code, or read from a format without
     * positions).
     *
     * @return the locator
     */
    static SourceLocator none() {
        return (table, row, column) -> Optional.empty();
    }
}
