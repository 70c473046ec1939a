package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.internal.Text;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.UnitKind;
import io.github.juesuan.testing.SampleReports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The two independent paths to reports 001 and 002 agree: the text reader on the PDF's text, and
 * the sample typed by hand from the document.
 */
class TextAndSampleAgreeTest {

    private static final FinalAccountReport TEXT = new TextReportReader()
            .read(Path.of("src/test/resources/real-reports/001_204597f849ed16ca.txt")).getReport();
    private static final FinalAccountReport SAMPLE = SampleReports.jilinGeneralOffice2024();

    private static final TextReadResult TEXT_002_RESULT = new TextReportReader()
            .read(Path.of("src/test/resources/real-reports/002_2626e36b3619c519.txt"));
    private static final FinalAccountReport TEXT_002 = TEXT_002_RESULT.getReport();
    private static final FinalAccountReport SAMPLE_002 = SampleReports.jilinGovernmentServiceCenter2023();

    @Test
    void test_read001_everyTableFigureEqualsTheSample() {
        List<String> text = TEXT.cells().stream().map(TextAndSampleAgreeTest::figure).collect(Collectors.toList());
        List<String> sample = SAMPLE.cells().stream().map(TextAndSampleAgreeTest::figure).collect(Collectors.toList());
        assertThat(text).containsExactlyElementsOf(sample);
    }

    @Test
    void test_read002_everyTableFigureEqualsTheSample() {
        List<String> text = TEXT_002.cells().stream().map(TextAndSampleAgreeTest::figure).collect(Collectors.toList());
        List<String> sample = SAMPLE_002.cells().stream().map(TextAndSampleAgreeTest::figure).collect(Collectors.toList());
        assertThat(text).hasSize(519).containsExactlyElementsOf(sample);
        assertThat(TEXT_002_RESULT.getProblems()).isEmpty();
    }

    @Test
    void test_read002_tablesAgreeOnEditionNotesAndStatements() {
        assertThat(TEXT_002.tables()).hasSameSizeAs(SAMPLE_002.tables());
        for (ReportTable t : SAMPLE_002.tables()) {
            ReportTable read = TEXT_002.getTable(t.getTableId()).orElseThrow();
            assertThat(read.getEdition()).as(t.getTableId().getLabel()).isEqualTo(t.getEdition());
            assertThat(read.getEmptyStatement()).as(t.getTableId().getLabel()).isEqualTo(t.getEmptyStatement());
            assertThat(read.getNotes()).as(t.getTableId().getLabel()).isEqualTo(t.getNotes());
        }
    }

    @Test
    void test_read002_identityEqualsTheSample() {
        assertThat(TEXT_002.getDepartment()).isEqualTo(SAMPLE_002.getDepartment());
        assertThat(TEXT_002.getFiscalYear()).isEqualTo(SAMPLE_002.getFiscalYear());
        assertThat(TEXT_002.getUnitKind()).isEqualTo(SAMPLE_002.getUnitKind());
        assertThat(TEXT_002.getPublicationDate()).isEqualTo(SAMPLE_002.getPublicationDate());
        assertThat(TEXT_002.getDuties()).isEqualTo(SAMPLE_002.getDuties());
        assertThat(TEXT_002.getInternalBodies()).isEqualTo(SAMPLE_002.getInternalBodies());
        assertThat(TEXT_002.getScope()).isEqualTo(SAMPLE_002.getScope());
        assertThat(TEXT_002.getConsolidatedUnits()).isEqualTo(SAMPLE_002.getConsolidatedUnits());
        assertThat(TEXT_002.getNarrative()).isEqualTo(SAMPLE_002.getNarrative());
        assertThat(TEXT_002.getOtherMatters()).isEqualTo(SAMPLE_002.getOtherMatters());
        assertThat(TEXT_002.getOtherMatters().orElseThrow().getOperatingExpenses()).isEmpty();
    }

    @Test
    void test_read001_identityEqualsTheSample() {
        assertThat(TEXT.getDepartment()).isEqualTo(SAMPLE.getDepartment());
        assertThat(TEXT.getFiscalYear()).isEqualTo(SAMPLE.getFiscalYear());
        assertThat(TEXT.getScope()).isEqualTo(SAMPLE.getScope());
        assertThat(TEXT.getConsolidatedUnits()).isEqualTo(SAMPLE.getConsolidatedUnits());
        assertThat(TEXT.getPublicationDate()).isEqualTo(SAMPLE.getPublicationDate());
        assertThat(TEXT.getDuties()).isEqualTo(SAMPLE.getDuties());
        assertThat(TEXT.getInternalBodies()).isEqualTo(SAMPLE.getInternalBodies());
        assertThat(TEXT.getOtherMatters()).isEqualTo(SAMPLE.getOtherMatters());
        assertThat(TEXT.getNarrative()).isEqualTo(SAMPLE.getNarrative());
        // The document never states the unit's kind (no "为行政单位"). It is only implied, and
        // ambiguously: 机关运行经费, 行政运行 and 行政单位医疗 belong to 行政单位 and to 参照公务员法管理的
        // 事业单位 alike. Both paths keep only what the report states (UnitKind: "where a report states it").
        assertThat(TEXT.getUnitKind()).isEmpty().isEqualTo(SAMPLE.getUnitKind());
    }

    @Test
    void test_read001_performanceEvaluationsEqualTheSample() {
        // levels kept as printed: 社会效益指标 in the 一级指标 cell (决策咨询, 机动经费项目, 省政府印刷费),
        // and 满意度指标 printed under its row (省政府印刷费 服务对象满意度)
        assertThat(lines(TEXT)).hasSize(lines(SAMPLE).size()).containsExactlyElementsOf(lines(SAMPLE));
    }

    @Test
    void test_read002_performanceEvaluationsEqualTheSample() {
        assertThat(lines(TEXT_002)).containsExactlyElementsOf(lines(SAMPLE_002));
    }

    private static String figure(Cell c) {
        return c.getTable().getLabel() + " " + c.getRow() + " " + c.getColumn().getId() + " "
                + c.getAmount().map(Object::toString).orElse("blank");
    }

    /**
     * Every project as lines: name, units, goals, each funding row and each indicator. Texts are
     * compared without white space and with widths folded ({@link Text#normaliseName}): the
     * sample keeps the spaces of the extraction ({@code 产出 指标}), the reader joins them.
     */
    private static List<String> lines(FinalAccountReport report) {
        List<String> out = new ArrayList<>();
        for (ProjectPerformanceEvaluation e : report.getPerformanceEvaluations()) {
            String p = n(e.getProjectName());
            out.add(p + " | " + e.getCompetentDepartment().map(TextAndSampleAgreeTest::n).orElse("-") + " | "
                    + e.getImplementingUnit().map(TextAndSampleAgreeTest::n).orElse("-") + " | "
                    + e.getTotalScore().map(Object::toString).orElse("-"));
            out.add(p + " | 预期目标 " + n(e.getExpectedGoal()));
            out.add(p + " | 实际完成情况 " + n(e.getActualOutcome()));
            for (FundingRow f : e.getFunding()) {
                out.add(p + " | " + f.getSource() + " " + n(f.getLabel()) + " " + f.getInitialBudget().map(Object::toString).orElse("-")
                        + " " + f.getFullYearBudget().map(Object::toString).orElse("-") + " "
                        + f.getExecuted().map(Object::toString).orElse("-") + " "
                        + f.getExecutionRate().map(Object::toString).orElse("-") + " "
                        + f.getScore().map(Object::toString).orElse("-"));
            }
            for (PerformanceIndicator i : e.getIndicators()) {
                out.add(p + " | " + n(i.getLevel1()) + "/" + n(i.getLevel2()) + "/" + n(i.getName()) + " | "
                        + n(i.getTarget().getText()) + " | " + n(i.getActual().getText()) + " | "
                        + i.getWeight().map(Object::toString).orElse("-") + " | "
                        + i.getScore().map(Object::toString).orElse("-") + " | " + n(i.getDeviationAnalysis()));
            }
        }
        return out;
    }

    private static String n(String s) {
        return Text.normaliseName(s);
    }
}
