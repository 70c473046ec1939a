package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EconomicCodePropertiesTest {

    @Provide
    Arbitrary<EconomicCode> codes() {
        Arbitrary<String> classes = Arbitraries.oneOf(Arbitraries.of("301", "302", "303", "307", "309", "310", "399"),
                Arbitraries.strings().numeric().ofLength(3));
        Arbitrary<String> own = Arbitraries.strings().numeric().ofLength(2);
        return Arbitraries.oneOf(classes, classes.flatMap(c -> own.map(k -> c + k))).map(EconomicCode::of);
    }

    @Property
    void test_parse_toString_roundTrip(@ForAll("codes") EconomicCode c) {
        assertThat(EconomicCode.parse(c.toString())).isEqualTo(c);
        assertThat(EconomicCode.of(c.toString())).isEqualTo(c);
        String s = c.toString();
        assertThat(EconomicCode.parse(s.substring(0, 3), s.substring(3))).isEqualTo(c);
    }

    @Property
    void test_getParent_isTheClass(@ForAll("codes") EconomicCode c) {
        if (c.getLevel() == CodeLevel.SECTION) {
            assertThat(c.getParent()).contains(c.getClassCode());
            assertThat(c.getClassCode().isAncestorOf(c)).isTrue();
            assertThat(c.getClassCode()).isLessThan(c);
        } else {
            assertThat(c.getLevel()).isEqualTo(CodeLevel.CLASS);
            assertThat(c.getParent()).isEmpty();
            assertThat(c.getClassCode()).isEqualTo(c);
        }
    }

    @Property
    void test_getExpenseKind_dependsOnTheClassOnly(@ForAll("codes") EconomicCode c) {
        assertThat(c.getExpenseKind()).isEqualTo(c.getClassCode().getExpenseKind());
        String cls = c.getClassCode().toString();
        assertThat(c.isPersonnel()).isEqualTo(cls.equals("301") || cls.equals("303"));
    }

    @Property
    void test_compareTo_consistentWithEqualsAndStringOrder(@ForAll("codes") EconomicCode a,
            @ForAll("codes") EconomicCode b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }
}
