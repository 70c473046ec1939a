package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.testing.fuzz.ByteMutator;
import io.github.juesuan.testing.fuzz.Fuzzer;
import io.github.juesuan.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutational fuzzing of the PDF reader over the real PDFs (the 上海 template and a real report):
 * bytes flipped, inserted, removed and repeated anywhere, so cross-reference tables, object
 * headers and compressed streams break. Each input gives a result whose problems name the file,
 * or the documented {@link PdfReadException} naming it; every report read is validated.
 * {@code mvn verify} runs a bounded number of inputs; {@code mvn verify -Pfuzz} runs for minutes
 * and writes each new failure under {@code src/test/resources/fuzz-findings}.
 */
class PdfReaderFuzzTest {

    private static final String FILE = "fuzz.pdf";
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    static void read(byte[] input) {
        try {
            PdfReadResult r = new PdfReportReader().read(new ByteArrayInputStream(input), FILE);
            assertThat(r.getProblems()).allSatisfy(p -> assertThat(p.toString()).contains(FILE));
            VALIDATOR.validate(r.getReport());
        } catch (PdfReadException e) {
            assertThat(e.getMessage()).contains(FILE);
        }
    }

    @Test
    void fuzz_pdf() throws IOException {
        Path dir = Path.of("src", "test", "resources", "real-reports", "shanghai");
        Fuzzer.Result r = Fuzzer.named("pdf").extension("pdf")
                .seedFiles(List.of(dir.resolve("template-2024.pdf"), dir.resolve("guihuaziranziyuanju-2024.pdf")))
                .mutator(ByteMutator::mutate).inputs(60).run(PdfReaderFuzzTest::read);
        assertThat(r.getFailures()).isEmpty();
        assertThat(r.getInputs()).isPositive(); // 60 in mvn verify; -Pfuzz runs for a time instead
    }
}
