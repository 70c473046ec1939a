package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.testing.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Files.write(xls, WorkbookFixtures.asXls(report));
        assertThat(Files.readAllBytes(xls)).startsWith(0xD0, 0xCF, 0x11, 0xE0);

        ExcelReadResult r = ExcelReportReader.create().read(xls);
        assertThat(r.getProblems()).isEmpty();
        assertThat(r.getReport()).isEqualTo(report);
    }

    @Test
    void test_read_xlsThroughTheSpi() throws IOException {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        Path xls = dir.resolve("001.xls");
        Files.write(xls, WorkbookFixtures.asXls(report));
        ReadResult r = Formats.discover().forPath(xls).orElseThrow().reader().orElseThrow().read(xls);
        assertThat(r.getReport()).contains(report);
    }

    @Test
    void test_read_xlsCellThatIsNotANumber_problemAtItsCell() throws IOException {
        Path xls = WorkbookFixtures.xlsThreePublicWithText(dir);
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
