package io.github.juesuan.facts;

import java.io.IOException;

/**
 * A writer of a text format (CSV, JSON Lines), whose rows can be encoded one by one on another
 * thread ({@link FactsSink#gather(FactsSource, io.github.juesuan.spi.ReadResult,
 * io.github.juesuan.validation.ValidationResult, FactsFormat)}) and then copied as they are.
 */
interface TextRowWriter extends RowWriter {

    /**
     * Writes rows already encoded in this writer's format.
     *
     * @param rows the encoded rows (whole lines)
     * @throws IOException if writing fails
     */
    void writeEncoded(byte[] rows) throws IOException;
}
