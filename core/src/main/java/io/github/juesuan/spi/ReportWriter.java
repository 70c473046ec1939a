package io.github.juesuan.spi;

import io.github.juesuan.report.FinalAccountReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one report in a format. Implementations are thread-safe and lose nothing the format can
 * hold: every figure, blank cell, code, printed name, note and statement.
 */
public interface ReportWriter {

    /**
     * Writes a report; the stream is flushed, not closed.
     *
     * @param report the report, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    void write(FinalAccountReport report, OutputStream out);

    /**
     * Writes a report to a file, replacing it.
     *
     * @param report the report, not null
     * @param file the file, not null
     * @throws UncheckedIOException if writing fails
     */
    default void write(FinalAccountReport report, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
