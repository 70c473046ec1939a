package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Stored workbook numbers: exact where a double is exact, binary artefacts undone, absurd exponents refused. */
class WorkbookNumberTest {

    @Test
    void test_number_exactShortestOrRefused() {
        assertThat(WorkbookLayoutSource.number("4355.4")).isEqualByComparingTo("4355.4");
        assertThat(WorkbookLayoutSource.number("4355.3999999999996")).isEqualByComparingTo("4355.4");
        assertThat(WorkbookLayoutSource.number("2010301.0")).isEqualByComparingTo("2010301");
        assertThat(WorkbookLayoutSource.number("1E+308")).isEqualByComparingTo("1E+308");
        // written out, this would be a billion digits: the cell is no number (the readers report it)
        assertThatThrownBy(() -> WorkbookLayoutSource.number("1E+999999999")).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("1E+999999999");
        assertThatThrownBy(() -> WorkbookLayoutSource.number("1E-999999999")).isInstanceOf(NumberFormatException.class);
    }
}
