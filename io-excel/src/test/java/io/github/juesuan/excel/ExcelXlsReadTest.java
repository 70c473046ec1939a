package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.testing.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old-format workbooks (.xls, Excel 97-2003, BIFF8) written with Apache POI's HSSF are read like
 * .xlsx: the whole of report 001, copied cell by cell into an .xls, reads back as the same report.
 */
class ExcelXlsReadTest {

    @TempDir
    Path dir;

    @Test
    void test_read_xlsCopyOfReport001() throws IOException {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        Path xls = dir.resolve("001.xls");
        Files.write(xls, asXls(report));
        assertThat(Files.readAllBytes(xls)).startsWith(0xD0, 0xCF, 0x11, 0xE0);

        ExcelReadResult r = ExcelReportReader.create().read(xls);
        assertThat(r.getProblems()).isEmpty();
        assertThat(r.getReport()).isEqualTo(report);
    }

    @Test
    void test_read_xlsThroughTheSpi() throws IOException {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        Path xls = dir.resolve("001.xls");
        Files.write(xls, asXls(report));
        ReadResult r = Formats.discover().forPath(xls).orElseThrow().reader().orElseThrow().read(xls);
        assertThat(r.getReport()).contains(report);
    }

    @Test
    void test_read_xlsCellThatIsNotANumber_problemAtItsCell() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("三公");
            String[][] rows = {
                {"2024年财政拨款“三公”经费支出决算表"}, {"部门：某局"},
                {"预算数", null, null, null, null, null, "决算数"},
                {"合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费", "合计", "因公出国（境）费",
                    "公务用车购置及运行维护费", null, null, "公务接待费"},
                {null, null, "小计", "公务用车购置费", "公务用车运行维护费", null, null, null, "小计", "公务用车购置费",
                    "公务用车运行维护费"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] != null) {
                        row.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 0, 5));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 6, 11));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 2, 4));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 8, 10));
            Row data = s.createRow(5);
            double[] v = {6, 1, 2, 0, 2, 3, 0, 1, 2, 0, 2, 3};
            for (int c = 0; c < v.length; c++) {
                data.createCell(c).setCellValue(v[c]);
            }
            data.getCell(6).setCellValue("六");
            Path xls = dir.resolve("三公.xls");
            try (var out = Files.newOutputStream(xls)) {
                wb.write(out);
            }
            ExcelReadResult r = ExcelReportReader.create().read(xls);
            var t09 = r.getReport().getThreePublicExpenses().orElseThrow();
            assertThat(t09.getAmounts()).hasSize(11);
            assertThat(r.getProblems()).singleElement().satisfies(p -> {
                assertThat(p.isError()).isTrue();
                assertThat(p.getLocation().getFile()).contains("三公.xls");
                assertThat(p.getLocation().getSheet()).contains("三公");
                assertThat(p.getLocation().getCell()).contains("G6");
            });
        }
    }

    /** Our .xlsx of the report, copied cell by cell (text, numbers, merged ranges) into an .xls. */
    private static byte[] asXls(FinalAccountReport report) throws IOException {
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, x);
        try (XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(x.toByteArray()));
                HSSFWorkbook out = new HSSFWorkbook()) {
            for (Sheet from : in) {
                Sheet to = out.createSheet(from.getSheetName());
                for (Row r : from) {
                    Row tr = to.createRow(r.getRowNum());
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            tr.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
                        } else if (c.getCellType() == CellType.STRING) {
                            tr.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
                        }
                    }
                }
                for (var m : from.getMergedRegions()) {
                    to.addMergedRegion(m);
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            out.write(b);
            return b.toByteArray();
        }
    }
}
