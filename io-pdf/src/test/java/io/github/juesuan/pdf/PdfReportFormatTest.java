package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The format {@code pdf} of the reader SPI. */
class PdfReportFormatTest {

    private static final Path DIR = Path.of("src/test/resources/real-reports/shanghai");

    @Test
    void test_discover_byNameAndExtension() {
        Formats formats = Formats.discover();
        ReportFormat pdf = formats.require("pdf");
        assertThat(pdf).isInstanceOf(PdfReportFormat.class);
        assertThat(pdf.isBuiltIn()).isTrue();
        assertThat(pdf.writer()).isEmpty();
        assertThat(formats.forPath(Path.of("reports/Caizhengju-2024.PDF"))).containsSame(pdf);
    }

    @Test
    void test_isPdf_magicBytes() {
        assertThat(PdfReportFormat.isPdf("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(PdfReportFormat.isPdf(("\r\n junk before the header %PDF-1.4").getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(PdfReportFormat.isPdf("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(PdfReportFormat.isPdf("%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(PdfReportFormat.isPdf(new byte[0])).isFalse();
    }

    @Test
    void test_reader_realReport_readWithProblemsLocatedByPage() {
        ReadResult r = Formats.discover().require("pdf").reader().orElseThrow().read(DIR.resolve("caizhengju-2024.pdf"));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.getReport().orElseThrow().getDepartment()).isEqualTo("上海市普陀区财政局");
        assertThat(r.getProblems()).allSatisfy(p -> assertThat(p.getLocation().getPage()).isPresent());
    }

    @Test
    void test_reader_budgetNotFinalAccount_failedResultNotException() {
        ReadResult r = Formats.discover().require("pdf").reader().orElseThrow().read(DIR.resolve("wanli-budget-2024.pdf"));
        assertThat(r.getReport()).isEmpty();
        assertThat(r.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.getMessage()).contains("not a department final-account report");
        });
    }

    @Test
    void test_reader_notAPdf_failedResultNamingTheSource() {
        ReadResult r = new PdfReportFormat().reader().orElseThrow()
                .read(new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), "notes.pdf");
        assertThat(r.getReport()).isEmpty();
        assertThat(r.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getMessage()).isEqualTo("notes.pdf is not a PDF: it does not start with %PDF-");
            assertThat(p.getLocation().getFile()).contains("notes.pdf");
        });
    }
}
