package io.github.juesuan.text;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TextReportReader} read from a document: the report, the problems met on the way
 * and where each table figure was read, so that a finding can point a person at the line to look
 * at.
 *
 * <p>Provisional: to be unified with the shared read result of the reader SPI.
 */
public final class TextReadResult {

    private final String sourceName;
    private final FinalAccountReport report;
    private final List<TextProblem> problems;
    private final Map<CellRef, TextLocation> provenance;
    private final List<EvaluationLocation> evaluationLocations;

    TextReadResult(String sourceName, FinalAccountReport report, List<TextProblem> problems,
            Map<CellRef, TextLocation> provenance, List<EvaluationLocation> evaluationLocations) {
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
     * Gets the problems, in line order.
     *
     * @return the problems, empty if the text read cleanly
     */
    public List<TextProblem> getProblems() {
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
    public Map<CellRef, TextLocation> getProvenance() {
        return provenance;
    }

    /**
     * Finds where a cell was read.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @return the location, empty if the cell was not read from the text
     */
    public Optional<TextLocation> locate(TableId table, RowKey row, TableColumn column) {
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

    @Override
    public String toString() {
        return "TextReadResult[" + sourceName + ", " + report.getDepartment() + " " + report.getFiscalYear() + ", "
                + problems.size() + " problems]";
    }
}
