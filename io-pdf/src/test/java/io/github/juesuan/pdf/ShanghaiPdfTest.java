package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.text.TextReportReader;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The published PDFs of the 上海市普陀区 reports: every table is found, the figures are those of the
 * same report's {@code pdftotext -layout} text read by io-text wherever that reading is right, and
 * where the two differ the PDF's reading is the one the tables' own arithmetic confirms.
 */
class ShanghaiPdfTest {

    private static final String DIR = "src/test/resources/real-reports/shanghai/";
    private static final PdfReportReader READER = new PdfReportReader();
    private static final TablePresence P = TablePresence.PRESENT;
    private static final TablePresence E = TablePresence.DECLARED_EMPTY;

    /**
     * caizhengju: the figures the text reading places elsewhere, each confirmed for the PDF by the
     * table's arithmetic: 02's 其他收入 6.20 (01 prints 其他收入 6.20; the text reads it as 事业/经营收入);
     * 03's 2010607/2010608 are 项目支出 (项目 合计 603.14 = 8.37 + 10.00 + 135.25 + 449.52); 05's 208 …
     * 22102 are 基本支出 (基本 合计 2336.91 = 1503.52 + 326.72 + 60.99 + 445.69); 06's rows in their
     * own codes (30113 住房公积金 187.19 = 03's 2210201; 310 13.58 = 公用经费 184.65 − 302 171.07).
     */
    private static final Set<String> CAIZHENGJU_PDF_ONLY = Set.of("T02 201 OTHER 6.20", "T02 20106 OTHER 6.20",
            "T02 2010601 OTHER 0.01", "T02 2010602 OTHER 6.19", "T02 合计 OTHER 6.20", "T03 2010607 PROJECT 135.25",
            "T03 2010608 PROJECT 449.52", "T05 208 BASIC 326.72", "T05 20805 BASIC 326.72", "T05 2080501 BASIC 84.65",
            "T05 2080505 BASIC 160.75", "T05 2080506 BASIC 80.38", "T05 2080599 BASIC 0.94", "T05 210 BASIC 60.99",
            "T05 21011 BASIC 60.99", "T05 2101101 BASIC 60.99", "T05 221 BASIC 445.69", "T05 22102 BASIC 445.69",
            "T06 30299 AMOUNT 11.53", "T06 310 AMOUNT 13.58", "T06 31002 AMOUNT 13.58");
    private static final Set<String> CAIZHENGJU_TEXT_ONLY = Set.of("T02 201 OPERATING 6.20",
            "T02 20106 OPERATING 6.20", "T02 2010601 OPERATING 0.01", "T02 2010602 OPERATING 6.19",
            "T02 合计 BUSINESS 6.20", "T03 2010607 BASIC 135.25", "T03 2010608 BASIC 449.52", "T05 208 PROJECT 326.72",
            "T05 20805 PROJECT 326.72", "T05 2080501 PROJECT 84.65", "T05 2080505 PROJECT 160.75",
            "T05 2080506 PROJECT 80.38", "T05 2080599 PROJECT 0.94", "T05 210 PROJECT 60.99", "T05 21011 PROJECT 60.99",
            "T05 2101101 PROJECT 60.99", "T05 221 PROJECT 445.69", "T05 22102 PROJECT 445.69",
            "T06 31013 AMOUNT 13.58");

    /**
     * guihuaziranziyuanju: the text reading of 06's right block is one row off from 30207 邮电费 on
     * (8.05 read as 30208 取暖费 …, 公用经费合计 480.66 left over); the PDF places each figure on its
     * own code's row.
     */
    private static final Set<String> GUIHUA_PDF_ONLY = Set.of("T06 30207 AMOUNT 8.05", "T06 30208 AMOUNT 0.00",
            "T06 30209 AMOUNT 82.20", "T06 30211 AMOUNT 1.50", "T06 30212 AMOUNT 0.00", "T06 30213 AMOUNT 29.65",
            "T06 30214 AMOUNT 0.00", "T06 30216 AMOUNT 1.21", "T06 30217 AMOUNT 0.39", "T06 30218 AMOUNT 0.00",
            "T06 30226 AMOUNT 2.40", "T06 30227 AMOUNT 19.16", "T06 30228 AMOUNT 56.29", "T06 30229 AMOUNT 73.19",
            "T06 30231 AMOUNT 0.00", "T06 30239 AMOUNT 33.50", "T06 30240 AMOUNT 0.00", "T06 30299 AMOUNT 28.86",
            "T06 310 AMOUNT 39.76", "T06 31001 AMOUNT 0.00", "T06 31002 AMOUNT 39.76", "T06 31003 AMOUNT 0.00",
            "T06 31007 AMOUNT 0.00", "T06 31013 AMOUNT 0.00", "T06 31019 AMOUNT 0.00", "T06 31021 AMOUNT 0.00",
            "T06 31022 AMOUNT 0.00", "T06 31099 AMOUNT 0.00", "T06 公用经费合计 AMOUNT 480.66");

    private static PdfReadResult read(String file) {
        return READER.read(Path.of(DIR + file));
    }

    private static Amount a(String s) {
        return Amount.parse(s);
    }

    private static Set<String> figures(FinalAccountReport r) {
        Set<String> out = new TreeSet<>();
        for (Cell c : r.cells()) {
            c.getAmount().ifPresent(x -> out.add(c.getTable() + " " + c.getRow() + " " + c.getColumn() + " " + x));
        }
        return out;
    }

    private static void assertPresence(FinalAccountReport r, TablePresence... expected) {
        for (TableId id : TableId.values()) {
            assertThat(r.getPresence(id)).as(id.getLabel()).isEqualTo(expected[id.ordinal()]);
        }
    }

    /** The PDF's figures against the text's: the same except where the text reading is known to be wrong. */
    private static void assertAgreesWithText(String name, Set<String> pdfOnly, Set<String> textOnly, int common) {
        Set<String> pdf = figures(read(name + ".pdf").getReport());
        Set<String> text = figures(new TextReportReader().read(Path.of(DIR + name + ".layout.txt")).getReport());
        Set<String> both = new TreeSet<>(pdf);
        both.retainAll(text);
        Set<String> onlyPdf = new TreeSet<>(pdf);
        onlyPdf.removeAll(text);
        Set<String> onlyText = new TreeSet<>(text);
        onlyText.removeAll(pdf);
        assertThat(onlyPdf).as("figures the PDF reads and the text does not").isSubsetOf(pdfOnly);
        assertThat(onlyText).as("figures the text reads and the PDF does not").isSubsetOf(textOnly);
        assertThat(both).as("figures both read").hasSizeGreaterThanOrEqualTo(common);
    }

    /** The tables' own sums hold in the PDF's reading: no roll-up error, only roundings. */
    private static void assertArithmeticHolds(FinalAccountReport r) {
        var findings = ReportValidator.builder().build().validate(r).getFindingsAbove(Severity.INFO);
        assertThat(findings).noneMatch(f -> f.getSeverity() == Severity.ERROR
                && (f.getRuleId().startsWith("INTRA.ROLLUP") || f.getRuleId().startsWith("INTRA.T06")
                        || f.getRuleId().startsWith("INTRA.T04")));
        assertThat(findings).noneMatch(f -> f.getRuleId().equals("COMPLETENESS.TABLE_ABSENT"));
    }

    @Test
    void test_read_caizhengjuPdf_everyTableAndTheHandCheckedFigures() {
        PdfReadResult read = read("caizhengju-2024.pdf");
        FinalAccountReport r = read.getReport();
        assertThat(r.getDepartment()).isEqualTo("上海市普陀区财政局");
        assertThat(r.getFiscalYear().getValue()).isEqualTo(2024);
        assertPresence(r, P, P, P, P, P, P, E, E, P);
        assertThat(r.getSummary().orElseThrow().getIncome()).containsEntry(SummaryIncomeLine.OTHER, a("6.20"))
                .containsEntry(SummaryIncomeLine.GRAND_TOTAL, a("2995.39"));
        assertThat(r.getIncome().orElseThrow().getTotal().orElseThrow()).containsEntry(IncomeColumn.TOTAL, a("2946.25"))
                .containsEntry(IncomeColumn.OTHER, a("6.20"));
        var t03 = r.getExpenditure().orElseThrow();
        // the 合计 row: "类 款 项" and the 基本/项目 amounts stand 0.58 em above 合计 and its 2,940.05
        assertThat(t03.getTotal().orElseThrow()).containsEntry(ExpenditureColumn.TOTAL, a("2940.05"))
                .containsEntry(ExpenditureColumn.BASIC, a("2336.91")).containsEntry(ExpenditureColumn.PROJECT, a("603.14"));
        assertThat(t03.findRow(FunctionCode.of("2010607")).orElseThrow().getAmounts())
                .containsEntry(ExpenditureColumn.PROJECT, a("135.25")).doesNotContainKey(ExpenditureColumn.BASIC);
        assertThat(t03.findRow(FunctionCode.of("2080505")).orElseThrow().getName()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(t03.getRows()).hasSize(19);
        assertThat(r.getGeneralBudgetExpenditure().orElseThrow().getTotal().orElseThrow())
                .containsEntry(GeneralBudgetColumn.BASIC, a("2336.91"));
        var t06 = r.getBasicExpenditureDetail().orElseThrow();
        assertThat(t06.getPersonnelTotal()).contains(a("2152.26"));
        assertThat(t06.getPublicUseTotal()).contains(a("184.65"));
        assertThat(t06.findRow(EconomicCode.of("30113")).orElseThrow().getAmounts())
                .containsEntry(BasicExpenditureColumn.AMOUNT, a("187.19"));
        assertThat(t06.findRow(EconomicCode.of("31002")).orElseThrow().getAmounts())
                .containsEntry(BasicExpenditureColumn.AMOUNT, a("13.58"));
        assertThat(r.getThreePublicExpenses().orElseThrow().getAmounts())
                .containsEntry(ThreePublicExpensesColumn.BUDGET_TOTAL, a("0.95"));
        assertThat(figures(r)).hasSize(195);
        assertArithmeticHolds(r);
    }

    @Test
    void test_read_caizhengjuPdf_agreesWithItsLayoutText() {
        assertAgreesWithText("caizhengju-2024", CAIZHENGJU_PDF_ONLY, CAIZHENGJU_TEXT_ONLY, 174);
    }

    @Test
    void test_read_guihuaziranziyuanjuPdf_everyTableAndTheHandCheckedFigures() {
        FinalAccountReport r = read("guihuaziranziyuanju-2024.pdf").getReport();
        assertThat(r.getDepartment()).isEqualTo("上海市普陀区规划和自然资源局");
        assertPresence(r, P, P, P, P, P, P, E, E, P);
        assertThat(r.getGeneralBudgetExpenditure().orElseThrow().getTotal().orElseThrow())
                .containsEntry(GeneralBudgetColumn.TOTAL, a("9746.50"));
        var t06 = r.getBasicExpenditureDetail().orElseThrow();
        assertThat(t06.findRow(EconomicCode.of("30207")).orElseThrow().getAmounts())
                .containsEntry(BasicExpenditureColumn.AMOUNT, a("8.05"));
        assertThat(t06.getPublicUseTotal()).contains(a("480.66"));
        assertThat(figures(r)).hasSize(308);
        assertArithmeticHolds(r);
    }

    @Test
    void test_read_guihuaziranziyuanjuPdf_agreesWithItsLayoutText() {
        assertAgreesWithText("guihuaziranziyuanju-2024", GUIHUA_PDF_ONLY, Set.of("T06 30208 AMOUNT 8.05",
                "T06 30209 AMOUNT 0.00", "T06 30211 AMOUNT 82.20", "T06 30212 AMOUNT 1.50", "T06 30213 AMOUNT 0.00",
                "T06 30214 AMOUNT 29.65", "T06 30216 AMOUNT 0.00", "T06 30217 AMOUNT 1.21", "T06 30218 AMOUNT 0.39",
                "T06 30226 AMOUNT 0.00", "T06 30227 AMOUNT 2.40", "T06 30228 AMOUNT 19.16", "T06 30229 AMOUNT 56.29",
                "T06 30231 AMOUNT 73.19", "T06 30239 AMOUNT 0.00", "T06 30240 AMOUNT 33.50", "T06 30299 AMOUNT 0.00",
                "T06 31001 AMOUNT 28.86", "T06 31002 AMOUNT 0.00", "T06 31003 AMOUNT 39.76",
                "T06 公用经费合计 AMOUNT 0.00"), 279);
    }

    @Test
    void test_read_caizhengjuPdf_figuresLocatedByPageAndBox() {
        PdfReadResult read = read("caizhengju-2024.pdf");
        SourceLocation at = read.locate(TableId.T03, RowKey.of(FunctionCode.of("2010601")), ExpenditureColumn.TOTAL)
                .orElseThrow();
        assertThat(at.getFile()).contains("caizhengju-2024.pdf");
        assertThat(at.getPage()).contains(10);
        SourceLocation.Box box = at.getBox().orElseThrow();
        // 1,511.89 is printed at x 389–432 pt, its baseline 316 pt from the top of page 10
        assertThat(box.left()).isBetween(385, 392);
        assertThat(box.right()).isBetween(428, 436);
        assertThat(box.top()).isBetween(300, 316);
        assertThat(box.bottom()).isBetween(316, 322);
        assertThat(read.getProblems()).allSatisfy(p -> assertThat(p.getLocation().getPage()).isPresent());
    }

    @Test
    void test_read_templatePdf_framesWithoutFigures() {
        FinalAccountReport r = read("template-2024.pdf").getReport();
        for (TableId id : TableId.values()) {
            assertThat(r.getPresence(id)).as(id.getLabel()).isIn(TablePresence.PRESENT, TablePresence.DECLARED_EMPTY);
        }
        assertThat(r.cells()).isNotEmpty().allSatisfy(c -> assertThat(c.getAmount()).isEmpty());
    }

    @Test
    void test_read_wanliBudgetPdf_rejectedAsNotAFinalAccount() {
        assertThatThrownBy(() -> read("wanli-budget-2024.pdf")).isInstanceOfSatisfying(PdfReadException.class, e -> {
            assertThat(e.getReason()).isEqualTo(PdfReadException.Reason.NOT_A_REPORT);
            assertThat(e.getMessage()).contains("wanli-budget-2024.pdf").contains("not a department final-account report");
        });
    }
}
