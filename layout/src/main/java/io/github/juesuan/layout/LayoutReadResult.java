package io.github.juesuan.layout;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.SourceLocator;
import io.github.juesuan.spi.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LayoutReader} read from a document: the report, the problems met on the way
 * and where each table figure was read, so that a finding can point a person at the line to look
 * at.
 *
 * <p>Problems and locations use the types of the reader SPI ({@link Problem},
 * {@link SourceLocation}), as every reader of the library does. A location gives the source name
 * as file, the page where the source has pages, the 1-based line, and as column the 1-based
 * <em>cell</em> number of a grid line (the tab-separated cell, the Markdown pipe cell) or the
 * 1-based display column where a positioned cell starts, 0 when the location is a whole line.
 * Every problem of the recognizer is a {@linkplain Problem.Severity#WARNING warning}: a document
 * that is not a report at all throws instead.
 */
public final class LayoutReadResult {

    private final String sourceName;
    private final FinalAccountReport report;
    private final List<Problem> problems;
    private final Map<CellRef, SourceLocation> provenance;
    private final List<EvaluationLocation> evaluationLocations;

    LayoutReadResult(String sourceName, FinalAccountReport report, List<Problem> problems,
            Map<CellRef, SourceLocation> provenance, List<EvaluationLocation> evaluationLocations) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.report = Objects.requireNonNull(report, "report");
        this.problems = List.copyOf(problems);
        this.provenance = Map.copyOf(provenance);
        this.evaluationLocations = List.copyOf(evaluationLocations);
    }

    /**
     * Gets the name of the source (a file name), as given to the reader.
     *
     * @return the source name
     */
    public String getSourceName() {
        return sourceName;
    }

    /**
     * Gets the report.
     *
     * @return the report
     */
    public FinalAccountReport getReport() {
        return report;
    }

    /**
     * Gets the problems, in line order. Each is a warning located by source name, line and cell;
     * a cell that did not parse gives its text as the problem's value.
     *
     * @return the problems, empty if the text read cleanly
     */
    public List<Problem> getProblems() {
        return problems;
    }

    /**
     * Tells whether reading met no problem.
     *
     * @return true if there are no problems
     */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * Gets where every cell of every table was read, blank cells included.
     *
     * @return the locations by cell
     */
    public Map<CellRef, SourceLocation> getProvenance() {
        return provenance;
    }

    /**
     * Finds where a cell was read.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @return the location (source name, line, cell number), empty if the cell was not read from the text
     */
    public Optional<SourceLocation> locate(TableId table, RowKey row, TableColumn column) {
        return Optional.ofNullable(provenance.get(CellRef.of(table, row, column)));
    }

    /**
     * Gets where each 项目支出绩效自评表 was read, in the order of
     * {@link FinalAccountReport#getPerformanceEvaluations()}.
     *
     * @return the locations
     */
    public List<EvaluationLocation> getEvaluationLocations() {
        return evaluationLocations;
    }

    /**
     * Gets where each figure was read, as the reader SPI's locator: every table cell, and the funding
     * rows, indicators and 总分 of each 项目支出绩效自评表 (by their line).
     *
     * @return the locator
     */
    public SourceLocator getSources() {
        return new LayoutSources(this);
    }

    /**
     * Returns this reading with another report, such as the one read completed by what its source
     * states beside the layout (a workbook's metadata sheet): the same problems and provenance.
     *
     * @param report the report, not null
     * @return the result
     */
    public LayoutReadResult withReport(FinalAccountReport report) {
        return new LayoutReadResult(sourceName, report, problems, provenance, evaluationLocations);
    }

    /**
     * Returns this reading with other problems, such as a format reader's own (a PDF's pages without
     * a text layer) before the recognizer's: the same report and provenance.
     *
     * @param problems the problems, in the order to report them, not null
     * @return the result
     */
    public LayoutReadResult withProblems(List<Problem> problems) {
        return new LayoutReadResult(sourceName, report, problems, provenance, evaluationLocations);
    }

    /**
     * Returns this reading with other cell locations, such as a PDF reader's, which locate each cell
     * by its box on the page where the recognizer had the line: the same report and problems.
     *
     * @param provenance where every cell was read, not null
     * @return the result
     */
    public LayoutReadResult withProvenance(Map<CellRef, SourceLocation> provenance) {
        return new LayoutReadResult(sourceName, report, problems, provenance, evaluationLocations);
    }

    /**
     * Converts this result to the reader SPI's result (the report, the same problems and
     * {@link #getSources()}).
     *
     * @return the SPI result
     */
    public ReadResult toReadResult() {
        return ReadResult.of(report, problems).withSources(getSources());
    }

    @Override
    public String toString() {
        return "LayoutReadResult[" + sourceName + ", " + report.getDepartment() + " " + report.getFiscalYear() + ", "
                + problems.size() + " problems]";
    }
}
