package io.github.juesuan.validation;

import static io.github.juesuan.validation.ValidationFixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.GovernmentFundRow;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The recall rules on their edge cases: which statements they read and which they leave alone. */
class RecallRulesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final List<GovernmentFundColumn> COLUMNS = List.of(GovernmentFundColumn.INCOME,
            GovernmentFundColumn.EXPENDITURE, GovernmentFundColumn.EXPENDITURE_BASIC,
            GovernmentFundColumn.EXPENDITURE_PROJECT);

    /** The fixture with a 07 of one 项 (城市建设支出 30.00, all project expenditure) and 七 as given. */
    private static FinalAccountReport withFund(String seven) {
        GovernmentFundTable t07 = GovernmentFundTable.builder().edition(TableEdition.E2024)
                .addRows(GovernmentFundRow.of("212", "城乡社区支出", COLUMNS, "30.00", "30.00", "", "30.00"))
                .addRows(GovernmentFundRow.of("21208", "国有土地使用权出让收入安排的支出", COLUMNS, "30.00", "30.00", "",
                        "30.00"))
                .addRows(GovernmentFundRow.of("2120803", "城市建设支出", COLUMNS, "30.00", "30.00", "", "30.00"))
                .total(Map.of(GovernmentFundColumn.INCOME, Amount.of("30.00"), GovernmentFundColumn.EXPENDITURE,
                        Amount.of("30.00"), GovernmentFundColumn.EXPENDITURE_PROJECT, Amount.of("30.00")))
                .build();
        List<NarrativeSection> narrative = new ArrayList<>();
        for (NarrativeSection s : consistent().getNarrative()) {
            narrative.add(s.getHeading().startsWith("七、") ? NarrativeSection.of(ReportPart.EXPLANATION, s.getHeading(),
                    seven) : s);
        }
        return FinalAccountReport.builder().from(consistent()).governmentFund(t07).narrative(narrative).build();
    }

    private static List<Finding> findings(FinalAccountReport r, String id) {
        return VALIDATOR.validate(r).getFindings(id).stream().filter(f -> f.getOutcome() != Outcome.NOT_ASSESSED)
                .collect(Collectors.toList());
    }

    @Test
    void test_fund_totalsKindsAndItemAgree_passes() {
        FinalAccountReport r = withFund("2024 年度政府性基金预算财政拨款收入 30.00 万元，支出 30.00 万元，其中：项目支出 30.00 万元。\n"
                + "1. 城乡社区（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）年初预算为 25.00 万元，支出决算为 30.00 万元。");
        ValidationResult v = VALIDATOR.validate(r);
        assertThat(v.getOutcome("NARR.T07.AMOUNTS")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void test_fund_itemAmountDiffers_reportedAtItsRow() {
        FinalAccountReport r = withFund("2024 年度政府性基金预算财政拨款支出 30.00 万元。\n1. 城乡社区（类）国有土地使用权出让收入安排"
                + "的支出（款）城市建设支出（项）年初预算为 25.00 万元，支出决算为 31.00 万元。");
        assertThat(findings(r, "NARR.T07.AMOUNTS")).extracting(Finding::getLocation, Finding::getSeverity)
                .containsExactly(tuple(Location.of(TableId.T07, RowKey.of(FunctionCode.of("2120803")),
                        GovernmentFundColumn.EXPENDITURE), Severity.WARNING));
    }

    @Test
    void test_fund_noneStatedAgainstATableWithAmounts_reported() {
        assertThat(findings(withFund("本单位无政府性基金预算财政拨款收入支出。"), "NARR.T07.AMOUNTS")).singleElement()
                .satisfies(f -> {
                    assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T07, RowKey.TOTAL,
                            GovernmentFundColumn.EXPENDITURE));
                    assertThat(f.getMessage()).contains("无政府性基金预算财政拨款收入支出", "30.00");
                });
    }

    @Test
    void test_fund_noBasicExpenditureOrNoIncome_isNotAStatementOfNone() {
        // 07 has project expenditure only: 「无…基本支出」 is true; 「无…收入」 leaves a balance that may be spent
        assertThat(findings(withFund("本单位无政府性基金预算财政拨款基本支出。"), "NARR.T07.AMOUNTS")).isEmpty();
        assertThat(findings(withFund("本年度无政府性基金预算财政拨款收入，支出 30.00 万元。"), "NARR.T07.AMOUNTS")).isEmpty();
    }

    @Test
    void test_vehicles_partsInYiYuan_withinHalfAUnit() {
        // 0.1 亿元 stands for 1000 万元 ± 500: against 999.5 + 0.4 = 999.9 the difference 0.1 is rounding
        FinalAccountReport r = RuleCatalogTest.prose(consistent(), "九、", "公务用车运行维护费支出 5.00 万元。",
                "公务用车运行维护费支出 5.00 万元。\n另：公务用车购置及运行费支出 0.1 亿元，其中：公务用车购置费支出 999.5 万元，"
                        + "公务用车运行维护费支出 0.4 万元。");
        assertThat(findings(r, "NARR.LOGIC.VEHICLE_PARTS")).singleElement().satisfies(f -> assertThat(f.getSeverity())
                .isEqualTo(Severity.ROUNDING));
    }

    @Test
    void test_operating_definitionWithoutTheBasicExpenditure_notAssessed() {
        List<NarrativeSection> narrative = new ArrayList<>();
        for (NarrativeSection s : consistent().getNarrative()) {
            narrative.add(s.getPart() == ReportPart.GLOSSARY ? NarrativeSection.of(ReportPart.GLOSSARY, s.getHeading(),
                    "指为保障行政单位运行用于购买货物和服务的各项资金。") : s);
        }
        FinalAccountReport r = FinalAccountReport.builder().from(consistent()).narrative(narrative).build();
        assertThat(VALIDATOR.validate(r).getOutcome("NARR.T06.OPERATING_EXPENSES")).isEqualTo(Outcome.NOT_ASSESSED);
        // and the figure above 06's 公用经费 is then not reported
        assertThat(findings(RuleCatalogTest.prose(r, "十一、", "机关运行经费支出 18.00", "机关运行经费支出 28.00"),
                "NARR.T06.OPERATING_EXPENSES")).isEmpty();
    }

    @Test
    void test_fundsScore_fixedPoints_scoreAboveTheRate() {
        // 「得分＝执行率×10分」: 95% gives 9.5, the fixture prints 10: within the score's half point
        FinalAccountReport r = RuleCatalogTest.prose(consistent(), "十、", "执行率×权重", "执行率×10分");
        assertThat(VALIDATOR.validate(r).getOutcome("PERF.FUNDS_SCORE_FROM_EXECUTION_RATE")).isEqualTo(Outcome.PASSED);
        FinalAccountReport five = RuleCatalogTest.prose(consistent(), "十、", "执行率×权重", "执行率×5分");
        assertThat(findings(five, "PERF.FUNDS_SCORE_FROM_EXECUTION_RATE")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getExpected()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("5"));
            assertThat(f.getMessage(java.util.Locale.ENGLISH)).contains("gives 4.75 of the weight 5");
        });
    }
}
