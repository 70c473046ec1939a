package io.github.juesuan.excel;

import io.github.juesuan.layout.LayoutReadResult;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.spi.SourceLocator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ExcelReportReader} read: the report, the problems met on the way, and where each
 * figure came from (file, sheet and cell, such as {@code 公开03表} {@code E12}). Partial success is a
 * value: a workbook with a bad cell gives a report without that figure and a problem naming the
 * cell and its value.
 *
 * <p>Problems are the SPI's {@link Problem}s, located with
 * {@link SourceLocation#withCell(String, String)}: a value that was rejected (not a number, an
 * error value, a formula without a stored result, a bad date) is an error naming the value, a row,
 * column or table that was skipped is a warning. {@link #toReadResult()} gives the SPI's result.
 */
public final class ExcelReadResult {

    private final String sourceName;
    private final FinalAccountReport report;
    private final List<Problem> problems;
    private final LayoutReadResult layout;

    ExcelReadResult(String sourceName, FinalAccountReport report, List<Problem> problems, LayoutReadResult layout) {
        this.sourceName = sourceName;
        this.report = report;
        this.problems = List.copyOf(problems);
        this.layout = layout;
    }

    /** @return the file name or source description used in locations */
    public String getSourceName() {
        return sourceName;
    }

    /** @return the report */
    public FinalAccountReport getReport() {
        return report;
    }

    /** @return the problems, each with file, sheet and (mostly) cell */
    public List<Problem> getProblems() {
        return problems;
    }

    /** @return true if there are no problems */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * Converts to the SPI's result: the report with the same problems, and where each figure was read.
     *
     * @return the result
     */
    public ReadResult toReadResult() {
        return ReadResult.of(report, problems).withSources(getSources());
    }

    /**
     * Gets where each figure was read, as the reader SPI's locator: every table cell by sheet and
     * cell, and the funding rows, indicators and 总分 of each 项目支出绩效自评表 by their row.
     *
     * @return the locator
     */
    public SourceLocator getSources() {
        return layout.getSources();
    }

    /**
     * Finds where a table cell was read from.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @return the file, sheet and cell, empty if the cell was not read from a cell
     */
    public Optional<SourceLocation> locationOf(TableId table, RowKey row, TableColumn column) {
        return layout.locate(table, row, column);
    }

    /**
     * Finds where a cell of the report was read from.
     *
     * @param cell the cell, such as one of {@code getReport().cells()}
     * @return the file, sheet and cell, empty if not read from a cell
     */
    public Optional<SourceLocation> locationOf(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        return locationOf(cell.getTable(), cell.getRow(), cell.getColumn());
    }
}
