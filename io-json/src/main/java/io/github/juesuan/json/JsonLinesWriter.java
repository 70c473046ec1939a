package io.github.juesuan.json;

import io.github.juesuan.report.FinalAccountReport;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes many reports to one JSON Lines file: each report compact on its own line, in the format
 * of {@link JsonReports}. Memory does not grow with the number of reports. Not thread-safe; close
 * it to flush and close the target.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final JsonReports json;
    private final Writer out;
    private long count;

    JsonLinesWriter(JsonReports json, Writer out) {
        this.json = json;
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes one report as one line.
     *
     * @param report the report, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(FinalAccountReport report) {
        Objects.requireNonNull(report, "report");
        try {
            json.writeCompact(report, out);
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + (count + 1) + " (" + report.getDepartment() + ")", e);
        }
    }

    /** @return the number of reports written so far */
    public long getCount() {
        return count;
    }

    /**
     * Flushes the target.
     *
     * @throws UncheckedIOException if flushing fails
     */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and closes the target.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
