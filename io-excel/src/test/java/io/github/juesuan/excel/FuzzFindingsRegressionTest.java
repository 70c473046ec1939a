package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.testing.fuzz.Fuzzer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbooks of {@code shared/fuzz-findings} (and those the long fuzz run writes to the same
 * test-resources folder): each is read to a result, or fails with the documented
 * {@link ExcelReadException} naming the file; nothing else escapes, and the read finishes.
 */
class FuzzFindingsRegressionTest {

    private static final Path DIR = Path.of("src", "test", "resources", "fuzz-findings");

    static List<Path> workbooks() {
        return Fuzzer.reproducers(DIR, ".xlsx", ".xls");
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void test_read_fuzzFinding_readsOrFailsAsDocumented(Path file) {
        String name = file.getFileName().toString();
        try {
            ExcelReadResult r = ExcelReportReader.create().read(file);
            assertThat(r.getProblems()).allSatisfy(p -> assertThat(p.toString()).contains(name));
        } catch (ExcelReadException e) {
            assertThat(e.getMessage()).contains(name);
        }
    }
}
