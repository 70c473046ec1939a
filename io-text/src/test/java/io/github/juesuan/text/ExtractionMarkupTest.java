package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.Comparison;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.FinalAccountReport;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExtractionMarkupTest {

    @Test
    void test_inlineTex_becomesThePrintedSymbols() {
        assertThat(ExtractionMarkup.clean("满意度指标\t老干部满意度\t$\\geq 90\\%$\t96%")).isEqualTo("满意度指标\t老干部满意度\t≥90%\t96%");
        assertThat(ExtractionMarkup.clean("$\\leq 5$天")).isEqualTo("≤5天");
        assertThat(ExtractionMarkup.clean("温度 $25^{\\circ}\\mathrm{C}$")).isEqualTo("温度 25°C");
        assertThat(ExtractionMarkup.clean("$\\geqslant 95\\%$")).isEqualTo("≥95%");
    }

    @Test
    void test_dollarsWithoutTex_andPlainLines_areLeftAlone() {
        String line = "费用 $100 与 $200 之间";
        assertThat(ExtractionMarkup.clean(line)).isSameAs(line);
        String plain = "2010301\t行政运行\t4,355.40";
        assertThat(ExtractionMarkup.clean(plain)).isSameAs(plain);
    }

    @Test
    void test_paragraphTagsInsideCells_go_cellsStayApart() {
        assertThat(ExtractionMarkup.clean("<p>1、甲。</p> <p>2、乙。</p>\t\t<p>丙</p>")).isEqualTo("1、甲。 2、乙。\t\t丙");
        assertThat(ExtractionMarkup.clean("| <p>(1) 甲</p> <p>(2) 乙</p> | | <p>丙</p> |")).doesNotContain("<p>").doesNotContain("</p>")
                .contains("(1) 甲 (2) 乙");
    }

    @Test
    void test_realReports_holdNoExtractionMarkup_andTargetsStillParse() {
        for (String name : new String[] {"001_204597f849ed16ca.txt", "002_2626e36b3619c519.txt"}) {
            FinalAccountReport r = new TextReportReader()
                    .read(Path.of("../core/src/test/resources/real-reports", name)).getReport();
            List<String> texts = r.getPerformanceEvaluations().stream()
                    .flatMap(e -> java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(e.getExpectedGoal(), e.getActualOutcome()),
                            e.getIndicators().stream().map(i -> i.getTarget().getText())))
                    .collect(Collectors.toList());
            assertThat(texts).as(name).isNotEmpty().noneMatch(t -> t.contains("<p>") || t.contains("</p>") || t.contains("$\\"));
        }
        FinalAccountReport r001 = new TextReportReader()
                .read(Path.of("../core/src/test/resources/real-reports/001_204597f849ed16ca.txt")).getReport();
        PerformanceIndicator satisfaction = r001.getPerformanceEvaluations().stream().map(ProjectPerformanceEvaluation::getIndicators)
                .flatMap(List::stream).filter(i -> i.getTarget().getText().equals("≥90%")).findFirst().orElseThrow();
        assertThat(satisfaction.getTarget().getComparison()).hasValue(Comparison.AT_LEAST);
        assertThat(satisfaction.getTarget().getNumber()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("90"));
    }
}
