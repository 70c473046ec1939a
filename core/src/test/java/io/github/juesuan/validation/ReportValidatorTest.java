package io.github.juesuan.validation;

import static io.github.juesuan.validation.ValidationFixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.GovernmentFundRow;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

    @Test
    void test_validate_consistentReport_noFindings() {
        ValidationResult r = ReportValidator.standard().validate(consistent());
        assertThat(r.getFindings()).isEmpty();
        assertThat(r.isConsistent()).isTrue();
        assertThat(r.getEdition()).isEqualTo(TableEdition.E2024);
    }

    @Test
    void test_validate_oneCentOff_roundingNotMismatch() {
        // 2010301: 100.01 = 100.00 + blank -> 2 printed figures, allowance 0.01
        FinalAccountReport r = Mutations.t03(consistent(), "2010301", ExpenditureColumn.TOTAL, "100.01");
        ValidationResult result = ReportValidator.standard().validate(r);
        assertThat(result.getFindings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getOutcome()).isEqualTo(Outcome.ROUNDING);
            assertThat(f.getSeverity()).isEqualTo(Severity.ROUNDING);
        });
        Finding row = result.getFindings("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS").get(0);
        assertThat(row.getAllowance()).contains(new BigDecimal("0.010"));
        assertThat(row.getDifference()).contains(new BigDecimal("0.01"));
        assertThat(result.isConsistent()).isTrue();
        assertThat(result.getOutcome("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS")).isEqualTo(Outcome.ROUNDING);
    }

    @Test
    void test_validate_twoCentsOffOnTwoFigures_mismatch() {
        FinalAccountReport r = Mutations.t03(consistent(), "2010301", ExpenditureColumn.TOTAL, "100.02");
        Finding row = ReportValidator.standard().validate(r).getFindings("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS")
                .get(0);
        assertThat(row.getOutcome()).isEqualTo(Outcome.FAILED);
        assertThat(row.getSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void test_validate_grandTotalOffByOneCent_threeTermsRounding() {
        // like 001: 总计 7867.54 vs 本年支出合计 + 年末结转和结余 = 7867.53
        FinalAccountReport r = RuleCatalogTest.prose(RuleCatalogTest.t01(consistent(), b -> b
                .income(SummaryIncomeLine.GRAND_TOTAL, "175.01")
                .expenditure(SummaryExpenditureLine.GRAND_TOTAL, "175.01")), "一、",
                "收入总计 175.00 万元、支出总计 175.00", "收入总计 175.01 万元、支出总计 175.01");
        ValidationResult result = ReportValidator.standard().validate(r);
        assertThat(result.getFindings()).extracting(Finding::getRuleId).containsExactlyInAnyOrder(
                "INTRA.T01.INCOME_GRAND_TOTAL", "INTRA.T01.EXPENDITURE_GRAND_TOTAL");
        assertThat(result.getFindings()).allMatch(f -> f.getSeverity() == Severity.ROUNDING);
    }

    @Test
    void test_tolerance_exact_everyDifferenceFails() {
        FinalAccountReport r = Mutations.t03(consistent(), "2010301", ExpenditureColumn.TOTAL, "100.01");
        ValidationResult result = ReportValidator.builder().tolerance(Tolerance.exact()).build().validate(r);
        assertThat(result.getFindings()).isNotEmpty().allMatch(f -> f.getOutcome() == Outcome.FAILED);
    }

    @Test
    void test_tolerance_fixed_oneAllowanceWhateverTheTerms() {
        FinalAccountReport r = Mutations.t03(consistent(), "2010301", ExpenditureColumn.TOTAL, "100.02");
        ValidationResult result = ReportValidator.builder().tolerance(Tolerance.fixed(Amount.of("0.02"))).build()
                .validate(r);
        assertThat(result.getFindings()).isNotEmpty().allMatch(f -> f.getOutcome() == Outcome.ROUNDING);
        assertThat(Tolerance.derived().allowance(3)).isEqualByComparingTo("0.015");
        assertThatThrownBy(() -> Tolerance.fixed(Amount.of("-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_validate_rateWithFewerDecimals_rounding() {
        // like 001's 4.17 and 4.2 for the same figures: 4.2 is 4.1667 printed with one decimal
        FinalAccountReport r = RuleCatalogTest.perf(consistent(), p -> RuleCatalogTest.funding(
                RuleCatalogTest.funding(p, FundingRow.of(FundingSource.TOTAL, "年度资金总额", "100", "60", "2.5", "4.17",
                        "7")),
                FundingRow.of(FundingSource.CURRENT_APPROPRIATION, "当年财政拨款", "100", "60", "2.5", "4.2")));
        ValidationResult result = ReportValidator.standard().validate(r);
        List<Finding> rates = result.getFindings("PERF.EXECUTION_RATE");
        assertThat(rates).singleElement().satisfies(f -> {
            assertThat(f.getOutcome()).isEqualTo(Outcome.ROUNDING);
            assertThat(f.getLocation().getProject()).contains("政府序列会议经费");
            assertThat(f.getRow().get().getValue()).isEqualTo("当年财政拨款");
            assertThat(f.getExpected()).contains(new BigDecimal("4.17"));
        });
    }

    @Test
    void test_builder_disableAndRegrade() {
        FinalAccountReport r = Mutations.t03(consistent(), "2010301", ExpenditureColumn.TOTAL, "101.00");
        ValidationResult result = ReportValidator.builder().disable("INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS")
                .regrade("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS", Severity.WARNING).build().validate(r);
        assertThat(result.getOutcome("INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS")).isEqualTo(Outcome.DISABLED);
        assertThat(result.getFindings()).singleElement().satisfies(f -> {
            assertThat(f.getRuleId()).isEqualTo("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS");
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        });
        assertThatThrownBy(() -> ReportValidator.builder().disable("INTRA.NOPE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INTRA.NOPE");
    }

    @Test
    void test_builder_locale_messageLanguage() {
        FinalAccountReport r = Mutations.t03(consistent(), "2010301", ExpenditureColumn.TOTAL, "101.00");
        Finding zh = ReportValidator.standard().validate(r).getFindings("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS").get(0);
        Finding en = ReportValidator.builder().locale(Locale.ENGLISH).build().validate(r)
                .getFindings("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS").get(0);
        assertThat(zh.getMessage()).startsWith("支出决算表每行本年支出合计等于各类支出之和：公开03表 2010301 行“本年支出合计”栏为 101.00，应为 100.00（相差 1.00）。");
        assertThat(en.getMessage()).startsWith("In every row of Table 03, total expenditure equals the sum of its kinds: "
                + "Table 03, row 2010301, column Total expenditure is 101.00, expected 100.00 (difference 1.00).");
        assertThat(en.getMessage(Locale.CHINA)).isEqualTo(zh.getMessage());
    }

    @Test
    void test_validate_2023Layout_ownRulesFor07() {
        List<GovernmentFundColumn> cols = GovernmentFundColumn.of(TableEdition.E2023);
        // 年初 3 = 1 + 2; 收入 10 = 4 + 6; 支出 9 = 4 + 5; 年末 4 = 1 + 2 + 1 (3 + 10 - 9 = 4)
        GovernmentFundTable t07 = GovernmentFundTable.builder().edition(TableEdition.E2023)
                .addRows(GovernmentFundRow.of("212", "城乡社区支出", cols, "3.00", "1.00", "2.00", "10.00", "4.00", "6.00",
                        "9.00", "4.00", "5.00", "4.00", "1.00", "2.00", "1.00"))
                .total(ValidationFixtures.amounts(GovernmentFundColumn.class, cols, "3.00", "1.00", "2.00", "10.00",
                        "4.00", "6.00", "9.00", "4.00", "5.00", "4.00", "1.00", "2.00", "1.00"))
                .build();
        FinalAccountReport r = FinalAccountReport.builder().department("测试中心").fiscalYear(FiscalYear.of(2023))
                .governmentFund(t07).build();
        ValidationResult ok = ReportValidator.standard().validate(r);
        assertThat(ok.getEdition()).isEqualTo(TableEdition.E2023);
        assertThat(ok.getOutcome("INTRA.ROW.T07_2023_BALANCES_EQUAL_SUM_OF_PARTS")).isEqualTo(Outcome.PASSED);
        assertThat(ok.getOutcome("INTRA.ROW.T07_BALANCE_CARRIES_FORWARD")).isEqualTo(Outcome.PASSED);
        assertThat(ok.getOutcome("INTRA.ROW.T08_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT"))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(ok.getOutcome("INTER.T07_EXPENDITURE_EQUALS_T04_GOVERNMENT_FUND")).isEqualTo(Outcome.NOT_ASSESSED);

        GovernmentFundTable broken = GovernmentFundTable.builder().from(t07)
                .rows(List.of(GovernmentFundRow.of("212", "城乡社区支出", cols, "3.00", "1.00", "2.00", "10.00", "4.00",
                        "6.00", "9.00", "4.00", "5.00", "5.00", "1.00", "2.00", "1.00")))
                .build();
        ValidationResult bad = ReportValidator.standard().validate(FinalAccountReport.builder(r).governmentFund(broken)
                .build());
        assertThat(bad.getOutcome("INTRA.ROW.T07_2023_BALANCES_EQUAL_SUM_OF_PARTS")).isEqualTo(Outcome.FAILED);
        assertThat(bad.getOutcome("INTRA.ROW.T07_BALANCE_CARRIES_FORWARD")).isEqualTo(Outcome.FAILED);
        assertThat(bad.getOutcome("INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES")).isEqualTo(Outcome.FAILED);
    }
}
