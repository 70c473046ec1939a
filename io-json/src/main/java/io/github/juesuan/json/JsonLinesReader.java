package io.github.juesuan.json;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.SourceLocation;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads many reports from one JSON Lines source, one report per line, holding one line at a time:
 * memory stays flat however many lines there are. Blank lines are skipped.
 *
 * <p>A line is limited to the options' maximum document length (64 Mi by default, see
 * {@link JsonReadOptions}): in bytes when reading UTF-8 bytes (a file or a stream), which are split
 * into lines and parsed as bytes, never decoded to text first; in characters when reading a
 * {@link Reader} (then the largest line costs twice the limit in bytes). A longer line is never read into memory: its excess is scanned for the end of
 * the line and dropped, {@link #next()} rejects that line naming it, and the following lines are
 * read as usual. Within a line, the options' other limits apply (nesting, string and number
 * lengths).
 *
 * <p>A bad line makes {@link #next()} throw a {@link ReportReadException} whose location names the
 * line; the reader stays usable, so a caller that chooses to go on simply calls {@link #hasNext()}
 * again and gets the following lines. {@link #results()} does this for the caller: one
 * {@link ReadResult} per line, failed ones included.
 *
 * <pre>{@code
 * try (JsonLinesReader in = JsonReports.standard().readLines(path)) {
 *     while (in.hasNext()) {
 *         try {
 *             store(in.next());
 *         } catch (ReportReadException e) {
 *             log(e.getMessage());           // "... (reports.jsonl line 17, column 5, at /fiscalYear)"
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Close it (or the streams it returns) to close the source.
 */
public final class JsonLinesReader implements Iterator<FinalAccountReport>, Closeable {

    private static final int CHUNK = 64 * 1024;
    private static final int CHARS = 8192;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int INITIAL_LINE = 16 * 1024;
    private static final int SHRINK_ABOVE = 1024 * 1024;

    private final JsonReports json;
    /** The source: characters, or UTF-8 bytes (then {@link #in} is null and lines are parsed as bytes). */
    private final Reader in;
    private final InputStream bytesIn;
    private final String sourceName;
    private final long maxLine;
    private final char[] chunk;
    private int chunkPos;
    private int chunkLimit;
    private char[] line;
    private final byte[] byteChunk;
    private byte[] byteLine;
    private int length;

    private int lineNumber;
    private int pendingLine;
    private boolean pending;
    private boolean pendingTooLong;
    private boolean eof;

    JsonLinesReader(JsonReports json, Reader in, String sourceName) {
        this.json = json;
        this.in = Objects.requireNonNull(in, "in");
        this.bytesIn = null;
        this.chunk = new char[CHARS];
        this.line = new char[INITIAL_LINE];
        this.byteChunk = null;
        this.sourceName = sourceName;
        long max = json.getOptions().getConstraints().getMaxDocumentLength();
        this.maxLine = max <= 0 ? Integer.MAX_VALUE - 16 : Math.min(max, Integer.MAX_VALUE - 16);
    }

    /**
     * Reads UTF-8 bytes: each line is split off as bytes (a newline byte never occurs inside a
     * multi-byte UTF-8 character) and parsed by Jackson's byte parser, never decoded to characters
     * first; the limit on a line's length then counts bytes.
     */
    JsonLinesReader(JsonReports json, InputStream in, String sourceName) {
        this.json = json;
        this.in = null;
        this.bytesIn = Objects.requireNonNull(in, "in");
        this.chunk = null;
        this.byteChunk = new byte[CHUNK];
        this.byteLine = new byte[INITIAL_LINE];
        this.sourceName = sourceName;
        long max = json.getOptions().getConstraints().getMaxDocumentLength();
        this.maxLine = max <= 0 ? Integer.MAX_VALUE - 16 : Math.min(max, Integer.MAX_VALUE - 16);
    }

    /**
     * Tells whether another non-blank line follows.
     *
     * @return {@code true} if {@link #next()} has a line to read
     * @throws UncheckedIOException if the source fails
     */
    @Override
    public boolean hasNext() {
        while (!pending && !pendingTooLong && !eof) {
            if (in == null) {
                readByteLine();
            } else {
                readLine();
            }
        }
        return pending || pendingTooLong;
    }

    /**
     * Reads the report on the next non-blank line.
     *
     * @return the report
     * @throws ReportReadException if the line is not a valid report; its location names the line,
     *         and the following lines can still be read
     * @throws NoSuchElementException if there are no more lines
     */
    @Override
    public FinalAccountReport next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines in " + sourceName);
        }
        boolean tooLong = pendingTooLong;
        pending = false;
        pendingTooLong = false;
        if (tooLong) {
            throw new ReportReadException(Problem.error(ProblemMessage.of(in == null ? "problem.json.lineTooLong.bytes"
                    : "problem.json.lineTooLong.characters", maxLine), null, SourceLocation.ofFile(sourceName).withLine(pendingLine, 0)));
        }
        if (in == null) {
            return json.parse(f -> f.createParser(byteLine, 0, length), sourceName,
                    new ReportJsonReader(json.getOptions()), pendingLine);
        }
        return json.parse(f -> f.createParser(line, 0, length), sourceName, new ReportJsonReader(json.getOptions()), pendingLine);
    }

    /**
     * Gets the line number of the report last returned or rejected by {@link #next()}.
     *
     * @return the 1-based line number, 0 before the first line
     */
    public int getLineNumber() {
        return pendingLine;
    }

    /**
     * Streams the reports; the stream ends with the exception of the first bad line. Closing the
     * stream closes this reader.
     *
     * @return the reports
     */
    public Stream<FinalAccountReport> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /**
     * Streams one result per line, bad lines included (a failed result whose error names the line),
     * so that the whole file is read whatever its bad lines. Closing the stream closes this reader.
     *
     * @return the results
     */
    public Stream<ReadResult> results() {
        Iterator<ReadResult> it = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return JsonLinesReader.this.hasNext();
            }

            @Override
            public ReadResult next() {
                try {
                    return ReadResult.of(JsonLinesReader.this.next(), List.of());
                } catch (ReportReadException e) {
                    return ReadResult.failed(List.of(e.getProblem()));
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /**
     * Reads the next line into {@link #line}, in chunks. Characters past the limit are scanned for
     * the end of the line and dropped, so a line of any length (a gigabyte of hostile input) costs
     * at most the limit in memory and the reader goes on with the next line.
     */
    private void readLine() {
        if (line.length > SHRINK_ABOVE) {
            line = new char[INITIAL_LINE]; // do not keep a long line's buffer for the rest of the file
        }
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        boolean blank = true;
        boolean end = false;
        try {
            while (!end) {
                if (chunkPos == chunkLimit) {
                    chunkLimit = in.read(chunk, 0, chunk.length);
                    chunkPos = 0;
                    if (chunkLimit < 0) {
                        chunkLimit = 0;
                        eof = true;
                        break;
                    }
                }
                any = true;
                int from = chunkPos;
                int to = from;
                while (to < chunkLimit && chunk[to] != '\n') {
                    to++;
                }
                end = to < chunkLimit;
                chunkPos = end ? to + 1 : to;
                int n = to - from;
                if (tooLong || (long) length + n > maxLine) {
                    tooLong = true;
                    continue;
                }
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLine, Math.max((long) line.length * 2, length + n)));
                }
                for (int i = from; blank && i < to; i++) {
                    char c = chunk[i];
                    blank = c == ' ' || c == '\t' || c == '\r';
                }
                System.arraycopy(chunk, from, line, length, n);
                length += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + " after line " + lineNumber, e);
        }
        if (!any) {
            return;
        }
        lineNumber++;
        if (tooLong) {
            pendingTooLong = true;
            pendingLine = lineNumber;
        } else if (!blank) {
            pending = true;
            pendingLine = lineNumber;
        }
    }

    /** {@link #readLine()} for a source of bytes: the same, with bytes for characters. */
    private void readByteLine() {
        if (byteLine.length > SHRINK_ABOVE) {
            byteLine = new byte[INITIAL_LINE];
        }
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        boolean blank = true;
        boolean end = false;
        try {
            while (!end) {
                if (chunkPos == chunkLimit) {
                    chunkLimit = bytesIn.read(byteChunk, 0, byteChunk.length);
                    chunkPos = 0;
                    if (chunkLimit < 0) {
                        chunkLimit = 0;
                        eof = true;
                        break;
                    }
                }
                any = true;
                int from = chunkPos;
                int to = indexOfNewline(byteChunk, from, chunkLimit);
                end = to < chunkLimit;
                chunkPos = end ? to + 1 : to;
                int n = to - from;
                if (tooLong || (long) length + n > maxLine) {
                    tooLong = true;
                    continue;
                }
                if (length + n > byteLine.length) {
                    byteLine = Arrays.copyOf(byteLine,
                            (int) Math.min(maxLine, Math.max((long) byteLine.length * 2, length + n)));
                }
                for (int i = from; blank && i < to; i++) {
                    byte c = byteChunk[i];
                    blank = c == ' ' || c == '\t' || c == '\r';
                }
                System.arraycopy(byteChunk, from, byteLine, length, n);
                length += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + " after line " + lineNumber, e);
        }
        if (!any) {
            return;
        }
        lineNumber++;
        if (tooLong) {
            pendingTooLong = true;
            pendingLine = lineNumber;
        } else if (!blank) {
            pending = true;
            pendingLine = lineNumber;
        }
    }

    /**
     * The index of the first newline byte in {@code a[from, to)}, or {@code to}: eight bytes at a
     * time (a word has a zero byte where it had a newline, found by the usual bit trick; the lowest
     * flagged byte is always a true one), then byte by byte.
     */
    static int indexOfNewline(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(a, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long zero = (w - 0x0101010101010101L) & ~w & 0x8080808080808080L;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    /**
     * Closes the source.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        try {
            if (in == null) {
                bytesIn.close();
            } else {
                in.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
