package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import java.util.Map;
import java.util.Optional;

/**
 * A row of a coded table: a classification code, the name the document prints beside it (which
 * may differ from the catalog's), and its amounts by column. A column missing from
 * {@link #getAmounts()} is a blank cell; a zero is a printed zero.
 *
 * @param <K> the code type
 * @param <C> the column type
 */
public interface CodedRow<K extends Comparable<K>, C extends Enum<C> & TableColumn> {

    /**
     * Gets the code.
     *
     * @return the code
     */
    K getCode();

    /**
     * Gets the name as printed in the document.
     *
     * @return the printed name
     */
    String getName();

    /**
     * Gets the non-blank cells by column.
     *
     * @return the amounts
     */
    Map<C, Amount> getAmounts();

    /**
     * Gets one cell.
     *
     * @param column the column
     * @return the amount, empty if blank
     */
    default Optional<Amount> get(C column) {
        return Optional.ofNullable(getAmounts().get(column));
    }

    /**
     * Gets one cell, zero if blank.
     *
     * @param column the column
     * @return the amount or zero
     */
    default Amount getOrZero(C column) {
        return getAmounts().getOrDefault(column, Amount.ZERO);
    }
}
