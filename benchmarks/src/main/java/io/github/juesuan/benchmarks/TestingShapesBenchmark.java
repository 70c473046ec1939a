package io.github.juesuan.benchmarks;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.Mutation;
import io.github.juesuan.testing.Mutations;
import io.github.juesuan.testing.ReportArbitraries;
import io.github.juesuan.testing.ReportShape;
import java.util.Iterator;
import java.util.Random;
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
 * Generation of reports of the complete shape (every table with figures, 07 and 08 included, projects
 * with weights) and of one mutation, from the juesuan-testing module.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TestingShapesBenchmark {

    private Iterator<FinalAccountReport> complete;
    private FinalAccountReport report;
    private final Random random = new Random(42);

    /** Prepares an endless generator of complete reports and one report to mutate. */
    @Setup
    public void setUp() {
        // sampleStream() runs outside a jqwik property (generator() alone needs a jqwik thread)
        complete = ReportArbitraries.consistentReports(ReportShape.complete()).sampleStream().iterator();
        do {
            report = complete.next();
        } while (!Mutations.canBreak(report, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS"));
    }

    /**
     * Generates one report of the complete shape.
     *
     * @return the report
     */
    @Benchmark
    public FinalAccountReport generateCompleteReport() {
        return complete.next();
    }

    /**
     * Breaks the 款 = Σ 项 rule at a random cell of a report.
     *
     * @return the mutation
     */
    @Benchmark
    public Mutation breakSectionRollUp() {
        return Mutations.breakRule(report, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", random);
    }
}
