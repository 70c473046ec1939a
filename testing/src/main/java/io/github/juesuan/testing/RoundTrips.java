package io.github.juesuan.testing;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.ReportReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * "Nothing is lost" checks through the reader/writer SPI: a report's JSON, and that JSON taken
 * through the model, a workbook and the model again. The formats are found on the class path
 * ({@link Formats#discover()}), so a test needs {@code juesuan-io-json} and {@code juesuan-io-excel}
 * in test scope; every hop goes through the public SPI, so the check keeps holding when a reader is
 * replaced.
 *
 * <pre>{@code
 * String first = RoundTrips.json(report);
 * assertThat(RoundTrips.throughJsonAndExcel(first)).isEqualTo(first);   // byte for byte
 * }</pre>
 */
public final class RoundTrips {

    private static final Formats FORMATS = Formats.discover();

    private RoundTrips() {
    }

    /**
     * Writes a report as JSON (format {@code json}).
     *
     * @param report the report
     * @return the JSON text
     */
    public static String json(FinalAccountReport report) {
        return new String(write("json", report), StandardCharsets.UTF_8);
    }

    /**
     * Takes a report's JSON through JSON → model → xlsx → model → JSON.
     *
     * @param json the first JSON
     * @return the JSON at the end, equal to the first when nothing is lost
     * @throws AssertionError naming the hop if a reader met any problem on the way
     */
    public static String throughJsonAndExcel(String json) {
        FinalAccountReport fromJson = read("json", json.getBytes(StandardCharsets.UTF_8), "first.json");
        return json(read("excel", write("excel", fromJson), "round-trip.xlsx"));
    }

    private static FinalAccountReport read(String format, byte[] bytes, String name) {
        ReadResult r = FORMATS.require(format).reader().orElseThrow().read(new ByteArrayInputStream(bytes), name);
        if (!r.getProblems().isEmpty()) {
            throw new AssertionError("problems reading the " + format + " round trip: " + r.getProblems());
        }
        try {
            return r.orElseThrow();
        } catch (ReportReadException e) {
            throw new AssertionError("the " + format + " round trip gave no report", e);
        }
    }

    private static byte[] write(String format, FinalAccountReport report) {
        ReportFormat f = FORMATS.require(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writer().orElseThrow().write(report, out);
        return out.toByteArray();
    }
}
