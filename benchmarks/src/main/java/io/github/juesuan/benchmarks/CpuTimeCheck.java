package io.github.juesuan.benchmarks;

import io.github.juesuan.excel.ExcelReportReader;
import io.github.juesuan.excel.ExcelReportWriter;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.testing.ReportArbitraries;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU time and the allocation per operation of the validation and Excel targets (issues 4 and 6),
 * for a machine shared with other work, where wall-clock JMH numbers are noise: each operation is
 * warmed up, then run in 12 rounds, and the thread's own CPU time
 * ({@link java.lang.management.ThreadMXBean#getCurrentThreadCpuTime()}) and allocated bytes
 * ({@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)}) are divided by the count.
 * The best round is the figure to compare (the others carry the neighbours' cache misses); run the
 * Excel read in its own process ({@code read}), as JMH forks do: the validation's profile slows
 * the reader's compiled code when both run in one JVM.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.CpuTimeCheck validate 3
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.CpuTimeCheck read 3
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.CpuTimeCheck write 3
 * }</pre>
 *
 * <p>Arguments: what ({@code validate}: 001 and generated reports of 1×, 10×, 100× the rows; {@code validate001}:
 * 001 alone, validated again and for the first time, the loop to profile;
 * {@code read}: ours, ours from a stream, the zip+StAX floor, POI usermodel; {@code write}: ours vs
 * POI XSSF), and the CPU seconds of warm-up (default 3; the rounds take as long again).
 */
public final class CpuTimeCheck {

    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 12;

    /** Keeps results alive, so that the work is not optimised away. */
    static volatile Object sink;

    private CpuTimeCheck() {
    }

    /** An operation that may throw. */
    interface Op {
        void run() throws Exception;
    }

    /**
     * Warms an operation up, runs it in rounds and prints its CPU time and allocation per operation.
     *
     * @param name the label printed
     * @param seconds the CPU seconds of warm-up (the rounds take as long again)
     * @param op the operation
     * @return the best round's CPU time per operation, in µs
     * @throws Exception what the operation throws
     */
    static double measure(String name, double seconds, Op op) throws Exception {
        long warm = MX.getCurrentThreadCpuTime();
        while (MX.getCurrentThreadCpuTime() - warm < (long) (seconds * 1e9)) {
            op.run();
        }
        long id = Thread.currentThread().getId();
        double best = Double.MAX_VALUE;
        double sum = 0;
        long allocated = Long.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            long a0 = MX.getThreadAllocatedBytes(id);
            long c0 = MX.getCurrentThreadCpuTime();
            int n = 0;
            while (MX.getCurrentThreadCpuTime() - c0 < (long) (seconds * 1e9 / ROUNDS)) {
                op.run();
                n++;
            }
            long c1 = MX.getCurrentThreadCpuTime();
            long a1 = MX.getThreadAllocatedBytes(id);
            double per = (c1 - c0) / 1e3 / n;
            best = Math.min(best, per);
            sum += per;
            allocated = Math.min(allocated, (a1 - a0) / n);
        }
        System.out.printf("%-36s CPU per op: best %10.1f µs, mean %10.1f µs; allocated per op %,14d B%n", name,
                best, sum / ROUNDS, allocated);
        return best;
    }

    /**
     * Runs the measurements.
     *
     * @param args what to measure ({@code validate}, {@code read} or {@code write}) and the warm-up seconds
     * @throws Exception if an operation fails
     */
    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "validate";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        switch (what) {
            case "validate":
                validate(seconds);
                break;
            case "validate001":
                validate001(seconds);
                break;
            case "read":
            case "write":
                excel(what, seconds);
                break;
            default:
                throw new IllegalArgumentException("what: validate, validate001, read or write, not " + what);
        }
    }

    private static void validate(double seconds) throws Exception {
        ReportValidator v = ReportValidator.standard();
        FinalAccountReport sample = SampleReports.jilinGeneralOffice2024();
        measure("validate 001 (" + sample.cells().size() + " cells)", seconds, () -> sink = v.validate(sample));
        // what a first validation adds: the figures of the prose, found once per section and kept
        measure("scan 001's prose (" + sample.getNarrative().size() + " sections)", seconds, () -> {
            for (NarrativeSection s : sample.getNarrative()) {
                sink = NarrativeSection.of(s.getPart(), s.getHeading(), s.getText()).getFigures();
            }
        });
        for (int scale : new int[] {1, 10, 100}) {
            // the largest of a few draws, as ValidationBenchmark.Generated
            FinalAccountReport g = ReportArbitraries.consistentReports(Arbitraries.just(2024), 2 * scale, 0)
                    .sampleStream().limit(20).max(Comparator.comparingInt(r -> r.cells().size())).orElseThrow();
            if (!v.validate(g).isConsistent()) {
                throw new IllegalStateException("a generated consistent report has findings");
            }
            measure("validate " + scale + "x (" + g.cells().size() + " cells)", seconds, () -> sink = v.validate(g));
        }
    }

    /**
     * Report 001 only, again (its prose's figures and scans kept, as {@code ValidationBenchmark.validate001}) and for
     * the first time (fresh copies of its sections, as a report just read): the loop to profile.
     */
    private static void validate001(double seconds) throws Exception {
        ReportValidator v = ReportValidator.standard();
        FinalAccountReport sample = SampleReports.jilinGeneralOffice2024();
        System.out.printf("001: %d cells, %d findings%n", sample.cells().size(), v.validate(sample).getFindings().size());
        measure("validate 001 again", seconds, () -> sink = v.validate(sample));
        measure("validate 001 first time", seconds, () -> sink = v.validate(fresh(sample)));
        measure("copy 001's sections (in the above)", seconds, () -> sink = fresh(sample));
    }

    /** The report with copies of its sections, which have not been read yet. */
    static FinalAccountReport fresh(FinalAccountReport report) {
        java.util.List<NarrativeSection> copies = new java.util.ArrayList<>(report.getNarrative().size());
        for (NarrativeSection s : report.getNarrative()) {
            copies.add(NarrativeSection.of(s.getPart(), s.getHeading(), s.getText()));
        }
        return FinalAccountReport.builder(report).narrative(copies).build();
    }

    private static void excel(String what, double seconds) throws Exception {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        Path file = Files.createTempFile("juesuan-cpu-", ".xlsx");
        // POI is set up only after our reader is measured: its warm-up changes the JIT's profile of
        // the JDK's XML code that our reader shares (JMH runs each benchmark in its own fork)
        ExcelBenchmark bench = new ExcelBenchmark();
        boolean setUp = false;
        try {
            ExcelReportWriter.create().write(report, file);
            ExcelReportReader reader = ExcelReportReader.create();
            byte[] bytes = Files.readAllBytes(file);
            Blackhole bh = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            if (what.equals("read")) {
                measure("read 001: ours", seconds, () -> sink = reader.read(file));
                measure("read 001: raw zip+StAX floor", seconds, () -> ExcelBenchmark.rawScan(file, bh));
                measure("read 001: ours again", seconds, () -> sink = reader.read(file));
                measure("read 001: ours from a stream", seconds,
                        () -> sink = reader.read(new ByteArrayInputStream(bytes)));
                bench.setUp();
                setUp = true;
                measure("read 001: POI usermodel", seconds, () -> bench.readPoiUsermodel(bh));
            } else {
                bench.setUp();
                setUp = true;
                measure("write 001: ours", seconds, () -> sink = bench.write());
                measure("write 001: POI XSSF", seconds, () -> sink = bench.writePoiXssf());
            }
        } finally {
            Files.deleteIfExists(file);
            if (setUp) {
                bench.tearDown();
            }
        }
    }
}
