package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Nothing is lost", from the PDF itself: PDF → model → JSON → model → xlsx → model → JSON gives the
 * first JSON back byte for byte, for the real PDFs, every hop through the public SPI.
 */
class PdfNothingIsLostTest {

    private static final Formats FORMATS = Formats.discover();

    @ParameterizedTest
    @ValueSource(strings = {"caizhengju-2024.pdf", "guihuaziranziyuanju-2024.pdf", "template-2024.pdf"})
    void test_roundTrip_realPdf_jsonComesBackByteForByte(String name) {
        Path file = Path.of("src", "test", "resources", "real-reports", "shanghai", name);
        ReadResult pdf = FORMATS.forPath(file).orElseThrow().reader().orElseThrow().read(file);
        String first = json(pdf.orElseThrow());
        FinalAccountReport fromJson = read("json", first.getBytes(StandardCharsets.UTF_8), "first.json");
        byte[] xlsx = write("excel", fromJson);
        assertThat(json(read("excel", xlsx, "round-trip.xlsx"))).isEqualTo(first);
    }

    private static String json(FinalAccountReport report) {
        return new String(write("json", report), StandardCharsets.UTF_8);
    }

    private static FinalAccountReport read(String format, byte[] bytes, String name) {
        ReadResult r = FORMATS.require(format).reader().orElseThrow().read(new ByteArrayInputStream(bytes), name);
        assertThat(r.getProblems()).as("problems reading the %s round trip", format).isEmpty();
        return r.orElseThrow();
    }

    private static byte[] write(String format, FinalAccountReport report) {
        ReportFormat f = FORMATS.require(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writer().orElseThrow().write(report, out);
        return out.toByteArray();
    }
}
