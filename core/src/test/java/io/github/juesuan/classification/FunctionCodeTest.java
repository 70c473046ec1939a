package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "201        | 201",
        "20103      | 20103",
        "2010301    | 2010301",
        "' 201 '    | 201",
        "'201 03 01'| 2010301",
        "'2010 301' | 2010301",
        "２０１０３  | 20103",
        "'\u3000201\u3000' | 201",
    })
    void test_parse_singleCell(String text, String expected) {
        assertThat(FunctionCode.parse(text)).hasToString(expected).isEqualTo(FunctionCode.of(expected));
    }

    @Test
    void test_parse_splitCells() {
        assertThat(FunctionCode.parse("201", "03", "01")).isEqualTo(FunctionCode.of("2010301"));
        assertThat(FunctionCode.parse("201", "03", "")).isEqualTo(FunctionCode.of("20103"));
        assertThat(FunctionCode.parse("201", "", "")).isEqualTo(FunctionCode.of("201"));
        assertThat(FunctionCode.parse("201", null, null)).isEqualTo(FunctionCode.of("201"));
        assertThat(FunctionCode.parse("201", "03")).isEqualTo(FunctionCode.of("20103"));
        assertThat(FunctionCode.parse(" 201 ", " 03 ", " 01 ")).isEqualTo(FunctionCode.of("2010301"));
        assertThat(FunctionCode.parse("２０１", "０３", "０１")).isEqualTo(FunctionCode.of("2010301"));
    }

    @Test
    void test_parse_splitCellsWithFullCodes() {
        // some documents repeat the whole code in the 项 cell and leave the others empty
        assertThat(FunctionCode.parse("", "", "2010301")).isEqualTo(FunctionCode.of("2010301"));
        assertThat(FunctionCode.parse("2010301", "", "")).isEqualTo(FunctionCode.of("2010301"));
    }

    static Stream<Arguments> badSingleCells() {
        return Stream.of(
                Arguments.of("20103A", "'20103A' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("2010", "'2010' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("20", "'20' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("201030101", "'201030101' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("", "'' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("   ", "'   ' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("合计", "'合计' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("201.03", "'201.03' is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of("-201", "'-201' is not a functional classification code: expected 3, 5 or 7 digits"));
    }

    @ParameterizedTest
    @MethodSource("badSingleCells")
    void test_parse_malformed(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCode.parse(text)).withMessage(message);
        assertThat(FunctionCode.isValid(text)).isFalse();
    }

    static Stream<Arguments> badSplitCells() {
        return Stream.of(
                Arguments.of(new String[] {"201", "", "01"},
                        "('201', '', '01') is not a functional classification code: a 项 part without a 款 part"),
                Arguments.of(new String[] {"201", "3", "01"},
                        "('201', '3', '01') is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of(new String[] {"", "03", "01"},
                        "('', '03', '01') is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of(new String[] {"201", "0A", "01"},
                        "('201', '0A', '01') is not a functional classification code: expected 3, 5 or 7 digits"),
                Arguments.of(new String[] {"", "", ""},
                        "('', '', '') is not a functional classification code: expected 3, 5 or 7 digits"));
    }

    @ParameterizedTest
    @MethodSource("badSplitCells")
    void test_parse_malformedSplitCells(String[] parts, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCode.parse(parts)).withMessage(message);
    }

    @Test
    void test_parse_tooManyParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCode.parse("201", "03", "01", "01"))
                .withMessage("a functional classification code has one to three parts, got 4");
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCode.parse())
                .withMessage("a functional classification code has one to three parts, got 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 201", "２０１", "201 03", "20103A", "2010"})
    void test_of_strict(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCode.of(text))
                .withMessage("'" + text + "' is not a functional classification code: expected 3, 5 or 7 digits");
    }

    @Test
    void test_isValid() {
        assertThat(FunctionCode.isValid("201")).isTrue();
        assertThat(FunctionCode.isValid(" 2010301 ")).isTrue();
        assertThat(FunctionCode.isValid("２０１")).isTrue();
        assertThat(FunctionCode.isValid(null)).isFalse();
        assertThat(FunctionCode.isValid("2010")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "201     | CLASS   | 类",
        "20103   | SECTION | 款",
        "2010301 | ITEM    | 项",
    })
    void test_getLevel(String code, CodeLevel level, String chinese) {
        assertThat(FunctionCode.of(code).getLevel()).isEqualTo(level);
        assertThat(level.getChineseName()).isEqualTo(chinese);
        assertThat(level.getDigits()).isEqualTo(code.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2010301 | 20103 | 201 | 20103",
        "20103   | 201   | 201 | 20103",
        "201     |       | 201 |",
    })
    void test_getParent_getClassCode_getSectionCode(String code, String parent, String classCode, String section) {
        FunctionCode c = FunctionCode.of(code);
        assertThat(c.getParent().map(FunctionCode::toString)).isEqualTo(java.util.Optional.ofNullable(parent));
        assertThat(c.getClassCode()).isEqualTo(FunctionCode.of(classCode));
        assertThat(c.getSectionCode().map(FunctionCode::toString)).isEqualTo(java.util.Optional.ofNullable(section));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "201     | 20103   | true",
        "201     | 2010301 | true",
        "20103   | 2010301 | true",
        "201     | 201     | false",
        "20103   | 201     | false",
        "2010301 | 20103   | false",
        "201     | 20201   | false",
        "20103   | 2010401 | false",
        "20103   | 2010301 | true",
    })
    void test_isAncestorOf(String ancestor, String code, boolean expected) {
        assertThat(FunctionCode.of(ancestor).isAncestorOf(FunctionCode.of(code))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2010399 | true",
        "20199   | true",
        "2019999 | true",
        "2010301 | false",
        "2019901 | false",
        "229     | false",
        "2010350 | false",
    })
    void test_isOtherBucket(String code, boolean expected) {
        assertThat(FunctionCode.of(code).isOtherBucket()).isEqualTo(expected);
    }

    @Test
    void test_getOwnDigits() {
        assertThat(FunctionCode.of("201").getOwnDigits()).isEqualTo("201");
        assertThat(FunctionCode.of("20103").getOwnDigits()).isEqualTo("03");
        assertThat(FunctionCode.of("2010301").getOwnDigits()).isEqualTo("01");
    }

    @Test
    void test_compareTo_tableOrder() {
        List<FunctionCode> expected = List.of("201", "20101", "2010101", "2010102", "20102", "202")
                .stream().map(FunctionCode::of).toList();
        List<FunctionCode> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
        assertThat(FunctionCode.of("201")).isLessThan(FunctionCode.of("20101"));
        assertThat(FunctionCode.of("2010102")).isLessThan(FunctionCode.of("20102"));
        assertThat(FunctionCode.of("2010399")).isLessThan(FunctionCode.of("20104"));
    }

    @Test
    void test_equals_hashCode() {
        assertThat(FunctionCode.parse(" 20103 ")).isEqualTo(FunctionCode.of("20103"))
                .hasSameHashCodeAs(FunctionCode.of("20103"));
        assertThat(FunctionCode.of("20103")).isNotEqualTo(FunctionCode.of("201"))
                .isNotEqualTo(EconomicCode.of("20103"));
    }
}
