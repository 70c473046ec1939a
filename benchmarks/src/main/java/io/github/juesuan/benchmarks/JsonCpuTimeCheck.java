package io.github.juesuan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.juesuan.json.JsonLinesReader;
import io.github.juesuan.json.JsonReadOptions;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.testing.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU time and the allocation per operation of the JSON target (issue 5: typed reading within
 * 2× of Jackson's raw token scan of the same bytes), for a machine shared with other work, where
 * wall-clock JMH numbers are noise. As {@link CpuTimeCheck}: each operation is warmed up, then run
 * in 12 rounds, and the thread's own CPU time and allocated bytes are divided by the count; the best
 * round is the figure to compare. The floors are the scans of {@link JsonBenchmark} (every field
 * name, the text of every string, the exact {@code BigDecimal} of every number).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.JsonCpuTimeCheck 001 3
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.JsonCpuTimeCheck lines 6 1000
 * }</pre>
 *
 * <p>Arguments: what ({@code 001}: report 001, read vs scan; {@code lines}: generated reports as
 * JSON Lines, read vs scan), the CPU seconds of warm-up (default 3; the rounds take as long again),
 * and for {@code lines} the number of reports (default 1,000; generated as {@link JsonBenchmark}
 * does, seed {@link JsonBenchmark#SEED}). For {@code lines} a third, informative scan touches the
 * numbers only as characters.
 */
public final class JsonCpuTimeCheck {

    /** Keeps results alive, so that the work is not optimised away. */
    static volatile Object sink;
    private static final Blackhole BH = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    /** Keeps counts alive. */
    static volatile long count;

    private JsonCpuTimeCheck() {
    }

    /**
     * Runs the measurements.
     *
     * @param args what to measure ({@code 001} or {@code lines}), the warm-up seconds and, for
     *        {@code lines}, the number of reports
     * @throws Exception if an operation fails
     */
    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "lines";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        JsonReports json = JsonReports.standard();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(JsonReadOptions.DEFAULT_CONSTRAINTS).build();
        JsonFactory sequenceFactory = JsonFactory.builder()
                .streamReadConstraints(JsonReadOptions.DEFAULT_CONSTRAINTS.rebuild()
                        .maxDocumentLength(-1).maxTokenCount(-1).build()).build();
        switch (what) {
            case "001": {
                ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
                json.write(SampleReports.jilinGeneralOffice2024(), out);
                byte[] bytes = out.toByteArray();
                double ours = CpuTimeCheck.measure("read001 (ours)", seconds, () -> sink = json.read(new ByteArrayInputStream(bytes)));
                double floor = CpuTimeCheck.measure("scan001 (floor)", seconds, () -> count = scan(factory, bytes, true));
                System.out.printf("read001 / scan001 = %.2f%n", ours / floor);
                break;
            }
            case "lines": {
                int n = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
                byte[] bytes = JsonBenchmark.jsonLines(n, JsonBenchmark.SEED);
                System.out.printf("%,d reports, %,d bytes of JSON Lines%n", n, bytes.length);
                double ours = CpuTimeCheck.measure("readLines (ours)", seconds, () -> {
                    int k = 0;
                    try (JsonLinesReader in = json.readLines(new ByteArrayInputStream(bytes))) {
                        while (in.hasNext()) {
                            sink = in.next();
                            k++;
                        }
                    }
                    count = k;
                });
                double floor = CpuTimeCheck.measure("scanLines (floor)", seconds, () -> count = scan(sequenceFactory, bytes, true));
                System.out.printf("readLines / scanLines = %.2f%n", ours / floor);
                double lean = CpuTimeCheck.measure("scanLines, numbers as characters", seconds,
                        () -> count = scan(sequenceFactory, bytes, false));
                System.out.printf("readLines / scanLines with numbers as characters = %.2f (information only)%n",
                        ours / lean);
                break;
            }
            default:
                throw new IllegalArgumentException("what: 001 or lines, not " + what);
        }
    }

    /**
     * The scan of {@link JsonBenchmark}, into a JMH blackhole (a volatile store per token would
     * make the floor slower than it is). Without {@code decimals}, numbers are only touched as the
     * parser's characters, not made into {@code BigDecimal}s: not the floor of the target, but a
     * lower bound for a reader that takes the digits itself (as io-json does for plain amounts).
     */
    private static long scan(JsonFactory factory, byte[] bytes, boolean decimals) throws IOException {
        long tokens = 0;
        try (JsonParser p = factory.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
                switch (t) {
                    case FIELD_NAME:
                        BH.consume(p.currentName());
                        break;
                    case VALUE_STRING:
                        BH.consume(p.getText());
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        if (decimals) {
                            BH.consume(p.getDecimalValue());
                        } else {
                            BH.consume(p.getTextCharacters());
                            BH.consume(p.getTextLength());
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        return tokens;
    }
}
