package io.github.juesuan.layout;

import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import java.util.Objects;

/**
 * The address of a cell in the uniform cell view of a report: table, row key and column id
 * ({@link TableColumn#getId()}), as {@link io.github.juesuan.report.Cell} has them.
 *
 * @param table the table
 * @param row the row key
 * @param columnId the column id, such as {@code TOTAL}
 */
public record CellRef(TableId table, RowKey row, String columnId) {

    /**
     * Creates a reference.
     *
     * @param table the table, not null
     * @param row the row, not null
     * @param columnId the column id, not null
     */
    public CellRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(columnId, "columnId");
    }

    /**
     * Creates a reference from a column.
     *
     * @param table the table
     * @param row the row
     * @param column the column
     * @return the reference
     */
    public static CellRef of(TableId table, RowKey row, TableColumn column) {
        return new CellRef(table, row, column.getId());
    }
}
