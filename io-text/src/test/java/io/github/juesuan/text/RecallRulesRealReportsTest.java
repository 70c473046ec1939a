package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.PerformanceColumn;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks reviewers make by hand against 07, 08, 06, the “三公” prose and the 绩效自评表 formula
 * (NARR.T07.AMOUNTS, NARR.T08.AMOUNTS, NARR.T06.OPERATING_EXPENSES, NARR.LOGIC.VEHICLE_PARTS,
 * PERF.FUNDS_SCORE_FROM_EXECUTION_RATE) on the real reports as read from the text of their PDFs: nothing above
 * information on any of them (every statement they make agrees, checked by hand: docs/real-reports.md), each rule
 * read what the report states, and the same texts with one figure changed are reported exactly.
 */
class RecallRulesRealReportsTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final Set<String> RULES = Set.of("NARR.T07.AMOUNTS", "NARR.T08.AMOUNTS",
            "NARR.T06.OPERATING_EXPENSES", "NARR.LOGIC.VEHICLE_PARTS", "PERF.FUNDS_SCORE_FROM_EXECUTION_RATE");
    private static final String[] FILES = {"000_aa736e7b58f5109b.txt", "001_204597f849ed16ca.txt",
        "002_2626e36b3619c519.txt", "shanghai/caizhengju-2024.layout.txt", "shanghai/guihuaziranziyuanju-2024.layout.txt",
        "shanghai/shiquanlu-2025.pages.txt", "shanghai/template-2024.layout.txt"};

    private static String text(String file) throws IOException {
        return Files.readString(Path.of("src/test/resources/real-reports/" + file));
    }

    /** The real text with one passage replaced (the passage must be there). */
    private static ValidationResult edited(String file, String from, String to) throws IOException {
        String t = text(file);
        assertThat(t).as(file).contains(from);
        FinalAccountReport r = new TextReportReader().read(t.replace(from, to), file).getReport();
        return VALIDATOR.validate(r);
    }

    private static List<Finding> recall(ValidationResult r) {
        return r.getFindingsAbove(Severity.INFO).stream().filter(f -> RULES.contains(f.getRuleId()))
                .collect(Collectors.toList());
    }

    @Test
    void test_everyRealReport_hasNoRecallFindingAboveInformation() {
        for (String file : FILES) {
            assertThat(recall(VALIDATOR.validate(TextRulesRealReportsTest.read(file)))).as(file).isEmpty();
        }
    }

    @Test
    void test_everyRealReport_isReadWhereItStatesTheFigures() {
        // each report says it has no 政府性基金 and no 国有资本经营 appropriations (「本单位无政府性基金预算情况」,
        // 「…2024年度无国有资本经营预算财政拨款收入和支出」), and 07 and 08 are empty: read and agreeing; the vehicle totals
        // of 000, 001, 002 and shiquanlu are stated with both parts, which add up (shiquanlu: 37.35 = 25 + 12.35)
        Map<String, List<Outcome>> expected = Map.of(
                "000_aa736e7b58f5109b.txt", List.of(Outcome.PASSED, Outcome.PASSED, Outcome.NOT_ASSESSED, Outcome.PASSED,
                        Outcome.NOT_ASSESSED),
                "001_204597f849ed16ca.txt", List.of(Outcome.PASSED, Outcome.PASSED, Outcome.NOT_ASSESSED, Outcome.PASSED,
                        Outcome.NOT_ASSESSED),
                "002_2626e36b3619c519.txt", List.of(Outcome.PASSED, Outcome.PASSED, Outcome.NOT_ASSESSED, Outcome.PASSED,
                        Outcome.NOT_ASSESSED),
                // 上海: the 名词解释 defines 机关运行经费 as part of the 基本支出's 公用经费: 184.65 ≤ 184.65, 142.80 ≤ 440.90
                // (06's 公用经费合计 480.66 is misread as 0.00, the sum of its 类 is taken), 627.04 ≤ 2195.60
                "shanghai/caizhengju-2024.layout.txt", List.of(Outcome.PASSED, Outcome.PASSED, Outcome.PASSED,
                        Outcome.PASSED, Outcome.NOT_ASSESSED),
                "shanghai/guihuaziranziyuanju-2024.layout.txt", List.of(Outcome.PASSED, Outcome.PASSED, Outcome.PASSED,
                        Outcome.PASSED, Outcome.NOT_ASSESSED),
                "shanghai/shiquanlu-2025.pages.txt", List.of(Outcome.PASSED, Outcome.PASSED, Outcome.PASSED,
                        Outcome.PASSED, Outcome.NOT_ASSESSED),
                // the blank template states 「机关运行经费支出 XXX 万元」: no figure
                "shanghai/template-2024.layout.txt", List.of(Outcome.PASSED, Outcome.PASSED, Outcome.NOT_ASSESSED,
                        Outcome.PASSED, Outcome.NOT_ASSESSED));
        List<String> ids = List.of("NARR.T07.AMOUNTS", "NARR.T08.AMOUNTS", "NARR.T06.OPERATING_EXPENSES",
                "NARR.LOGIC.VEHICLE_PARTS", "PERF.FUNDS_SCORE_FROM_EXECUTION_RATE");
        for (String file : FILES) {
            ValidationResult r = VALIDATOR.validate(TextRulesRealReportsTest.read(file));
            assertThat(ids.stream().map(r::getOutcome).collect(Collectors.toList())).as(file)
                    .isEqualTo(expected.get(file));
        }
    }

    @Test
    void test_jilin001_operatingExpensesNotAssessed_itsDefinitionTiesThemToNoTable() {
        // 「指为保障行政单位…运行用于购买货物和服务的各项资金」: no 基本支出, no 财政拨款; its 834.86 equals 06's 公用经费合计,
        // but the report does not say that it must
        ValidationResult r = VALIDATOR.validate(TextRulesRealReportsTest.read("001_204597f849ed16ca.txt"));
        assertThat(r.getFindings("NARR.T06.OPERATING_EXPENSES")).singleElement()
                .satisfies(f -> assertThat(f.getMessage(Locale.ENGLISH)).contains("does not define 机关运行经费"));
    }

    @Test
    void test_jilin001_stateCapitalAmountInTheProse_againstAnEmpty08() throws IOException {
        ValidationResult r = edited("001_204597f849ed16ca.txt", "本单位无国有资本经营预算情况。",
                "2024 年度国有资本经营预算财政拨款支出 12.5 万元。");
        assertThat(recall(r)).extracting(Finding::getRuleId, Finding::getSeverity, Finding::getLocation,
                f -> f.getActual().orElseThrow().toPlainString(), f -> f.getDifference().orElseThrow().toPlainString())
                .containsExactly(tuple("NARR.T08.AMOUNTS", Severity.WARNING,
                        Location.of(TableId.T08, RowKey.TOTAL, StateCapitalColumn.EXPENDITURE), "12.5", "12.5"));
    }

    @Test
    void test_jilin001_vehicleOperationChanged_partsNoLongerAddUp() throws IOException {
        // 「公务用车购置及运行费…支出决算为 153.9 万元 … 公务用车购置费支出 0 万元 … 公务用车运行维护费支出 135.9 万元」
        ValidationResult r = edited("001_204597f849ed16ca.txt", "公务用车运行维护费支出 153.9 万元",
                "公务用车运行维护费支出 135.9 万元");
        assertThat(r.getFindingsAbove(Severity.INFO).stream()
                .filter(f -> f.getRuleId().equals("NARR.LOGIC.VEHICLE_PARTS") || f.getRuleId().equals("NARR.T09.THREE_PUBLIC")))
                .extracting(Finding::getRuleId, Finding::getLocation, f -> f.getDifference().orElseThrow())
                .containsExactlyInAnyOrder(
                        tuple("NARR.T09.THREE_PUBLIC", Location.of(TableId.T09, ThreePublicExpensesTable.ROW,
                                ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION), new BigDecimal("-18.00")),
                        tuple("NARR.LOGIC.VEHICLE_PARTS", Location.ofText("第三部分“九、财政拨款“三公”经费支出决算情况说明”"),
                                new BigDecimal("18.0")));
        assertThat(r.getFindings("NARR.LOGIC.VEHICLE_PARTS")).singleElement().satisfies(f -> assertThat(
                f.getMessage(Locale.ENGLISH)).contains("公务用车购置费支出 0 万元", "公务用车运行维护费支出 135.9 万元", "135.90"));
    }

    @Test
    void test_caizhengju_operatingExpensesAbove06PublicUse() throws IOException {
        // 十一（一）「机关运行经费支出184.65万元」 made 284.65: more than 06's 公用经费合计 184.65, of which the 名词解释
        // makes it a part; NARR.LOGIC.CHANGE_RATE then also finds 「增加2.55万元，增长1.40%」 wrong against 284.65
        ValidationResult r = edited("shanghai/caizhengju-2024.layout.txt", "机关运行经费支出184.65万元",
                "机关运行经费支出284.65万元");
        assertThat(recall(r)).extracting(Finding::getRuleId, Finding::getSeverity, Finding::getLocation,
                f -> f.getExpected().orElseThrow(), f -> f.getActual().orElseThrow())
                .containsExactly(tuple("NARR.T06.OPERATING_EXPENSES", Severity.WARNING, Location.of(TableId.T06,
                        BasicExpenditureDetailTable.PUBLIC_USE_TOTAL, BasicExpenditureColumn.AMOUNT),
                        new BigDecimal("184.65"), new BigDecimal("284.65")));
    }

    @Test
    void test_jilin001_withTheFormulaStated_itsTierScoresContradictIt() throws IOException {
        // 001 does not state how the funds' 10 points are scored, and its scores follow tiers (7 for 95% and for
        // 99.97%, 5 for 67.77%, 0 for 57.86%): with 「得分=执行率×权重」 stated, 10 of its 16 tables contradict it
        ValidationResult r = edited("001_204597f849ed16ca.txt", "十、关于 2024 年度绩效评价情况说明\n",
                "十、关于 2024 年度绩效评价情况说明\n\n资金执行得分=执行率×权重。\n");
        List<Finding> found = r.getFindings("PERF.FUNDS_SCORE_FROM_EXECUTION_RATE");
        assertThat(found).extracting(f -> f.getLocation().getProject().orElseThrow()).containsExactlyInAnyOrder(
                "保密检查工作经费", "公务接待经费", "办公厅信息化设备、公文流转系统运行维护费", "发布《吉林省人民政府公报》经费",
                "吉林发展建设调研经费", "政府序列会议经费", "省政府决策咨询委员会专项经费", "省政府办公厅电子政务内网和工作网运维",
                "离退休老干部活动经费", "紧急重大事项处置经费");
        assertThat(found).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
        assertThat(found).filteredOn(f -> f.getLocation().equals(Location.ofProject("政府序列会议经费",
                RowKey.line("年度资金总额"), PerformanceColumn.SCORE)))
                .singleElement().satisfies(f -> {
                    assertThat(f.getExpected()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("10"));
                    assertThat(f.getActual()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("7"));
                    assertThat(f.getMessage(Locale.ENGLISH)).contains("an execution rate of 95% gives 9.5", "weight 10");
                });
    }
}
