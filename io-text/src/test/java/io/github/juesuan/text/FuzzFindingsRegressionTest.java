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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text inputs of {@code shared/fuzz-findings} (and those the long fuzz run writes to the same
 * test-resources folder), read through the public SPI ({@link Formats#discover()}), so that the
 * test keeps working when the text reader is replaced: each read finishes with a result, or with
 * the documented {@link ReportReadException}; nothing else escapes. A failed result names the file.
 */
class FuzzFindingsRegressionTest {

    private static final Path DIR = Path.of("src", "test", "resources", "fuzz-findings");

    static List<Path> texts() {
        return Fuzzer.reproducers(DIR, ".txt", ".md");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void test_read_fuzzFinding_readsOrFailsAsDocumented(Path file) {
        ReportReader reader = Formats.discover().forPath(file).orElseThrow().reader().orElseThrow();
        try {
            ReadResult r = reader.read(file);
            if (r.getReport().isEmpty()) {
                assertThat(r.getProblems()).anyMatch(Problem::isError);
            }
            assertThat(r.getProblems()).allSatisfy(p -> assertThat(p.getLocation().getFile()).isPresent());
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).contains(file.getFileName().toString());
        }
    }
}
