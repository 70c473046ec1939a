package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.testing.ReportArbitraries;
import io.github.juesuan.testing.RoundTrips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Nothing is lost", measured: for every real report's text, text → model → JSON → model → xlsx →
 * model → JSON gives the first JSON back byte for byte; for generated reports, model → JSON → model
 * → xlsx → model → JSON. Every hop goes through the public SPI ({@link Formats#discover()}), so the
 * test keeps holding when a reader is replaced.
 */
class NothingIsLostTest {

    private static final Formats FORMATS = Formats.discover();

    static List<Path> realReports() throws IOException {
        // 000, 001, 002 and the 上海 layout and page texts below shanghai/
        try (Stream<Path> s = Files.walk(Path.of("src", "test", "resources", "real-reports"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("realReports")
    void test_roundTrip_realReportText_jsonComesBackByteForByte(Path file) {
        ReadResult text = FORMATS.forPath(file).orElseThrow().reader().orElseThrow().read(file);
        // everything is compared, the unreadable tables (000's image pages) included
        String first = json(text.orElseThrow());
        assertThat(throughJsonAndExcel(first)).isEqualTo(first);
    }

    @Property(tries = 25)
    void generatedReports_jsonComesBackByteForByte(@ForAll("reports") FinalAccountReport report) {
        String first = json(report);
        assertThat(throughJsonAndExcel(first)).isEqualTo(first);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<FinalAccountReport> reports() {
        return ReportArbitraries.consistentReports();
    }

    private static String throughJsonAndExcel(String json) {
        return RoundTrips.throughJsonAndExcel(json);
    }

    private static String json(FinalAccountReport report) {
        return RoundTrips.json(report);
    }
}
