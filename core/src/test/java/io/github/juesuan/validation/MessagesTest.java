package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole numbers in messages (years, counts) print without grouping: "2024 年版", never "2,024 年版". */
class MessagesTest {

    @Test
    void test_format_yearWithoutGrouping_bothLanguages() {
        assertThat(Messages.format(true, "unknownCode", "说明", "公开03表 2010398 行", "2010398", "某支出", 2024))
                .isEqualTo("说明：公开03表 2010398 行科目 2010398（某支出）不在 2024 年版科目表中。");
        assertThat(Messages.format(false, "unknownCode", "d", "Table 03, row 2010398", "2010398", "x", 2024))
                .contains("the 2024 edition").doesNotContain("2,024");
    }

    @Test
    void test_format_largeCountsAndLongs_noGrouping() {
        assertThat(Messages.format(false, "unknownCode", "d", "c", "1", "x", 123456789L)).contains("the 123456789 edition");
        // small numbers and decimals are unchanged
        assertThat(Messages.format(false, "unknownCode", "d", "c", "1", "x", 7)).contains("the 7 edition");
    }
}
