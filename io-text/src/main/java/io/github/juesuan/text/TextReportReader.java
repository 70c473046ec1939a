package io.github.juesuan.text;

import io.github.juesuan.layout.LayoutReader;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a department final-account report (部门决算) from the text extracted from its PDF, by any
 * tool: tab-separated or Markdown pipe tables, space-aligned columns ({@code pdftotext -layout}),
 * or page texts whose cells are separated by single spaces (pdfplumber). The text is turned into
 * the layout module's document by {@link TextLayoutSource} and read by its one recognizer,
 * {@link LayoutReader}, which every format shares.
 *
 * <p>Reading a messy but recognisable document never throws: the result holds the report, the
 * problems met (each with its page and line) and where each figure was read. Reading throws only
 * when the text is not a final-account report at all.
 *
 * <pre>{@code
 * TextReadResult r = TextReportReader.create().read(Path.of("001.txt"));
 * r.getReport().getExpenditure().get().getTotal(ExpenditureColumn.TOTAL);   // 7841.66
 * r.getProblems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class TextReportReader {

    private final TextLayoutSource source;
    private final LayoutReader reader;

    /**
     * Creates a reader with the {@linkplain TextLimits#defaults() default limits}.
     *
     * @deprecated use {@link #create()}, the factory every reader and writer has
     */
    @Deprecated
    public TextReportReader() {
        this(TextLimits.defaults());
    }

    /**
     * Creates a reader with other limits.
     *
     * @param limits the limits, not null
     * @deprecated use {@code create().withLimits(limits)}, as every reader is configured
     */
    @Deprecated
    public TextReportReader(TextLimits limits) {
        this.source = new TextLayoutSource(limits);
        this.reader = LayoutReader.create().withMaxTableLines(limits.getMaxRowsPerTable());
    }

    /**
     * Creates a reader with the {@linkplain TextLimits#defaults() default limits}.
     *
     * @return the reader
     */
    @SuppressWarnings("deprecation")
    public static TextReportReader create() {
        return new TextReportReader(TextLimits.defaults());
    }

    /**
     * Returns a reader with other limits.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    @SuppressWarnings("deprecation")
    public TextReportReader withLimits(TextLimits limits) {
        return new TextReportReader(limits);
    }

    /** @return the limits this reader enforces */
    public TextLimits getLimits() {
        return source.getLimits();
    }

    /**
     * Reads a report from a UTF-8 text file.
     *
     * @param file the file, not null
     * @return the report, the problems and the provenance
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the text is not a final-account report or is beyond the
     *     {@link TextLimits}
     */
    public TextReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString();
        int max = source.getLimits().getMaxChars();
        StringBuilder text = new StringBuilder();
        // read at most one character more than the limit, so that a huge file costs no more memory
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                text.append(buf, 0, n);
                if (text.length() > max) {
                    throw new InvalidInputException(ProblemMessage.of("problem.text.beyond.charsRead", name, max));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(text.toString(), name);
    }

    /**
     * Reads a report from its text.
     *
     * @param text the text, not null
     * @param sourceName the name of the source for messages, such as a file name, not null
     * @return the report, the problems and the provenance
     * @throws IllegalArgumentException naming the source if the text is not a final-account report,
     *     or naming the source, the line and the limit if it is beyond the {@link TextLimits}
     */
    public TextReadResult read(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        return new TextReadResult(reader.read(source.parse(text, sourceName)));
    }
}
