package io.github.juesuan.validation;

import static io.github.juesuan.validation.ReviewRulesFixture.SECTION;
import static io.github.juesuan.validation.ReviewRulesFixture.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules on the logic of 第三部分 on small synthetic sentences: what fires, with which severity, what does not. */
class ProseLogicRulesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // rule | text | severity, or empty when nothing is reported
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 3937.89 万元，支出决算为 4355.4 万元，完成年初预算的 110.6%。 |",
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 2039.6 万元，支出决算为 1632.56 万元，完成年初预算的 80%。 |",
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。 | ROUNDING",
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 274.82 万元，支出决算为 245.53 万元，完成年初预算的 93.57%。 | WARNING",
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 0 万元，支出决算为 468.9 万元，完成年初预算的 46890%。 | WARNING",
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 0 万元，支出决算为 0 万元，完成预算的 0%。 |",
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 0.01 万元，支出决算为 45.84 万元，完成年初预算的 458400%。 |",
        "NARR.LOGIC.COMPLETION_RATE | 年初预算为 9.55 万元，支出决算为 11.33 元，完成年初预算的 118.64%。 |",
        "NARR.LOGIC.DIRECTION | 年初预算为 20.66 万元，支出决算为 22.64 万元。决算数大于预算数的主要原因：追加。 |",
        "NARR.LOGIC.DIRECTION | 年初预算为 20.66 万元，支出决算为 18.64 万元。决算数大于预算数的主要原因：追加。 | WARNING",
        "NARR.LOGIC.DIRECTION | 年初预算为 349.5 万元，支出决算为 349.5 万元，完成年初预算的 100%，决算数等于预算数。 |",
        "NARR.LOGIC.DIRECTION | 年初预算为 349.5 万元，支出决算为 340.5 万元，决算数与预算数一致。 | WARNING",
        "NARR.LOGIC.DIRECTION | 年初预算为 10.00 万元，支出决算为 9.80 万元。决算数与预算数基本持平。 |",
        "NARR.LOGIC.DIRECTION | 年初预算为 20.66 万元，支出决算为 22.64 万元。决算数大小于预算数的主要原因：追加。 |",
        "NARR.LOGIC.DIRECTION | 机关运行经费支出 142.80 万元，比上年增加 13.52 万元，下降 8.65%。 | WARNING",
        "NARR.LOGIC.CHANGE_RATE | 2024 年度收入总计为 7698.92 万元。与 2023 年度相比，收入总计减少 81.84 万元，下降 1.1%。 |",
        "NARR.LOGIC.CHANGE_RATE | 其他收入 1.89 万元，比上年减少 0.36 万元，下降 15.8%。 |",
        "NARR.LOGIC.CHANGE_RATE | 机关运行经费支出 142.80 万元，比上年减少 13.52 万元，下降 9.65%。 | WARNING",
        "NARR.LOGIC.CHANGE_RATE | 支出决算为 37.35 万元。其中：因公出国（境）费支出决算 0 万元；公务用车购置及运行维护费支出决算增加 21.90 万元，增长 141.75%。 |",
        "NARR.LOGIC.CHANGE_RATE | 某项支出 20.00 万元，比上年增加 20.00 万元，增长 100%。 |",
        "NARR.LOGIC.GROWTH_FROM_ZERO | 某项支出 20.00 万元，比上年增加 20.00 万元，增长 100%。 | WARNING",
        "NARR.LOGIC.GROWTH_FROM_ZERO | 某项支出 40.00 万元，比上年增加 20.00 万元，增长 100%。 |",
        "NARR.LOGIC.REASON_MISSING | 决算数小于预算数的主要原因：。 | WARNING",
        "NARR.LOGIC.REASON_MISSING | 决算数小于预算数的主要原因：\\n正常预决算数浮动。 |",
        "NARR.LOGIC.CONFLICTING_AMOUNTS | “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”257.14 万元，主要用于：缴费。年初预算为 274.82 万元，支出决算为 245.53 万元。 | WARNING",
        "NARR.LOGIC.CONFLICTING_AMOUNTS | “教育支出（类）其他教育支出（款）其他教育支出（项）”16.24 万元，主要用于：社区学校。年初预算为 20 万元，支出决算为 16.24 万元。 |",
        "NARR.PROCUREMENT.PARTS | 政府采购金额（以合同签订为准）为 251.25 万元，其中：货物采购金额 4.79 万元、工程采购金额 0 万元、服务采购金额 246.47 万元。 | ROUNDING",
        "NARR.PROCUREMENT.PARTS | 政府采购支出总额 458.83 万元，其中：政府采购货物支出 0 万元、政府采购工程支出 0 万元、政府采购服务支出 458.83 万元。 |",
        "NARR.PROCUREMENT.PARTS | 政府采购支出总额 460.83 万元，其中：政府采购货物支出 0 万元、政府采购工程支出 0 万元、政府采购服务支出 458.83 万元。 | WARNING",
        "NARR.PROCUREMENT.SME_SHARE | 政府采购支出总额 42198.47 万元，其中：政府采购货物支出 0 万元、政府采购工程支出 0 万元、政府采购服务支出 42198.47 万元。授予中小企业合同金额 1274.36 万元，占政府采购支出总额的 3.02%，其中：授予小微企业合同金额 171.6 万元，占授予中小企业合同金额的 13%。 |",
        "NARR.PROCUREMENT.SME_SHARE | 政府采购支出总额 458.83 万元，其中：政府采购货物支出 0 万元、政府采购工程支出 0 万元、政府采购服务支出 458.83 万元。授予中小企业合同金额 83 万元，占政府采购支出总额的 28.1%。 | WARNING",
    })
    void test_validate_sentence_reportedAsExpected(String rule, String text, Severity severity) {
        var found = found(rule, text.replace("\\n", "\n"));
        if (severity == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.getSeverity()).isEqualTo(severity);
                assertThat(f.getLocation()).isEqualTo(SECTION);
            });
        }
    }

    @Test
    void test_validate_completionRate_messageNamesTheFigures() {
        Finding f = found("NARR.LOGIC.COMPLETION_RATE", "年初预算为 274.82 万元，支出决算为 245.53 万元，完成年初预算的 93.57%。")
                .get(0);
        assertThat(f.getExpected()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("89.34"));
        assertThat(f.getActual()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("93.57"));
        assertThat(f.getMessage(Locale.CHINESE)).contains("245.53 ÷ 274.82 × 100").contains("89.34%");
        assertThat(f.getMessage(Locale.ENGLISH)).contains("245.53 / 274.82 × 100");
    }

    @Test
    void test_validate_threePublicRateWithoutBudget_takesTable09s_andNamesABudgetGivenAsTheFinal() {
        // the fixture's 09: 公务接待费 预算 3.00, 决算 3.00 — the prose gives 3.00 and 0%: the rate is wrong
        FinalAccountReport r = ReviewRulesFixture.with("十三、财政拨款“三公”经费支出决算情况说明（补充）",
                "其中：公务接待费支出决算为 3.00 万元，完成预算的 0%。");
        Location reception = Location.of(TableId.T09, ThreePublicExpensesTable.ROW,
                ThreePublicExpensesColumn.FINAL_RECEPTION);
        assertThat(found("NARR.LOGIC.COMPLETION_RATE", r)).singleElement().satisfies(f -> {
            assertThat(f.getLocation()).isEqualTo(reception);
            assertThat(f.getExpected()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(BigDecimal.valueOf(100)));
        });
        FinalAccountReport agrees = ReviewRulesFixture.with("十三、财政拨款“三公”经费支出决算情况说明（补充）",
                "其中：公务接待费支出决算为 3.00 万元，完成预算的 100%。");
        assertThat(found("NARR.LOGIC.COMPLETION_RATE", agrees)).isEmpty();
    }

    @Test
    void test_validate_receptionSpent_batchesAndPersonsAskedForWhereReceptionsAreDescribed() {
        Location at = Location.of(TableId.T09, ThreePublicExpensesTable.ROW, ThreePublicExpensesColumn.FINAL_RECEPTION);
        assertThat(found("NARR.T09.RECEPTION_DETAILS", ValidationFixtures.consistent())).isEmpty();
        FinalAccountReport described = RuleCatalogTest.prose(ValidationFixtures.consistent(), "九、",
                "完成预算的 100%。", "完成预算的 100%。国内公务接待主要用于业务交流。");
        assertThat(found("NARR.T09.RECEPTION_DETAILS", described)).extracting(Finding::getLocation).containsExactly(at);
        FinalAccountReport counted = RuleCatalogTest.prose(ValidationFixtures.consistent(), "九、",
                "完成预算的 100%。", "完成预算的 100%。国内公务接待 2 批次、26 人次。");
        assertThat(found("NARR.T09.RECEPTION_DETAILS", counted)).isEmpty();
    }
}
