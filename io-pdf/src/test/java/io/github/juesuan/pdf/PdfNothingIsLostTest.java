package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.testing.RoundTrips;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Nothing is lost", from the PDF itself: PDF → model → JSON → model → xlsx → model → JSON gives the
 * first JSON back byte for byte, for the real PDFs, every hop through the public SPI.
 */
class PdfNothingIsLostTest {

    @ParameterizedTest
    @ValueSource(strings = {"caizhengju-2024.pdf", "guihuaziranziyuanju-2024.pdf", "template-2024.pdf"})
    void test_roundTrip_realPdf_jsonComesBackByteForByte(String name) {
        Path file = Path.of("src", "test", "resources", "real-reports", "shanghai", name);
        ReadResult pdf = Formats.discover().forPath(file).orElseThrow().reader().orElseThrow().read(file);
        String first = RoundTrips.json(pdf.orElseThrow());
        assertThat(RoundTrips.throughJsonAndExcel(first)).isEqualTo(first);
    }
}
