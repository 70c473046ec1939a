package io.github.juesuan.validation;

import static io.github.juesuan.validation.ReviewRulesFixture.SECTION;
import static io.github.juesuan.validation.ReviewRulesFixture.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The TEXT rules on small synthetic texts: what fires, what does not (the fixture report is of 2024). */
class TextRulesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // rule | text | fires
        "TEXT.PLACEHOLDER | 上海市 XX 局本年度收入增加。 | true",
        "TEXT.PLACEHOLDER | 收入 XXX 万元。 | true",
        "TEXT.PLACEHOLDER | 具体内容待填写。 | true",
        "TEXT.PLACEHOLDER | 主要用于：（略）。 | true",
        "TEXT.PLACEHOLDER | 详见 www.xx.gov.cn 网站。 | false",
        "TEXT.PLACEHOLDER | 采购 XXL 型号服装。 | false",
        "TEXT.INSTRUCTION | 无此项收支的，仍保留该表格式，并在本表下方作下述说明。 | true",
        "TEXT.INSTRUCTION | 收入总计增加（减少）5.00 万元。 | true",
        "TEXT.INSTRUCTION | 主要原因是人员增加（如持平作持平表述）。 | true",
        "TEXT.INSTRUCTION | 收入总计增加（含追加预算）5.00 万元。 | false",
        "TEXT.GARBLED | 本年度预算预算执行良好。 | true",
        "TEXT.GARBLED | 决算数比上年减\\n增加 5.00 万元。 | true",
        "TEXT.GARBLED | 决算数大\\n小于预算数。 | true",
        "TEXT.GARBLED | 工作完成。。 | true",
        "TEXT.GARBLED | 工作完成，。 | true",
        "TEXT.GARBLED | 收入的增减变化不大，主要原因是……。 | false",
        "TEXT.SHARE_WITHOUT_PERCENT | 支出增加 5.00 万元，增长 13.95。 | true",
        "TEXT.SHARE_WITHOUT_PERCENT | 其他收入占 5.88，主要是利息。 | true",
        "TEXT.SHARE_WITHOUT_PERCENT | 支出增加 5.00 万元，增长 13.95%。 | false",
        "TEXT.SHARE_WITHOUT_PERCENT | 执行率较上年增长 2 个百分点。 | false",
        "TEXT.SHARE_WITHOUT_PERCENT | 收入增长 100.46 万元，主要是追加。 | false",
        "TEXT.YEAR | 截至 2023 年 12 月 31 日，共有车辆 2 辆。 | true",
        "TEXT.YEAR | 截至 2024 年 12 月 31 日，共有车辆 2 辆。 | false",
        "TEXT.YEAR | 与 2022 年度相比，支出增加。 | true",
        "TEXT.YEAR | 比 2022 年度减少 5.00 万元。 | true",
        "TEXT.YEAR | 与 2023 年度相比，支出增加。 | false",
        "TEXT.YEAR | 本中心于 2022 年 7 月成立，2022 年度收、支为 6 个月份。 | false",
        "TEXT.YEAR | 本部门 202 年度支出增加。 | true",
        "TEXT.YEAR | 纳入 2023 年度部门决算编制范围的单位包括本级。 | true",
    })
    void test_validate_textRule_firesOnlyOnTheDefect(String rule, String text, boolean fires) {
        String t = text.replace("\\n", "\n");
        if (fires) {
            assertThat(found(rule, t)).singleElement().satisfies(f -> {
                assertThat(f.getLocation()).isEqualTo(SECTION);
                assertThat(f.getLocation().isText()).isTrue();
                assertThat(f.getLikelyCulprit()).isEmpty();
            });
        } else {
            assertThat(found(rule, t)).isEmpty();
        }
    }

    @Test
    void test_validate_consistentFixture_noTextFinding() {
        ValidationResult r = ReviewRulesFixture.VALIDATOR.validate(ValidationFixtures.consistent());
        for (String id : new String[] {"TEXT.PLACEHOLDER", "TEXT.INSTRUCTION", "TEXT.GARBLED",
            "TEXT.SHARE_WITHOUT_PERCENT", "TEXT.YEAR"}) {
            assertThat(r.getOutcome(id)).as(id).isEqualTo(Outcome.PASSED);
        }
    }

    @Test
    void test_validate_yearOfAHeading_andTheMessageNamesTheYearUnformatted() {
        FinalAccountReport r = ReviewRulesFixture.with("十三、关于 2023 年度绩效评价情况说明", "本部门开展了绩效自评。");
        Finding f = found("TEXT.YEAR", r).get(0);
        assertThat(f.getMessage(Locale.CHINESE)).contains("决算年度为 2024 年").doesNotContain("2,024");
        assertThat(f.getMessage(Locale.ENGLISH)).contains("the fiscal year is 2024");
        assertThat(f.getExpected()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("2024"));
        assertThat(f.getActual()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("2023"));
    }

    @Test
    void test_validate_placeholdersOfOneSection_oneFindingWithTheirCount() {
        Finding f = found("TEXT.PLACEHOLDER", "收入 XXX 万元，支出 XXX 万元，占 XX%。").get(0);
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.getMessage(Locale.CHINESE)).contains("“XXX”").contains("共 3 处");
    }

    @Test
    void test_validate_placeholderInTheDepartmentName_isAtTheName() {
        FinalAccountReport r = FinalAccountReport.builder(ValidationFixtures.consistent()).department("上海市 XX 局")
                .build();
        assertThat(found("TEXT.PLACEHOLDER", r)).extracting(Finding::getLocation)
                .containsExactly(Location.ofText("单位名称"));
    }

    @Test
    void test_ofText_blankPlace_isRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Location.ofText(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be named");
    }
}
