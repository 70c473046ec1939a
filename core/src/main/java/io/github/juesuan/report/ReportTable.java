package io.github.juesuan.report;

import java.util.List;
import java.util.Optional;

/**
 * What every table of the public set has in common: its id, its layout edition, the statement
 * that it is empty if the document makes one, the notes printed under it, and the uniform view
 * of its cells, so that validators, writers and exports need no case per table.
 */
public interface ReportTable {

    /**
     * Gets the table id.
     *
     * @return the id
     */
    TableId getTableId();

    /**
     * Gets the layout edition of the table.
     *
     * @return the edition
     */
    TableEdition getEdition();

    /**
     * Gets the statement that the table is deliberately empty, such as
     * {@code 本单位没有政府性基金预算财政拨款。}, kept as printed.
     *
     * @return the statement, empty if the document makes none
     */
    Optional<String> getEmptyStatement();

    /**
     * Gets the notes printed under the table ({@code 注：…}), as printed.
     *
     * @return the notes
     */
    List<String> getNotes();

    /**
     * Gets the columns of the table in printed order (their 栏次 is their position + 1).
     *
     * @return the columns
     */
    List<? extends TableColumn> columns();

    /**
     * Lists every cell of the table exactly once, in printed row order then column order, blank
     * cells included.
     *
     * @return the cells
     */
    List<Cell> cells();

    /**
     * Tells whether the table is printed with figures or declared empty.
     *
     * @return {@link TablePresence#DECLARED_EMPTY} if there is an empty statement, else
     *         {@link TablePresence#PRESENT}
     */
    default TablePresence getPresence() {
        return getEmptyStatement().isPresent() ? TablePresence.DECLARED_EMPTY : TablePresence.PRESENT;
    }

    /**
     * Finds a cell by row and column.
     *
     * @param row the row key
     * @param column the column
     * @return the cell, empty if the table has no such row or column
     */
    default Optional<Cell> findCell(RowKey row, TableColumn column) {
        for (Cell c : cells()) {
            if (c.getRow().equals(row) && c.getColumn().equals(column)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
