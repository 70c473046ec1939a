package io.github.juesuan.text;

import io.github.juesuan.layout.CellRef;
import io.github.juesuan.layout.EvaluationLocation;
import io.github.juesuan.layout.LayoutReadResult;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link TextReportReader} read from a document (the layout module's {@link LayoutReadResult}): the report, the problems met on the way
 * and where each table figure was read, so that a finding can point a person at the line to look
 * at.
 *
 * <p>Problems and locations use the types of the reader SPI ({@link Problem},
 * {@link SourceLocation}), as every reader of the library does. A location in a text gives the
 * source name as file, the 1-based line, and as column the 1-based <em>cell</em> number on that
 * line (the tab-separated cell or the Markdown pipe cell), 0 when the location is a whole line.
 * Every problem of the text reader is a {@linkplain Problem.Severity#WARNING warning}: a text that
 * could not be read at all throws instead.
 */
public final class TextReadResult {

    private final LayoutReadResult read;

    TextReadResult(LayoutReadResult read) {
        this.read = read;
    }

    /**
     * Gets the layout module's result this one wraps.
     *
     * @return the result
     */
    public LayoutReadResult getLayoutResult() {
        return read;
    }

    /**
     * Gets the name of the source (a file name), as given to the reader.
     *
     * @return the source name
     */
    public String getSourceName() {
        return read.getSourceName();
    }

    /**
     * Gets the report.
     *
     * @return the report
     */
    public FinalAccountReport getReport() {
        return read.getReport();
    }

    /**
     * Gets the problems, in line order. Each is a warning located by source name, line and cell;
     * a cell that did not parse gives its text as the problem's value.
     *
     * @return the problems, empty if the text read cleanly
     */
    public List<Problem> getProblems() {
        return read.getProblems();
    }

    /**
     * Tells whether reading met no problem.
     *
     * @return true if there are no problems
     */
    public boolean isClean() {
        return read.isClean();
    }

    /**
     * Gets where every cell of every table was read, blank cells included.
     *
     * @return the locations by cell
     */
    public Map<CellRef, SourceLocation> getProvenance() {
        return read.getProvenance();
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
        return read.locate(table, row, column);
    }

    /**
     * Gets where each 项目支出绩效自评表 was read, in the order of
     * {@link FinalAccountReport#getPerformanceEvaluations()}.
     *
     * @return the locations
     */
    public List<EvaluationLocation> getEvaluationLocations() {
        return read.getEvaluationLocations();
    }

    /**
     * Converts this result to the reader SPI's result (the report and the same problems).
     *
     * @return the SPI result
     */
    public ReadResult toReadResult() {
        return read.toReadResult();
    }

    @Override
    public String toString() {
        return "TextReadResult[" + read.getSourceName() + ", " + read.getReport().getDepartment() + " "
                + read.getReport().getFiscalYear() + ", " + read.getProblems().size() + " problems]";
    }
}
