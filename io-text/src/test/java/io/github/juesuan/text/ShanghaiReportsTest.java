package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 上海市普陀区 reports of another template, in the text forms of two extraction tools
 * ({@code pdftotext -layout} and pdfplumber page text): every table is found, present or declared
 * empty as the document shows, and the figures checked by hand against the text are read.
 */
class ShanghaiReportsTest {

    private static final TextReportReader READER = new TextReportReader();

    private static TextReadResult read(String file) {
        return READER.read(Path.of("src/test/resources/real-reports/shanghai/" + file));
    }

    private static Amount a(String s) {
        return Amount.parse(s);
    }

    private static void assertPresence(FinalAccountReport r, TablePresence... expected) {
        for (TableId id : TableId.values()) {
            assertThat(r.getPresence(id)).as(id.getLabel()).isEqualTo(expected[id.ordinal()]);
        }
    }

    private static final TablePresence P = TablePresence.PRESENT;
    private static final TablePresence E = TablePresence.DECLARED_EMPTY;

    @Test
    void test_read_caizhengjuLayout_everyTableAndItsTotals() {
        TextReadResult read = read("caizhengju-2024.layout.txt");
        FinalAccountReport r = read.getReport();
        assertThat(r.getDepartment()).isEqualTo("上海市普陀区财政局");
        assertThat(r.getFiscalYear().getValue()).isEqualTo(2024);
        assertPresence(r, P, P, P, P, P, P, E, E, P);
        assertThat(r.getGovernmentFund().orElseThrow().getEmptyStatement())
                .contains("注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。");
        // 01: the two sides, amounts of the income side left of the expenditure labels
        var t01 = r.getSummary().orElseThrow();
        assertThat(t01.getIncome()).containsEntry(SummaryIncomeLine.GENERAL_BUDGET, a("2940.05"))
                .containsEntry(SummaryIncomeLine.OTHER, a("6.20"))
                .containsEntry(SummaryIncomeLine.TOTAL_INCOME, a("2946.25"))
                .containsEntry(SummaryIncomeLine.BEGINNING_BALANCE, a("49.14"))
                .containsEntry(SummaryIncomeLine.GRAND_TOTAL, a("2995.39"));
        assertThat(t01.getExpenditureLines()).containsEntry(SummaryExpenditureLine.TOTAL_EXPENDITURE, a("2940.05"))
                .containsEntry(SummaryExpenditureLine.ENDING_BALANCE, a("55.34"))
                .containsEntry(SummaryExpenditureLine.GRAND_TOTAL, a("2995.39"));
        assertThat(t01.getExpenditureRows()).hasSize(26); // every 类 is printed, blank or not
        // 03: codes in three cells, amounts printed on the line above their row, names wrapped below
        var t03 = r.getExpenditure().orElseThrow();
        assertThat(t03.getTotal().orElseThrow()).containsEntry(ExpenditureColumn.TOTAL, a("2940.05"))
                .containsEntry(ExpenditureColumn.BASIC, a("2336.91")).containsEntry(ExpenditureColumn.PROJECT, a("603.14"));
        var row = t03.findRow(FunctionCode.of("2010601")).orElseThrow();
        assertThat(row.getName()).isEqualTo("行政运行");
        assertThat(row.getAmounts()).containsEntry(ExpenditureColumn.TOTAL, a("1511.89"))
                .containsEntry(ExpenditureColumn.BASIC, a("1503.52")).containsEntry(ExpenditureColumn.PROJECT, a("8.37"));
        assertThat(t03.findRow(FunctionCode.of("2080505")).orElseThrow().getName()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(t03.getRows()).hasSize(19);
        // 02: the 合计 amounts above the 类 款 项 and 合计 labels
        var t02 = r.getIncome().orElseThrow();
        assertThat(t02.getTotal().orElseThrow()).containsEntry(IncomeColumn.TOTAL, a("2946.25"))
                .containsEntry(IncomeColumn.FISCAL_APPROPRIATION, a("2940.05"));
        assertThat(t02.getRows()).hasSize(19);
        // 04
        var t04 = r.getFiscalSummary().orElseThrow();
        assertThat(t04.getExpenditureLines().get(FiscalExpenditureLine.GRAND_TOTAL))
                .containsEntry(FiscalSummaryColumn.EXPENDITURE_TOTAL, a("2961.68"));
        // 05: 合计 at the foot of the table
        var t05 = r.getGeneralBudgetExpenditure().orElseThrow();
        assertThat(t05.getTotal().orElseThrow()).containsEntry(GeneralBudgetColumn.TOTAL, a("2940.05"))
                .containsEntry(GeneralBudgetColumn.PROJECT, a("603.14"));
        assertThat(t05.getRows()).hasSize(19);
        // 06: two blocks, the two totals' values on the line above their labels
        var t06 = r.getBasicExpenditureDetail().orElseThrow();
        assertThat(t06.getPersonnelTotal()).contains(a("2152.26"));
        assertThat(t06.getPublicUseTotal()).contains(a("184.65"));
        assertThat(t06.findRow(EconomicCode.of("30113")).orElseThrow().getAmounts())
                .containsEntry(BasicExpenditureColumn.AMOUNT, a("187.19"));
        // 09: two figures under a two-level header
        assertThat(r.getThreePublicExpenses().orElseThrow().getAmounts())
                .containsEntry(ThreePublicExpensesColumn.BUDGET_TOTAL, a("0.95"));
    }

    @Test
    void test_read_guihuaziranziyuanjuLayout_everyTableFoundWithoutSecondPartHeading() {
        FinalAccountReport r = read("guihuaziranziyuanju-2024.layout.txt").getReport();
        assertThat(r.getDepartment()).isEqualTo("上海市普陀区规划和自然资源局");
        assertPresence(r, P, P, P, P, P, P, E, E, P);
        // the mistake found by hand: 05's 合计 5364.75 + 4381.74 = 9746.49 against 9746.50
        var t05 = r.getGeneralBudgetExpenditure().orElseThrow();
        assertThat(t05.getTotal().orElseThrow()).containsEntry(GeneralBudgetColumn.TOTAL, a("9746.50"));
    }

    @Test
    void test_read_shiquanluPageText_everyTableAndTheGluedRows() {
        TextReadResult read = read("shiquanlu-2025.pages.txt");
        FinalAccountReport r = read.getReport();
        assertThat(r.getDepartment()).isEqualTo("上海市普陀区人民政府石泉路街道办事处");
        assertThat(r.getFiscalYear().getValue()).isEqualTo(2025);
        assertPresence(r, P, P, P, P, P, P, E, E, P);
        var t02 = r.getIncome().orElseThrow();
        assertThat(t02.getTotal().orElseThrow()).containsEntry(IncomeColumn.TOTAL, a("19044.27"));
        // rows glued by the extractor ("7.7320138 市场监督管理事务", "854.352120501 城乡社区环境卫生") are split
        assertThat(t02.findRow(FunctionCode.of("20138"))).isPresent();
        assertThat(t02.findRow(FunctionCode.of("2120501")).orElseThrow().getAmounts())
                .containsEntry(IncomeColumn.TOTAL, a("854.35"));
        // a name wrapped around its code line: 机关事业单位基本养老保险 / 2080505 545.85 545.85 / 缴费支出
        assertThat(t02.findRow(FunctionCode.of("2080505")).orElseThrow().getName()).isEqualTo("机关事业单位基本养老保险缴费支出");
        var t03 = r.getExpenditure().orElseThrow();
        assertThat(t03.getTotal().orElseThrow()).containsEntry(ExpenditureColumn.BASIC, a("14206.00"))
                .containsEntry(ExpenditureColumn.PROJECT, a("4838.27"));
        assertThat(t03.findRow(FunctionCode.of("2080506")).orElseThrow().getAmounts())
                .containsEntry(ExpenditureColumn.TOTAL, a("257.14"));
        // 09: ten of twelve figures printed, the blanks of 因公出国 placed by the table's arithmetic
        var t09 = r.getThreePublicExpenses().orElseThrow();
        assertThat(t09.getAmounts()).containsEntry(ThreePublicExpensesColumn.BUDGET_TOTAL, a("53.93"))
                .containsEntry(ThreePublicExpensesColumn.FINAL_TOTAL, a("37.35"))
                .containsEntry(ThreePublicExpensesColumn.BUDGET_RECEPTION, a("1.53"))
                .containsEntry(ThreePublicExpensesColumn.FINAL_RECEPTION, a("0"))
                .doesNotContainKey(ThreePublicExpensesColumn.BUDGET_OVERSEAS);
        var t06 = r.getBasicExpenditureDetail().orElseThrow();
        assertThat(t06.getPersonnelTotal()).contains(a("12010.40"));
        assertThat(t06.findRow(EconomicCode.of("30108")).orElseThrow().getName()).isEqualTo("机关事业单位基本养老保险缴费");
    }

    @Test
    void test_read_template_framesWithoutFiguresAndNoTableAbsent() {
        FinalAccountReport r = read("template-2024.layout.txt").getReport();
        for (TableId id : TableId.values()) {
            assertThat(r.getPresence(id)).as(id.getLabel()).isIn(TablePresence.PRESENT, TablePresence.DECLARED_EMPTY);
        }
        assertThat(r.cells()).allSatisfy(c -> assertThat(c.getAmount()).isEmpty());
    }

    @Test
    void test_validate_shanghai_noTableAbsentFindings() {
        for (String f : List.of("caizhengju-2024.layout.txt", "guihuaziranziyuanju-2024.layout.txt",
                "shiquanlu-2025.pages.txt")) {
            var result = ReportValidator.builder().build().validate(read(f).getReport());
            assertThat(result.getFindingsAbove(Severity.INFO)).as(f)
                    .noneMatch(x -> x.getRuleId().equals("COMPLETENESS.TABLE_ABSENT"));
        }
    }
}
