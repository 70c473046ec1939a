package io.github.juesuan.amount;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RatePropertiesTest {

    @Provide
    Arbitrary<BigDecimal> percents() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(BigInteger.valueOf(-1_000_000_000L), BigInteger.valueOf(1_000_000_000L));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-1, 6)).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                Arbitraries.integers().between(0, 4)).as((u, s) -> Amount.of(BigDecimal.valueOf(u, s)));
    }

    @Property
    void test_parse_toString_roundTrip(@ForAll("percents") BigDecimal p) {
        Rate r = Rate.ofPercent(p);
        assertThat(Rate.parse(r.toString())).isEqualTo(r);
        assertThat(Rate.parse(r.getPercent().toPlainString())).isEqualTo(r);
        assertThat(r.toString()).endsWith("%");
    }

    @Property
    void test_equals_ignoresScale(@ForAll("percents") BigDecimal p, @ForAll @IntRange(max = 4) int extraZeros) {
        Rate a = Rate.ofPercent(p);
        Rate b = Rate.ofPercent(p.setScale(p.scale() + extraZeros));
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Property
    void test_compareTo_consistentWithEquals(@ForAll("percents") BigDecimal p, @ForAll("percents") BigDecimal q) {
        Rate a = Rate.ofPercent(p);
        Rate b = Rate.ofPercent(q);
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(p.compareTo(q));
    }

    @Property
    void test_toFraction(@ForAll("percents") BigDecimal p) {
        assertThat(Rate.ofPercent(p).toFraction().movePointRight(2)).isEqualByComparingTo(p);
    }

    @Property
    void test_ratio_withinHalfAUnitOfTheLastDecimal(@ForAll("amounts") Amount part, @ForAll("amounts") Amount whole,
            @ForAll @IntRange(max = 4) int decimals) {
        Assume.that(!whole.isZero());
        BigDecimal exact = part.toBigDecimal().multiply(BigDecimal.valueOf(100))
                .divide(whole.toBigDecimal(), new MathContext(60));
        Rate r = Rate.ratio(part, whole, decimals);
        assertThat(r.getDecimalPlaces()).isLessThanOrEqualTo(decimals);
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        assertThat(r.getPercent().subtract(exact).abs()).isLessThanOrEqualTo(halfUnit);
    }
}
