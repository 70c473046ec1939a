package io.github.juesuan.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024        | 2024",
        "2024年      | 2024",
        "2024 年度   | 2024",
        "'  2023 '   | 2023",
        "２０２４年  | 2024",
        "1949        | 1949",
        "2999        | 2999",
    })
    void test_parse_printedForms(String text, int year) {
        assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(year)).hasToString(Integer.toString(year));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "20240", "2024年年", "二〇二四", "year", "2024-2025", "年2024"})
    void test_parse_malformed(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.parse(text))
                .withMessage("'" + text + "' is not a fiscal year: expected four digits such as 2024");
    }

    @ParameterizedTest
    @ValueSource(ints = {1948, 3000, 0, -2024})
    void test_of_outOfRange(int year) {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(year))
                .withMessage("'" + year + "' is not a fiscal year: expected 1949 to 2999");
    }

    @Test
    void test_parse_outOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.parse("1900年"))
                .withMessage("'1900' is not a fiscal year: expected 1949 to 2999");
    }

    @Test
    void test_previous() {
        assertThat(FiscalYear.of(2024).previous()).isEqualTo(FiscalYear.of(2023));
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(FiscalYear.MIN).previous())
                .withMessageStartingWith("'1948' is not a fiscal year");
    }

    @Test
    void test_getValue_equals_compareTo() {
        FiscalYear y = FiscalYear.of(2024);
        assertThat(y.getValue()).isEqualTo(2024);
        assertThat(y).isEqualTo(FiscalYear.parse("2024年")).hasSameHashCodeAs(FiscalYear.of(2024));
        assertThat(y).isGreaterThan(FiscalYear.of(2023)).isNotEqualTo(FiscalYear.of(2023));
    }

    @Test
    void test_roundTrip() {
        for (int year = FiscalYear.MIN; year <= FiscalYear.MAX; year++) {
            FiscalYear y = FiscalYear.of(year);
            assertThat(FiscalYear.parse(y.toString())).isEqualTo(y);
        }
    }
}
