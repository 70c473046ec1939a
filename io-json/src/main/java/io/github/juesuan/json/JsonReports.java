package io.github.juesuan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.SourceLocation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes reports as JSON and JSON Lines without touching Jackson: the facade for most
 * users. The format is described in {@code docs/json-format.md} and by the JSON Schema
 * {@link #schema()}.
 *
 * <pre>{@code
 * String json = JsonReports.standard().write(report);
 * FinalAccountReport back = JsonReports.standard().read(json);          // equals report
 * try (JsonLinesReader lines = JsonReports.standard().readLines(path)) {
 *     lines.forEachRemaining(r -> ...);                                 // constant memory
 * }
 * }</pre>
 *
 * <p>Writing is deterministic: the same report always gives the same bytes (UTF-8, two-space
 * indent, {@code \n} line ends, a final newline). Reading fails with one
 * {@link ReportReadException} naming the JSON pointer (and line and column where known) and the
 * bad value. Streams and readers passed in are not closed; paths are opened and closed here.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonReports {

    /** The format version written into every document as {@code formatVersion}, and the only one read. */
    public static final int FORMAT_VERSION = 1;

    /** The class-path resource of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/juesuan/json/report.schema.json";

    private static final JsonReports STANDARD = new JsonReports(JsonReadOptions.defaults());

    private final JsonReadOptions options;
    private final JsonFactory factory;

    private JsonReports(JsonReadOptions options) {
        this.options = options;
        this.factory = factory(options);
    }

    static JsonFactory factory(JsonReadOptions options) {
        return JsonFactory.builder()
                .streamReadConstraints(options.getConstraints())
                .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Gets the facade with the default, strict options.
     *
     * @return the facade
     */
    public static JsonReports standard() {
        return STANDARD;
    }

    /**
     * Gets a facade reading with the given options.
     *
     * @param options the options, not null
     * @return the facade
     */
    public static JsonReports with(JsonReadOptions options) {
        return new JsonReports(Objects.requireNonNull(options, "options"));
    }

    /** @return the read options */
    public JsonReadOptions getOptions() {
        return options;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a report from JSON text.
     *
     * @param json the document, not null
     * @return the report
     * @throws ReportReadException naming the JSON pointer and the bad value
     */
    public FinalAccountReport read(String json) {
        return read(new StringReader(json), "JSON text");
    }

    /**
     * Reads a report from a reader, which is not closed.
     *
     * @param in the document, not null
     * @return the report
     * @throws ReportReadException naming the JSON pointer and the bad value
     * @throws UncheckedIOException if the reader fails
     */
    public FinalAccountReport read(Reader in) {
        return read(in, "JSON input");
    }

    /**
     * Reads a report from UTF-8 bytes; the stream is not closed.
     *
     * @param in the document, not null
     * @return the report
     * @throws ReportReadException naming the JSON pointer and the bad value
     * @throws UncheckedIOException if the stream fails
     */
    public FinalAccountReport read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return parse(f -> f.createParser(in), "JSON input", new ReportJsonReader(options), 0);
    }

    /**
     * Reads a report from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the report
     * @throws ReportReadException naming the file, the JSON pointer and the bad value
     * @throws UncheckedIOException if the file cannot be read
     */
    public FinalAccountReport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(f -> f.createParser(in), file.toString(), new ReportJsonReader(options), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a report without throwing for bad input: the result holds the report and the warnings
     * (ignored unknown fields), or no report and the error.
     *
     * @param in the UTF-8 document, not null; not closed
     * @param sourceName the name used in locations
     * @return the result
     * @throws UncheckedIOException if the stream fails
     */
    public ReadResult readResult(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        return readResult(f -> f.createParser(in), sourceName);
    }

    /**
     * Reads a report without throwing for bad input.
     *
     * @param in the document, not null; not closed
     * @param sourceName the name used in locations
     * @return the result
     * @throws UncheckedIOException if the reader fails
     */
    public ReadResult readResult(Reader in, String sourceName) {
        Objects.requireNonNull(in, "in");
        return readResult(f -> f.createParser(in), sourceName);
    }

    private ReadResult readResult(ParserSource source, String sourceName) {
        ReportJsonReader reader = new ReportJsonReader(options);
        try {
            FinalAccountReport r = parse(source, sourceName, reader, 0);
            List<Problem> warnings = new ArrayList<>(reader.warnings().size());
            for (Problem w : reader.warnings()) { // like errors, warnings name the file
                warnings.add(w.withLocation(w.getLocation().withFile(sourceName)));
            }
            return ReadResult.of(r, warnings);
        } catch (ReportReadException e) {
            return ReadResult.failed(List.of(e.getProblem()));
        }
    }

    private FinalAccountReport read(Reader in, String sourceName) {
        Objects.requireNonNull(in, "in");
        return parse(f -> f.createParser(in), sourceName, new ReportJsonReader(options), 0);
    }

    /** Opens a parser on a source with the facade's factory (bytes get Jackson's UTF-8 parser, text its char parser). */
    @FunctionalInterface
    interface ParserSource {
        JsonParser open(JsonFactory factory) throws IOException;
    }

    /**
     * Parses one document. A line number other than 0 says the document is that line of a JSON
     * Lines file: locations then name that line.
     */
    FinalAccountReport parse(ParserSource source, String sourceName, ReportJsonReader reader, int lineOfFile) {
        JsonParser p = null;
        try {
            p = source.open(factory);
            FinalAccountReport report = reader.read(p);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.contentAfterReport"), p.getText(),
                        SourceLocation.ofJsonPointer("").withLine(p.currentLocation().getLineNr(),
                                p.currentLocation().getColumnNr())));
            }
            return report;
        } catch (ReportReadException e) {
            SourceLocation l = e.getLocation().withFile(sourceName);
            if (lineOfFile > 0) {
                l = l.withLine(lineOfFile, l.getColumn().orElse(0));
            }
            throw e.withLocation(l);
        } catch (JsonProcessingException e) {
            JsonLocation jl = e.getLocation();
            int line = jl == null ? 0 : jl.getLineNr();
            int col = jl == null ? 0 : jl.getColumnNr();
            String pointer = p == null ? "" : p.getParsingContext().pathAsPointer().toString();
            SourceLocation l = SourceLocation.ofFile(sourceName).withJsonPointer(pointer)
                    .withLine(lineOfFile > 0 ? lineOfFile : line, col);
            throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.malformed",
                    String.valueOf(e.getOriginalMessage())), null, l), e);
        } catch (CharConversionException | CharacterCodingException e) {
            // the bytes are there but are not text in a Unicode encoding: bad input, not a failed read
            SourceLocation l = SourceLocation.ofFile(sourceName).withJsonPointer(
                    p == null ? "" : p.getParsingContext().pathAsPointer().toString());
            if (lineOfFile > 0) {
                l = l.withLine(lineOfFile, 0);
            }
            throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.notUtf8",
                    String.valueOf(e.getMessage())), null, l), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // the source is not ours to close; the parser holds nothing else
                }
            }
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a report as pretty-printed JSON text.
     *
     * @param report the report, not null
     * @return the document, ending with a newline
     */
    public String write(FinalAccountReport report) {
        StringWriter w = new StringWriter();
        write(report, w);
        return w.toString();
    }

    /**
     * Writes a report as pretty-printed JSON; the writer is flushed, not closed.
     *
     * @param report the report, not null
     * @param out the writer, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(FinalAccountReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        try {
            try (JsonGenerator g = factory.createGenerator(out)) {
                g.setPrettyPrinter(prettyPrinter());
                ReportJsonWriter.write(report, g);
            }
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + report.getDepartment(), e);
        }
    }

    /**
     * Writes a report as pretty-printed UTF-8 JSON; the stream is flushed, not closed.
     *
     * @param report the report, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(FinalAccountReport report, OutputStream out) {
        write(report, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Writes a report to a UTF-8 file, replacing it.
     *
     * @param report the report, not null
     * @param file the file, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(FinalAccountReport report, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes one report compactly on the current line (no newline): a JSON Lines record. */
    void writeCompact(FinalAccountReport report, Writer out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            ReportJsonWriter.write(report, g);
        }
    }

    static DefaultPrettyPrinter prettyPrinter() {
        Separators s = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(s).withObjectIndenter(indent).withArrayIndenter(indent);
    }

    // ------------------------------------------------------------------ JSON Lines

    /**
     * Opens a JSON Lines file (one report per line, UTF-8) for reading one report at a time.
     * The caller closes the reader.
     *
     * @param file the file, not null
     * @return the reader
     * @throws UncheckedIOException if the file cannot be opened
     */
    public JsonLinesReader readLines(Path file) {
        try {
            return new JsonLinesReader(this, Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads JSON Lines from a reader; closing the returned reader closes {@code in}.
     *
     * @param in the lines, not null
     * @return the reader
     */
    public JsonLinesReader readLines(Reader in) {
        return new JsonLinesReader(this, in, "JSON Lines input");
    }

    /**
     * Reads JSON Lines from UTF-8 bytes; closing the returned reader closes {@code in}.
     *
     * @param in the lines, not null
     * @return the reader
     */
    public JsonLinesReader readLines(InputStream in) {
        return new JsonLinesReader(this, in, "JSON Lines input");
    }

    /**
     * Opens a JSON Lines file for writing, replacing it. The caller closes the writer.
     *
     * @param file the file, not null
     * @return the writer
     * @throws UncheckedIOException if the file cannot be opened
     */
    public JsonLinesWriter writeLines(Path file) {
        try {
            return new JsonLinesWriter(this, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes JSON Lines to a writer; closing the returned writer closes {@code out}.
     *
     * @param out the writer, not null
     * @return the writer
     */
    public JsonLinesWriter writeLines(Writer out) {
        return new JsonLinesWriter(this, out);
    }

    /**
     * Writes UTF-8 JSON Lines to a stream; closing the returned writer closes {@code out}.
     *
     * @param out the stream, not null
     * @return the writer
     */
    public JsonLinesWriter writeLines(OutputStream out) {
        return writeLines(new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------ schema

    /**
     * Gets the JSON Schema (draft 2020-12) of the format, as shipped in the jar at
     * {@link #SCHEMA_RESOURCE}.
     *
     * @return the schema text
     */
    public static String schema() {
        try (InputStream in = JsonReports.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema resource " + SCHEMA_RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    @Override
    public String toString() {
        return "JsonReports[" + options + "]";
    }
}
