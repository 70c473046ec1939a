package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.testing.fuzz.Fuzzer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text inputs of {@code shared/fuzz-findings} (and those the long fuzz run writes to the same
 * test-resources folder), read through the public SPI ({@link Formats#discover()}), so that the
 * test keeps working when the text reader is replaced: each read finishes with a result, or with
 * the documented {@link ReportReadException}; nothing else escapes. A failed result names the file.
 * The recognisable reports among them keep their report, with one problem for the bad cell.
 */
class FuzzFindingsRegressionTest {

    private static final Path DIR = Path.of("src", "test", "resources", "fuzz-findings");

    static List<Path> texts() {
        return Fuzzer.reproducers(DIR, ".txt", ".md");
    }

    private static ReadResult read(Path file) {
        ReportReader reader = Formats.discover().forPath(file).orElseThrow().reader().orElseThrow();
        return reader.read(file);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void test_read_fuzzFinding_readsOrFailsAsDocumented(Path file) {
        try {
            ReadResult r = read(file);
            if (r.getReport().isEmpty()) {
                assertThat(r.getProblems()).anyMatch(Problem::isError);
            }
            assertThat(r.getProblems()).allSatisfy(p -> assertThat(p.getLocation().getFile()).isPresent());
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).contains(file.getFileName().toString());
        }
    }

    /** A bad score, count, amount or rate is one problem naming the value and its line and column; the report is kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text-2-IllegalArgumentException.txt | 2036854775808 | 5 | not a score",
        "text-3-NumberFormatException.txt    | 8923456789    | 3 | not a count",
        "text-6-IllegalArgumentException.txt | 99999999999999999999999999999999999999999999999999999999999999999 | 3 | not an amount",
        "text-8-IllegalArgumentException.txt | 0.00000000000000001 | 3 | not an amount",
        "text-9-IllegalArgumentException.txt | 1,            | 3 | not a rate",
    })
    void test_read_badCell_reportKeptWithOneProblemAtTheCell(String name, String value, int line, String reason) {
        Path file = DIR.resolve(name);
        ReadResult r = read(file);
        assertThat(r.getReport()).isPresent();
        List<Problem> named = r.getProblems().stream().filter(p -> p.getValue().equals(java.util.Optional.of(value)))
                .toList();
        assertThat(named).singleElement().satisfies(p -> {
            assertThat(p.getMessage()).contains(reason);
            assertThat(p.getLocation().getFile()).hasValueSatisfying(f -> assertThat(f).endsWith(name));
            assertThat(p.getLocation().getLine()).contains(line);
            assertThat(p.getLocation().getColumn()).hasValueSatisfying(c -> assertThat(c).isPositive());
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"text-1-IllegalArgumentException.txt | 3456"})
    void test_read_yearOutOfRange_failedResultNamingFileAndYear(String name, String year) {
        ReadResult r = read(DIR.resolve(name));
        assertThat(r.getReport()).isEmpty();
        assertThat(r.getProblems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.getMessage()).contains(name).contains(year);
        });
    }
}
