package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.testing.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExcelReportFormatTest {

    private static final ReportFormat FORMAT = Formats.discover().require("excel");

    @Test
    void test_discover_byNameAndExtensions() {
        Formats formats = Formats.discover();
        assertThat(FORMAT).isInstanceOf(ExcelReportFormat.class);
        assertThat(FORMAT.isBuiltIn()).isTrue();
        assertThat(FORMAT.getFileExtensions()).containsExactly("xlsx", "xls");
        assertThat(formats.forPath(Path.of("决算.XLSX")).orElseThrow()).isInstanceOf(ExcelReportFormat.class);
        assertThat(formats.forPath(Path.of("old.xls")).orElseThrow()).isInstanceOf(ExcelReportFormat.class);
    }

    @Test
    void test_writeThenRead_throughTheSpi() {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writer().orElseThrow().write(report, out);
        ReadResult r = FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(out.toByteArray()), "001.xlsx");
        assertThat(r.getProblems()).isEmpty();
        assertThat(r.getReport()).contains(report);
    }

    @Test
    void test_read_notAWorkbook_failedResultNamingTheFile() {
        ReadResult r = FORMAT.reader().orElseThrow().read(
                new ByteArrayInputStream("部门,年度\n".getBytes(StandardCharsets.UTF_8)), "data.xlsx");
        assertThat(r.getReport()).isEmpty();
        assertThat(r.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.getLocation().getFile()).contains("data.xlsx");
            assertThat(p.getMessage()).contains("data.xlsx").contains("not a workbook");
        });
    }

    @Test
    void test_read_truncatedWorkbook_failedResult() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(SampleReports.jilinGeneralOffice2024(), out);
        byte[] half = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        ReadResult r = FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(half), "cut.xlsx");
        assertThat(r.getReport()).isEmpty();
        assertThat(r.getProblems()).extracting(Problem::isError).containsExactly(true);
        assertThat(r.getProblems().get(0).getLocation().getFile()).contains("cut.xlsx");
    }

    @Test
    void test_read_badCell_problemLocatedBySheetAndCell() throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var s = wb.createSheet("三公");
        WorkbookFixtures.threePublicHeader(s);
        String[] figures = {"6", "1", "2", "0", "2", "3", "六", "1", "2", "0", "2", "3"};
        var data = s.createRow(5);
        for (int c = 0; c < figures.length; c++) {
            data.createCell(c).setCellValue(figures[c]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        ReadResult r = FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(out.toByteArray()), "三公.xlsx");
        assertThat(r.getReport()).isPresent();
        assertThat(r.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.getLocation().getFile()).contains("三公.xlsx");
            assertThat(p.getLocation().getSheet()).contains("三公");
            assertThat(p.getLocation().getCell()).contains("G6");
            assertThat(p.getMessage()).contains("'六'");
        });
    }
}
