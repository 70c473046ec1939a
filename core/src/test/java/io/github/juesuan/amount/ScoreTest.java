package io.github.juesuan.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "25      | 25",
        "87.00   | 87",
        "7.5     | 7.5",
        "７      | 7",
        "'10 分' | 10",
        "100     | 100",
        "0       | 0",
        "0.00    | 0",
    })
    void test_parse_printedForms(String text, String canonical) {
        assertThat(Score.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "abc", "10%", "1.", "1,000", "满分", "≥90"})
    void test_parse_malformed(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Score.parse(text))
                .withMessage("'" + text + "' is not a score: expected a number of points such as 25 or 87.00");
    }

    @Test
    void test_equals_byValue() {
        assertThat(Score.parse("87")).isEqualTo(Score.parse("87.00")).hasSameHashCodeAs(Score.of(87));
        assertThat(Score.of(BigDecimal.ZERO)).isSameAs(Score.ZERO);
        assertThat(Score.parse("87")).isNotEqualTo(Score.parse("87.5"));
    }

    @Test
    void test_sum_plus() {
        // weights of a 绩效自评表: the indicators plus the funds' weight add to 100
        List<Score> weights = List.of("10", "20", "10", "10", "10", "10", "10", "10", "10").stream()
                .map(Score::parse).toList();
        assertThat(Score.sum(weights)).isEqualTo(Score.of(100));
        assertThat(Score.parse("7.5").plus(Score.parse("2.5"))).isEqualTo(Score.of(10));
        assertThat(Score.sum(List.of())).isEqualTo(Score.ZERO);
    }

    @Test
    void test_compareTo_getPoints() {
        assertThat(Score.parse("9.5")).isLessThan(Score.of(10));
        assertThat(Score.parse("87.00").getPoints()).isEqualByComparingTo("87");
    }

    @Test
    void test_of_tooManyDigits_rejected() {
        assertThatThrownBy(() -> Score.of(new java.math.BigDecimal("1234567890123")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a score");
        Score largest = Score.of(new java.math.BigDecimal("999999999999.999999999999"));
        assertThat(Score.parse(largest.toString())).isEqualTo(largest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7.5 | 750", "87.00 | 8700", "100 | 10000", "0 | 0", "-2.25 | -225", "999999999999.99 | 99999999999999",
        "0.125 | -1", "1.000000000001 | -1"})
    void toHundredthsOr_givesTheHundredthsOfTwoDecimalScores(String points, long expected) {
        assertThat(Score.of(new java.math.BigDecimal(points)).toHundredthsOr(-1)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aHugeExponentIsNoScore() {
        // precision − scale overflows an int for such exponents
        assertThatIllegalArgumentException().isThrownBy(() -> Score.of(new BigDecimal("1E+2147483647")));
        assertThatIllegalArgumentException().isThrownBy(() -> Score.of(new BigDecimal("1234567891E+2147483640")));
    }
}
