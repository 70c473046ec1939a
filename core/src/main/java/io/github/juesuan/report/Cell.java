package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of the uniform view of a table: table, row, column and the amount, or blank.
 * {@link ReportTable#cells()} lists every cell of a table exactly once, blank ones included.
 */
public final class Cell {

    private final TableId table;
    private final RowKey row;
    private final String rowName;
    private final TableColumn column;
    private final Amount amount;

    private Cell(TableId table, RowKey row, String rowName, TableColumn column, Amount amount) {
        this.table = Objects.requireNonNull(table, "table");
        this.row = Objects.requireNonNull(row, "row");
        this.rowName = Objects.requireNonNull(rowName, "rowName");
        this.column = Objects.requireNonNull(column, "column");
        this.amount = amount;
    }

    /**
     * Creates a cell.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @param amount the amount, empty for a blank cell
     * @return the cell
     */
    public static Cell of(TableId table, RowKey row, TableColumn column, Optional<Amount> amount) {
        return new Cell(table, row, row.getValue(), column, amount.orElse(null));
    }

    /**
     * Creates a cell of a row whose printed name differs from its key (a coded row).
     *
     * @param table the table
     * @param row the row key
     * @param rowName the name the document prints for the row
     * @param column the column
     * @param amount the amount, empty for a blank cell
     * @return the cell
     */
    public static Cell of(TableId table, RowKey row, String rowName, TableColumn column, Optional<Amount> amount) {
        return new Cell(table, row, rowName, column, amount.orElse(null));
    }

    /**
     * Gets the table.
     *
     * @return the table
     */
    public TableId getTable() {
        return table;
    }

    /**
     * Gets the row key.
     *
     * @return the row
     */
    public RowKey getRow() {
        return row;
    }

    /**
     * Gets the row's name as printed: the name beside a code, or the label of a line.
     *
     * @return the row name
     */
    public String getRowName() {
        return rowName;
    }

    /**
     * Gets the column.
     *
     * @return the column
     */
    public TableColumn getColumn() {
        return column;
    }

    /**
     * Gets the amount.
     *
     * @return the amount, empty if the cell is blank
     */
    public Optional<Amount> getAmount() {
        return Optional.ofNullable(amount);
    }

    /**
     * Gets the amount, zero for a blank cell (blank is zero for arithmetic).
     *
     * @return the amount or zero
     */
    public Amount getAmountOrZero() {
        return amount == null ? Amount.ZERO : amount;
    }

    /**
     * Tells whether the cell is blank.
     *
     * @return true if blank
     */
    public boolean isBlank() {
        return amount == null;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Cell)) {
            return false;
        }
        Cell c = (Cell) obj;
        return table == c.table && row.equals(c.row) && rowName.equals(c.rowName) && column.equals(c.column)
                && Objects.equals(amount, c.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, row, rowName, column, amount);
    }

    /**
     * A reference such as {@code 公开03表[201, TOTAL]=5987.96}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return table.getLabel() + "[" + row + ", " + column.getId() + "]=" + (amount == null ? "blank" : amount);
    }
}
