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

    @Test
    void test_splitCodes_codeColumnOverClassItemSubitemCells() {
        String split = TextForms.splitCodes("科目代码\t科目名称\t合计\n\t合计\t9.00\n201\t一般公共服务支出\t9.00\n"
                + "20106\t财政事务\t9.00\n2010601\t行政运行\t9.00\n\n30101\t基本工资\t1.00");
        assertThat(split).isEqualTo("科目代码\t\t\t科目名称\t合计\n\t\t\t合计\t9.00\n201\t\t\t一般公共服务支出\t9.00\n"
                + "201\t06\t\t财政事务\t9.00\n201\t06\t01\t行政运行\t9.00\n\n301\t01\t基本工资\t1.00");
        assertThat(TextForms.splitCodes("收入\t1\t5.00")).isEqualTo("收入\t1\t5.00");
    }

    @Test
    void test_wrappedNames_restBelowOrWholeNameBelow() {
        String row = "2080505\t机关事业单位基本养老保险缴费支出\t160.75\t160.75";
        assertThat(TextForms.wrappedNames(row, 16, TextForms.NameWrap.REST_BELOW))
                .isEqualTo("2080505\t机关事业单位基本\t160.75\t160.75\n\t养老保险缴费支出\t\t");
        assertThat(TextForms.wrappedNames(row, 24, TextForms.NameWrap.NAME_BELOW))
                .isEqualTo("2080505\t\t160.75\t160.75\n\t机关事业单位基本养老保险\t\t\n\t缴费支出\t\t");
        // the last piece keeps two characters; a short name stays on its line
        assertThat(TextForms.wrappedNames("2010601\t行政运行事\t1.00", 8, TextForms.NameWrap.REST_BELOW))
                .isEqualTo("2010601\t行政运\t1.00\n\t行事\t");
        assertThat(TextForms.wrappedNames("201\t行政\t1.00", 4, TextForms.NameWrap.NAME_BELOW)).isEqualTo("201\t行政\t1.00");
        assertThatThrownBy(() -> TextForms.wrappedNames(row, 3, TextForms.NameWrap.REST_BELOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
    }

    @Test
    void test_valuesAboveLabels_totalsOnly_lineNumbersStayWithLabels() {
        assertThat(TextForms.valuesAboveLabels("人员经费合计\t\t5.00\t公用经费合计\t\t2.00\n201\t一般\t5.00"))
                .isEqualTo("\t\t5.00\t\t\t2.00\n人员经费合计\t\t\t公用经费合计\t\t\n201\t一般\t5.00");
        assertThat(TextForms.valuesAboveLabels("本年收入合计\t9\t1.00\n合计\t因公出国（境）费"))
                .isEqualTo("\t\t1.00\n本年收入合计\t9\t\n合计\t因公出国（境）费");
    }
}
