package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Structural checks and helpers shared by the table types. */
final class Tables {

    private Tables() {
    }

    /** No code may appear twice in one table. */
    static <K extends Comparable<K>> void checkUniqueCodes(TableId table, List<? extends CodedRow<K, ?>> rows) {
        Set<K> seen = new HashSet<>();
        for (CodedRow<K, ?> r : rows) {
            if (!seen.add(r.getCode())) {
                throw new IllegalStateException(table.getLabel() + " lists code " + r.getCode()
                        + " twice: a code may appear only once in a table");
            }
        }
    }

    /** Every non-blank cell must be in a column of the table's edition. */
    static <C extends Enum<C> & TableColumn> void checkColumns(TableId table, TableEdition edition, List<C> columns,
            String where, Collection<C> used) {
        for (C c : used) {
            if (!columns.contains(c)) {
                throw new IllegalStateException(table.getLabel() + " " + where + " has a figure in column " + c.getId()
                        + " (" + c.getChineseName() + "), which the " + edition.getYear() + " edition does not print");
            }
        }
    }

    /** Rows of a functional-code table must hold functional codes of 类, 款 or 项 (always true by type). */
    static <C extends Enum<C> & TableColumn> Map<C, Amount> cells(Class<C> type, List<C> columns, String... printed) {
        if (printed.length > columns.size()) {
            throw new IllegalArgumentException("expected at most " + columns.size() + " cells, got " + printed.length);
        }
        Map<C, Amount> out = new EnumMap<>(type);
        for (int i = 0; i < printed.length; i++) {
            if (printed[i] != null && !Amount.isBlankOrPlaceholder(printed[i])) {
                out.put(columns.get(i), Amount.parse(printed[i]));
            }
        }
        return out;
    }

    /**
     * The columns of each edition in printed order, worked out once for an enum whose columns vary by
     * edition (the validation asks for them per table and rule).
     */
    static <C extends Enum<C>> Map<TableEdition, List<C>> byEdition(C[] values,
            java.util.function.BiPredicate<C, TableEdition> isIn) {
        Map<TableEdition, List<C>> out = new EnumMap<>(TableEdition.class);
        for (TableEdition e : TableEdition.values()) {
            List<C> columns = new java.util.ArrayList<>();
            for (C c : values) {
                if (isIn.test(c, e)) {
                    columns.add(c);
                }
            }
            out.put(e, List.copyOf(columns));
        }
        return out;
    }
}
