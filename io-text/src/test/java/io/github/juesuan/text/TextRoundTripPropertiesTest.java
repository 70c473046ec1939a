package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.performance.IndicatorValue;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.testing.ReportArbitraries;
import io.github.juesuan.text.ReportTextRenderer.Layout;
import io.github.juesuan.text.ReportTextRenderer.Noise;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated reports rendered as text in both layouts, with random noise of the kinds real PDF
 * extractions show, read back with the same figures.
 */
class TextRoundTripPropertiesTest {

    private static final TextReportReader READER = new TextReportReader();

    @Provide
    Arbitrary<FinalAccountReport> reports() {
        return ReportArbitraries.consistentReports();
    }

    @Provide
    Arbitrary<Set<Noise>> noise() {
        return Arbitraries.of(Noise.class).set();
    }

    @Property(tries = 100)
    void render_thenRead_givesTheSameFigures(@ForAll("reports") FinalAccountReport report, @ForAll Layout layout,
            @ForAll("noise") Set<Noise> noise, @ForAll long seed) {
        String text = new ReportTextRenderer(layout, noise, seed).render(report);
        TextReadResult read = READER.read(text, "generated.txt");
        FinalAccountReport back = read.getReport();
        String context = layout + " " + noise + " " + read.getProblems();
        assertThat(presence(back)).as(context).isEqualTo(presence(report));
        assertThat(differences(figures(report), figures(back))).as(context).isEmpty();
        assertThat(back.getPerformanceEvaluations()).as(context).hasSameSizeAs(report.getPerformanceEvaluations());
        assertThat(names(back)).as(context).isEqualTo(names(report));
        assertThat(indicators(back)).as(context).isEqualTo(indicators(report));
        // the LaTeX noise is read as the symbols it stands for
        assertThat(back.getPerformanceEvaluations()).flatExtracting(ProjectPerformanceEvaluation::getIndicators)
                .extracting(i -> i.getTarget().getText()).as(context).noneMatch(t -> t.contains("$\\"));
        assertThat(read.getProblems()).as(context).isEmpty();
    }

    /** The printed name of every coded row (02 03 05 07 08), by table and code. */
    static Map<String, String> names(FinalAccountReport r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ReportTable t : r.tables()) {
            if (t instanceof CodedTable<?, ?, ?> c) {
                for (CodedRow<?, ?> row : c.getRows()) {
                    m.put(t.getTableId() + " " + row.getCode(), row.getName());
                }
            }
        }
        return m;
    }

    /**
     * Every indicator of every project as one line: levels, name, the target and actual as parsed
     * (comparison, number, unit: the printed text may carry LaTeX), weight and score.
     */
    static java.util.List<String> indicators(FinalAccountReport r) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ProjectPerformanceEvaluation e : r.getPerformanceEvaluations()) {
            for (PerformanceIndicator i : e.getIndicators()) {
                out.add(e.getProjectName() + " | " + i.getLevel1() + "/" + i.getLevel2() + "/" + i.getName() + " | "
                        + value(i.getTarget()) + " | " + value(i.getActual()) + " | " + i.getWeight() + " | "
                        + i.getScore());
            }
        }
        return out;
    }

    private static String value(IndicatorValue v) {
        return v.getComparison() + " " + v.getNumber().map(java.math.BigDecimal::stripTrailingZeros) + " " + v.getUnit();
    }

    @Property(tries = 20)
    void render_withoutNoise_readsCleanly(@ForAll("reports") FinalAccountReport report, @ForAll Layout layout) {
        String text = new ReportTextRenderer(layout, Set.of(), 0).render(report);
        TextReadResult read = READER.read(text, "clean.txt");
        assertThat(read.getProblems()).as(text).isEmpty();
        assertThat(differences(figures(report), figures(read.getReport()))).isEmpty();
    }

    /** The cells whose figures differ, as "cell: expected -> actual", including cells present on one side only. */
    static java.util.List<String> differences(Map<String, Optional<Amount>> expected, Map<String, Optional<Amount>> actual) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(expected.get(k), actual.get(k))) {
                out.add(k + ": " + expected.get(k) + " -> " + actual.get(k));
            }
        }
        return out;
    }

    static Map<TableId, TablePresence> presence(FinalAccountReport r) {
        Map<TableId, TablePresence> m = new EnumMap<>(TableId.class);
        for (TableId id : TableId.values()) {
            m.put(id, r.getPresence(id));
        }
        return m;
    }

    static Map<String, Optional<Amount>> figures(FinalAccountReport r) {
        Map<String, Optional<Amount>> m = new LinkedHashMap<>();
        for (Cell c : r.cells()) {
            m.put(c.getTable() + " " + c.getRow() + " " + c.getColumn().getId(), c.getAmount());
        }
        return m;
    }
}
