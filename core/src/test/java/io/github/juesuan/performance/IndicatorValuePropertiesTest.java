package io.github.juesuan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IndicatorValuePropertiesTest {

    @Provide
    Arbitrary<String> printedValues() {
        Arbitrary<String> anything = Arbitraries.strings()
                .withChars("≥≤><=-+.,%0123456789 万元场次件个人年月日有所提高$\\０９．％　")
                .ofMaxLength(12);
        Arbitrary<String> plain = Arbitraries.strings().withChars("0123456789.").ofMinLength(1).ofMaxLength(22)
                .flatMap(number -> Arbitraries.of("", "≥", "≤", ">=", "<", "不低于")
                        .flatMap(cmp -> Arbitraries.strings().withChars("%万元场次件个人 ").ofMaxLength(8)
                                .map(unit -> cmp + number + unit)));
        return Arbitraries.oneOf(anything, plain);
    }

    @Property(tries = 3000)
    void test_parse_sameAsThePattern(@ForAll("printedValues") String text) {
        IndicatorValue fast = IndicatorValue.parse(text);
        IndicatorValue pattern = IndicatorValue.parseByPattern(text);
        assertThat(fast.getText()).isEqualTo(pattern.getText());
        assertThat(fast.getComparison()).isEqualTo(pattern.getComparison());
        assertThat(fast.getNumber()).isEqualTo(pattern.getNumber()); // BigDecimal equals: value and scale
        assertThat(fast.getUnit()).isEqualTo(pattern.getUnit());
    }
}
