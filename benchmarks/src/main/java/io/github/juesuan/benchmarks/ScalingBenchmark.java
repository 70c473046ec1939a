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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Does the per-report work scale with the threads that run it (issue 18)? The library's share of
 * {@code export-facts} and of a Spark task (read the file's bytes → validate → the rows of the four
 * facts tables, {@link FactsBenchmark#endToEnd}), measured as throughput, once with one thread and
 * once with two ({@code -t 1}, {@code -t 2}), every thread on its own inputs, no writer and no queue.
 *
 * <p>The floor, in the same run and at the same thread count: {@link #floor}, the SHA-256 of one
 * input's bytes (pure computation, no allocation to speak of, no shared state). Its two-thread over
 * one-thread ratio is what this machine gives a second thread at all (below 2 when the JIT, GC or
 * other processes take a core's share); {@link #endToEnd}'s ratio divided by the floor's says how
 * much of that the library keeps. A shared lock, a contended cache or an allocation rate that makes
 * the collector the bottleneck would show as a ratio well below the floor's.
 *
 * <p>Inputs: the texts of the real reports 001 and 002 (吉林) and of 上海市普陀区财政局 2024 ({@code
 * pdftotext -layout}), and 61 generated reports as JSON, one after the other, so that one operation is
 * one report of a mixed corpus.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -t 1} and again with
 * {@code -t 2}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class ScalingBenchmark {

    private static final int GENERATED = 61;

    /** The inputs, shared read-only by every thread. */
    @State(Scope.Benchmark)
    public static class Corpus {
        final ReportValidator validator = ReportValidator.standard();
        byte[][] files;
        String[] names;
        ReportReader[] readers;

        /** Loads the inputs and checks that each reads. */
        @Setup
        public void setUp() {
            files = new byte[GENERATED + 3][];
            names = new String[files.length];
            readers = new ReportReader[files.length];
            put(0, "001.txt", SampleReports.jilinGeneralOffice2024Source());
            put(1, "002.txt", SampleReports.jilinGovernmentServiceCenter2023Source());
            put(2, "caizhengju-2024.layout.txt", TextBenchmark.resource("caizhengju-2024.layout.txt"));
            Iterator<FinalAccountReport> reports = JsonBenchmark.generated(JsonBenchmark.SEED);
            for (int i = 0; i < GENERATED; i++) {
                put(3 + i, "generated-" + i + ".json", JsonReports.standard().write(reports.next()));
            }
            Formats formats = Formats.discover();
            for (int i = 0; i < files.length; i++) {
                String extension = names[i].substring(names[i].lastIndexOf('.') + 1);
                readers[i] = formats.byExtension(extension).flatMap(f -> f.reader()).orElseThrow();
                if (read(i).getReport().isEmpty()) {
                    throw new IllegalStateException(names[i] + " gives no report");
                }
            }
        }

        private void put(int i, String name, String text) {
            files[i] = text.getBytes(StandardCharsets.UTF_8);
            names[i] = name;
        }

        ReadResult read(int i) {
            try (InputStream in = new ByteArrayInputStream(files[i])) {
                return readers[i].read(in, names[i]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One thread's place in the corpus; threads start at different inputs. */
    @State(Scope.Thread)
    public static class Cursor {
        private static int started;
        int next;
        MessageDigest sha256;

        /** Gives the thread its own start and digest. */
        @Setup
        public void setUp() throws NoSuchAlgorithmException {
            synchronized (Cursor.class) {
                next = (started++ * 17) % (GENERATED + 3);
            }
            sha256 = MessageDigest.getInstance("SHA-256");
        }

        int advance(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    /**
     * The floor: the SHA-256 of one input's bytes.
     *
     * @param corpus the inputs
     * @param cursor this thread's place
     * @return the digest's first byte
     */
    @Benchmark
    public byte floor(Corpus corpus, Cursor cursor) {
        return cursor.sha256.digest(corpus.files[cursor.advance(corpus.files.length)])[0];
    }

    /**
     * One report: read, validated, its facts rows made (the file's SHA-256 included).
     *
     * @param corpus the inputs
     * @param cursor this thread's place
     * @return the number of rows
     */
    @Benchmark
    public int endToEnd(Corpus corpus, Cursor cursor) {
        int i = cursor.advance(corpus.files.length);
        ReadResult r = corpus.read(i);
        ValidationResult v = r.getReport().map(corpus.validator::validate).orElse(null);
        int[] rows = {0};
        FactsSink.rows(FactsSource.of(corpus.names[i], corpus.files[i]), r, v, (table, row) -> rows[0] += row.length);
        return rows[0];
    }
}
