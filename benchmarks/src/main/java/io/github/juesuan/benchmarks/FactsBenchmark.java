package io.github.juesuan.benchmarks;

import io.github.juesuan.facts.FactsSink;
import io.github.juesuan.facts.FactsSource;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end on one thread (issue 18): the bytes of a file → the report read by its format's
 * reader → validated → the rows of the four facts tables ({@link FactsSink#rows}: cells, findings,
 * performance, reports, with the file's SHA-256), as the command line's {@code export-facts} and a
 * Spark executor do for each file, without the writing. Beside it, in the same run, the floors:
 * reading alone ({@link #read}) and reading and validating ({@link #readValidate}), so that the
 * ratios say what validation and the facts rows add to reading.
 *
 * <p>Inputs: the texts of the real reports 001 (吉林, tab-separated), 002 (吉林, Markdown) and
 * 上海市普陀区财政局 2024 ({@code pdftotext -layout}), and {@code generated}: 64 generated
 * consistent reports as JSON (the same seed as {@link JsonBenchmark}), one after the other.
 * One operation is one report, so 10<sup>6</sup> / (µs per operation) is reports per second per core.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class FactsBenchmark {

    private static final int GENERATED = 64;

    /** The input: {@code 001}, {@code 002}, {@code caizhengju} (texts) or {@code generated} (JSON). */
    @Param({"001", "002", "caizhengju", "generated"})
    public String input;

    private final ReportValidator validator = ReportValidator.standard();
    private byte[][] files;
    private String[] names;
    private ReportReader reader;
    private int next;

    /** Loads the input and checks that it reads and gives rows. */
    @Setup
    public void setUp() {
        Formats formats = Formats.discover();
        switch (input) {
            case "001":
                one("001.txt", SampleReports.jilinGeneralOffice2024Source());
                break;
            case "002":
                one("002.txt", SampleReports.jilinGovernmentServiceCenter2023Source());
                break;
            case "caizhengju":
                one("caizhengju-2024.layout.txt", TextBenchmark.resource("caizhengju-2024.layout.txt"));
                break;
            case "generated":
                Iterator<FinalAccountReport> reports = JsonBenchmark.generated(JsonBenchmark.SEED);
                files = new byte[GENERATED][];
                names = new String[GENERATED];
                for (int i = 0; i < GENERATED; i++) {
                    files[i] = JsonReports.standard().write(reports.next()).getBytes(StandardCharsets.UTF_8);
                    names[i] = "generated-" + i + ".json";
                }
                break;
            default:
                throw new IllegalArgumentException("unknown input '" + input + "': expected 001, 002, caizhengju or generated");
        }
        String extension = names[0].substring(names[0].lastIndexOf('.') + 1);
        reader = formats.byExtension(extension).flatMap(f -> f.reader()).orElseThrow();
        for (int i = 0; i < files.length; i++) {
            if (readValidate().getReport().isEmpty() || endToEnd() < 100) {
                throw new IllegalStateException(names[i] + " gives no report or too few rows");
            }
        }
    }

    private void one(String name, String text) {
        files = new byte[][] {text.getBytes(StandardCharsets.UTF_8)};
        names = new String[] {name};
    }

    private int advance() {
        int i = next;
        next = i + 1 == files.length ? 0 : i + 1;
        return i;
    }

    private ReadResult read(int i) {
        try (InputStream in = new ByteArrayInputStream(files[i])) {
            return reader.read(in, names[i]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The floor: reads one file into a report.
     *
     * @return what was read
     */
    @Benchmark
    public ReadResult read() {
        return read(advance());
    }

    /**
     * Reads and validates one file.
     *
     * @return what was read, with the validation's findings as its problems' count
     */
    @Benchmark
    public ReadResult readValidate() {
        ReadResult r = read(advance());
        r.getReport().ifPresent(validator::validate);
        return r;
    }

    /**
     * Reads and validates one file and makes its rows of the four facts tables (the SHA-256 of
     * its bytes included).
     *
     * @return the number of rows
     */
    @Benchmark
    public int endToEnd() {
        int i = advance();
        ReadResult r = read(i);
        ValidationResult v = r.getReport().map(validator::validate).orElse(null);
        int[] rows = {0};
        FactsSink.rows(FactsSource.of(names[i], files[i]), r, v, (table, row) -> rows[0] += row.length);
        return rows[0];
    }
}
