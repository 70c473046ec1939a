package io.github.juesuan.validation;

import static io.github.juesuan.validation.RuleCatalogTest.prose;
import static io.github.juesuan.validation.ValidationFixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableId;
import io.github.juesuan.classification.FunctionCode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 情况说明 rules: what the prose repeats from the tables, compared at the printed precision. */
class NarrativeRulesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static List<Finding> narr(FinalAccountReport r) {
        return VALIDATOR.validate(r).getFindings().stream().filter(f -> f.getRuleId().startsWith("NARR."))
                .collect(Collectors.toList());
    }

    @Test
    void test_validate_consistentProse_everyNarrativeRulePasses() {
        ValidationResult result = VALIDATOR.validate(consistent());
        for (Rule rule : RuleCatalog.standard().getRules()) {
            if (rule.getFamily() == RuleFamily.NARR) {
                assertThat(result.getOutcome(rule.getId())).as(rule.getId()).isEqualTo(Outcome.PASSED);
            }
        }
    }

    @Test
    void test_validate_figurePrintedWithoutTrailingZeros_agreesOnlyWhenEqual() {
        // 100.0 and 100 are 100.00 without its trailing zeros; prose does not round 万元
        assertThat(narr(prose(consistent(), "六、", "人员经费 100.00", "人员经费 100.0"))).isEmpty();
        assertThat(narr(prose(consistent(), "六、", "人员经费 100.00", "人员经费 100"))).isEmpty();
        // 99.9 is not 100.00
        assertThat(narr(prose(consistent(), "六、", "人员经费 100.00", "人员经费 99.9"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
                    assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T05, RowKey.TOTAL,
                            GeneralBudgetColumn.PERSONNEL));
                    assertThat(f.getExpected()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
                    assertThat(f.getActual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("99.9"));
                });
    }

    @Test
    void test_validate_figureInYuanEqualToTheCellInWanYuan_isAUnitSlip() {
        // 002 prints 住房公积金 支出决算为 11.33 元 for 11.33 万元
        Finding f = narr(prose(consistent(), "五、", "支出决算为 20.00 万元", "支出决算为 20.00 元")).get(0);
        assertThat(f.getRuleId()).isEqualTo("NARR.T05.AMOUNTS");
        assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T05, RowKey.of(FunctionCode.of("2210201")),
                GeneralBudgetColumn.TOTAL));
        assertThat(f.getMessage(Locale.CHINESE)).contains("五、一般公共预算财政拨款支出决算情况说明")
                .contains("支出决算 20.00 元").contains("单位应为万元");
        assertThat(f.getMessage(Locale.ENGLISH)).contains("slip for 万元");
    }

    @Test
    void test_validate_bothTotalsInOnePhrase_checkedAgainstBothSides() {
        FinalAccountReport both = prose(consistent(), "一、", "收入总计 175.00 万元、支出总计 175.00 万元",
                "收、支总计均为 175.00 万元");
        assertThat(narr(both)).isEmpty();
        List<Finding> off = narr(prose(both, "一、", "均为 175.00", "均为 176.00"));
        assertThat(off).extracting(Finding::getLocation).containsExactlyInAnyOrder(
                Location.of(TableId.T01, SummaryIncomeLine.GRAND_TOTAL.getRowKey(), SummaryColumn.INCOME),
                Location.of(TableId.T01, SummaryExpenditureLine.GRAND_TOTAL.getRowKey(), SummaryColumn.EXPENDITURE));
    }

    @Test
    void test_validate_sectionFive_everyStatementOfTheTotalIsChecked() {
        // 001 states 05's 合计 three times: in （一）, in （二） and at the opening of （三）
        // 「2024 年度一般公共预算财政拨款支出年初预算为 7658.87 万元，支出决算为 7841.66 万元」
        FinalAccountReport opening = prose(consistent(), "五、", "（三）一般公共预算财政拨款支出决算具体情况\n",
                "（三）一般公共预算财政拨款支出决算具体情况\n2024 年度一般公共预算财政拨款支出年初预算为 150.00 万元，"
                        + "支出决算为 160.00 万元，完成年初预算的 106.7%。其中：\n");
        assertThat(narr(opening)).isEmpty();
        Location total = Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.TOTAL);
        assertThat(narr(prose(opening, "五、", "支出决算为 160.00", "支出决算为 161.00")))
                .extracting(Finding::getRuleId, Finding::getLocation)
                .containsExactlyInAnyOrder(tuple("NARR.T05.AMOUNTS", total),
                        // and the rate printed with it no longer follows (ProseLogicRules)
                        tuple("NARR.LOGIC.COMPLETION_RATE", Location.ofText("第三部分“五、一般公共预算财政拨款支出决算情况说明”")));
        // the second statement, in （二）: the first one agrees, the second does not
        FinalAccountReport second = prose(consistent(), "五、", "一般公共预算财政拨款支出 160.00 万元，主要用于",
                "一般公共预算财政拨款支出 159.00 万元，主要用于");
        assertThat(narr(second)).extracting(Finding::getRuleId, Finding::getLocation)
                .contains(tuple("NARR.T05.AMOUNTS", total));
    }

    @Test
    void test_validate_sectionFour_appropriationIncomeAndTotalsAgainstTable04() {
        // 001 prints 「财政拨款收入 7697.03 万元、支出总计 7841.66 万元」: 本年收入合计 of 04, and as 支出总计 its
        // 本年支出合计, which leaves out the 年末结转和结余 (04 总计 is 7852.73)
        FinalAccountReport asPrinted = prose(consistent(), "四、", "财政拨款收、支总计均为 165.00 万元",
                "财政拨款收入 160.00 万元、支出总计 165.00 万元");
        assertThat(narr(asPrinted)).isEmpty();
        assertThat(narr(prose(asPrinted, "四、", "支出总计 165.00", "支出总计 160.00"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.getRuleId()).isEqualTo("NARR.T04.TOTALS");
                    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
                    assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T04,
                            FiscalExpenditureLine.GRAND_TOTAL.getRowKey(), FiscalSummaryColumn.EXPENDITURE_TOTAL));
                    assertThat(f.getExpected()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("165"));
                    assertThat(f.getActual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("160"));
                });
        assertThat(narr(prose(asPrinted, "四、", "财政拨款收入 160.00", "财政拨款收入 161.00")))
                .extracting(Finding::getRuleId, Finding::getLocation)
                .containsExactly(tuple("NARR.T04.TOTALS", Location.of(TableId.T04,
                        FiscalIncomeLine.TOTAL_INCOME.getRowKey(), FiscalSummaryColumn.INCOME)));
    }

    @Test
    void test_validate_sectionFour_aCombinedOrOneFundsTotalFirstDoesNotHideTheTotal() {
        // 「收、支总计」 (both sides) and 「一般公共预算财政拨款支出总计」 (one fund's) come first; the 支出总计
        // after them is still the one compared with 04's 支出 总计
        FinalAccountReport r = prose(consistent(), "四、", "财政拨款收、支总计均为 165.00 万元",
                "财政拨款收、支总计均为 165.00 万元，一般公共预算财政拨款支出总计 1.00 万元，支出总计 164.00 万元");
        assertThat(narr(r)).singleElement().satisfies(f -> {
            assertThat(f.getRuleId()).isEqualTo("NARR.T04.TOTALS");
            assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T04,
                    FiscalExpenditureLine.GRAND_TOTAL.getRowKey(), FiscalSummaryColumn.EXPENDITURE_TOTAL));
            assertThat(f.getActual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("164"));
        });
        // and in 一, a 支出总计 after 「收入、支出总计」 (which ends with 支出总计 too) is compared with 01's
        FinalAccountReport one = prose(consistent(), "一、", "收入总计 175.00 万元、支出总计 175.00 万元",
                "收入、支出总计均为 175.00 万元，其中支出总计 174.00 万元");
        assertThat(narr(one)).extracting(Finding::getRuleId, Finding::getLocation).containsExactly(tuple(
                "NARR.T01.TOTALS", Location.of(TableId.T01, SummaryExpenditureLine.GRAND_TOTAL.getRowKey(),
                        SummaryColumn.EXPENDITURE)));
    }

    @Test
    void test_validate_sectionFour_oneFundsIncomeIsNotTheWhole() {
        // 「一般公共预算财政拨款收入」 is one fund's, not 本年收入合计: not compared with it, and with no other figure
        // the rule has nothing to assess
        FinalAccountReport r = prose(consistent(), "四、", "财政拨款收、支总计均为 165.00 万元",
                "一般公共预算财政拨款收入 1.00 万元");
        assertThat(narr(r)).extracting(Finding::getRuleId, Finding::getOutcome)
                .containsExactly(tuple("NARR.T04.TOTALS", Outcome.NOT_ASSESSED));
        assertThat(VALIDATOR.validate(r).getOutcome("NARR.T04.TOTALS")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void test_validate_classAmountsOffByACentFromTheTotal_withoutTable05_roundingOfTheProse() {
        // like 000, whose table pages are lost: its 类 amounts add to 1640.18 against a total of 1640.19
        FinalAccountReport r = FinalAccountReport.builder().from(prose(consistent(), "五、",
                "主要用于以下方面：一般公共服务支出 140.00", "主要用于以下方面：一般公共服务支出 139.99"))
                .generalBudgetExpenditure(java.util.Optional.empty()).build();
        List<Finding> shares = VALIDATOR.validate(r).getFindings("NARR.SHARES");
        assertThat(shares).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ROUNDING);
            assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.TOTAL));
            assertThat(f.getExpected()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("159.99"));
            assertThat(f.getActual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("160.00"));
            assertThat(f.getAllowance()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.015"));
        });
        // a total off by more than the allowance is a mismatch
        FinalAccountReport off = FinalAccountReport.builder().from(prose(consistent(), "五、",
                "主要用于以下方面：一般公共服务支出 140.00 万元，占 87.5%", "主要用于以下方面：一般公共服务支出 139.00 万元，占 87.5%"))
                .generalBudgetExpenditure(java.util.Optional.empty()).build();
        // (and 139.00 is 86.9% of 160.00, not the 87.5% printed after it)
        assertThat(VALIDATOR.validate(off).getFindings("NARR.SHARES"))
                .extracting(Finding::getLocation, Finding::getSeverity).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Location.of(TableId.T05, RowKey.TOTAL,
                                GeneralBudgetColumn.TOTAL), Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple(Location.of(TableId.T05, RowKey.of(FunctionCode.of("201")),
                                GeneralBudgetColumn.TOTAL), Severity.WARNING));
    }

    @Test
    void test_validate_classAmountOffByACent_withTable05_aMismatchOfThatFigure() {
        // with the table, each figure is compared with its cell (both print two decimals)
        FinalAccountReport r = prose(consistent(), "五、", "主要用于以下方面：一般公共服务支出 140.00",
                "主要用于以下方面：一般公共服务支出 139.99");
        assertThat(VALIDATOR.validate(r).getFindings("NARR.T05.AMOUNTS")).singleElement()
                .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
        assertThat(VALIDATOR.validate(r).getOutcome("NARR.SHARES")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void test_validate_shareThatIsNotTheRoundedRatio_namesTheFigures() {
        Finding f = narr(prose(consistent(), "五、", "占 12.5%", "占 12.4%")).get(0);
        assertThat(f.getRuleId()).isEqualTo("NARR.SHARES");
        assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T05, RowKey.of(FunctionCode.of("221")),
                GeneralBudgetColumn.TOTAL));
        assertThat(f.getMessage(Locale.ENGLISH)).contains("20.00 / 160.00 × 100 is 12.5%");
    }

    @Test
    void test_validate_sharesOfTheTotalsInSectionsTwoAndThree() {
        // 120.00 / 170.00 = 70.59%, 50.00 / 170.00 = 29.41%; 160.00 / 170.00 = 94.12%
        assertThat(VALIDATOR.validate(consistent()).getOutcome("NARR.SHARES")).isEqualTo(Outcome.PASSED);
        Finding f = narr(prose(consistent(), "三、", "占 70.59%", "占 70.60%")).get(0);
        assertThat(f.getRuleId()).isEqualTo("NARR.SHARES");
        assertThat(f.getLocation()).isEqualTo(Location.of(TableId.T03, RowKey.TOTAL,
                io.github.juesuan.report.ExpenditureColumn.BASIC));
        assertThat(f.getExpected()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70.59"));
        // 94% is 94.12% to no decimals; 94.00% is not
        assertThat(narr(prose(consistent(), "二、", "占 94.12%", "占 94%"))).isEmpty();
        assertThat(narr(prose(consistent(), "二、", "占 94.12%", "占 94.00%"))).extracting(Finding::getLocation)
                .containsExactly(Location.of(TableId.T01, SummaryIncomeLine.GENERAL_BUDGET.getRowKey(),
                        SummaryColumn.INCOME));
    }

    @Test
    void test_validate_noNarrative_everyNarrativeRuleNotAssessed() {
        FinalAccountReport r = FinalAccountReport.builder().from(consistent()).narrative(List.of()).build();
        ValidationResult result = VALIDATOR.validate(r);
        for (Rule rule : RuleCatalog.standard().getRules()) {
            if (rule.getFamily() == RuleFamily.NARR) {
                assertThat(result.getOutcome(rule.getId())).as(rule.getId()).isEqualTo(Outcome.NOT_ASSESSED);
            }
        }
        assertThat(result.getFindings("NARR.T09.THREE_PUBLIC")).singleElement()
                .satisfies(f -> assertThat(f.getMessage(Locale.ENGLISH)).contains("has no section"));
    }

    @Test
    void test_validate_figureTheProseDoesNotState_isNotChecked() {
        // without its 项 detail the section still checks the total and the 类
        FinalAccountReport r = prose(consistent(), "五、", "支出决算为 40.00 万元，完成年初预算的 100%", "");
        assertThat(VALIDATOR.validate(r).getOutcome("NARR.T05.AMOUNTS")).isEqualTo(Outcome.PASSED);
    }
}
