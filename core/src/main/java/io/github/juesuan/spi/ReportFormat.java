package io.github.juesuan.spi;

import java.util.List;
import java.util.Optional;

/**
 * A file format for reports, found by {@link java.util.ServiceLoader}: list the implementing class
 * in {@code META-INF/services/io.github.juesuan.spi.ReportFormat}. Implementations need a public
 * no-argument constructor and are thread-safe.
 *
 * <p>A format is known by a short lower-case {@linkplain #getName() name} ({@code json},
 * {@code text}, {@code excel}) and by the {@linkplain #getFileExtensions() file extensions} it
 * claims. The library's own formats say {@link #isBuiltIn()}; a format of the user's with the same
 * name or extension replaces a built-in one (see {@link Formats}).
 */
public interface ReportFormat {

    /**
     * Gets the name, lower case, unique among the formats in use.
     *
     * @return the name, such as {@code json}
     */
    String getName();

    /**
     * Gets the file extensions, lower case, without the dot.
     *
     * @return the extensions, such as {@code [json]}
     */
    List<String> getFileExtensions();

    /**
     * Tells whether the format ships with Juesuan; user formats return {@code false} and take
     * precedence over built-in ones.
     *
     * @return {@code true} for the library's own formats
     */
    default boolean isBuiltIn() {
        return false;
    }

    /**
     * Gets the reader, if the format can be read.
     *
     * @return the reader
     */
    Optional<ReportReader> reader();

    /**
     * Gets the writer, if the format can be written.
     *
     * @return the writer
     */
    Optional<ReportWriter> writer();
}
