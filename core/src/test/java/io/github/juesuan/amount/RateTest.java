package io.github.juesuan.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "95        | 95%",
        "95%       | 95%",
        "99.77%    | 99.77%",
        "4.2       | 4.2%",
        "4.20      | 4.2%",
        "'  4.17 ' | 4.17%",
        "９５％    | 95%",
        "100       | 100%",
        "100.00%   | 100%",
        "0         | 0%",
        "0.00%     | 0%",
        "-5%       | -5%",
        "'9 5 %'   | 95%",
    })
    void test_parse_printedForms(String text, String canonical) {
        assertThat(Rate.parse(text)).hasToString(canonical);
    }

    @Test
    void test_parse_fullWidthDigits() {
        assertThat(Rate.parse("９９．７７％")).isEqualTo(Rate.ofPercent(new BigDecimal("99.77")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "%", "％"})
    void test_parse_blank(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Rate.parse(text))
                .withMessage("'" + text + "' is not a rate: it is blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "95%%", "1.", ".5", "1,000", "1e2", "+5", "≥90%", "4.2.1", "50 分"})
    void test_parse_malformed(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Rate.parse(text))
                .withMessage("'" + text + "' is not a rate: expected a percentage such as 95, 99.77% or 4.2");
    }

    @Test
    void test_parse_digitsAtAndOverTheLimit() {
        assertThat(Rate.parse("9".repeat(30) + "." + "9".repeat(16) + "%").getPercent())
                .isEqualByComparingTo(new BigDecimal("9".repeat(30) + "." + "9".repeat(16)));
        assertThatThrownBy(() -> Rate.parse("9".repeat(31) + "%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 30 digits before and 16 after the decimal point");
        assertThatThrownBy(() -> Rate.parse("1." + "0".repeat(17))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a rate");
        // a hostile cell of a million digits is rejected at once, not converted
        assertThatThrownBy(() -> Rate.parse("-" + "9".repeat(1_000_000))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_ofPercent_string() {
        assertThat(Rate.ofPercent("99.77")).isEqualTo(Rate.parse("99.77%"));
    }

    @Test
    void test_equals_byValue() {
        assertThat(Rate.parse("4.2")).isEqualTo(Rate.parse("4.20%")).hasSameHashCodeAs(Rate.parse("4.200"));
        assertThat(Rate.parse("4.17")).isNotEqualTo(Rate.parse("4.2"));
        assertThat(Rate.ofPercent(BigDecimal.ZERO)).isEqualTo(Rate.ofPercent(new BigDecimal("0.00")));
    }

    @Test
    void test_getPercent_toFraction() {
        Rate r = Rate.parse("95%");
        assertThat(r.getPercent()).isEqualByComparingTo("95");
        assertThat(r.toFraction()).isEqualByComparingTo("0.95");
        assertThat(Rate.parse("99.77").getDecimalPlaces()).isEqualTo(2);
        assertThat(Rate.parse("100").getDecimalPlaces()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 执行率 of the 政府信息公开工作经费 project in report 001: printed both 4.17 and 4.2
        "1.00    | 24.00  | 2 | 4.17%",
        "1.00    | 24.00  | 1 | 4.2%",
        "90      | 100    | 2 | 90%",
        "1       | 3      | 2 | 33.33%",
        "2       | 3      | 2 | 66.67%",
        "1       | 8      | 1 | 12.5%",
        "1       | 8      | 0 | 13%",
        "-1      | 8      | 0 | -13%",
        "150     | 100    | 0 | 150%",
    })
    void test_ratio(String part, String whole, int decimals, String expected) {
        assertThat(Rate.ratio(Amount.of(part), Amount.of(whole), decimals)).hasToString(expected);
    }

    @Test
    void test_ratio_roundsOnce() {
        // 100 / 800.00000000000001 = 12.4999999999999998…%: 12%, not 13% (dividing to 16
        // significant digits first gave 12.50000000000000 and then rounded that up)
        Amount whole = Amount.of("800.00000000000001");
        assertThat(Rate.ratio(Amount.of(1), whole, 0)).hasToString("0%");
        assertThat(Rate.ratio(Amount.of(100), whole, 0)).hasToString("12%");
        assertThat(Rate.ratio(Amount.of(1), whole, 2)).hasToString("0.12%");
    }

    @Test
    void test_ratio_overZero() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Rate.ratio(Amount.of(5), Amount.ZERO, 2))
                .withMessage("cannot compute a rate of 5.00 over zero");
    }

    @Test
    void test_compareTo() {
        assertThat(Rate.parse("4.2")).isGreaterThan(Rate.parse("4.17"));
        assertThat(Rate.parse("4.2")).isEqualByComparingTo(Rate.parse("4.20"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "99.77 | 9977", "100 | 10000", "100.00 | 10000", "4.2 | 420", "0 | 0", "-3.5 | -350", "0.125 | -1"})
    void toHundredthsOr_givesTheHundredthsOfTwoDecimalRates(String percent, long expected) {
        assertThat(Rate.ofPercent(new java.math.BigDecimal(percent)).toHundredthsOr(-1)).isEqualTo(expected);
    }

    @Test
    void aHugeExponentHasNoHundredths() {
        assertThat(Rate.ofPercent(new BigDecimal("1E+2147483647")).toHundredthsOr(-1)).isEqualTo(-1L);
    }
}
