package io.github.juesuan.excel;

import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ExcelReportReader} read: the report, the problems met on the way, and where each
 * figure came from (file, sheet and cell, such as {@code 公开03表} {@code E12}). Partial success is a
 * value: a workbook with a bad cell gives a report without that figure and a problem naming the
 * cell.
 *
 * <p>Problems are the SPI's {@link Problem}s, located with
 * {@link SourceLocation#withCell(String, String)}: a value that was rejected (not a number, an
 * error value, a formula without a stored result, a bad date) is an error, a row, column or table
 * that was skipped is a warning. {@link #toReadResult()} gives the SPI's result.
 */
public final class ExcelReadResult {

    private final String sourceName;
    private final FinalAccountReport report;
    private final List<Problem> problems;
    private final Map<CellKey, ExcelCellRef> locations;

    ExcelReadResult(String sourceName, FinalAccountReport report, List<ExcelProblem> problems,
            Map<CellKey, ExcelCellRef> locations) {
        this.sourceName = sourceName;
        this.report = report;
        List<Problem> ps = new ArrayList<>(problems.size());
        for (ExcelProblem p : problems) {
            ps.add(p.toProblem(sourceName));
        }
        this.problems = List.copyOf(ps);
        this.locations = locations;
    }

    /** @return the file name or source description used in locations */
    public String getSourceName() {
        return sourceName;
    }

    /** @return the report */
    public FinalAccountReport getReport() {
        return report;
    }

    /** @return the problems, in the order met, each with file, sheet and (mostly) cell */
    public List<Problem> getProblems() {
        return problems;
    }

    /** @return true if there are no problems */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * Converts to the SPI's result: the report with the same problems.
     *
     * @return the result
     */
    public ReadResult toReadResult() {
        return ReadResult.of(report, problems);
    }

    /**
     * Finds where a table cell was read from.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @return the file, sheet and cell, empty if the cell was blank or not read from a cell
     */
    public Optional<SourceLocation> locationOf(TableId table, RowKey row, TableColumn column) {
        ExcelCellRef ref = locations.get(key(table, row, column));
        return ref == null ? Optional.empty() : Optional.of(ref.toLocation(sourceName));
    }

    /**
     * Finds where a cell of the report was read from.
     *
     * @param cell the cell, such as one of {@code getReport().cells()}
     * @return the file, sheet and cell, empty if blank or not read from a cell
     */
    public Optional<SourceLocation> locationOf(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        return locationOf(cell.getTable(), cell.getRow(), cell.getColumn());
    }

    static CellKey key(TableId table, RowKey row, TableColumn column) {
        return new CellKey(table, row, column.getId());
    }

    /** The key of a figure's location: table, row and column id (no text is built per figure). */
    static final class CellKey {
        private final TableId table;
        private final RowKey row;
        private final String column;

        CellKey(TableId table, RowKey row, String column) {
            this.table = table;
            this.row = row;
            this.column = column;
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof CellKey)) {
                return false;
            }
            CellKey k = (CellKey) obj;
            return k.table == table && k.row.equals(row) && k.column.equals(column);
        }

        @Override
        public int hashCode() {
            return (table.ordinal() * 31 + row.hashCode()) * 31 + column.hashCode();
        }

        @Override
        public String toString() {
            return table.name() + "|" + row + "|" + column;
        }
    }
}
