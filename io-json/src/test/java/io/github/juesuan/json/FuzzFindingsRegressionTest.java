package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.testing.fuzz.Fuzzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON and JSON Lines inputs of {@code shared/fuzz-findings} (and those the long fuzz run
 * writes to the same test-resources folder): each gives the documented failure, a
 * {@link ReportReadException} naming the file and the place, never an undocumented exception.
 */
class FuzzFindingsRegressionTest {

    private static final Path DIR = Path.of("src", "test", "resources", "fuzz-findings");

    static List<Path> jsonFiles() {
        return Fuzzer.reproducers(DIR, ".json");
    }

    static List<Path> jsonLinesFiles() {
        return Fuzzer.reproducers(DIR, ".jsonl");
    }

    @ParameterizedTest
    @MethodSource("jsonFiles")
    void test_read_fuzzFinding_failsAsDocumented(Path file) {
        assertThatThrownBy(() -> JsonReports.standard().read(file))
                .isExactlyInstanceOf(ReportReadException.class)
                .hasMessageContaining(file.toString());
        ReadResult r = JsonReports.standard().readResult(new ByteArrayInputStream(bytes(file)), file.toString());
        assertThat(r.getReport()).isEmpty();
        assertThat(r.getProblems()).anyMatch(Problem::isError);
        assertThat(r.getProblems().get(0).getLocation().toString()).contains(file.toString());
    }

    @ParameterizedTest
    @MethodSource("jsonLinesFiles")
    void test_readLines_fuzzFinding_failsAsDocumented(Path file) {
        try (JsonLinesReader lines = JsonReports.standard().readLines(new ByteArrayInputStream(bytes(file)))) {
            List<ReadResult> results = lines.results().collect(Collectors.toList());
            assertThat(results).isNotEmpty().allMatch(r -> r.getReport().isEmpty() && r.hasErrors());
            assertThat(results.get(0).getProblems().get(0).getLocation().getLine()).hasValue(1);
        }
    }

    /**
     * What each finding of the shared collection says: the message and the JSON pointer of the bad
     * value, read leniently so that the unknown fields of the mutants are skipped and the bad
     * number is reached (the strict reader stops at the unknown field first).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "json-1-NumberFormatException.json | a number out of range | /tables/expenditure/rows/1/amounts/TOTAL | 1e2147483648",
        "json-2-NumberFormatException.json | a number out of range | /                                        | 1e2147483648",
        "json-3-UncheckedIOException.json  | not UTF-8 JSON text   |                                          |",
    })
    void test_read_sharedFinding_namesValueAndPlace(String name, String message, String pointer, String value) {
        Path file = DIR.resolve(name);
        ReportReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReportReadException.class,
                () -> JsonReports.with(JsonReadOptions.defaults().withFailOnUnknownFields(false)).read(file));
        assertThat(e.getProblem().getMessage()).startsWith(message);
        assertThat(e.getLocation().getFile()).hasValue(file.toString());
        assertThat(e.getLocation().getJsonPointer().orElse("")).isEqualTo(pointer == null ? "" : pointer);
        assertThat(e.getProblem().getValue().orElse(null)).isEqualTo(value);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
