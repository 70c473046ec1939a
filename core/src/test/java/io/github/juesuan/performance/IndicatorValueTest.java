package io.github.juesuan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥90%      | AT_LEAST | 90    | %",
        "≤85场次   | AT_MOST  | 85    | 场次",
        "100%      |          | 100   | %",
        "99.50%    |          | 99.50 | %",
        "12        |          | 12    | ''",
        ">=90%     | AT_LEAST | 90    | %",
        "≥ 1,000人 | AT_LEAST | 1000  | 人",
        "不少于3个 | AT_LEAST | 3      | 个",
        "2180. 66 万元 |      | 2180.66 | 万元",
    })
    void test_parse_quantitative(String text, Comparison comparison, String number, String unit) {
        IndicatorValue v = IndicatorValue.parse(text);
        assertThat(v.getText()).isEqualTo(text);
        assertThat(v.getComparison().orElse(null)).isEqualTo(comparison);
        assertThat(v.getNumber()).contains(new BigDecimal(number));
        assertThat(v.getUnit()).isEqualTo(unit);
        assertThat(v.isQuantitative()).isTrue();
    }

    /** A number of more than 100 characters is no target: kept as text (a hostile cell of a million digits is cheap). */
    @org.junit.jupiter.api.Test
    void test_parse_numberOfMoreThanMaxDigits_qualitative() {
        String at = "≥" + "9".repeat(IndicatorValue.MAX_DIGITS) + " 次";
        assertThat(IndicatorValue.parse(at).getNumber()).contains(new BigDecimal("9".repeat(IndicatorValue.MAX_DIGITS)));
        String over = "≥" + "9".repeat(IndicatorValue.MAX_DIGITS + 1) + " 次";
        IndicatorValue v = IndicatorValue.parse(over);
        assertThat(v.isQuantitative()).isFalse();
        assertThat(v.getText()).isEqualTo(over);
        assertThat(IndicatorValue.parse("9".repeat(1_000_000) + "次").isQuantitative()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"有所提高", "2023年12月31日", "≥", ".5%", "90%以上的满意度提升"})
    void test_parse_qualitative(String text) {
        IndicatorValue v = IndicatorValue.parse(text);
        assertThat(v.isQuantitative()).isFalse();
        assertThat(v.getComparison()).isEmpty();
        assertThat(v.getUnit()).isEmpty();
        assertThat(v.getText()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥90%", "100%", "≤85场次", "99.50%", "有所提高", "≥ 90%", "99.", "９０％", "$\\geq 90\\%$"})
    void test_parse_sameAsThePattern(String text) {
        IndicatorValue fast = IndicatorValue.parse(text);
        IndicatorValue pattern = IndicatorValue.parseByPattern(text);
        assertThat(fast.getComparison()).isEqualTo(pattern.getComparison());
        assertThat(fast.getNumber()).isEqualTo(pattern.getNumber());
        assertThat(fast.getUnit()).isEqualTo(pattern.getUnit());
    }
}
