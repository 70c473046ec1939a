package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table whose rows are keyed by a classification code, with an optional 合计 row.
 *
 * @param <K> the code type
 * @param <C> the column type
 * @param <R> the row type
 */
public interface CodedTable<K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>>
        extends ReportTable {

    /**
     * Gets the coded rows in printed order.
     *
     * @return the rows
     */
    List<R> getRows();

    /**
     * Gets the 合计 row: empty if the table prints none; an empty map if it prints one with
     * blank cells (as some real reports do).
     *
     * @return the total row's non-blank cells
     */
    Optional<Map<C, Amount>> getTotal();

    @Override
    List<C> columns();

    /**
     * Finds a row by code.
     *
     * @param code the code
     * @return the row, empty if the table has none
     */
    default Optional<R> findRow(K code) {
        for (R r : getRows()) {
            if (r.getCode().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Gets a cell of the 合计 row.
     *
     * @param column the column
     * @return the amount, empty if blank or there is no 合计 row
     */
    default Optional<Amount> getTotal(C column) {
        return getTotal().map(m -> m.get(column));
    }

    /**
     * The row key of a row.
     *
     * @param row the row
     * @return its key
     */
    RowKey keyOf(R row);

    @Override
    default List<Cell> cells() {
        List<C> cols = columns();
        List<Cell> out = new ArrayList<>((getRows().size() + 1) * cols.size());
        getTotal().ifPresent(t -> {
            for (C c : cols) {
                out.add(Cell.of(getTableId(), RowKey.TOTAL, c, Optional.ofNullable(t.get(c))));
            }
        });
        for (R r : getRows()) {
            RowKey k = keyOf(r);
            for (C c : cols) {
                out.add(Cell.of(getTableId(), k, r.getName(), c, r.get(c)));
            }
        }
        return out;
    }
}
