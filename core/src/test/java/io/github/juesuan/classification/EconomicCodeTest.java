package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EconomicCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "301       | 301",
        "30101     | 30101",
        "' 30101 ' | 30101",
        "'301 01'  | 30101",
        "３０２１１ | 30211",
    })
    void test_parse_singleCell(String text, String expected) {
        assertThat(EconomicCode.parse(text)).hasToString(expected).isEqualTo(EconomicCode.of(expected));
    }

    @Test
    void test_parse_splitCells() {
        assertThat(EconomicCode.parse("301", "01")).isEqualTo(EconomicCode.of("30101"));
        assertThat(EconomicCode.parse("301", "")).isEqualTo(EconomicCode.of("301"));
        assertThat(EconomicCode.parse("301", null)).isEqualTo(EconomicCode.of("301"));
    }

    static Stream<Arguments> badCodes() {
        return Stream.of(
                Arguments.of(new String[] {"30101A"},
                        "'30101A' is not an economic classification code: expected 3 or 5 digits"),
                Arguments.of(new String[] {"2010301"},
                        "'2010301' is not an economic classification code: expected 3 or 5 digits"),
                Arguments.of(new String[] {"3010"},
                        "'3010' is not an economic classification code: expected 3 or 5 digits"),
                Arguments.of(new String[] {""},
                        "'' is not an economic classification code: expected 3 or 5 digits"),
                Arguments.of(new String[] {"人员经费合计"},
                        "'人员经费合计' is not an economic classification code: expected 3 or 5 digits"),
                Arguments.of(new String[] {"301", "1"},
                        "('301', '1') is not an economic classification code: expected 3 or 5 digits"));
    }

    @ParameterizedTest
    @MethodSource("badCodes")
    void test_parse_malformed(String[] parts, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> EconomicCode.parse(parts)).withMessage(message);
    }

    @Test
    void test_parse_tooManyParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> EconomicCode.parse("301", "01", "01"))
                .withMessage("an economic classification code has one or two parts, got 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 301", "３０１", "301 01", "2010301"})
    void test_of_strict(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> EconomicCode.of(text))
                .withMessage("'" + text + "' is not an economic classification code: expected 3 or 5 digits");
    }

    @Test
    void test_isValid() {
        assertThat(EconomicCode.isValid("30101")).isTrue();
        assertThat(EconomicCode.isValid(" ３０１ ")).isTrue();
        assertThat(EconomicCode.isValid("2010301")).isFalse();
        assertThat(EconomicCode.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "301   | PERSONNEL",
        "30101 | PERSONNEL",
        "30113 | PERSONNEL",
        "303   | PERSONNEL",
        "30302 | PERSONNEL",
        "302   | PUBLIC_USE",
        "30211 | PUBLIC_USE",
        "307   | PUBLIC_USE",
        "309   | PUBLIC_USE",
        "310   | PUBLIC_USE",
        "31002 | PUBLIC_USE",
        "399   | PUBLIC_USE",
        "39999 | PUBLIC_USE",
    })
    void test_getExpenseKind(String code, ExpenseKind kind) {
        EconomicCode c = EconomicCode.of(code);
        assertThat(c.getExpenseKind()).isEqualTo(kind);
        assertThat(c.isPersonnel()).isEqualTo(kind == ExpenseKind.PERSONNEL);
    }

    @Test
    void test_expenseKind_chineseName() {
        assertThat(ExpenseKind.PERSONNEL.getChineseName()).isEqualTo("人员经费");
        assertThat(ExpenseKind.PUBLIC_USE.getChineseName()).isEqualTo("公用经费");
    }

    @Test
    void test_getLevel_getParent_getClassCode() {
        EconomicCode section = EconomicCode.of("30101");
        assertThat(section.getLevel()).isEqualTo(CodeLevel.SECTION);
        assertThat(section.getParent()).contains(EconomicCode.of("301"));
        assertThat(section.getClassCode()).isEqualTo(EconomicCode.of("301"));
        EconomicCode cls = EconomicCode.of("301");
        assertThat(cls.getLevel()).isEqualTo(CodeLevel.CLASS);
        assertThat(cls.getParent()).isEqualTo(Optional.empty());
        assertThat(cls.getClassCode()).isSameAs(cls);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "301   | 30101 | true",
        "301   | 301   | false",
        "30101 | 301   | false",
        "301   | 30201 | false",
    })
    void test_isAncestorOf(String ancestor, String code, boolean expected) {
        assertThat(EconomicCode.of(ancestor).isAncestorOf(EconomicCode.of(code))).isEqualTo(expected);
    }

    @Test
    void test_compareTo_tableOrder() {
        List<EconomicCode> codes = Stream.of("302", "30101", "301", "30199", "30201", "303")
                .map(EconomicCode::of).sorted().toList();
        assertThat(codes).extracting(EconomicCode::toString)
                .containsExactly("301", "30101", "30199", "302", "30201", "303");
    }

    @Test
    void test_equals_hashCode() {
        assertThat(EconomicCode.parse("301", "01")).isEqualTo(EconomicCode.of("30101"))
                .hasSameHashCodeAs(EconomicCode.of("30101"));
        assertThat(EconomicCode.of("301")).isNotEqualTo(FunctionCode.of("301"));
    }
}
