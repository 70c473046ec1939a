package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeLevelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "类   | CLASS",
        "' 款 ' | SECTION",
        "项   | ITEM",
    })
    void test_ofChineseName(String chinese, CodeLevel level) {
        assertThat(CodeLevel.ofChineseName(chinese)).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "目", "class"})
    void test_ofChineseName_unknown(String chinese) {
        assertThatIllegalArgumentException().isThrownBy(() -> CodeLevel.ofChineseName(chinese))
                .withMessage("'" + chinese + "' is not a code level: expected 类, 款 or 项");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3 | CLASS", "5 | SECTION", "7 | ITEM", "4 | ", "0 | "})
    void test_ofDigits(int digits, CodeLevel level) {
        assertThat(CodeLevel.ofDigits(digits)).isEqualTo(level);
    }
}
