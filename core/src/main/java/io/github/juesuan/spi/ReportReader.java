package io.github.juesuan.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one report from a source of a format. Implementations are thread-safe.
 */
public interface ReportReader {

    /**
     * Reads a report. Bad input is reported in the result, never as an exception; the stream is
     * not closed.
     *
     * @param in the bytes of the source, not null
     * @param sourceName the name used in problem locations, such as a file name
     * @return the report and the problems met
     * @throws UncheckedIOException if the stream cannot be read
     */
    ReadResult read(InputStream in, String sourceName);

    /**
     * Reads a report from a file.
     *
     * @param file the file, not null
     * @return the report and the problems met, located in the file
     * @throws UncheckedIOException if the file cannot be read
     */
    default ReadResult read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
