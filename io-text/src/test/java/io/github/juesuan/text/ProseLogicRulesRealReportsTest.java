package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules on the logic of 第三部分 (NARR.LOGIC.*, NARR.T09.RECEPTION_DETAILS, NARR.PROCUREMENT.*) on the real
 * reports, as read from the text of their PDFs: every finding above information checked by hand
 * (docs/real-reports.md), and nothing else; and that the rules did read what the reports state, which agrees.
 */
class ProseLogicRulesRealReportsTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final Set<String> RULES = Set.of("NARR.LOGIC.COMPLETION_RATE", "NARR.LOGIC.DIRECTION",
            "NARR.LOGIC.CHANGE_RATE", "NARR.LOGIC.GROWTH_FROM_ZERO", "NARR.LOGIC.REASON_MISSING",
            "NARR.LOGIC.CONFLICTING_AMOUNTS", "NARR.T09.RECEPTION_DETAILS", "NARR.PROCUREMENT.PARTS",
            "NARR.PROCUREMENT.SME_SHARE");

    private static ValidationResult validate(String file) {
        return VALIDATOR.validate(TextRulesRealReportsTest.read(file));
    }

    private static List<Finding> logic(ValidationResult r) {
        return r.getFindingsAbove(Severity.INFO).stream().filter(f -> RULES.contains(f.getRuleId()))
                .collect(Collectors.toList());
    }

    private static Location section(String heading) {
        return Location.ofText("第三部分“" + heading + "”");
    }

    @Test
    void test_jilin001And000_everyRateChangeAndShareAgrees() {
        for (String file : List.of("001_204597f849ed16ca.txt", "000_aa736e7b58f5109b.txt")) {
            ValidationResult r = validate(file);
            assertThat(logic(r)).as(file).isEmpty();
            // read, not skipped: 001 and 000 state completion rates, changes on last year and 政府采购
            for (String id : List.of("NARR.LOGIC.COMPLETION_RATE", "NARR.LOGIC.CHANGE_RATE", "NARR.LOGIC.DIRECTION",
                    "NARR.PROCUREMENT.PARTS", "NARR.PROCUREMENT.SME_SHARE")) {
                assertThat(r.getOutcome(id)).as(file + " " + id).isEqualTo(Outcome.PASSED);
            }
        }
    }

    @Test
    void test_jilin002_completionRateAgainstAZeroBudget() {
        // 五（三） 4: "年初预算为 0 万元，支出决算为 468.9 万元，完成年初预算的 46890%"; the 458400% of 事业运行 against a
        // budget of 0.01 万元 is what 45.84 / 0.01 gives, and is not reported
        assertThat(logic(validate("002_2626e36b3619c519.txt")))
                .extracting(Finding::getRuleId, Finding::getSeverity, Finding::getLocation)
                .containsExactly(tuple("NARR.LOGIC.COMPLETION_RATE", Severity.WARNING,
                        section("五、一般公共预算财政拨款支出决算情况说明")));
    }

    @Test
    void test_caizhengju_procurementPartsAddUpWithinRounding() {
        // 十一（二）: 251.25 万元 against 4.79 + 0 + 246.47 = 251.26 (INDEX.md)
        assertThat(logic(validate("shanghai/caizhengju-2024.layout.txt")))
                .extracting(Finding::getRuleId, Finding::getSeverity, Finding::getLocation)
                .containsExactly(tuple("NARR.PROCUREMENT.PARTS", Severity.ROUNDING,
                        section("十一、其他重要事项的情况说明")));
    }

    @Test
    void test_guihuaziranziyuanju_rateCutOffAndProcurementRounding() {
        ValidationResult r = validate("shanghai/guihuaziranziyuanju-2024.layout.txt");
        assertThat(logic(r)).extracting(Finding::getRuleId, Finding::getSeverity, Finding::getLocation)
                .containsExactlyInAnyOrder(
                        // 五（三）: 9746.50 / 10210.34 = 95.457%, printed 95.45%
                        tuple("NARR.LOGIC.COMPLETION_RATE", Severity.ROUNDING,
                                section("五、一般公共预算财政拨款支出决算情况说明")),
                        // 十一（二）: 2319.21 against 122.43 + 1387.72 + 809.07 = 2319.22
                        tuple("NARR.PROCUREMENT.PARTS", Severity.ROUNDING, section("十一、其他重要事项的情况说明")));
        // 七 states 公务接待 "2 批次、26 人次" for its 0.39 万元
        assertThat(r.getOutcome("NARR.T09.RECEPTION_DETAILS")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void test_shiquanlu_theBudgetGivenAsTheFinalFigure_andTheWrongPensionFigure() {
        Location reception = Location.of(TableId.T09, ThreePublicExpensesTable.ROW,
                ThreePublicExpensesColumn.FINAL_RECEPTION);
        Location five = section("五、一般公共预算财政拨款支出决算情况说明");
        List<Finding> found = logic(validate("shanghai/shiquanlu-2025.pages.txt"));
        assertThat(found).extracting(Finding::getRuleId, Finding::getSeverity, Finding::getLocation)
                .containsExactlyInAnyOrder(
                        // 七: "公务接待费支出决算为 1.53 万元，完成预算的 0%": 1.53 is 09's 预算数, its 决算数 is 0
                        tuple("NARR.LOGIC.COMPLETION_RATE", Severity.WARNING, reception),
                        // 五（三）: 职业年金 "年初预算为 274.82 万元，支出决算为 245.53 万元，完成年初预算的 93.57%": 93.57% is
                        // 257.14 / 274.82, the amount the paragraph opens with and 05 prints
                        tuple("NARR.LOGIC.COMPLETION_RATE", Severity.WARNING, five),
                        tuple("NARR.LOGIC.CONFLICTING_AMOUNTS", Severity.WARNING, five));
        assertThat(found).filteredOn(f -> f.getLocation().equals(reception)).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).contains("是公开09表的预算数"));
        assertThat(found).filteredOn(f -> f.getRuleId().equals("NARR.LOGIC.CONFLICTING_AMOUNTS")).singleElement()
                .satisfies(f -> {
                    assertThat(f.getExpected()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("257.14"));
                    assertThat(f.getActual()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("245.53"));
                });
    }

    @Test
    void test_template_placeholdersAreNoFigures() {
        // "XXX 万元" is no figure: the template's sentences state nothing to check (TEXT.PLACEHOLDER tells)
        assertThat(logic(validate("shanghai/template-2024.layout.txt"))).isEmpty();
    }
}
