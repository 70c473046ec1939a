package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.layout.LayoutCell;
import io.github.juesuan.layout.LayoutDocument;
import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.layout.LayoutReadResult;
import io.github.juesuan.layout.LayoutReader;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.testing.fuzz.Fuzzer;
import io.github.juesuan.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutational fuzzing of the text format over the text of the real reports, through the public SPI
 * (the format {@code text} of {@link Formats#discover()}), so that it fuzzes whichever text reader
 * is installed; of the layout module's {@link LayoutReader} on documents whose structure is mutated
 * too (cells moved, merged, split, emptied, lines of another kind, lines swapped: what a PDF or a
 * workbook source may give and a text never does); and of the validator on every report either
 * reads. {@code mvn verify} runs a bounded number of inputs; {@code mvn verify -Pfuzz} runs for
 * minutes and writes each new failure under {@code src/test/resources/fuzz-findings}, where
 * {@link FuzzFindingsRegressionTest} picks it up.
 */
class TextReaderFuzzTest {

    private static final String FILE = "fuzz.txt";
    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    /** Every real report, the other templates' layout and page texts included. */
    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src", "test", "resources", "real-reports"))) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    /** A report that was read is validated: findings, never an exception. */
    private static void validate(FinalAccountReport report) {
        assertThat(VALIDATOR.validate(report).getFindings()).isNotNull();
    }

    @Test
    void fuzz_text() throws IOException {
        ReportReader reader = Formats.discover().require("text").reader().orElseThrow();
        long[] validated = new long[1];
        Fuzzer.Result r = Fuzzer.named("text").extension("txt").seedFiles(seeds()).inputs(1000).run(input -> {
            try {
                ReadResult result = reader.read(new ByteArrayInputStream(input), FILE);
                if (result.getReport().isEmpty()) {
                    assertThat(result.getProblems()).anyMatch(Problem::isError);
                } else {
                    validate(result.getReport().get());
                    validated[0]++;
                }
                assertThat(result.getProblems()).allSatisfy(p -> assertThat(p.getLocation().getFile()).hasValue(FILE));
            } catch (ReportReadException documented) {
                assertThat(documented.getMessage()).contains(FILE);
            }
        });
        assertThat(r.getFailures()).isEmpty();
        assertThat(validated[0]).as("mutants that read and were validated").isPositive();
    }

    @Test
    void fuzz_layout() throws IOException {
        LayoutReader reader = new LayoutReader();
        TextLayoutSource source = new TextLayoutSource();
        long[] validated = new long[1];
        Fuzzer.Result r = Fuzzer.named("layout").extension("txt").seedFiles(seeds()).inputs(150).run(input -> {
            LayoutDocument doc;
            try {
                doc = mutate(source.parse(new String(input, StandardCharsets.UTF_8), FILE), input);
            } catch (IllegalArgumentException beyondLimits) {
                assertThat(beyondLimits.getMessage()).contains(FILE);
                return;
            }
            try {
                LayoutReadResult result = reader.read(doc);
                assertThat(result.getProblems()).allSatisfy(p -> assertThat(p.getLocation().getFile()).hasValue(FILE));
                validate(result.getReport());
                validated[0]++;
            } catch (IllegalArgumentException notAReport) {
                // documented: the document is not a final-account report
                assertThat(notAReport.getMessage()).contains(FILE);
            }
        });
        assertThat(r.getFailures()).isEmpty();
        assertThat(validated[0]).as("mutants that read and were validated").isPositive();
    }

    /**
     * Mutates a document's structure, as a pure function of the input (so that the input alone
     * reproduces a failure): for about one line in twenty, its kind changes, a cell moves (its
     * extent shifted, shrunk or overlapping its neighbour), two cells merge, one splits, one
     * empties, or the line changes place with the next.
     */
    static LayoutDocument mutate(LayoutDocument doc, byte[] input) {
        SplittableRandom random = new SplittableRandom(Arrays.hashCode(input));
        List<LayoutLine> lines = new ArrayList<>(doc.getLines());
        for (int i = 0; i < lines.size(); i++) {
            if (random.nextInt(20) != 0) {
                continue;
            }
            LayoutLine l = lines.get(i);
            List<LayoutCell> cells = new ArrayList<>(l.getCells());
            LayoutLine.Kind kind = l.getKind();
            int op = random.nextInt(6);
            int at = cells.isEmpty() ? -1 : random.nextInt(cells.size());
            if (op == 0) {
                kind = LayoutLine.Kind.values()[random.nextInt(3)];
            } else if (op == 1 && at >= 0) {
                LayoutCell c = cells.get(at);
                int x0 = Math.max(0, c.x0() + random.nextInt(-20, 21));
                cells.set(at, new LayoutCell(c.text(), x0, x0 + Math.max(0, c.x1() - c.x0() + random.nextInt(-5, 6))));
            } else if (op == 2 && at >= 0 && at + 1 < cells.size()) {
                LayoutCell a = cells.get(at);
                LayoutCell b = cells.remove(at + 1);
                cells.set(at, new LayoutCell(a.text() + b.text(), a.x0(), Math.max(a.x1(), b.x1())));
            } else if (op == 3 && at >= 0 && cells.get(at).text().length() > 1) {
                LayoutCell c = cells.get(at);
                int cut = 1 + random.nextInt(c.text().length() - 1);
                int mid = Math.max(c.x0(), Math.min(c.x1(), c.x0() + cut));
                cells.set(at, new LayoutCell(c.text().substring(0, cut), c.x0(), mid));
                cells.add(at + 1, new LayoutCell(c.text().substring(cut), mid, c.x1()));
            } else if (op == 4 && at >= 0) {
                LayoutCell c = cells.get(at);
                cells.set(at, new LayoutCell("", c.x0(), c.x1()));
            } else if (op == 5 && i + 1 < lines.size()) {
                lines.set(i, lines.get(i + 1));
                lines.set(i + 1, l);
                continue;
            }
            lines.set(i, LayoutLine.of(l.getPage(), l.getNumber(), l.getText(), kind, cells, l.getLocation()));
        }
        LayoutDocument.Builder b = LayoutDocument.builder(doc.getSourceName()).pageCount(doc.getPageCount());
        lines.forEach(b::addLine);
        doc.getPagesWithoutText().forEach(b::pageWithoutText);
        return b.build();
    }
}
