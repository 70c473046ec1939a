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

    /**
     * Writes rows that {@link FactsSink#gather(FactsSource, io.github.juesuan.spi.ReadResult,
     * io.github.juesuan.validation.ValidationResult, FactsFormat)}
     * already encoded in this writer's format, as they are.
     *
     * @param rows the encoded rows (whole lines)
     * @throws IOException if writing fails
     * @throws UnsupportedOperationException for a format whose rows are not encoded one by one (Parquet)
     */
    default void writeEncoded(byte[] rows) throws IOException {
        throw new UnsupportedOperationException("rows of this format are written by the sink's own thread");
    }
}
