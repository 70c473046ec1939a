package io.github.juesuan.excel;

import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ExcelReportReader} read: the report, the problems met on the way, and where each
 * figure came from ({@code 公开03表!E12}). Partial success is a value: a workbook with a bad cell
 * gives a report without that figure and a problem naming the cell.
 */
public final class ExcelReadResult {

    private final FinalAccountReport report;
    private final List<ExcelProblem> problems;
    private final Map<String, ExcelCellRef> locations;

    ExcelReadResult(FinalAccountReport report, List<ExcelProblem> problems, Map<String, ExcelCellRef> locations) {
        this.report = report;
        this.problems = List.copyOf(problems);
        this.locations = Map.copyOf(locations);
    }

    /** @return the report */
    public FinalAccountReport getReport() {
        return report;
    }

    /** @return the problems, in the order met */
    public List<ExcelProblem> getProblems() {
        return problems;
    }

    /** @return true if there are no problems */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * Finds where a table cell was read from.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @return the cell reference, empty if the cell was blank or not read from a cell
     */
    public Optional<ExcelCellRef> locationOf(TableId table, RowKey row, TableColumn column) {
        return Optional.ofNullable(locations.get(key(table, row, column)));
    }

    /**
     * Finds where a cell of the report was read from.
     *
     * @param cell the cell, such as one of {@code getReport().cells()}
     * @return the cell reference, empty if blank or not read from a cell
     */
    public Optional<ExcelCellRef> locationOf(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        return locationOf(cell.getTable(), cell.getRow(), cell.getColumn());
    }

    static String key(TableId table, RowKey row, TableColumn column) {
        return table.name() + "|" + row + "|" + column.getId();
    }
}
