package io.github.juesuan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.juesuan.json.JsonLinesReader;
import io.github.juesuan.json.JsonLinesWriter;
import io.github.juesuan.json.JsonReadOptions;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.ReportArbitraries;
import io.github.juesuan.testing.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON of io-json against its floor, Jackson's own streaming scan of the same bytes (issue 5
 * target: typed reading within 2× of the raw token scan).
 *
 * <ul>
 *   <li>{@code write001}, {@code read001}, {@code scan001}: report 001 (the hand-typed sample,
 *       about 115 KB of pretty-printed JSON) written to bytes, read from bytes into the model, and
 *       scanned token by token;</li>
 *   <li>{@code readLines10k}, {@code scanLines10k}: a JSON Lines file of 10,000 generated
 *       consistent reports (fixed seed) read typed with {@link JsonLinesReader}, and scanned token
 *       by token.</li>
 * </ul>
 *
 * <p>The scan touches what the typed reader must touch: every field name, the text of every
 * string and the exact {@code BigDecimal} of every number, with the same limits
 * ({@link JsonReadOptions#DEFAULT_CONSTRAINTS}; for the JSON Lines, less the limits on the length
 * and tokens of the whole, which hold per line in the typed reader).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class JsonBenchmark {

    /** The number of generated reports in the JSON Lines input. */
    public static final int LINES = 10_000;

    /** The seed of the generated reports. */
    public static final long SEED = 42L;

    private static final int BATCH = 1_000;

    private final JsonReports json = JsonReports.standard();
    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(JsonReadOptions.DEFAULT_CONSTRAINTS).build();
    /** The 10,000 lines are scanned as one sequence of documents: no limit on the whole's length or tokens. */
    private final JsonFactory sequenceFactory = JsonFactory.builder()
            .streamReadConstraints(JsonReadOptions.DEFAULT_CONSTRAINTS.rebuild()
                    .maxDocumentLength(-1).maxTokenCount(-1).build()).build();

    private FinalAccountReport report001;
    private byte[] json001;

    /** Writes report 001 to bytes, once. */
    @Setup(Level.Trial)
    public void setUp() {
        report001 = SampleReports.jilinGeneralOffice2024();
        json001 = write(report001);
    }

    /** The JSON Lines bytes of the generated reports, made once per trial (only for the benchmarks that use them). */
    @State(Scope.Benchmark)
    public static class Lines {
        byte[] bytes;

        /** Generates the reports and writes them (about a minute). */
        @Setup(Level.Trial)
        public void setUp() {
            bytes = jsonLines(LINES, SEED);
        }
    }

    /**
     * Writes {@code count} consistent reports generated from {@code seed} as JSON Lines bytes.
     *
     * @param count the number of reports
     * @param seed the seed
     * @return the UTF-8 bytes
     */
    static byte[] jsonLines(int count, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 8192);
        Iterator<FinalAccountReport> reports = generated(seed);
        try (JsonLinesWriter w = JsonReports.standard().writeLines(out)) {
            for (int i = 0; i < count; i++) {
                w.write(reports.next());
            }
        }
        return out.toByteArray();
    }

    /**
     * An endless sequence of consistent reports of both editions, the same for the same seed.
     * jqwik generates outside a property only inside a {@link JqwikSession}, which memoizes
     * generators; so reports are made in batches of 1,000, each in its own session, to keep
     * memory flat however many are drawn.
     *
     * @param seed the seed
     * @return the reports
     */
    static Iterator<FinalAccountReport> generated(long seed) {
        return new Iterator<>() {
            private final Random random = new Random(seed);
            private Iterator<FinalAccountReport> batch = List.<FinalAccountReport>of().iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public FinalAccountReport next() {
                if (!batch.hasNext()) {
                    List<FinalAccountReport> reports = new ArrayList<>(BATCH);
                    JqwikSession.start();
                    try {
                        RandomGenerator<FinalAccountReport> g = ReportArbitraries.consistentReports().generator(1000);
                        for (int i = 0; i < BATCH; i++) {
                            reports.add(g.next(random).value());
                        }
                    } finally {
                        JqwikSession.finish();
                    }
                    batch = reports.iterator();
                }
                return batch.next();
            }
        };
    }

    private byte[] write(FinalAccountReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        json.write(report, out);
        return out.toByteArray();
    }

    /**
     * Writes report 001 to UTF-8 bytes.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] write001() {
        return write(report001);
    }

    /**
     * Reads report 001 from its bytes into the model.
     *
     * @return the report
     */
    @Benchmark
    public FinalAccountReport read001() {
        return json.read(new ByteArrayInputStream(json001));
    }

    /**
     * The floor of {@link #read001()}: Jackson's token scan of the same bytes.
     *
     * @param bh the sink
     * @return the number of tokens
     * @throws IOException never (bytes in memory)
     */
    @Benchmark
    public int scan001(Blackhole bh) throws IOException {
        return scan(factory, json001, bh);
    }

    /**
     * Reads the 10,000 generated reports of the JSON Lines bytes into the model, one at a time.
     *
     * @param lines the JSON Lines bytes
     * @param bh the sink
     * @return the number of reports
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int readLines10k(Lines lines, Blackhole bh) {
        int n = 0;
        try (JsonLinesReader in = json.readLines(new ByteArrayInputStream(lines.bytes))) {
            while (in.hasNext()) {
                bh.consume(in.next());
                n++;
            }
        }
        return n;
    }

    /**
     * The floor of {@link #readLines10k(Lines, Blackhole)}: Jackson's token scan of the same bytes
     * (a sequence of root-level objects).
     *
     * @param lines the JSON Lines bytes
     * @param bh the sink
     * @return the number of tokens
     * @throws IOException never (bytes in memory)
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int scanLines10k(Lines lines, Blackhole bh) throws IOException {
        return scan(sequenceFactory, lines.bytes, bh);
    }

    private static int scan(JsonFactory factory, byte[] bytes, Blackhole bh) throws IOException {
        int tokens = 0;
        try (JsonParser p = factory.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
                switch (t) {
                    case FIELD_NAME:
                        bh.consume(p.currentName());
                        break;
                    case VALUE_STRING:
                        bh.consume(p.getText());
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        bh.consume(p.getDecimalValue());
                        break;
                    default:
                        break;
                }
            }
        }
        return tokens;
    }
}
