package io.github.juesuan.validation;

import io.github.juesuan.report.NarrativeSection;
import static io.github.juesuan.validation.ValidationFixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.amount.Score;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.SummaryExpenditureLine;

import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule: the consistent report passes, and one changed cell makes that rule, and only the
 * rules that read that cell, fail.
 */
class RuleCatalogTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static Set<String> failedRules(FinalAccountReport r) {
        return VALIDATOR.validate(r).getFindings().stream().filter(f -> f.getOutcome() == Outcome.FAILED)
                .map(Finding::getRuleId).collect(Collectors.toSet());
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                m("03 项 total", r -> Mutations.t03(r, "2010301", ExpenditureColumn.TOTAL, "101.00"),
                        "INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS", "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS"),
                m("03 类 total", r -> Mutations.t03(r, "201", ExpenditureColumn.TOTAL, "151.00"),
                        "INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS", "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS",
                        "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES", "INTER.T03_CLASSES_EQUAL_T01_CLASSES"),
                m("03 合计 total", r -> Mutations.t03(r, "合计", ExpenditureColumn.TOTAL, "171.00"),
                        "INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS", "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES",
                        "INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE"),
                m("03 款 basic", r -> Mutations.t03(r, "20103", ExpenditureColumn.BASIC, "99.00"),
                        "INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS", "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS",
                        "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS"),
                m("02 项 total", r -> Mutations.t02(r, "2010302", IncomeColumn.TOTAL, "51.00"),
                        "INTRA.ROW.T02_TOTAL_EQUALS_SUM_OF_SOURCES", "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS"),
                m("02 合计 appropriation", r -> Mutations.t02(r, "合计", IncomeColumn.FISCAL_APPROPRIATION, "161.00"),
                        "INTRA.ROW.T02_TOTAL_EQUALS_SUM_OF_SOURCES", "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES",
                        "INTER.T02_APPROPRIATION_EQUALS_T01_APPROPRIATIONS"),
                m("02 合计 total", r -> Mutations.t02(r, "合计", IncomeColumn.TOTAL, "171.00"),
                        "INTRA.ROW.T02_TOTAL_EQUALS_SUM_OF_SOURCES", "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES",
                        "INTER.T02_TOTAL_EQUALS_T01_INCOME"),
                m("01 本年收入合计", r -> t01(r, b -> b.income(SummaryIncomeLine.TOTAL_INCOME, "171.00")),
                        "INTRA.T01.TOTAL_INCOME_EQUALS_SUM_OF_SOURCES", "INTRA.T01.INCOME_GRAND_TOTAL",
                        "INTER.T02_TOTAL_EQUALS_T01_INCOME", "NARR.T01.TOTALS"),
                m("01 一般公共预算财政拨款收入", r -> t01(r, b -> b.income(SummaryIncomeLine.GENERAL_BUDGET, "161.00")),
                        "INTRA.T01.TOTAL_INCOME_EQUALS_SUM_OF_SOURCES",
                        "INTER.T02_APPROPRIATION_EQUALS_T01_APPROPRIATIONS", "INTER.T04_INCOME_EQUALS_T01_APPROPRIATIONS", "NARR.T01.TOTALS"),
                m("01 收入总计", r -> t01(r, b -> b.income(SummaryIncomeLine.GRAND_TOTAL, "176.00")),
                        "INTRA.T01.INCOME_GRAND_TOTAL", "INTRA.T01.GRAND_TOTALS_BALANCE", "NARR.T01.TOTALS"),
                m("01 本年支出合计", r -> t01(r, b -> b.expenditure(SummaryExpenditureLine.TOTAL_EXPENDITURE, "169.00")),
                        "INTRA.T01.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES", "INTRA.T01.EXPENDITURE_GRAND_TOTAL",
                        "INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE", "NARR.T01.TOTALS"),
                m("01 年末结转和结余", r -> t01(r, b -> b.expenditure(SummaryExpenditureLine.ENDING_BALANCE, "6.00")),
                        "INTRA.T01.EXPENDITURE_GRAND_TOTAL"),
                m("04 类 general budget", r -> Mutations.t04Row(r, "201", FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET,
                        "141.00"), "INTRA.T04.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES",
                        "INTRA.T04.ROW_TOTAL_EQUALS_SUM_OF_FUNDS", "INTER.T05_CLASSES_EQUAL_T04_GENERAL_BUDGET"),
                m("04 本年收入合计", r -> t04(r, b -> b.income(FiscalIncomeLine.TOTAL_INCOME, "161.00")),
                        "INTRA.T04.TOTAL_INCOME_EQUALS_SUM_OF_FUNDS", "INTRA.T04.INCOME_GRAND_TOTAL",
                        "INTER.T04_INCOME_EQUALS_T01_APPROPRIATIONS"),
                m("04 年初 general budget", r -> t04(r, b -> b.income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, "4.00")),
                        "INTRA.T04.BEGINNING_BALANCE_EQUALS_SUM_OF_FUNDS"),
                m("04 年末 general budget", r -> t04(r, b -> b.expenditure(FiscalExpenditureLine.ENDING_BALANCE, "5.00",
                        "6.00")), "INTRA.T04.ROW_TOTAL_EQUALS_SUM_OF_FUNDS", "INTRA.T04.EXPENDITURE_GRAND_TOTAL"),
                m("04 收入总计", r -> t04(r, b -> b.income(FiscalIncomeLine.GRAND_TOTAL, "166.00")),
                        "INTRA.T04.INCOME_GRAND_TOTAL", "INTRA.T04.GRAND_TOTALS_BALANCE", "NARR.T04.TOTALS"),
                m("05 项 personnel", r -> Mutations.t05(r, "2010301", GeneralBudgetColumn.PERSONNEL, "81.00"),
                        "INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE", "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS"),
                m("05 项 project", r -> Mutations.t05(r, "2010302", GeneralBudgetColumn.PROJECT, "41.00"),
                        "INTRA.ROW.T05_TOTAL_EQUALS_BASIC_PLUS_PROJECT", "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS"),
                m("05 合计 personnel", r -> Mutations.t05(r, "合计", GeneralBudgetColumn.PERSONNEL, "101.00"),
                        "INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE", "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES",
                        "INTER.T06_PERSONNEL_EQUALS_T05_PERSONNEL", "NARR.T05.BASIC"),
                m("05 合计 public use", r -> Mutations.t05(r, "合计", GeneralBudgetColumn.PUBLIC_USE, "21.00"),
                        "INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE", "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES",
                        "INTER.T06_PUBLIC_USE_EQUALS_T05_PUBLIC_USE", "NARR.T05.BASIC"),
                m("05 合计 total", r -> Mutations.t05(r, "合计", GeneralBudgetColumn.TOTAL, "161.00"),
                        "INTRA.ROW.T05_TOTAL_EQUALS_BASIC_PLUS_PROJECT", "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES",
                        "INTER.T05_TOTAL_EQUALS_T04_GENERAL_BUDGET", "NARR.T05.AMOUNTS"),
                m("06 款", r -> Mutations.t06(r, "30201", "13.00"), "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS"),
                m("06 类 301", r -> Mutations.t06(r, "301", "81.00"), "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS",
                        "INTRA.T06.PERSONNEL_TOTAL_EQUALS_301_PLUS_303"),
                m("06 类 302", r -> Mutations.t06(r, "302", "21.00"), "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS",
                        "INTRA.T06.PUBLIC_USE_TOTAL_EQUALS_OTHER_CLASSES"),
                m("06 人员经费合计", r -> Mutations.t06(r, "人员经费合计", "101.00"),
                        "INTRA.T06.PERSONNEL_TOTAL_EQUALS_301_PLUS_303", "INTER.T06_PERSONNEL_EQUALS_T05_PERSONNEL"),
                m("06 公用经费合计", r -> Mutations.t06(r, "公用经费合计", "21.00"),
                        "INTRA.T06.PUBLIC_USE_TOTAL_EQUALS_OTHER_CLASSES", "INTER.T06_PUBLIC_USE_EQUALS_T05_PUBLIC_USE"),
                m("06 30217 above 09", r -> Mutations.t06(r, "30217", "4.00"), "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS",
                        "INTER.T09_FINAL_NOT_BELOW_T06_BASIC"),
                m("09 决算 接待", r -> Mutations.t09(r, ThreePublicExpensesColumn.FINAL_RECEPTION, "4.00"),
                        "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS", "NARR.T09.THREE_PUBLIC"),
                m("09 预算 出国", r -> Mutations.t09(r, ThreePublicExpensesColumn.BUDGET_OVERSEAS, "1.00"),
                        "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS"),
                m("09 决算 购置", r -> Mutations.t09(r, ThreePublicExpensesColumn.FINAL_VEHICLE_PURCHASE, "1.00"),
                        "INTRA.T09.VEHICLES_EQUAL_PURCHASE_PLUS_OPERATION", "NARR.T09.THREE_PUBLIC"),
                m("09 决算 运行维护", r -> Mutations.t09(r, ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION, "4.00"),
                        "INTRA.T09.VEHICLES_EQUAL_PURCHASE_PLUS_OPERATION", "INTER.T09_FINAL_NOT_BELOW_T06_BASIC", "NARR.T09.THREE_PUBLIC"),
                m("02 合计 blank", r -> blankTotal02(r), "COMPLETENESS.TOTAL_ROW_BLANK"),
                m("09 absent", r -> FinalAccountReport.builder().from(r).threePublicExpenses(
                        java.util.Optional.empty()).build(), "COMPLETENESS.TABLE_ABSENT"),
                m("name unlike catalog", r -> rename03(r, "2010301", "行政运行费"), "CATALOG.NAME_MISMATCH"),
                m("unknown code", r -> addRow03(r, ExpenditureRow.of("2010398", "某未知支出")), "CATALOG.UNKNOWN_CODE"),
                m("绩效 执行率", r -> perf(r, p -> funding(p, FundingRow.of(FundingSource.CURRENT_APPROPRIATION,
                        "当年财政拨款", "100", "50", "47.5", "96"))), "PERF.EXECUTION_RATE"),
                m("绩效 年度资金总额 执行数", r -> perf(r, p -> funding(p, FundingRow.of(FundingSource.TOTAL, "年度资金总额",
                        "100", "50", "48.5", "95", "10"))), "PERF.FUNDING_TOTAL_EQUALS_SUM_OF_SOURCES",
                        "PERF.EXECUTION_RATE", "NARR.PERF.PROJECTS"),
                m("绩效 总分", r -> perf(r, p -> ProjectPerformanceEvaluation.builder().from(p).totalScore(Score.of(98))
                        .build()), "PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES", "NARR.PERF.PROJECTS"),
                m("绩效 得分 above 权重", r -> perf(r, p -> indicator(p, 0, 25, 26)),
                        "PERF.SCORE_NOT_ABOVE_WEIGHT", "PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES"),
                m("绩效 权重", r -> perf(r, p -> indicator(p, 2, 35, 30)), "PERF.WEIGHTS_SUM_TO_100"),
                m("绩效 target missed", r -> perf(r, p -> actual(p, 3, "80%")), "PERF.INDICATOR_TARGET_MET"),
                // figures of 第三部分 情况说明 (one figure of the prose changed)
                m("情况说明 收入总计", r -> prose(r, "一、", "收入总计 175.00", "收入总计 176.00"), "NARR.T01.TOTALS"),
                m("情况说明 财政拨款收、支总计", r -> prose(r, "四、", "收、支总计均为 165.00", "收、支总计均为 165.50"),
                        "NARR.T04.TOTALS"),
                // the shares of 基本支出 and 项目支出 printed with it are of this total
                m("情况说明 本年支出合计", r -> prose(r, "三、", "本年支出合计 170.00", "本年支出合计 170.50"),
                        "NARR.T01.TOTALS", "NARR.SHARES"),
                m("情况说明 项目支出", r -> prose(r, "三、", "项目支出 50.00", "项目支出 51.00"), "NARR.T03.KINDS",
                        "NARR.SHARES"),
                m("情况说明 其他收入", r -> prose(r, "二、", "其他收入 10.00 万元，占 5.88%", "其他收入 11.00 万元，占 6.47%"),
                        "NARR.T01.TOTALS"),
                // the rate printed after it no longer matches either
                m("情况说明 项 支出决算", r -> prose(r, "五、", "支出决算为 40.00", "支出决算为 41.00"), "NARR.T05.AMOUNTS",
                        "NARR.LOGIC.COMPLETION_RATE"),
                m("情况说明 项 in 元", r -> prose(r, "五、", "支出决算为 20.00 万元", "支出决算为 20.00 元"),
                        "NARR.T05.AMOUNTS"),
                // the share printed after it no longer matches the amount either
                m("情况说明 类 amount", r -> prose(r, "五、", "住房保障支出 20.00", "住房保障支出 21.00"),
                        "NARR.T05.AMOUNTS", "NARR.SHARES"),
                m("情况说明 类 share", r -> prose(r, "五、", "占 87.5%", "占 86.5%"), "NARR.SHARES"),
                m("情况说明 项目支出 share", r -> prose(r, "三、", "占 29.41%", "占 29.40%"), "NARR.SHARES"),
                m("情况说明 人员经费", r -> prose(r, "六、", "人员经费 100.00", "人员经费 10.00"), "NARR.T05.BASIC"),
                m("情况说明 公务接待费预算", r -> prose(r, "九、", "公务接待费预算为 3.00", "公务接待费预算为 3.50"),
                        "NARR.T09.THREE_PUBLIC", "NARR.LOGIC.COMPLETION_RATE"),
                m("情况说明 三公 决算", r -> prose(r, "九、", "支出决算为 8.00", "支出决算为 8.10"), "NARR.T09.THREE_PUBLIC",
                        "NARR.LOGIC.COMPLETION_RATE"),
                m("情况说明 自评得分", r -> prose(r, "十、", "自评得分为 100 分", "自评得分为 96 分"), "NARR.PERF.PROJECTS"),
                // the checks reviewers make by hand (RecallRules)
                m("情况说明 政府性基金", r -> prose(r, "七、", "本单位无政府性基金预算财政拨款收入支出。",
                        "2024 年度政府性基金预算财政拨款支出 5.00 万元。"), "NARR.T07.AMOUNTS"),
                m("情况说明 国有资本经营", r -> prose(r, "八、", "本单位无国有资本经营预算财政拨款支出。",
                        "2024 年度国有资本经营预算财政拨款支出 5.00 万元。"), "NARR.T08.AMOUNTS"),
                m("情况说明 机关运行经费", r -> prose(r, "十一、", "机关运行经费支出 18.00", "机关运行经费支出 28.00"),
                        "NARR.T06.OPERATING_EXPENSES"),
                // the purchase is 09's too
                m("情况说明 公务用车购置费", r -> prose(r, "九、", "公务用车购置费支出 0 万元", "公务用车购置费支出 1 万元"),
                        "NARR.LOGIC.VEHICLE_PARTS", "NARR.T09.THREE_PUBLIC"),
                m("情况说明 资金执行计分公式", r -> prose(r, "十、", "执行率×权重", "执行率×20分"),
                        "PERF.FUNDS_SCORE_FROM_EXECUTION_RATE"),
                m("情况说明 执行数", r -> prose(r, "十、", "执行数为 47.5 万元", "执行数为 45.7 万元"), "NARR.PERF.PROJECTS"),
                // the wording and the logic of the prose (TextRules, ProseLogicRules)
                m("正文 占位符", r -> prose(r, "四、", "165.00 万元。", "165.00 万元。XX 局。"), "TEXT.PLACEHOLDER"),
                m("正文 模板说明", r -> prose(r, "四、", "165.00 万元。", "165.00 万元。（如持平作持平表述）"), "TEXT.INSTRUCTION"),
                m("正文 标点重复", r -> prose(r, "四、", "165.00 万元。", "165.00 万元。。"), "TEXT.GARBLED"),
                m("正文 占比无百分号", r -> prose(r, "二、", "占 94.12%", "占 94.12"), "TEXT.SHARE_WITHOUT_PERCENT"),
                m("正文 比较年份", r -> prose(r, "一、", "与 2023 年度相比", "与 2022 年度相比"), "TEXT.YEAR"),
                m("情况说明 完成率", r -> prose(r, "五、", "完成年初预算的 111.1%", "完成年初预算的 121.1%"),
                        "NARR.LOGIC.COMPLETION_RATE"),
                m("情况说明 大于小于", r -> prose(r, "五、", "完成年初预算的 111.1%。", "完成年初预算的 111.1%。决算数小于预算数。"),
                        "NARR.LOGIC.DIRECTION"),
                m("情况说明 增长率", r -> prose(r, "一、", "增长 2.9%", "增长 3.9%"), "NARR.LOGIC.CHANGE_RATE"),
                m("情况说明 上年为零", r -> prose(r, "一、", "增加 5.00 万元，增长 2.9%", "增加 175.00 万元，增长 100%"),
                        "NARR.LOGIC.GROWTH_FROM_ZERO"),
                m("情况说明 主要原因", r -> prose(r, "一、", "增长 2.9%。", "增长 2.9%。主要原因：。"), "NARR.LOGIC.REASON_MISSING"),
                m("情况说明 同一项两个金额", r -> prose(r, "五、", "3. 住房保障（类）住房改革（款）住房公积金（项）年初预算",
                        "3. “住房保障（类）住房改革（款）住房公积金（项）”21.00 万元，年初预算"), "NARR.LOGIC.CONFLICTING_AMOUNTS"),
                m("情况说明 公务接待批次", r -> prose(r, "九、", "完成预算的 100%。", "完成预算的 100%。国内公务接待主要用于业务交流。"),
                        "NARR.T09.RECEPTION_DETAILS"),
                m("情况说明 政府采购", r -> prose(r, "四、", "165.00 万元。", "165.00 万元。政府采购支出总额 61.00 万元，其中：政府采购"
                        + "货物支出 10.00 万元、政府采购工程支出 20.00 万元、政府采购服务支出 30.00 万元。"), "NARR.PROCUREMENT.PARTS"),
                m("情况说明 中小企业占比", r -> prose(r, "四、", "165.00 万元。", "165.00 万元。政府采购支出总额 60.00 万元，其中：政府采购"
                        + "货物支出 10.00 万元、政府采购工程支出 20.00 万元、政府采购服务支出 30.00 万元。授予中小企业合同金额 30.00 万元，"
                        + "占政府采购支出总额的 60%。"), "NARR.PROCUREMENT.SME_SHARE"));
    }

    private static Arguments m(String name, UnaryOperator<FinalAccountReport> change, String... rules) {
        return Arguments.of(name, change, Set.of(rules));
    }

    @Test
    void test_validate_consistentReport_everyRulePassesOrIsNotApplicable() {
        ValidationResult r = VALIDATOR.validate(consistent());
        assertThat(r.getFindings()).isEmpty();
        for (Rule rule : RuleCatalog.standard().getRules()) {
            assertThat(r.getOutcome(rule.getId())).as(rule.getId())
                    .isIn(Outcome.PASSED, Outcome.NOT_APPLICABLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void test_validate_singleCellChange_firesExactlyTheRulesThatReadIt(String name,
            UnaryOperator<FinalAccountReport> change, Set<String> rules) {
        assertThat(failedRules(change.apply(consistent()))).isEqualTo(rules);
    }

    @Test
    void test_mutations_coverEveryRuleOfThe2024Set() {
        Set<String> covered = mutations().flatMap(a -> ((Set<?>) a.get()[2]).stream()).map(Object::toString)
                .collect(Collectors.toSet());
        Set<String> expected = RuleCatalog.standard().forEdition(TableEdition.E2024).stream().map(Rule::getId)
                .filter(id -> !id.startsWith("INTRA.ROW.T07") && !id.startsWith("INTRA.ROW.T08")
                        && !id.startsWith("INTER.T07") && !id.startsWith("INTER.T08"))
                .collect(Collectors.toSet());
        assertThat(covered).containsAll(expected);
    }

    @Test
    void test_validate_weights90AndFundsScore7_fundsWeightIsTheTenLeft() {
        // as in every project of report 001: indicators weigh 90, the funds row scores out of the 10 left (10 for 95%,
        // as the fixture's 得分 = 执行率 × 权重 gives; 001 itself prints 7)
        ValidationResult r = VALIDATOR.validate(consistent());
        assertThat(r.getOutcome("PERF.WEIGHTS_SUM_TO_100")).isEqualTo(Outcome.PASSED);
        assertThat(consistent().getPerformanceEvaluations().get(0).getIndicators().stream()
                .map(i -> i.getWeight().orElseThrow().getPoints()).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add)).isEqualByComparingTo("90");
    }

    @Test
    void test_validate_fundsScoreAboveWhatTheIndicatorsLeave_fails() {
        // indicators weigh 95, which leaves 5 for the funds, but the funds row scores 10
        ValidationResult r = VALIDATOR.validate(perf(consistent(), p -> indicator(p, 2, 35, 30)));
        Finding f = r.getFindings("PERF.WEIGHTS_SUM_TO_100").get(0);
        assertThat(f.getLocation()).isEqualTo(Location.ofProject("政府序列会议经费", RowKey.line("合计"),
                PerformanceColumn.WEIGHT));
        assertThat(f.getExpected()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("100"));
        assertThat(f.getActual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("95"));
        assertThat(f.getMessage(java.util.Locale.ENGLISH)).contains("leaves 5.00 for the funds' score of 10");
    }

    /** The 年度资金总额 row without its 得分, as the 吉林 汇总 reports print it (the funds' weight and score unprinted). */
    private static final UnaryOperator<ProjectPerformanceEvaluation> NO_FUNDS_SCORE = p -> funding(p,
            FundingRow.of(FundingSource.TOTAL, "年度资金总额", "100", "50", "47.5", "95"));

    @Test
    void test_validate_noFundsScore_derivedFromTheTotalWithinTheTenLeft_passes() {
        // weights 90, scores 90, 总分 100: the funds scored 100 − 90 = 10 of the 10 the indicators leave
        ValidationResult r = VALIDATOR.validate(perf(consistent(), NO_FUNDS_SCORE));
        assertThat(r.getOutcome("PERF.WEIGHTS_SUM_TO_100")).isEqualTo(Outcome.PASSED);
        assertThat(r.getOutcome("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES")).isEqualTo(Outcome.PASSED);
        // and with the full 10
        ValidationResult full = VALIDATOR.validate(perf(consistent(), p -> total(NO_FUNDS_SCORE.apply(p), 100)));
        assertThat(full.getOutcome("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void test_validate_noFundsScore_totalLeavesMoreThanTheFundsWeight_fails() {
        // 总分 99 leaves 9 for the funds, but indicators weighing 95 leave them only 5
        ValidationResult r = VALIDATOR.validate(perf(consistent(), p -> total(indicator(NO_FUNDS_SCORE.apply(p), 2, 35,
                30), 99)));
        assertThat(r.getOutcome("PERF.WEIGHTS_SUM_TO_100")).isEqualTo(Outcome.PASSED);
        Finding f = r.getFindings("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES").get(0);
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.getLocation()).isEqualTo(Location.ofProject("政府序列会议经费", RowKey.line("总分"),
                PerformanceColumn.SCORE));
        assertThat(f.getMessage(java.util.Locale.ENGLISH)).contains("leaves 9.00 for the unprinted funds' score")
                .contains("the funds' weight (100 minus the indicator weights) is 5.00");
        assertThat(f.getMessage()).contains("余 9.00 分应为未列示的资金执行得分").contains("为 5.00");
    }

    @Test
    void test_validate_noFundsScore_totalBelowTheIndicatorScores_fails() {
        ValidationResult r = VALIDATOR.validate(perf(consistent(), p -> total(NO_FUNDS_SCORE.apply(p), 88)));
        assertThat(r.getOutcome("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES")).isEqualTo(Outcome.FAILED);
        assertThat(r.getFindings("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES").get(0).getMessage(java.util.Locale.ENGLISH))
                .contains("leaves -2.00");
    }

    @Test
    void test_validate_weightsAbove100WithoutFundsScore_fails() {
        // indicators weigh 110: no reading of the unprinted funds' weight reconciles them
        ValidationResult r = VALIDATOR.validate(perf(consistent(), p -> indicator(NO_FUNDS_SCORE.apply(p), 2, 50, 30)));
        Finding f = r.getFindings("PERF.WEIGHTS_SUM_TO_100").get(0);
        assertThat(f.getMessage(java.util.Locale.ENGLISH)).contains("add up to 110.00, more than 100 points");
        // 100 points of indicators and a funds score of 10: nothing is left for it
        assertThat(VALIDATOR.validate(perf(consistent(), p -> indicator(p, 2, 40, 30)))
                .getOutcome("PERF.WEIGHTS_SUM_TO_100")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void test_validate_totalWithoutAnyScore_notAssessed() {
        UnaryOperator<ProjectPerformanceEvaluation> noScores = p -> {
            List<PerformanceIndicator> list = new ArrayList<>();
            for (PerformanceIndicator i : p.getIndicators()) {
                list.add(PerformanceIndicator.builder().from(i).score(java.util.Optional.empty()).build());
            }
            return ProjectPerformanceEvaluation.builder().from(NO_FUNDS_SCORE.apply(p)).indicators(list).build();
        };
        ValidationResult r = VALIDATOR.validate(perf(consistent(), noScores));
        assertThat(r.getOutcome("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES")).isEqualTo(Outcome.NOT_ASSESSED);
        Finding f = r.getFindings("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES").get(0);
        assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
        assertThat(f.getMessage()).contains("本表总分为 100.00，但未列示各指标自评得分和资金得分，无法评估");
    }

    @Test
    void test_validate_classTotalChanged_culpritIsThatCell() {
        ValidationResult r = VALIDATOR.validate(Mutations.t03(consistent(), "201", ExpenditureColumn.TOTAL, "151.00"));
        assertThat(r.getFindings()).hasSize(4).allSatisfy(f -> assertThat(f.getLikelyCulprit())
                .contains(Location.of(TableId.T03, RowKey.of(io.github.juesuan.classification.FunctionCode.of("201")),
                        ExpenditureColumn.TOTAL)));
        assertThat(r.getFindings().get(0).getMessage()).contains("可能出错的单元格");
    }

    @Test
    void test_validate_tableAbsent_dependentRulesNotAssessed() {
        FinalAccountReport r = FinalAccountReport.builder().from(consistent()).summary(java.util.Optional.empty())
                .build();
        ValidationResult result = VALIDATOR.validate(r);
        assertThat(result.getOutcome("INTRA.T01.GRAND_TOTALS_BALANCE")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(result.getOutcome("INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(result.getOutcome("COMPLETENESS.TABLE_ABSENT")).isEqualTo(Outcome.FAILED);
        assertThat(result.getOutcome("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS")).isEqualTo(Outcome.PASSED);
        Finding f = result.getFindings("INTRA.T01.GRAND_TOTALS_BALANCE").get(0);
        assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
        assertThat(f.getMessage(java.util.Locale.ENGLISH)).contains("not assessed", "Table 01 is absent");
        assertThat(result.isConsistent()).isFalse();
    }

    @Test
    void test_validate_totalRowBlank_tiesNotAssessed() {
        ValidationResult result = VALIDATOR.validate(blankTotal02(consistent()));
        assertThat(result.getOutcome("INTER.T02_TOTAL_EQUALS_T01_INCOME")).isEqualTo(Outcome.NOT_ASSESSED);
        Finding f = result.getFindings("COMPLETENESS.TOTAL_ROW_BLANK").get(0);
        assertThat(f.getRow()).contains(RowKey.TOTAL);
        assertThat(f.getExpected()).contains(new java.math.BigDecimal("170.00"));
    }

    @Test
    void test_validate_declaredEmptyTable_countsAsZeroNotAbsent() {
        ValidationResult result = VALIDATOR.validate(consistent());
        assertThat(result.getOutcome("INTER.T07_EXPENDITURE_EQUALS_T04_GOVERNMENT_FUND")).isEqualTo(Outcome.PASSED);
        assertThat(result.getOutcome("INTER.T08_EXPENDITURE_EQUALS_T04_STATE_CAPITAL")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void test_standard_idsAreStableAndFamilyPrefixed() {
        for (Rule r : RuleCatalog.standard().getRules()) {
            assertThat(r.getId()).matches("[A-Z]+(\\.[A-Z0-9_]+)+").startsWith(r.getFamily().name() + ".");
            assertThat(r.getDescriptionZh()).isNotBlank();
            assertThat(r.getDescriptionEn()).isNotBlank();
            assertThat(r.getFormula()).isNotBlank();
        }
        assertThat(RuleCatalog.standard().find("INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS")).isPresent();
        assertThatThrownBy(() -> RuleCatalog.standard().get("NOPE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOPE");
    }

    @Test
    void test_forEdition_2023And2024LayoutsGetTheirOwnRules() {
        List<String> y2023 = RuleCatalog.standard().forEdition(TableEdition.E2023).stream().map(Rule::getId)
                .collect(Collectors.toList());
        List<String> y2024 = RuleCatalog.standard().forEdition(TableEdition.E2024).stream().map(Rule::getId)
                .collect(Collectors.toList());
        assertThat(y2023).contains("INTRA.ROW.T07_2023_BALANCES_EQUAL_SUM_OF_PARTS", "INTRA.ROW.T08_2023_BALANCE_CARRIES_FORWARD")
                .doesNotContain("INTRA.ROW.T08_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT");
        assertThat(y2024).contains("INTRA.ROW.T08_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT")
                .doesNotContain("INTRA.ROW.T07_2023_BALANCES_EQUAL_SUM_OF_PARTS");
    }

    // ---- helpers

    static FinalAccountReport t01(FinalAccountReport r, UnaryOperator<IncomeExpenditureSummaryTable.Builder> f) {
        IncomeExpenditureSummaryTable.Builder b = IncomeExpenditureSummaryTable.builder();
        b.from(r.getSummary().orElseThrow());
        return FinalAccountReport.builder(r).summary(f.apply(b).build()).build();
    }

    static FinalAccountReport t04(FinalAccountReport r, UnaryOperator<FiscalSummaryTable.Builder> f) {
        FiscalSummaryTable.Builder b = FiscalSummaryTable.builder();
        b.from(r.getFiscalSummary().orElseThrow());
        return FinalAccountReport.builder(r).fiscalSummary(f.apply(b).build()).build();
    }

    static FinalAccountReport blankTotal02(FinalAccountReport r) {
        IncomeTable.Builder b = IncomeTable.builder();
        b.from(r.getIncome().orElseThrow());
        b.total(Map.of());
        return FinalAccountReport.builder(r).income(b.build()).build();
    }

    static FinalAccountReport rename03(FinalAccountReport r, String code, String name) {
        List<ExpenditureRow> rows = new ArrayList<>();
        for (ExpenditureRow row : r.getExpenditure().orElseThrow().getRows()) {
            if (row.getCode().toString().equals(code)) {
                ExpenditureRow.Builder rb = ExpenditureRow.builder();
                rb.from(row);
                rb.name(name);
                row = rb.build();
            }
            rows.add(row);
        }
        ExpenditureTable.Builder b = ExpenditureTable.builder();
        b.from(r.getExpenditure().orElseThrow());
        b.rows(rows);
        return FinalAccountReport.builder(r).expenditure(b.build()).build();
    }

    static FinalAccountReport addRow03(FinalAccountReport r, ExpenditureRow row) {
        ExpenditureTable.Builder b = ExpenditureTable.builder();
        b.from(r.getExpenditure().orElseThrow());
        b.addRows(row);
        return FinalAccountReport.builder(r).expenditure(b.build()).build();
    }

    /** Changes one figure of the 第三部分 section whose heading starts with {@code heading}. */
    static FinalAccountReport prose(FinalAccountReport r, String heading, String from, String to) {
        java.util.List<NarrativeSection> out = new java.util.ArrayList<>();
        boolean changed = false;
        for (NarrativeSection s : r.getNarrative()) {
            if (s.getHeading().startsWith(heading) && s.getText().contains(from)) {
                out.add(NarrativeSection.of(s.getPart(), s.getHeading(), s.getText().replace(from, to)));
                changed = true;
            } else {
                out.add(s);
            }
        }
        if (!changed) {
            throw new IllegalArgumentException("no section " + heading + " says " + from);
        }
        return FinalAccountReport.builder().from(r).narrative(out).build();
    }

    static FinalAccountReport perf(FinalAccountReport r, UnaryOperator<ProjectPerformanceEvaluation> f) {
        return FinalAccountReport.builder(r).performanceEvaluations(List.of(f.apply(r.getPerformanceEvaluations().get(0))))
                .build();
    }

    static ProjectPerformanceEvaluation funding(ProjectPerformanceEvaluation p, FundingRow replacement) {
        List<FundingRow> rows = new ArrayList<>();
        for (FundingRow f : p.getFunding()) {
            rows.add(f.getSource() == replacement.getSource() ? replacement : f);
        }
        return ProjectPerformanceEvaluation.builder().from(p).funding(rows).build();
    }

    static ProjectPerformanceEvaluation total(ProjectPerformanceEvaluation p, long total) {
        return ProjectPerformanceEvaluation.builder().from(p).totalScore(Score.of(total)).build();
    }

    static ProjectPerformanceEvaluation indicator(ProjectPerformanceEvaluation p, int index, long weight, long score) {
        List<PerformanceIndicator> list = new ArrayList<>(p.getIndicators());
        PerformanceIndicator.Builder b = PerformanceIndicator.builder();
        b.from(list.get(index));
        b.weight(Score.of(weight));
        b.score(Score.of(score));
        list.set(index, b.build());
        return ProjectPerformanceEvaluation.builder().from(p).indicators(list).build();
    }

    static ProjectPerformanceEvaluation actual(ProjectPerformanceEvaluation p, int index, String actual) {
        List<PerformanceIndicator> list = new ArrayList<>(p.getIndicators());
        PerformanceIndicator.Builder b = PerformanceIndicator.builder();
        b.from(list.get(index));
        b.actual(actual);
        list.set(index, b.build());
        return ProjectPerformanceEvaluation.builder().from(p).indicators(list).build();
    }

}
