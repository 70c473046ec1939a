package io.github.juesuan.benchmarks;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ProseFigure;
import io.github.juesuan.testing.ReportArbitraries;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of a report with every rule of the standard catalogue (issue 4 target: the 001 report in
 * under 50 µs on a 2-core machine, and linear in the number of rows).
 *
 * <p>{@link #validate001()} validates the hand-typed real report 001 (吉林省人民政府办公厅 2024: 467
 * table cells, 16 绩效自评表). {@link #validateGenerated(Generated)} validates a generated consistent
 * 2024 report with up to {@code 4 × scale} leaf 项 (1×, 10×, 100×; the 2024 catalogue has 452 项, so
 * 100× is close to the largest report it can describe), to show that the time grows linearly with the
 * rows. The number of cells of each generated report is printed at set-up: divide the time by it.
 * {@link #scanProse001()} is what a first validation of 001 adds: finding the figures of its prose.
 * {@link #validateProse(Prose)} and {@link #validateProseFirstTime(Prose)} validate 001 with the text of each
 * section repeated 1, 4 and 16 times, again (the sections' figures and scans kept) and for the first time (the
 * sections unread), to show that the cost grows linearly with the length of the prose.
 *
 * <p>The heap is fixed and touched before the run ({@code -Xms1g -Xmx1g -XX:+AlwaysPreTouch}): a heap that
 * grows during the run makes the thread fault in fresh pages, which counts as its time and scattered the
 * earlier results.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ValidationBenchmark {

    private ReportValidator validator;
    private FinalAccountReport sample;

    /** Prepares the validator and the 001 sample. */
    @Setup(Level.Trial)
    public void setUp() {
        validator = ReportValidator.standard();
        sample = SampleReports.jilinGeneralOffice2024();
    }

    /** A generated consistent report of a given size. */
    @State(Scope.Benchmark)
    public static class Generated {

        private static final int LEAVES_PER_SCALE = 2;

        /** The size of the report, in multiples of {@value #LEAVES_PER_SCALE} leaf 项. */
        @Param({"1", "10", "100"})
        public int scale;

        FinalAccountReport report;

        /** Generates the report: the largest of a few draws, so that it has (nearly) every leaf. */
        @Setup(Level.Trial)
        public void setUp() {
            // sampleStream runs jqwik outside a property (its generators need a jqwik context)
            report = ReportArbitraries.consistentReports(Arbitraries.just(2024), LEAVES_PER_SCALE * scale, 0)
                    .sampleStream().limit(20).max(Comparator.comparingInt(r -> r.cells().size())).orElseThrow();
            ValidationResult check = ReportValidator.standard().validate(report);
            if (!check.isConsistent()) {
                throw new IllegalStateException("a generated consistent report has findings: "
                        + check.getFindings());
            }
            System.out.printf("%n[ValidationBenchmark] scale %d: generated report with %d cells (%d rows in 03)%n",
                    scale, report.cells().size(), report.getExpenditure().map(t -> t.getRows().size()).orElse(0));
        }
    }

    /** Report 001 with the text of every section of its prose repeated. */
    @State(Scope.Benchmark)
    public static class Prose {

        /** How many times each section's text is repeated. */
        @Param({"1", "4", "16"})
        public int repeat;

        FinalAccountReport report;

        /** Repeats the prose; validates once, so that the sections' scans are kept for {@link #validateProse}. */
        @Setup(Level.Trial)
        public void setUp() {
            FinalAccountReport sample = SampleReports.jilinGeneralOffice2024();
            List<NarrativeSection> sections = new ArrayList<>();
            int chars = 0;
            for (NarrativeSection s : sample.getNarrative()) {
                String text = String.join("\n", Collections.nCopies(repeat, s.getText()));
                chars += text.length();
                sections.add(NarrativeSection.of(s.getPart(), s.getHeading(), text));
            }
            report = FinalAccountReport.builder(sample).narrative(sections).build();
            ReportValidator.standard().validate(report);
            System.out.printf("%n[ValidationBenchmark] prose repeated %d×: %d characters in %d sections%n", repeat,
                    chars, sections.size());
        }

        /** The report with copies of its sections, which have not been read yet. */
        FinalAccountReport unread() {
            List<NarrativeSection> copies = new ArrayList<>(report.getNarrative().size());
            for (NarrativeSection s : report.getNarrative()) {
                copies.add(NarrativeSection.of(s.getPart(), s.getHeading(), s.getText()));
            }
            return FinalAccountReport.builder(report).narrative(copies).build();
        }
    }

    /**
     * Validates report 001 with its prose repeated, again: what every validation does with the prose (the
     * sections' figures and scans are kept). The cost should grow linearly with {@link Prose#repeat}.
     *
     * @param prose the report
     * @return the result
     */
    @Benchmark
    public ValidationResult validateProse(Prose prose) {
        return validator.validate(prose.report);
    }

    /**
     * Validates report 001 with its prose repeated for the first time: copies of its sections, unread, so that
     * finding the figures and scanning the wording are measured too. Linear in {@link Prose#repeat}.
     *
     * @param prose the report
     * @return the result
     */
    @Benchmark
    public ValidationResult validateProseFirstTime(Prose prose) {
        return validator.validate(prose.unread());
    }

    /**
     * Validates report 001 with every rule.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult validate001() {
        return validator.validate(sample);
    }

    /**
     * Finds the figures of 001's prose as a first validation does: {@link NarrativeSection#getFigures()} is
     * computed once per section and kept, so {@link #validate001()}, which validates the same report again
     * and again, measures it only once. A report validated once costs {@code validate001 + scanProse001}.
     *
     * @return the figures of the last section
     */
    @Benchmark
    public List<ProseFigure> scanProse001() {
        List<ProseFigure> last = List.of();
        for (NarrativeSection s : sample.getNarrative()) {
            // a copy of the section has not scanned its text yet
            last = NarrativeSection.of(s.getPart(), s.getHeading(), s.getText()).getFigures();
        }
        return last;
    }

    /**
     * Validates a generated report with every rule.
     *
     * @param generated the report of the scale
     * @return the result
     */
    @Benchmark
    public ValidationResult validateGenerated(Generated generated) {
        return validator.validate(generated.report);
    }
}
