package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated copy of 001, opened with Apache POI: every cell a finding names is filled in the
 * colour of the worst severity there and carries a comment with the rule id and the expected
 * value; 审核结果 lists every finding with a link to its cell.
 */
class ExcelAnnotatedCopyTest {

    private static final Map<Severity, String> FILL = Map.of(Severity.ERROR, "FFC7CE", Severity.WARNING, "FFEB9C",
            Severity.ROUNDING, "DDEBF7", Severity.INFO, "E2EFDA");

    private static FinalAccountReport report;
    private static List<Finding> findings;
    private static byte[] copy;

    @BeforeAll
    static void write() {
        report = SampleReports.jilinGeneralOffice2024();
        ValidationResult result = ReportValidator.standard().validate(report);
        findings = result.getFindings();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().writeAnnotated(report, result, out);
        copy = out.toByteArray();
    }

    @Test
    void test_writeAnnotated_everyNamedCellFilledAndCommented() throws IOException {
        assertThat(findings).isNotEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            XSSFSheet list = wb.getSheet("审核结果");
            assertThat(list).isNotNull();
            assertThat(list.getLastRowNum()).isEqualTo(findings.size());
            Map<String, List<Finding>> byCell = new HashMap<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                var row = list.getRow(i + 1);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(f.getRuleId());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(f.getSeverity().getChineseName());
                if (f.getLocation().getTable().isEmpty() && f.getLocation().getProject().filter(x -> !x.isEmpty())
                        .isEmpty()) {
                    // a rule not assessed on the report as a whole (PERF.FUNDS_SCORE_FROM_EXECUTION_RATE: 001 states
                    // no formula) points at no cell and no table
                    assertThat(f.getOutcome()).as("%s", f).isEqualTo(io.github.juesuan.validation.Outcome.NOT_ASSESSED);
                    assertThat(row.getCell(10)).as("link of %s", f).isNull();
                    continue;
                }
                XSSFHyperlink link = (XSSFHyperlink) row.getCell(10).getHyperlink();
                assertThat(link).as("link of %s", f).isNotNull();
                byCell.computeIfAbsent(link.getLocation(), k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<String, List<Finding>> e : byCell.entrySet()) {
                XSSFCell cell = cellAt(wb, e.getKey());
                Severity worst = e.getValue().stream().map(Finding::getSeverity).max(Enum::compareTo).orElseThrow();
                assertThat(cell.getCellStyle().getFillForegroundColorColor().getARGBHex())
                        .as("fill of %s", e.getKey()).isEqualTo("FF" + FILL.get(worst));
                assertThat(cell.getCellComment()).as("comment of %s", e.getKey()).isNotNull();
                String comment = cell.getCellComment().getString().getString();
                for (Finding f : e.getValue()) {
                    assertThat(comment).contains(f.getRuleId());
                    f.getExpected().ifPresent(x -> assertThat(comment).contains("应为 " + x.toPlainString()));
                }
            }
        }
    }

    @Test
    void test_writeAnnotated_linksPointAtTheCellTheReaderReadsTheFigureFrom() throws IOException {
        ExcelReadResult read = ExcelReportReader.create().read(new ByteArrayInputStream(copy), "annotated.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            XSSFSheet list = wb.getSheet("审核结果");
            int checked = 0;
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.getTable().isEmpty() || f.getRow().isEmpty() || f.getColumn().isEmpty()) {
                    continue;
                }
                var at = read.locationOf(f.getTable().get(), f.getRow().get(), f.getColumn().get());
                if (at.isPresent()) {
                    String link = list.getRow(i + 1).getCell(10).getHyperlink().getAddress();
                    assertThat(link).as("link of %s", f)
                            .isEqualTo("'" + at.get().getSheet().orElseThrow() + "'!" + at.get().getCell().orElseThrow());
                    checked++;
                }
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void test_writeAnnotated_cellWithTwoFindings_filledForTheWorseCommentedWithBoth() throws IOException {
        // 01's expenditure 总计: rounding of the table (7867.53 vs 7867.54) and the prose's 支出总计 7841.66
        ExcelReadResult read = ExcelReportReader.create().read(new ByteArrayInputStream(copy), "annotated.xlsx");
        List<Finding> at = findings.stream().filter(f -> f.getLocation().equals(io.github.juesuan.validation.Location
                .of(TableId.T01, io.github.juesuan.report.SummaryExpenditureLine.GRAND_TOTAL.getRowKey(),
                        io.github.juesuan.report.SummaryColumn.EXPENDITURE))).collect(java.util.stream.Collectors.toList());
        assertThat(at).extracting(Finding::getSeverity).containsExactlyInAnyOrder(Severity.ROUNDING, Severity.WARNING);
        SourceLocation where = read.locationOf(TableId.T01, at.get(0).getRow().get(), at.get(0).getColumn().get())
                .orElseThrow();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            XSSFCell cell = wb.getSheet(where.getSheet().orElseThrow())
                    .getRow(new CellReference(where.getCell().orElseThrow()).getRow())
                    .getCell(new CellReference(where.getCell().orElseThrow()).getCol());
            assertThat(cell.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFEB9C");
            assertThat(cell.getCellComment().getString().getString())
                    .contains("[尾差] INTRA.T01.EXPENDITURE_GRAND_TOTAL").contains("[警告] NARR.T01.TOTALS");
        }
    }

    @Test
    void test_writeAnnotated_roundingAt06Line302() throws IOException {
        Finding at302 = findings.stream().filter(f -> f.getTable().equals(java.util.Optional.of(TableId.T06))
                && f.getRow().equals(java.util.Optional.of(RowKey.of(EconomicCode.of("302"))))).findFirst().orElseThrow();
        ExcelReadResult read = ExcelReportReader.create().read(new ByteArrayInputStream(copy), "annotated.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            for (Finding f : List.of(at302)) {
                assertThat(f.getSeverity()).isEqualTo(Severity.ROUNDING);
                SourceLocation where = read.locationOf(f.getTable().get(), f.getRow().get(), f.getColumn().get())
                        .orElseThrow();
                XSSFCell cell = wb.getSheet(where.getSheet().orElseThrow())
                        .getRow(new CellReference(where.getCell().orElseThrow()).getRow())
                        .getCell(new CellReference(where.getCell().orElseThrow()).getCol());
                assertThat(cell.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFDDEBF7");
                assertThat(cell.getCellComment().getString().getString()).startsWith("[尾差] " + f.getRuleId())
                        .contains("应为 " + f.getExpected().orElseThrow().toPlainString());
                // the figure itself is still there, with its number format
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            }
            assertThat(at302.getColumn()).contains(BasicExpenditureColumn.AMOUNT);
        }
    }

    @Test
    void test_writeAnnotated_readsBackAsTheSameReport() {
        ExcelReadResult read = ExcelReportReader.create().read(new ByteArrayInputStream(copy), "annotated.xlsx");
        assertThat(read.getProblems()).isEmpty();
        assertThat(read.getReport()).isEqualTo(report);
    }

    @Test
    void test_writeAnnotated_english_toAFile_listAndCommentsInEnglish_readsBack(@TempDir Path dir) throws IOException {
        ValidationResult result = ReportValidator.builder().locale(Locale.ENGLISH).build().validate(report);
        Path file = dir.resolve("001-annotated.xlsx");
        ExcelReportWriter.create().withLocale(Locale.ENGLISH).writeAnnotated(report, result, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("审核结果")).isNull();
            XSSFSheet list = wb.getSheet("Findings");
            assertThat(list).isNotNull();
            assertThat(list.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Severity");
            assertThat(list.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Expected");
            assertThat(list.getLastRowNum()).isEqualTo(result.getFindings().size());
            for (int i = 0; i < result.getFindings().size(); i++) {
                Finding f = result.getFindings().get(i);
                var row = list.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(f.getSeverity().getEnglishName());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(f.getLocation().tableLabel(false));
                if (row.getCell(10) == null) {
                    // a rule not assessed on the report as a whole points at no cell (see the Chinese copy's test)
                    assertThat(f.getOutcome()).as("%s", f).isEqualTo(io.github.juesuan.validation.Outcome.NOT_ASSESSED);
                    continue;
                }
                XSSFHyperlink link = (XSSFHyperlink) row.getCell(10).getHyperlink();
                if (link != null) {
                    String comment = cellAt(wb, link.getLocation()).getCellComment().getString().getString();
                    assertThat(comment).contains("[" + f.getSeverity().getEnglishName() + "] " + f.getRuleId())
                            .doesNotContain("应为", "实为", "差额");
                }
            }
        }
        // the English list is skipped by the reader as the Chinese one is
        ExcelReadResult read = ExcelReportReader.create().read(file);
        assertThat(read.getProblems()).isEmpty();
        assertThat(read.getReport()).isEqualTo(report);
    }

    @Test
    void test_withLocale_english_tableSheetsNamedInEnglish_readBackFigureForFigure(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("001-en.xlsx");
        ExcelReportWriter.create().withLocale(Locale.ENGLISH).writeAnnotated(report,
                ReportValidator.builder().locale(Locale.ENGLISH).build().validate(report), file);
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.forEach(s -> names.add(s.getSheetName()));
        }
        List<String> tables = report.tables().stream().map(t -> "Table " + t.getTableId().name().substring(1)).toList();
        assertThat(tables).hasSize(9);
        assertThat(names).containsSubsequence(tables).contains("Performance self-evaluation", "元数据", "Findings")
                .noneMatch(n -> n.startsWith("公开") || n.equals("绩效自评表"));
        ExcelReadResult read = ExcelReportReader.create().read(file);
        assertThat(read.getProblems()).isEmpty();
        assertThat(read.getReport()).isEqualTo(report);
        // every figure is read from the sheet of its table, under its English name
        int figures = 0;
        for (var t : report.tables()) {
            for (var c : t.cells()) {
                if (c.getAmount().isPresent()) {
                    figures++;
                    assertThat(read.locationOf(c).flatMap(SourceLocation::getSheet)).as("%s", c)
                            .contains("Table " + t.getTableId().name().substring(1));
                }
            }
        }
        assertThat(figures).isGreaterThan(100);
    }

    @Test
    void test_writeAnnotated_chinese_tableSheetsKeepTheirPrintedLabels() throws IOException {
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            wb.forEach(s -> names.add(s.getSheetName()));
        }
        assertThat(names).containsSubsequence(report.tables().stream().map(t -> t.getTableId().getLabel()).toList())
                .contains("绩效自评表", "元数据", "审核结果").noneMatch(n -> n.startsWith("Table"));
    }

    @Test
    void test_withLocale_chineseLocales_keepChinese() {
        assertThat(ExcelReportWriter.create().withLocale(Locale.SIMPLIFIED_CHINESE)).isSameAs(ExcelReportWriter.create());
        assertThat(ExcelReportWriter.create().withLocale(Locale.forLanguageTag("zh-Hant-TW"))).isSameAs(ExcelReportWriter.create());
    }

    private static XSSFCell cellAt(XSSFWorkbook wb, String location) {
        CellReference ref = new CellReference(location);
        XSSFSheet s = wb.getSheet(ref.getSheetName());
        assertThat(s).as("sheet of %s", location).isNotNull();
        var row = s.getRow(ref.getRow());
        assertThat((Object) row).as("row of %s", location).isNotNull();
        XSSFCell c = row.getCell(ref.getCol());
        assertThat(c).as("cell at %s", location).isNotNull();
        return c;
    }
}
