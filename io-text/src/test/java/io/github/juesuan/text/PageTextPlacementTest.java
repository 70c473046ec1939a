package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Page text (pdfplumber: one space between words, blank cells vanished) where the text alone does
 * not show a figure's column: read by the table's own arithmetic and its ties with the other tables
 * where they decide, left unread (with a problem naming the row) where they do not, never guessed.
 */
class PageTextPlacementTest {

    private static final String HEAD = "某局\n2024 年度部门决算\n第二部分 2024 年度部门决算表\n";

    /** 01: the income side's blank cell between two labels vanished, and a 类 label broken around its figure. */
    private static final String T01 = "收入支出决算总表\n单位：万元\n收入 支出\n项目 决算数 项目 决算数\n"
            + "一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 60.00\n"
            + "二、政府性基金预算财政拨款收入 二、外交支出\n"
            + "三、国有资本经营预算财政拨款收入 三、国防支出\n"
            + "四、上级补助收入 四、公共安全支\n30.00\n出\n"
            + "五、事业收入 五、教育支出 10.00\n"
            + "本年收入合计 100.00 本年支出合计 100.00\n"
            + "总计 100.00 总计 100.00\n注：本表反映部门本年度的总收支。\f";

    /** 03: six columns, rows printing only 基本支出 or only 项目支出, the other blanks vanished. */
    private static final String T03 = "支出决算表\n单位：万元\n项目\n"
            + "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出\n科目编码 科目名称\n"
            + "合计 100.00 70.00 30.00\n"
            + "201 一般公共服务支出 60.00 60.00\n"
            + "204 公共安全支出 30.00 10.00 20.00\n"
            + "205 教育支出 10.00 10.00\n注：本表反映部门本年度各项支出情况。\f";

    /** 04: the funds without income and carry-over spend nothing, so 合计 and 一般公共预算 are the two figures. */
    private static final String T04 = "财政拨款收入支出决算总表\n单位：万元\n收入 支出\n"
            + "项目 决算数 项目 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款\n"
            + "一、一般公共预算财政拨款 100.00 一、一般公共服务支出 60.00 60.00\n"
            + "二、政府性基金预算财政拨款 二、外交支出\n"
            + "三、国有资本经营预算财政拨款 三、国防支出\n"
            + "四、公共安全支\n30.00 30.00\n出\n"
            + "五、教育支出 10.00 10.00\n"
            + "本年收入合计 100.00 本年支出合计 100.00 100.00\n"
            + "年初财政拨款结转和结余 年末财政拨款结转和结余\n"
            + "总计 100.00 总计 100.00 100.00\n注：本表反映部门本年度财政拨款总收支。\f";

    /** 05: three columns only, so its 合计 row is placed by itself. */
    private static final String T05 = "一般公共预算财政拨款支出决算表\n单位：万元\n项目\n合计 基本支出 项目支出\n科目编码 科目名称\n"
            + "201 一般公共服务支出 60.00 60.00\n"
            + "204 公共安全支出 30.00 10.00 20.00\n"
            + "205 教育支出 10.00 10.00\n"
            + "合计 100.00 70.00 30.00\n注：本表反映部门本年度一般公共预算财政拨款支出情况。\f";

    private static TextReadResult read(String tables) {
        return new TextReportReader().read(HEAD + tables + "第三部分 2024 年度部门决算情况说明\n一、收入支出决算总体情况说明\n略。\n",
                "page-text.txt");
    }

    private static Optional<Amount> cell(ExpenditureRow row, ExpenditureColumn c) {
        return Optional.ofNullable(row.getAmounts().get(c));
    }

    @Test
    void test_read_t01_labelsWhoseBlankVanished_figureIsTheExpenditureSides() {
        FinalAccountReport r = read(T01).getReport();
        var t = r.getSummary().orElseThrow();
        assertThat(t.findExpenditureRow(FunctionCode.of("204")).orElseThrow().getAmounts().get(SummaryColumn.EXPENDITURE))
                .isEqualTo(Amount.parse("30.00"));
        assertThat(t.findExpenditureRow(FunctionCode.of("205")).orElseThrow().getAmounts().get(SummaryColumn.EXPENDITURE))
                .isEqualTo(Amount.parse("10.00"));
        assertThat(t.get(io.github.juesuan.report.SummaryIncomeLine.SUPERIOR_SUBSIDY)).isEmpty();
        assertThat(t.get(io.github.juesuan.report.SummaryIncomeLine.BUSINESS)).isEmpty();
    }

    @Test
    void test_read_t04_figuresBetweenTheHalvesOfALabel_andUnusedFundsBlank() {
        FinalAccountReport r = read(T04).getReport();
        Map<FiscalSummaryColumn, Amount> m = r.getFiscalSummary().orElseThrow().getExpenditureRows().stream()
                .filter(x -> x.getCode().equals(FunctionCode.of("204"))).findFirst().map(FiscalSummaryRow::getAmounts)
                .orElseThrow();
        assertThat(m).containsOnly(Map.entry(FiscalSummaryColumn.EXPENDITURE_TOTAL, Amount.parse("30.00")),
                Map.entry(FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, Amount.parse("30.00")));
        assertThat(r.getFiscalSummary().orElseThrow().getExpenditureRows()).noneMatch(x -> x.getCode().equals(FunctionCode.of("203"))
                && !x.getAmounts().isEmpty());
    }

    @Test
    void test_read_t03_openColumnsSettledByT05() {
        FinalAccountReport r = read(T01 + T03 + T04 + T05).getReport();
        var t = r.getExpenditure().orElseThrow();
        assertThat(t.getTotal().orElseThrow()).containsOnly(Map.entry(ExpenditureColumn.TOTAL, Amount.parse("100.00")),
                Map.entry(ExpenditureColumn.BASIC, Amount.parse("70.00")),
                Map.entry(ExpenditureColumn.PROJECT, Amount.parse("30.00")));
        ExpenditureRow r201 = t.findRow(FunctionCode.of("201")).orElseThrow();
        assertThat(cell(r201, ExpenditureColumn.BASIC)).contains(Amount.parse("60.00"));
        assertThat(cell(r201, ExpenditureColumn.PROJECT)).isEmpty();
        ExpenditureRow r205 = t.findRow(FunctionCode.of("205")).orElseThrow();
        assertThat(cell(r205, ExpenditureColumn.PROJECT)).contains(Amount.parse("10.00"));
    }

    @Test
    void test_read_t03_withoutATie_leftUnreadWithTheOpenRowsNamed() {
        TextReadResult read = read(T01 + T03);
        assertThat(read.getReport().getPresence(TableId.T03)).isEqualTo(TablePresence.UNREADABLE);
        assertThat(read.getProblems()).map(p -> p.getMessage(Locale.ENGLISH))
                .anySatisfy(m -> assertThat(m).contains("公开03表", "合计", "70.00 in 基本支出 or 项目支出"));
    }
}
