package io.github.juesuan.facts;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.validation.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes the four facts tables ({@link FactsTable}) of any number of reports: open it once, feed it
 * one input after another with {@code add}, close it. Rows are written as they come (Parquet keeps
 * one row group of each table in memory), so memory does not grow with the number of reports.
 *
 * <pre>{@code
 * try (FactsSink sink = FactsSink.open(FactsFormat.PARQUET, Path.of("facts"))) {
 *     for (Path file : files) {
 *         ReadResult read = reader.read(file);
 *         ValidationResult result = read.getReport().map(validator::validate).orElse(null);
 *         sink.add(FactsSource.of(file), read, result);   // facts/cells.parquet, findings.parquet, …
 *     }
 * }
 * }</pre>
 *
 * <p>An input that could not be read still gets its row in {@code reports}, with its reason. A
 * sink is not thread-safe: feed it from one thread (in the order the output should have).
 */
public final class FactsSink implements AutoCloseable {

    private final FactsFormat format;
    private final Map<FactsTable, RowWriter> writers = new EnumMap<>(FactsTable.class);
    private final Map<FactsTable, Long> rows = new EnumMap<>(FactsTable.class);
    private int reports;
    private boolean closed;

    private FactsSink(FactsFormat format, Function<FactsTable, OutputStream> outputs) throws IOException {
        this.format = format;
        try {
            for (FactsTable t : FactsTable.values()) {
                OutputStream out = Objects.requireNonNull(outputs.apply(t), "the output stream of " + t.getName());
                writers.put(t, writer(format, out, t));
                rows.put(t, 0L);
            }
        } catch (IOException | RuntimeException e) {
            closeWriters(e);
            throw e;
        }
    }

    /**
     * Opens a sink that writes {@code cells}, {@code findings}, {@code reports} and
     * {@code performance} into a directory, each named after its table with the format's extension
     * ({@code cells.parquet}, …). The directory is created if needed; existing files are replaced.
     *
     * @param format the format
     * @param directory the directory
     * @return the sink
     * @throws UncheckedIOException naming the directory if it cannot be created or written
     */
    public static FactsSink open(FactsFormat format, Path directory) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            return new FactsSink(format, t -> {
                Path file = directory.resolve(fileName(t, format));
                try {
                    return Files.newOutputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the facts tables into " + directory, e);
        }
    }

    /**
     * Opens a sink that writes each table to a stream of the caller's: for example into a zip
     * file, an object store or a pipe. The streams are closed when the sink is.
     *
     * @param format the format
     * @param outputs gives the stream of each table, called once per table when the sink opens
     * @return the sink
     * @throws UncheckedIOException if a header cannot be written
     */
    public static FactsSink open(FactsFormat format, Function<FactsTable, OutputStream> outputs) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outputs, "outputs");
        try {
            return new FactsSink(format, outputs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the facts tables", e);
        }
    }

    /**
     * Gets the file name a table has in a directory sink.
     *
     * @param table the table
     * @param format the format
     * @return such as {@code cells.parquet}
     */
    public static String fileName(FactsTable table, FactsFormat format) {
        return table.getName() + "." + format.getExtension();
    }

    /**
     * Adds one input that was read and validated: its cells, findings, 绩效自评表 lines and its row
     * in {@code reports}.
     *
     * @param source the input's name and digest
     * @param read what reading it gave, with or without a report
     * @param validation the validator's result for the report, or null if it was not validated
     *        (as when no report could be read)
     * @throws IllegalArgumentException naming the value and its cell if an amount does not fit
     *         {@code DECIMAL(18,2)} exactly (nothing of the input is written then)
     * @throws IllegalStateException if the sink is closed
     * @throws UncheckedIOException if writing fails
     */
    public void add(FactsSource source, ReadResult read, ValidationResult validation) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(read, "read");
        checkOpen(source);
        add(gather(source, read, validation));
    }

    /**
     * Adds the rows of one input made beforehand by {@link #gather(FactsSource, ReadResult, ValidationResult)},
     * on any thread: the way to use every core, as the rows are most of the work of an input and
     * writing them the least.
     *
     * @param input the rows of one input
     * @throws IllegalStateException if the sink is closed
     * @throws UncheckedIOException if writing fails
     */
    public void add(Gathered input) {
        Objects.requireNonNull(input, "input");
        checkOpen(input.source);
        if (input.encoded != null && input.encodedFormat != format) {
            throw new IllegalArgumentException("the facts of " + input.source + " were encoded as "
                    + input.encodedFormat.getExtension() + "; this sink writes " + format.getExtension());
        }
        try {
            if (input.encoded != null) {
                for (FactsTable t : FactsTable.values()) {
                    // encoded only for CSV and JSON Lines (gather keeps Parquet's rows as values), so the
                    // sink's own format, checked above, is a text format with a text writer
                    ((TextRowWriter) writers.get(t)).writeEncoded(input.encoded[t.ordinal()]);
                    rows.merge(t, (long) input.counts[t.ordinal()], Long::sum);
                }
            } else {
                for (int i = 0; i < input.tables.size(); i++) {
                    write(input.tables.get(i), input.rows.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the facts of " + input.source, e);
        }
        reports++;
    }

    private void checkOpen(FactsSource source) {
        if (closed) {
            throw new IllegalStateException("the facts sink is closed; cannot add " + source);
        }
    }

    /**
     * The rows of one input in the four tables, made by
     * {@link FactsSink#gather(FactsSource, ReadResult, ValidationResult)} and written by
     * {@link FactsSink#add(Gathered)}. Immutable once made, so it may be made on one thread and
     * written on another.
     */
    public static final class Gathered {
        private final FactsSource source;
        private final List<FactsTable> tables;
        private final List<Object[]> rows;
        private final int[] counts;
        /** The rows of each table in {@link #encodedFormat}, by {@link FactsTable#ordinal()}; null if not encoded. */
        private final byte[][] encoded;
        private final FactsFormat encodedFormat;

        private Gathered(FactsSource source, List<FactsTable> tables, List<Object[]> rows) {
            this.source = source;
            this.tables = tables;
            this.rows = rows;
            this.counts = new int[FactsTable.values().length];
            for (FactsTable t : tables) {
                counts[t.ordinal()]++;
            }
            this.encoded = null;
            this.encodedFormat = null;
        }

        private Gathered(FactsSource source, int[] counts, byte[][] encoded, FactsFormat format) {
            this.source = source;
            this.tables = null;
            this.rows = null;
            this.counts = counts;
            this.encoded = encoded;
            this.encodedFormat = format;
        }

        /**
         * Tells in which format the rows were encoded, if they were.
         *
         * @return the format of {@link FactsSink#gather(FactsSource, ReadResult, ValidationResult, FactsFormat)},
         *         empty for rows kept as values (any sink takes those)
         */
        public java.util.Optional<FactsFormat> getEncodedFormat() {
            return java.util.Optional.ofNullable(encodedFormat);
        }

        /**
         * Gets the input's source.
         *
         * @return the source
         */
        public FactsSource getSource() {
            return source;
        }

        /**
         * Gets the number of rows of a table.
         *
         * @param table the table
         * @return the count
         */
        public int getRowCount(FactsTable table) {
            Objects.requireNonNull(table, "table");
            return counts[table.ordinal()];
        }
    }

    /**
     * Makes the rows of one input without writing them, on any thread, for
     * {@link #add(Gathered)}: the same rows as {@link #add(FactsSource, ReadResult, ValidationResult)}
     * writes.
     *
     * @param source the input's name and digest
     * @param read what reading it gave, with or without a report
     * @param validation the validator's result for the report, or null if it was not validated
     * @return the rows
     * @throws IllegalArgumentException naming the value and its cell if an amount does not fit
     *         {@code DECIMAL(18,2)} exactly, or if there is a validation result but no report
     */
    public static Gathered gather(FactsSource source, ReadResult read, ValidationResult validation) {
        List<FactsTable> tables = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        rows(source, read, validation, (t, row) -> {
            tables.add(t);
            rows.add(row);
        });
        return new Gathered(source, tables, rows);
    }

    /**
     * Makes the rows of one input and encodes them in a text format on the calling thread, for
     * {@link #add(Gathered)} of a sink of that format: then the sink's thread only copies bytes, and
     * every worker does its own formatting and UTF-8 encoding, which otherwise is the serial part of
     * a parallel export (a third of the writing thread's time for CSV). The bytes are those the
     * sink would write for the same rows. For {@link FactsFormat#PARQUET}, whose columns are
     * encoded across inputs, the rows are kept as values, as
     * {@link #gather(FactsSource, ReadResult, ValidationResult)} keeps them.
     *
     * @param source the input's name and digest
     * @param read what reading it gave, with or without a report
     * @param validation the validator's result for the report, or null if it was not validated
     * @param format the format of the sink the rows are for
     * @return the rows, encoded for a text format
     * @throws IllegalArgumentException as {@link #gather(FactsSource, ReadResult, ValidationResult)}
     */
    public static Gathered gather(FactsSource source, ReadResult read, ValidationResult validation, FactsFormat format) {
        Objects.requireNonNull(format, "format");
        if (format == FactsFormat.PARQUET) {
            return gather(source, read, validation);
        }
        int n = FactsTable.values().length;
        StringBuilder[] text = new StringBuilder[n];
        String[][] keys = new String[n][];
        int[] counts = new int[n];
        rows(source, read, validation, (t, row) -> {
            int i = t.ordinal();
            if (text[i] == null) {
                text[i] = new StringBuilder(t == FactsTable.CELLS ? 64 * 1024 : 1024);
                keys[i] = format == FactsFormat.JSON_LINES ? JsonLinesRowWriter.keys(t) : null;
            }
            if (format == FactsFormat.CSV) {
                CsvRowWriter.encode(row, text[i]);
            } else {
                JsonLinesRowWriter.encode(row, keys[i], text[i]);
            }
            counts[i]++;
        });
        byte[][] encoded = new byte[n][];
        for (int i = 0; i < n; i++) {
            encoded[i] = text[i] == null ? new byte[0] : text[i].toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return new Gathered(source, counts, encoded, format);
    }

    /**
     * Adds one input that was read but not validated ({@code findings} gets no rows for it).
     *
     * @param source the input's name and digest
     * @param read what reading it gave
     * @throws UncheckedIOException if writing fails
     */
    public void add(FactsSource source, ReadResult read) {
        add(source, read, null);
    }

    /**
     * Computes the rows of one input in the four tables without writing them, for a writer of one's
     * own (such as a Spark executor, or a database loader). The rows are exactly those that
     * {@link #add(FactsSource, ReadResult, ValidationResult)} writes: each holds, by position of
     * {@link FactsTable#getColumns()}, a {@link String}, {@link Integer}, {@link Boolean}, a
     * {@link java.math.BigDecimal} at its column's {@linkplain FactsType#getScale() scale}, or null.
     * The consumer gets {@code cells} first, then {@code findings}, {@code performance} and the one
     * row of {@code reports}; it gets nothing if a value does not fit its column.
     *
     * @param source the input's name and digest
     * @param read what reading it gave, with or without a report
     * @param validation the validator's result for the report, or null if it was not validated
     * @param consumer receives each row with its table; the array is the consumer's to keep
     * @throws IllegalArgumentException naming the value and its cell if an amount does not fit
     *         {@code DECIMAL(18,2)} exactly, or if there is a validation result but no report
     */
    public static void rows(FactsSource source, ReadResult read, ValidationResult validation,
            BiConsumer<FactsTable, Object[]> consumer) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(consumer, "consumer");
        if (validation != null && read.getReport().isEmpty()) {
            throw new IllegalArgumentException("a validation result for " + source + " without a report");
        }
        // rows are gathered first so that a value that does not fit leaves no half-written input
        List<Map.Entry<FactsTable, Object[]>> rows = new ArrayList<>();
        FactsRows facts = new FactsRows(source, (t, row) -> rows.add(Map.entry(t, row)));
        try {
            int cellCount = 0;
            if (read.getReport().isPresent()) {
                FinalAccountReport report = read.getReport().get();
                cellCount = facts.cells(report);
                if (validation != null) {
                    facts.findings(report, validation);
                }
                facts.performance(report);
            }
            facts.report(read, validation, cellCount);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gather the facts of " + source, e);
        }
        for (Map.Entry<FactsTable, Object[]> e : rows) {
            consumer.accept(e.getKey(), e.getValue());
        }
    }

    private void write(FactsTable table, Object[] row) throws IOException {
        writers.get(table).write(row);
        rows.merge(table, 1L, Long::sum);
    }

    /**
     * Gets the number of rows written to a table so far.
     *
     * @param table the table
     * @return the count
     */
    public long getRowCount(FactsTable table) {
        return rows.get(table);
    }

    /**
     * Gets the number of inputs added.
     *
     * @return the count
     */
    public int getReportCount() {
        return reports;
    }

    /**
     * Gets the format.
     *
     * @return the format
     */
    public FactsFormat getFormat() {
        return format;
    }

    /**
     * Finishes every table (Parquet writes its footer then) and closes the streams. Closing twice
     * does nothing.
     *
     * @throws UncheckedIOException if finishing a table fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = closeWriters(null);
        if (failure != null) {
            throw new UncheckedIOException("cannot finish the facts tables", failure);
        }
    }

    private IOException closeWriters(Exception primary) {
        IOException first = null;
        for (RowWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                if (primary != null) {
                    primary.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        return first;
    }

    private static RowWriter writer(FactsFormat format, OutputStream out, FactsTable table) throws IOException {
        switch (format) {
            case CSV:
                return new CsvRowWriter(out, table);
            case JSON_LINES:
                return new JsonLinesRowWriter(out, table);
            default:
                return new ParquetRowWriter(out, table);
        }
    }
}
