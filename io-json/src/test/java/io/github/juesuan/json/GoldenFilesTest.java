package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: the JSON of known reports, byte for byte, under {@code src/test/resources/golden}.
 * A change of format makes these fail, so it is deliberate: regenerate with
 * {@code mvn -pl io-json -am test -Djuesuan.golden.update=true} and review the diff.
 *
 * <p>The real reports: 001 as typed by hand in the testing module, 000 and 002 as read from their
 * text (copied unchanged under {@code src/test/resources/real-reports}) by io-text's reader. Each
 * golden file is compared byte for byte, validated against the schema and read back equal to the
 * report. (The golden files of 000 and 002 follow the text reader: a change there that alters
 * what is read shows up here as a diff to review.) To add a report, add one line to
 * {@link #REPORTS}.
 */
class GoldenFilesTest {

    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    /** Golden file name (without .json) to report. */
    private static final Map<String, Supplier<FinalAccountReport>> REPORTS = new TreeMap<>(Map.of(
            "small-report", TestReports::small,
            "real-001-sample", SampleReports::jilinGeneralOffice2024,
            "real-000-text", () -> RealReports.text(RealReports.R000),
            "real-002-text", () -> RealReports.text(RealReports.R002)));

    @TestFactory
    Stream<DynamicTest> test_write_matchesGoldenFile() {
        return REPORTS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            FinalAccountReport report = e.getValue().get();
            Path file = DIR.resolve(e.getKey() + ".json");
            byte[] actual = JsonReports.standard().write(report).getBytes(StandardCharsets.UTF_8);
            if (Boolean.getBoolean("juesuan.golden.update")) {
                Files.createDirectories(DIR);
                Files.write(file, actual);
            }
            assertThat(file).as("golden file %s (regenerate with -Djuesuan.golden.update=true)", file).exists();
            assertThat(actual).as("bytes of %s", file).isEqualTo(Files.readAllBytes(file));
            assertThat(JsonReports.standard().read(file)).isEqualTo(report);
            assertThat(SchemaSupport.validate(Files.readString(file))).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> test_read_everyGoldenFileIsKnown() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).sorted().map(name -> DynamicTest.dynamicTest(name,
                    () -> assertThat(REPORTS).containsKey(name.replaceFirst("\\.json$", "")))).toList().stream();
        }
    }
}
