package io.github.juesuan.facts;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes the rows of one facts table in one format. A row holds, by column position, a
 * {@link String}, {@link Integer}, {@link Boolean}, a {@link java.math.BigDecimal} already at its
 * column's scale, or null.
 */
interface RowWriter extends Closeable {

    /**
     * Writes one row.
     *
     * @param row the values, one per column
     * @throws IOException if writing fails
     */
    void write(Object[] row) throws IOException;
}
