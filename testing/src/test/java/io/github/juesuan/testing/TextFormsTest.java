package io.github.juesuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextFormsTest {

    @Test
    void test_displayWidth_cjkTwoAsciiOne() {
        assertThat(TextForms.displayWidth("合计")).isEqualTo(4);
        assertThat(TextForms.displayWidth("201 合计（万元）")).isEqualTo(4 + 4 + 8);
        assertThat(TextForms.displayWidth("１２")).isEqualTo(4);
    }

    @Test
    void test_spaceAligned_columnsByDisplayWidth_blankCellsAsSpaces() {
        String aligned = TextForms.spaceAligned("标题\n201\t一般公共服务支出\t5.00\n2010101\t行政运行\t\t3.00", 2);
        assertThat(aligned).isEqualTo("标题\n"
                + "201      一般公共服务支出  5.00\n"
                + "2010101  行政运行                3.00");
        assertThatThrownBy(() -> TextForms.spaceAligned("a\tb", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1");
    }

    @Test
    void test_pageText_singleSpacesBlankCellsVanishBareFormFeeds() {
        assertThat(TextForms.pageText("  201      一般  5.00\f\n    行政运行      3.00\n"))
                .isEqualTo("201 一般 5.00\f行政运行 3.00\n");
    }

    @Test
    void test_paged_footerPageNumberAndFormFeedWithOrWithoutLineEnd() {
        assertThat(TextForms.paged("a\nb\nc", 2, true, "页脚")).isEqualTo("a\nb\n页脚\n- 1 -\n\f\nc\n");
        assertThat(TextForms.paged("a\nb\nc", 2, false, null)).isEqualTo("a\nb\n- 1 -\n\fc\n");
        assertThatThrownBy(() -> TextForms.paged("a", 0, true, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
