package io.github.juesuan.amount;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AmountPropertiesTest {

    /** Decimals of up to 18 digits with -2 to 8 decimals (more than 2 included), negatives included. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(18))
                .edgeCases(c -> c.add(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate()));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-2, 8);
        return Combinators.combine(unscaled, scale).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return decimals().map(Amount::of);
    }

    @Property
    void test_parse_toString_roundTrip(@ForAll("amounts") Amount a) {
        assertThat(Amount.parse(a.toString())).isEqualTo(a);
        assertThat(Amount.of(a.toString())).isEqualTo(a);
    }

    @Property
    void test_toString_atLeastTwoDecimals(@ForAll("amounts") Amount a) {
        String s = a.toString();
        assertThat(s).matches("-?[0-9]+\\.[0-9]{2,}");
        assertThat(new BigDecimal(s)).isEqualByComparingTo(a.toBigDecimal());
    }

    @Property
    void test_of_keepsTheValue(@ForAll("decimals") BigDecimal d) {
        assertThat(Amount.of(d).toBigDecimal()).isEqualByComparingTo(d);
    }

    @Property
    void test_parse_printedVariants(@ForAll("amounts") Amount a) {
        String plain = a.toString();
        assertThat(Amount.parse(withThousandsSeparators(plain))).isEqualTo(a);
        assertThat(Amount.parse(fullWidth(plain))).isEqualTo(a);
        assertThat(Amount.parse(" " + plain + "\u3000")).isEqualTo(a);
    }

    @Property
    void test_sum_exact(@ForAll @Size(max = 30) List<@From("decimals") BigDecimal> values) {
        BigDecimal expected = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Amount sum = Amount.sum(values.stream().map(Amount::of).toList());
        assertThat(sum.toBigDecimal()).isEqualByComparingTo(expected);
        Amount folded = values.stream().map(Amount::of).reduce(Amount.ZERO, Amount::plus);
        assertThat(folded).isEqualTo(sum);
    }

    @Property
    void test_plus_minus_inverse(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.minus(b)).isEqualTo(b.minus(a).negated());
        assertThat(a.minus(a).isZero()).isTrue();
    }

    @Property
    void test_compareTo_consistentWithEquals(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(Integer.signum(a.compareTo(b)))
                .isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()));
    }

    @Property
    void test_equals_ignoresScale(@ForAll("decimals") BigDecimal d, @ForAll @IntRange(max = 6) int extraZeros) {
        Amount a = Amount.of(d);
        Amount b = Amount.of(d.setScale(d.scale() + extraZeros));
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(b.compareTo(a)).isZero();
        assertThat(b).hasToString(a.toString());
    }

    @Property
    void test_toYuan_ofYuan_roundTrip(@ForAll("amounts") Amount a) {
        assertThat(Amount.ofYuan(a.toYuan())).isEqualTo(a);
        assertThat(a.toYuan()).isEqualByComparingTo(a.toBigDecimal().movePointRight(4));
    }

    @Property
    void test_rounded_withinHalfACent(@ForAll("amounts") Amount a) {
        Amount r = a.rounded(2);
        assertThat(r.getDecimalPlaces()).isLessThanOrEqualTo(2);
        assertThat(r.minus(a).abs()).isLessThanOrEqualTo(Amount.of("0.005"));
    }

    @Property
    void test_ofUnscaled_sameAsOfBigDecimal(@ForAll long unscaled, @ForAll @IntRange(min = -20, max = 20) int scale) {
        BigDecimal d = BigDecimal.valueOf(unscaled, scale);
        Amount expected;
        try {
            expected = Amount.of(d);
        } catch (IllegalArgumentException e) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Amount.ofUnscaled(unscaled, scale))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(e.getMessage());
            return;
        }
        Amount a = Amount.ofUnscaled(unscaled, scale);
        assertThat(a).isEqualTo(expected);
        assertThat(a.hashCode()).isEqualTo(expected.hashCode());
        assertThat(a.toString()).isEqualTo(expected.toString());
        assertThat(a.getDecimalPlaces()).isEqualTo(expected.getDecimalPlaces());
    }

    /** The reference: value × 100 when whole and within the range, else the fallback. */
    private static long hundredths(BigDecimal d, long otherwise) {
        BigDecimal h = d.movePointRight(2);
        if (h.signum() != 0 && h.stripTrailingZeros().scale() > 0
                || h.abs().compareTo(BigDecimal.valueOf(Amount.MAX_HUNDREDTHS)) > 0) {
            return otherwise;
        }
        return h.longValueExact();
    }

    @Property(tries = 3000)
    void test_toHundredthsOr_ofUnscaled_isValueTimes100WhenWhole(@ForAll long unscaled,
            @ForAll @IntRange(min = -20, max = 20) int scale) {
        Amount a;
        try {
            a = Amount.ofUnscaled(unscaled, scale);
        } catch (IllegalArgumentException e) {
            return; // out of range: no amount
        }
        assertThat(a.toHundredthsOr(Long.MIN_VALUE)).isEqualTo(hundredths(BigDecimal.valueOf(unscaled, scale),
                Long.MIN_VALUE));
    }

    @Property(tries = 3000)
    void test_toHundredthsOr_ofBigDecimal_isValueTimes100WhenWhole(@ForAll @IntRange(min = -1_000_000,
            max = 1_000_000) int unscaled, @ForAll @IntRange(min = -16, max = 5) int scale,
            @ForAll @IntRange(min = 0, max = 12) int padding) {
        // trailing zeros (padding) and big magnitudes (negative scales) on both sides of the limit
        BigDecimal d = BigDecimal.valueOf(unscaled, scale).setScale(Math.max(scale, 0) + padding);
        Amount a = Amount.of(d);
        assertThat(a.toHundredthsOr(7)).isEqualTo(hundredths(d, 7));
        assertThat(Amount.parse(d.toPlainString()).toHundredthsOr(7)).isEqualTo(hundredths(d, 7));
    }

    private static String withThousandsSeparators(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        StringBuilder b = new StringBuilder(plain.substring(dot));
        String integer = plain.substring(start, dot);
        for (int i = integer.length(); i > 0; i -= 3) {
            b.insert(0, integer.substring(Math.max(0, i - 3), i));
            if (i > 3) {
                b.insert(0, ',');
            }
        }
        return (start == 1 ? "-" : "") + b;
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
