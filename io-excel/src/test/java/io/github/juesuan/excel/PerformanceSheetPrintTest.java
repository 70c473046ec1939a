package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.text.TextReportReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The 绩效自评表 sheet prints like the published table: landscape, fit to the page's width, column
 * widths, borders around every block, the 资金情况 and 年度总体目标 labels merged down over their rows;
 * and no markup of the extraction reaches the workbook.
 */
class PerformanceSheetPrintTest {

    private static byte[] written(FinalAccountReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, out);
        return out.toByteArray();
    }

    /** Every part of the package by name. */
    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), unescape(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return parts;
    }

    /** fastexcel writes every character beyond ASCII as a numeric reference ({@code &#x7ee9;}). */
    private static String unescape(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    /** The XML of a sheet found by its name through workbook.xml and its relationships. */
    private static String sheetXml(Map<String, String> parts, String name) {
        Matcher s = Pattern.compile("<sheet name=\"" + Pattern.quote(name) + "\"[^>]*r:id=\"(rId\\d+)\"")
                .matcher(parts.get("xl/workbook.xml"));
        assertThat(s.find()).as("sheet %s in %s", name, parts.get("xl/workbook.xml")).isTrue();
        Matcher r = Pattern.compile("Id=\"" + s.group(1) + "\" Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\""
                + s.group(1) + "\"").matcher(parts.get("xl/_rels/workbook.xml.rels"));
        assertThat(r.find()).isTrue();
        String target = r.group(1) != null ? r.group(1) : r.group(2);
        return parts.get("xl/" + target.replaceFirst("^/?xl/", ""));
    }

    @Test
    void test_write_performanceSheet_landscapeFitToWidthWithColumnWidths() throws IOException {
        String xml = sheetXml(parts(written(SampleReports.jilinGeneralOffice2024())), "绩效自评表");
        assertThat(xml).containsPattern("<pageSetUpPr fitToPage=\"(1|true)\"");
        assertThat(xml).containsPattern("<pageSetup[^>]*orientation=\"landscape\"");
        assertThat(xml).containsPattern("<pageSetup[^>]*fitToWidth=\"1\"");
        assertThat(xml).containsPattern("<pageSetup[^>]*fitToHeight=\"0\"");
        assertThat(xml).containsPattern("<pageSetup[^>]*paperSize=\"9\"");   // A4
        // 三级指标 22 wide, 偏差原因分析及改进措施 30 wide
        assertThat(xml).containsPattern("<col min=\"3\" max=\"3\" width=\"22\\.?\\d*\"");
        assertThat(xml).containsPattern("<col min=\"8\" max=\"8\" width=\"30\\.?\\d*\"");
    }

    @Test
    void test_write_performanceSheet_bordersAndMergedLabels() throws IOException {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        byte[] xlsx = written(report);
        String xml = sheetXml(parts(xlsx), "绩效自评表");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("绩效自评表");
            int blocks = 0;
            for (Row row : s) {
                Cell first = row.getCell(0);
                String label = first == null ? "" : first.getStringCellValue();
                if (label.equals("资金情况（万元）")) {
                    blocks++;
                    // merged down over the funding rows: from the header row to the last funding row
                    int top = row.getRowNum() + 1;
                    int funding = report.getPerformanceEvaluations().get(blocks - 1).getFunding().size();
                    assertThat(xml).contains("<mergeCell ref=\"A" + top + ":A" + (top + funding) + "\"/>");
                }
                if (label.equals("年度总体目标")) {
                    int top = row.getRowNum() + 1;
                    assertThat(xml).contains("<mergeCell ref=\"A" + top + ":A" + (top + 1) + "\"/>");
                }
                if (label.equals("项目名称") || label.equals("总分") || label.equals("一级指标")) {
                    for (int c = 0; c < 8; c++) {
                        Cell cell = row.getCell(c);
                        assertThat(cell).as("%s row %d column %d", label, row.getRowNum() + 1, c).isNotNull();
                        assertThat(cell.getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
                        assertThat(cell.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
                        assertThat(cell.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
                    }
                }
            }
            assertThat(blocks).isEqualTo(report.getPerformanceEvaluations().size()).isEqualTo(16);
            // the title line above a block is not framed
            assertThat(s.getRow(0).getCell(0).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.NONE);
        }
        // the merged labels and borders do not change what is read back
        assertThat(ExcelReportReader.create().read(new ByteArrayInputStream(xlsx), "001.xlsx").getReport())
                .isEqualTo(report);
    }

    @Test
    void test_write_realTextsWithExtractionMarkup_noMarkupInTheWorkbook() throws IOException {
        for (String name : new String[] {"001_204597f849ed16ca.txt", "002_2626e36b3619c519.txt"}) {
            FinalAccountReport report = new TextReportReader()
                    .read(Path.of("src/test/resources/real-reports", name)).getReport();
            Map<String, String> parts = parts(written(report));
            String all = String.join("\n", parts.values());
            assertThat(all).as(name).doesNotContain("&lt;p&gt;", "&lt;/p&gt;", "$\\geq", "\\%$");
            assertThat(all).as(name).contains("≥90%");
        }
    }
}
