package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.text.TextReadResult;
import io.github.juesuan.text.TextReportReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The real published reports survive a write and a read exactly: 001 (2024, typed by hand in
 * {@link SampleReports}) and 002 (2023, read from the text of its PDF, 2023 layouts of 07 and 08,
 * thousands separators, performance tables without 权重/得分).
 */
class ExcelRealReportsTest {

    @Test
    void test_roundTrip_report001() {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        ExcelReadResult r = roundTrip(report);
        assertThat(r.getProblems()).isEmpty();
        assertThat(r.getReport()).isEqualTo(report);
        assertThat(r.getReport().cells()).containsExactlyElementsOf(report.cells());
        assertThat(r.getReport().getPerformanceEvaluations()).hasSize(16);
    }

    @Test
    void test_roundTrip_report002FromItsText() throws IOException {
        FinalAccountReport report = report002();
        assertThat(report.getFiscalYear()).isEqualTo(FiscalYear.of(2023));
        assertThat(report.getPresence(TableId.T03)).isEqualTo(TablePresence.PRESENT);
        ExcelReadResult r = roundTrip(report);
        assertThat(r.getProblems()).isEmpty();
        assertThat(r.getReport().cells()).containsExactlyElementsOf(report.cells());
        assertThat(r.getReport().getPerformanceEvaluations()).isEqualTo(report.getPerformanceEvaluations());
        assertThat(r.getReport().getNarrative()).isEqualTo(report.getNarrative());
        assertThat(r.getReport().getOtherMatters()).isEqualTo(report.getOtherMatters());
        assertThat(r.getReport().tables()).isEqualTo(report.tables());
        assertThat(r.getReport()).isEqualTo(report);
    }

    static FinalAccountReport report002() throws IOException {
        try (InputStream in = ExcelRealReportsTest.class.getResourceAsStream("/real-reports/002_2626e36b3619c519.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            TextReadResult t = new TextReportReader().read(text, "002_2626e36b3619c519.txt");
            return t.getReport();
        }
    }

    private static ExcelReadResult roundTrip(FinalAccountReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, out);
        return ExcelReportReader.create().read(new ByteArrayInputStream(out.toByteArray()), "real.xlsx");
    }
}
