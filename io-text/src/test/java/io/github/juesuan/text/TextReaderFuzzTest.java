package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.testing.fuzz.Fuzzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutational fuzzing of the text format over the text of the real reports, through the public SPI
 * (the format {@code text} of {@link Formats#discover()}), so that it fuzzes whichever text reader
 * is installed. {@code mvn verify} runs a bounded number of inputs; {@code mvn verify -Pfuzz} runs
 * for minutes and writes each new failure under {@code src/test/resources/fuzz-findings}, where
 * {@link FuzzFindingsRegressionTest} picks it up.
 */
class TextReaderFuzzTest {

    private static final String FILE = "fuzz.txt";

    @Test
    void fuzz_text() throws IOException {
        ReportReader reader = Formats.discover().require("text").reader().orElseThrow();
        List<Path> seeds;
        // every real report, the other templates' layout and page texts included
        try (Stream<Path> s = Files.walk(Path.of("src", "test", "resources", "real-reports"))) {
            seeds = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        Fuzzer.Result r = Fuzzer.named("text").extension("txt").seedFiles(seeds).inputs(1000).run(input -> {
            try {
                ReadResult result = reader.read(new ByteArrayInputStream(input), FILE);
                if (result.getReport().isEmpty()) {
                    assertThat(result.getProblems()).anyMatch(Problem::isError);
                }
            } catch (ReportReadException documented) {
                assertThat(documented.getMessage()).contains(FILE);
            }
        });
        assertThat(r.getFailures()).isEmpty();
    }
}
