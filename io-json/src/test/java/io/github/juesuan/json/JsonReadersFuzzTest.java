package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.testing.fuzz.Fuzzer;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutational fuzzing of the JSON and JSON Lines readers, and of the validator on every mutant that
 * reads, over the golden documents of the real reports. {@code mvn verify} runs a few thousand
 * inputs per target; {@code mvn verify -Pfuzz} runs for minutes and writes each new failure under
 * {@code src/test/resources/fuzz-findings}, where {@link FuzzFindingsRegressionTest} picks it up.
 */
class JsonReadersFuzzTest {

    private static final String FILE = "fuzz.json";

    static List<byte[]> goldens() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "golden"))) {
            List<byte[]> docs = new ArrayList<>();
            for (Path p : s.sorted().collect(Collectors.toList())) {
                docs.add(Files.readAllBytes(p));
            }
            return docs;
        }
    }

    /** Each golden document as one line, and all of them as one file of lines. */
    static List<byte[]> lines() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<byte[]> docs = new ArrayList<>();
        for (byte[] g : goldens()) {
            FinalAccountReport r = JsonReports.standard().read(new ByteArrayInputStream(g));
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (JsonLinesWriter w = JsonReports.standard().writeLines(one)) {
                w.write(r);
            }
            docs.add(one.toByteArray());
            all.writeBytes(one.toByteArray());
        }
        docs.add(all.toByteArray());
        return docs;
    }

    private static final JsonReports LENIENT = JsonReports.with(JsonReadOptions.defaults().withFailOnUnknownFields(false));

    /** A failed read names the file; a read report is validated, and the validator must not fail either. */
    static void readJson(byte[] input) {
        ReadResult r = JsonReports.standard().readResult(new ByteArrayInputStream(input), FILE);
        check(r);
        try {
            JsonReports.standard().read(new ByteArrayInputStream(input));
        } catch (ReportReadException expected) {
            assertThat(r.hasErrors()).as("read throws where readResult reports no error").isTrue();
        }
        check(LENIENT.readResult(new ByteArrayInputStream(input), FILE));
    }

    static void check(ReadResult r) {
        if (r.getReport().isEmpty()) {
            assertThat(r.getProblems()).anyMatch(Problem::isError);
        }
        for (Problem p : r.getProblems()) {
            assertThat(p.getMessage()).isNotBlank();
            assertThat(p.getLocation().getFile()).hasValue(FILE);
        }
    }

    @Test
    void fuzz_json() throws IOException {
        Fuzzer.Result r = Fuzzer.named("json").extension("json").seeds(goldens()).inputs(3000)
                .run(JsonReadersFuzzTest::readJson);
        assertThat(r.getFailures()).isEmpty();
        assertThat(r.getInputs()).isPositive();
    }

    @Test
    void fuzz_jsonLines() throws IOException {
        Fuzzer.Result r = Fuzzer.named("jsonl").extension("jsonl").seeds(lines()).inputs(2000).run(input -> {
            try (JsonLinesReader lines = JsonReports.standard().readLines(new ByteArrayInputStream(input))) {
                lines.results().forEach(JsonReadersFuzzTest::checkLine);
            }
        });
        assertThat(r.getFailures()).isEmpty();
    }

    private static void checkLine(ReadResult r) {
        if (r.getReport().isEmpty()) {
            assertThat(r.getProblems()).anyMatch(Problem::isError);
            assertThat(r.getProblems().get(0).getLocation().getLine()).isPresent();
        }
    }

    /** The validator on every mutant that the JSON reader makes a report of: findings, never an exception. */
    @Test
    void fuzz_validator() throws IOException {
        ReportValidator validator = ReportValidator.builder().build();
        long[] validated = new long[1];
        Fuzzer.Result r = Fuzzer.named("validator").extension("json").seeds(goldens()).inputs(3000).run(input -> {
            ReadResult read = JsonReports.standard().readResult(new ByteArrayInputStream(input), FILE);
            if (read.getReport().isPresent()) {
                ValidationResult v = validator.validate(read.getReport().get());
                assertThat(v.getFindings()).isNotNull();
                validated[0]++;
            }
        });
        assertThat(r.getFailures()).isEmpty();
        assertThat(validated[0]).as("mutants that read and were validated").isPositive();
    }
}
