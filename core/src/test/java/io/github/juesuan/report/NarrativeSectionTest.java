package io.github.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The figures that {@link NarrativeSection#getFigures()} finds in prose as reports print it. */
class NarrativeSectionTest {

    private static List<String> figures(String text) {
        return NarrativeSection.of(ReportPart.EXPLANATION, "一、收入支出决算总体情况说明", text).getFigures().stream()
                .map(f -> f.getLabel() + "|" + f.getValue().toPlainString() + "|" + f.getUnit())
                .collect(Collectors.toList());
    }

    @Test
    void test_getFigures_labelsAreTheWordsSinceTheLastPunctuation() {
        assertThat(figures("2024 年度收入总计为 7698.92 万元、支出总计为 7841.66 万元。与 2023 年度相比，收入总计减少 "
                + "81.84 万元，下降 1.1%；"))
                .containsExactly("2024年度收入总计|7698.92|WAN_YUAN", "支出总计|7841.66|WAN_YUAN",
                        "收入总计减少|81.84|WAN_YUAN", "下降|1.1|PERCENT");
    }

    @Test
    void test_getFigures_linkingWordsAndListNumbersAreNotPartOfTheLabel() {
        assertThat(figures("2023 年度收、支总计均为 42590.81 万元。1. 因公出国（境）费预算为 7.31 万元，支出决算是 7.31 万元。"
                + "（一）项目绩效自评得分为 87 分。"))
                .containsExactly("2023年度收、支总计|42590.81|WAN_YUAN", "因公出国（境）费预算|7.31|WAN_YUAN",
                        "支出决算|7.31|WAN_YUAN", "项目绩效自评得分|87|POINTS");
    }

    @Test
    void test_getFigures_whiteSpaceInsideNumbersUnitsAndWordsOfPdfTextIsSkipped() {
        // 000's text breaks lines between a number and its unit and inside words
        assertThat(figures("本年支出合计 1640.19 万元，其中：基本支出 170.7 万\n元，比上年增加 28.17 万元；人员\n经费 166.56 万元"))
                .containsExactly("本年支出合计|1640.19|WAN_YUAN", "基本支出|170.7|WAN_YUAN", "比上年增加|28.17|WAN_YUAN",
                        "人员经费|166.56|WAN_YUAN");
    }

    @Test
    void test_getFigures_thousandsSeparatorsFullWidthDigitsAndYuan() {
        assertThat(figures("本年收入合计 42,590.81 万元；财政拨款收入４２５９０．８１万元，占１００％；支出决算为 11.33 元。"))
                .containsExactly("本年收入合计|42590.81|WAN_YUAN", "财政拨款收入|42590.81|WAN_YUAN", "占|100|PERCENT",
                        "支出决算|11.33|YUAN");
    }

    @Test
    void test_getFigures_yiYuanSignsColonsAndLinkingWords() {
        assertThat(figures("其他收入：1.89 万元；结余 -5.50 万元；总额约 1.2 亿元，本年收入合计为人民币 7698.92 万元，"
                + "共 3，100 万元。"))
                .containsExactly("其他收入|1.89|WAN_YUAN", "结余|-5.50|WAN_YUAN", "总额|1.2|YI_YUAN",
                        "本年收入合计|7698.92|WAN_YUAN", "|100|WAN_YUAN");
        assertThat(ProseFigure.Unit.YI_YUAN.toWanYuan(new BigDecimal("1.2"))).isEqualByComparingTo("12000");
    }

    @Test
    void test_getFigures_numbersWithoutAUnitStayInTheLabel() {
        // counts, dates and codes are words of the label, not figures
        assertThat(figures("截至 2024 年 12 月 31 日，公务用车保有量为 39 辆。全年共接待国内来访团组 22 个、来宾 724 人次，"
                + "支出 3.5 万元。会议 30 分钟，得分 90 分。"))
                .containsExactly("支出|3.5|WAN_YUAN", "得分|90|POINTS");
    }

    @Test
    void test_getFigures_aYearStartsTheLabelAfterAHeadingWithoutPunctuation() {
        assertThat(figures("（二）一般公共预算财政拨款支出决算结构情况\n2024 年度一般公共预算财政拨款支出 160.00 万元"))
                .containsExactly("2024年度一般公共预算财政拨款支出|160.00|WAN_YUAN");
    }

    @Test
    void test_getFigures_offsetsAndSentencesPointIntoTheText() {
        String text = "本年收入合计 170.00 万元。其中：财政拨款收入 160.00 万元；其他收入 10.00 万元。";
        List<ProseFigure> fs = NarrativeSection.of(ReportPart.EXPLANATION, "二、收入决算情况说明", text).getFigures();
        assertThat(fs).extracting(ProseFigure::getSentence).containsExactly(0, 1, 2);
        assertThat(text.substring(fs.get(1).getOffset(), fs.get(1).getEnd())).isEqualTo("160.00 万元");
        assertThat(fs.get(1).quote()).isEqualTo("财政拨款收入 160.00 万元");
        assertThat(fs.get(1).getValue()).isEqualTo(new BigDecimal("160.00"));
    }

    @Test
    void test_getFigures_computedOnceAndNotPartOfEquality() {
        NarrativeSection a = NarrativeSection.of(ReportPart.EXPLANATION, "二、收入决算情况说明", "其他收入 1.89 万元");
        assertThat(a.getFigures()).isSameAs(a.getFigures());
        assertThat(a).isEqualTo(NarrativeSection.of(ReportPart.EXPLANATION, "二、收入决算情况说明", "其他收入 1.89 万元"));
    }

    @Test
    void test_labelEndsWith_ignoresQuotationMarks() {
        ProseFigure f = ProseFigure.of("2024年度“三公”经费财政拨款支出预算", new BigDecimal("190.14"),
                ProseFigure.Unit.WAN_YUAN, 0, 10, 0);
        assertThat(f.labelEndsWith("三公经费财政拨款支出预算")).isTrue();
        assertThat(f.labelEndsWith("“三公”经费财政拨款支出决算")).isFalse();
    }

    @Test
    void test_of_placeOutsideAText_rejected() {
        assertThatThrownBy(() -> ProseFigure.of("x", BigDecimal.ONE, ProseFigure.Unit.POINTS, 5, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5..2");
    }
}
