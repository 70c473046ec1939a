package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FunctionCodePropertiesTest {

    private static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    /** 类 codes, drawn from a small range so that generated codes often share a 类 or 款. */
    private static Arbitrary<String> classDigits() {
        return Arbitraries.integers().between(200, 235).map(String::valueOf);
    }

    private static Arbitrary<String> ownDigits() {
        return Arbitraries.oneOf(Arbitraries.of("01", "02", "03", "50", "99"), digits(2));
    }

    @Provide
    Arbitrary<FunctionCode> items() {
        return classDigits().flatMap(c -> ownDigits().flatMap(k -> ownDigits().map(x -> FunctionCode.of(c + k + x))));
    }

    @Provide
    Arbitrary<FunctionCode> sections() {
        return classDigits().flatMap(c -> ownDigits().map(k -> FunctionCode.of(c + k)));
    }

    @Provide
    Arbitrary<FunctionCode> codes() {
        return Arbitraries.oneOf(classDigits().map(FunctionCode::of), sections(), items(),
                Arbitraries.oneOf(digits(3), digits(5), digits(7)).map(FunctionCode::of));
    }

    @Property
    void test_parse_toString_roundTrip(@ForAll("codes") FunctionCode c) {
        assertThat(FunctionCode.parse(c.toString())).isEqualTo(c);
        assertThat(FunctionCode.of(c.toString())).isEqualTo(c);
        assertThat(c.toString()).hasSize(c.getLevel().getDigits());
    }

    @Property
    void test_parse_splitCells(@ForAll("items") FunctionCode c) {
        String s = c.toString();
        assertThat(FunctionCode.parse(s.substring(0, 3), s.substring(3, 5), s.substring(5))).isEqualTo(c);
        assertThat(FunctionCode.parse(s.substring(0, 3), s.substring(3, 5), "")).isEqualTo(c.getParent().get());
        assertThat(FunctionCode.parse(s.substring(0, 3), "", "")).isEqualTo(c.getClassCode());
    }

    @Property
    void test_getParent_ofItemIsItsSection(@ForAll("items") FunctionCode item) {
        FunctionCode section = item.getParent().orElseThrow();
        assertThat(section.getLevel()).isEqualTo(CodeLevel.SECTION);
        assertThat(section.toString()).isEqualTo(item.toString().substring(0, 5));
        assertThat(item.getSectionCode()).contains(section);
        assertThat(section.getParent()).contains(item.getClassCode());
        assertThat(item.getClassCode().getParent()).isEmpty();
        assertThat(section.isAncestorOf(item)).isTrue();
        assertThat(item.getClassCode().isAncestorOf(item)).isTrue();
        assertThat(item.isAncestorOf(section)).isFalse();
    }

    @Property
    void test_isAncestorOf_matchesParentChain(@ForAll("codes") FunctionCode a, @ForAll("codes") FunctionCode b) {
        boolean viaParents = false;
        for (FunctionCode p = b.getParent().orElse(null); p != null; p = p.getParent().orElse(null)) {
            viaParents |= p.equals(a);
        }
        assertThat(a.isAncestorOf(b)).isEqualTo(viaParents);
    }

    @Property
    void test_compareTo_consistentWithEqualsAndStringOrder(@ForAll("codes") FunctionCode a,
            @ForAll("codes") FunctionCode b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Property
    void test_compareTo_tableOrder(@ForAll("codes") FunctionCode a, @ForAll("codes") FunctionCode b) {
        // an ancestor comes before its descendants, and a code before the next sibling of its ancestors
        if (a.isAncestorOf(b)) {
            assertThat(a).isLessThan(b);
        }
        if (a.getLevel() == b.getLevel() && a.compareTo(b) < 0) {
            FunctionCode child = FunctionCode.of(a + "01".repeat((7 - a.toString().length()) / 2));
            assertThat(child.compareTo(b) < 0 || child.equals(b)).isTrue();
        }
    }
}
