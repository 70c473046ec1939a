package io.github.juesuan.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    @Test
    void test_parse_plainDecimal() {
        Amount a = Amount.parse("7698.92");
        assertThat(a.toBigDecimal()).isEqualTo(new BigDecimal("7698.92"));
        assertThat(a).hasToString("7698.92");
    }

    @Test
    void test_parse_thousandsSeparators() {
        assertThat(Amount.parse("42,590.81")).isEqualTo(Amount.of("42590.81"));
        assertThat(Amount.parse("1,234,567")).isEqualTo(Amount.of(1_234_567));
        assertThat(Amount.parse("-42,590.81")).isEqualTo(Amount.of("-42590.81"));
    }

    @Test
    void test_parse_fullWidthDigits() {
        assertThat(Amount.parse("７６９８．９２")).isEqualTo(Amount.of("7698.92"));
        assertThat(Amount.parse("４２，５９０．８１")).isEqualTo(Amount.of("42590.81"));
        assertThat(Amount.parse("－３")).isEqualTo(Amount.of(-3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-0.5       | -0.50",
        "'  -12.3 ' | -12.30",
        "+5         | 5.00",
        "\u22125.1  | -5.10",
        "'\u30007.1\u3000' | 7.10",
        "'1 234.5'  | 1234.50",
        ".5         | 0.50",
        "0          | 0.00",
        "-0.00      | 0.00",
    })
    void test_parse_signsAndSpaces(String text, String expected) {
        assertThat(Amount.parse(text)).hasToString(expected);
    }

    @Test
    void test_parse_leadingMinus() {
        Amount a = Amount.parse("-3.5");
        assertThat(a.isNegative()).isTrue();
        assertThat(a.signum()).isEqualTo(-1);
        assertThat(a).hasToString("-3.50");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''     | is blank",
        "'   '  | is blank",
        "-      | is blank",
        "—      | is blank",
        "－     | is blank",
        "--     | is blank",
        "/      | is blank",
    })
    void test_parse_blankOrPlaceholder(String text, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(text))
                .withMessage("'" + text + "' is not an amount: it is blank (use parseOrZero if blank means zero)")
                .withMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "1.2.3", "1.", "abc", "1e5", "--5", "+-5", "++5", "+", "1,5", "12,34.5",
        "1,234,56", ",123", "1.234,56", "1,2,3", "(5)", "5%", "7698.92万元"})
    void test_parse_malformed(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(text))
                .withMessage("'" + text + "' is not an amount: expected a decimal number such as 7698.92 or 42,590.81");
    }

    @Test
    void test_parse_null() {
        assertThatNullPointerException().isThrownBy(() -> Amount.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "—", "——", "－", "/", "\u3000"})
    void test_parseOrZero_blankIsZero(String text) {
        assertThat(Amount.parseOrZero(text)).isEqualTo(Amount.ZERO);
        assertThat(Amount.isBlankOrPlaceholder(text)).isTrue();
    }

    @Test
    void test_parseOrZero_amount() {
        assertThat(Amount.parseOrZero("42,590.81")).isEqualTo(Amount.of("42590.81"));
        assertThat(Amount.isBlankOrPlaceholder("0")).isFalse();
    }

    @Test
    void test_parseOrZero_malformed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parseOrZero("x"))
                .withMessageStartingWith("'x' is not an amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1,000", "７", "+1", "1.", "-", "1e3"})
    void test_of_string_strict(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(text))
                .withMessage("'" + text + "' is not an amount: expected a decimal number such as 7698.92");
    }

    @Test
    void test_equals_byValue() {
        assertThat(Amount.of("7698.9")).isEqualTo(Amount.of("7698.90"));
        assertThat(Amount.of("7698.9")).hasSameHashCodeAs(Amount.of("7698.900"));
        assertThat(Amount.of(new BigDecimal("100"))).isEqualTo(Amount.of(new BigDecimal("1E+2")));
        assertThat(Amount.of("0.00")).isEqualTo(Amount.ZERO).isSameAs(Amount.ZERO);
        assertThat(Amount.of("7698.91")).isNotEqualTo(Amount.of("7698.92"));
        assertThat(Amount.of("1")).isNotEqualTo(new BigDecimal("1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7698.9    | 7698.90",
        "7698.92   | 7698.92",
        "100       | 100.00",
        "1E+2      | 100.00",
        "0         | 0.00",
        "-3        | -3.00",
        "0.125     | 0.125",
        "-0.0001   | -0.0001",
    })
    void test_toString_twoDecimalsAtLeast(String value, String expected) {
        assertThat(Amount.of(new BigDecimal(value))).hasToString(expected);
    }

    @Test
    void test_toBigDecimal_scaleAtLeastTwo() {
        assertThat(Amount.of(100).toBigDecimal()).isEqualTo(new BigDecimal("100.00"));
        assertThat(Amount.of("0.125").toBigDecimal()).isEqualTo(new BigDecimal("0.125"));
    }

    @Test
    void test_getDecimalPlaces() {
        assertThat(Amount.of(100).getDecimalPlaces()).isZero();
        assertThat(Amount.of("7698.90").getDecimalPlaces()).isEqualTo(1);
        assertThat(Amount.of("7698.92").getDecimalPlaces()).isEqualTo(2);
    }

    @Test
    void test_toYuan() {
        assertThat(Amount.of("7698.92").toYuan()).isEqualByComparingTo("76989200");
        assertThat(Amount.of("0.0001").toYuan()).isEqualByComparingTo("1");
        assertThat(Amount.of(new BigDecimal("1E+2")).toYuan()).isEqualTo(new BigDecimal("1000000"));
        assertThat(Amount.of("-1.5").toYuan()).isEqualByComparingTo("-15000");
    }

    @Test
    void test_ofYuan() {
        assertThat(Amount.ofYuan(new BigDecimal("76989200"))).isEqualTo(Amount.of("7698.92"));
        assertThat(Amount.ofYuan(new BigDecimal("1.23"))).isEqualTo(Amount.of("0.000123"));
        assertThat(Amount.ofYuan(new BigDecimal("12345.67")).toYuan()).isEqualByComparingTo("12345.67");
    }

    @Test
    void test_sum_exact() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point
        assertThat(Amount.sum(Amount.of("0.1"), Amount.of("0.2"))).isEqualTo(Amount.of("0.3"));
        // 06表 of report 001: the 款 of 302 add to 797.28 while 302 is printed 797.30
        List<Amount> parts = List.of("126.64", "1.09", "9.86", "46.32", "8.71", "92.32", "7.31", "1.95", "2.03",
                "47.04", "121.83", "153.90", "177.76", "0.52").stream().map(Amount::parse).toList();
        assertThat(Amount.sum(parts)).isEqualTo(Amount.of("797.28")).isNotEqualTo(Amount.of("797.30"));
    }

    @Test
    void test_sum_empty() {
        assertThat(Amount.sum(List.of())).isSameAs(Amount.ZERO);
        assertThat(Amount.sum()).isSameAs(Amount.ZERO);
    }

    @Test
    void test_sum_nullElement() {
        assertThatNullPointerException().isThrownBy(() -> Amount.sum(Amount.ZERO, null));
    }

    @Test
    void test_plusMinusNegatedAbs() {
        Amount a = Amount.of("7867.54");
        Amount b = Amount.of("7867.53");
        assertThat(a.minus(b)).isEqualTo(Amount.of("0.01"));
        assertThat(b.minus(a)).isEqualTo(Amount.of("-0.01"));
        assertThat(b.minus(a).abs()).isEqualTo(Amount.of("0.01"));
        assertThat(a.plus(b)).isEqualTo(Amount.of("15735.07"));
        assertThat(a.negated()).hasToString("-7867.54");
        assertThat(a.abs()).isSameAs(a);
        assertThat(a.minus(a).isZero()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.125  | 2 | 0.13",
        "0.124  | 2 | 0.12",
        "-0.125 | 2 | -0.13",
        "1.5    | 0 | 2",
        "7698.9 | 2 | 7698.9",
    })
    void test_rounded_halfUp(String value, int decimals, String expected) {
        assertThat(Amount.of(value).rounded(decimals)).isEqualTo(Amount.of(expected));
    }

    @Test
    void test_compareTo() {
        assertThat(Amount.of("-1")).isLessThan(Amount.ZERO);
        assertThat(Amount.of("7698.9")).isEqualByComparingTo(Amount.of("7698.90"));
        assertThat(Amount.of("42590.81")).isGreaterThan(Amount.of("7698.92"));
    }

    @Test
    void test_of_tooManyDigits_rejectedSoThatToStringAlwaysParsesBack() {
        assertThatThrownBy(() -> Amount.of(new java.math.BigDecimal("1234567890123456789012345678901")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1234567890123456789012345678901' is not an amount");
        assertThatThrownBy(() -> Amount.of(new java.math.BigDecimal("0.00000000000000001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 after");
        Amount largest = Amount.of(new java.math.BigDecimal("-999999999999999999999999999999.9999999999999999"));
        assertThat(Amount.parse(largest.toString())).isEqualTo(largest);
    }

    @Test
    void test_ofUnscaled_stripsTrailingZerosAsOfBigDecimal() {
        assertThat(Amount.ofUnscaled(769892, 2)).isEqualTo(Amount.of("7698.92"));
        assertThat(Amount.ofUnscaled(769890, 2)).isEqualTo(Amount.of("7698.9")).hasToString("7698.90");
        assertThat(Amount.ofUnscaled(10000, 2)).isEqualTo(Amount.of(100)).hasToString("100.00");
        assertThat(Amount.ofUnscaled(-5, 1)).hasToString("-0.50");
        assertThat(Amount.ofUnscaled(0, 7)).isSameAs(Amount.ZERO);
        assertThat(Amount.ofUnscaled(Long.MIN_VALUE, 2)).isEqualTo(Amount.of(java.math.BigDecimal.valueOf(Long.MIN_VALUE, 2)));
    }

    @Test
    void test_ofUnscaled_outOfRange_rejectedAsOfBigDecimal() {
        assertThatThrownBy(() -> Amount.ofUnscaled(1, 17))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 after");
        assertThatThrownBy(() -> Amount.ofUnscaled(123, -29))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30 digits before");
        assertThat(Amount.ofUnscaled(100, 18)).isEqualTo(Amount.of(new java.math.BigDecimal("0.0000000000000001")));
    }

    @Test
    void toHundredthsOr_givesTheHundredthsOfTwoDecimalAmountsWithinTheRange() {
        assertThat(Amount.of("7698.92").toHundredthsOr(-1)).isEqualTo(769_892L);
        assertThat(Amount.of("-3.5").toHundredthsOr(-1)).isEqualTo(-350L);
        assertThat(Amount.of("7700").toHundredthsOr(-1)).isEqualTo(770_000L);
        assertThat(Amount.ofUnscaled(77, -2).toHundredthsOr(-1)).isEqualTo(770_000L);
        assertThat(Amount.ZERO.toHundredthsOr(-1)).isZero();
        assertThat(Amount.of("10000000000000").toHundredthsOr(-1)).isEqualTo(Amount.MAX_HUNDREDTHS);
        // three decimals, or beyond the range: the caller's fallback
        assertThat(Amount.of("1.005").toHundredthsOr(-1)).isEqualTo(-1L);
        assertThat(Amount.of("10000000000000.01").toHundredthsOr(-1)).isEqualTo(-1L);
        assertThat(Amount.of("-10000000000001").toHundredthsOr(-1)).isEqualTo(-1L);
    }

    @Test
    void aHugeExponentIsNoAmount() {
        // precision − scale overflows an int for such exponents
        assertThatThrownBy(() -> Amount.of(new java.math.BigDecimal("1E+2147483647")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30 digits before");
    }
}
