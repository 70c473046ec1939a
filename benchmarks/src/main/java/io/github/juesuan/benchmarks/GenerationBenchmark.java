package io.github.juesuan.benchmarks;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.ReportArbitraries;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
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
 * Generation of consistent reports by {@link ReportArbitraries} (issue 8 target: a typical
 * report in under 1 ms), and the uniform cell view of a generated report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class GenerationBenchmark {

    private java.util.Iterator<FinalAccountReport> stream;
    private FinalAccountReport report;

    /** Prepares an endless generator and one sample report. */
    @Setup
    public void setUp() {
        Arbitrary<FinalAccountReport> reports = ReportArbitraries.consistentReports();
        // sampleStream() runs outside a jqwik property (generator() alone needs a jqwik thread)
        stream = reports.sampleStream().iterator();
        report = stream.next();
    }

    /**
     * Generates one consistent report.
     *
     * @return the report
     */
    @Benchmark
    public FinalAccountReport generateConsistentReport() {
        return stream.next();
    }

    /**
     * Lists every cell of a generated report.
     *
     * @return the cells
     */
    @Benchmark
    public List<?> cellsOfGeneratedReport() {
        return report.cells();
    }
}
