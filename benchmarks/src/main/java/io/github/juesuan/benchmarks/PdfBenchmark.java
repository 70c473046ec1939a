package io.github.juesuan.benchmarks;

import io.github.juesuan.pdf.PdfLayout;
import io.github.juesuan.pdf.PdfLayoutSource;
import io.github.juesuan.pdf.PdfReadResult;
import io.github.juesuan.pdf.PdfReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the published PDFs of 上海市普陀区财政局 2024 (25 pages) and 规划和自然资源局 2024 (30
 * pages) (issue 16): {@link #bareStripper()} is the floor, PDFBox's own {@link PDFTextStripper}
 * decoding every glyph of the same file opened the same way; {@link #layoutSource()} turns the
 * glyphs into the layout document; {@link #readReport()} reads the report from it. The target is
 * {@code readReport} within 1.3 times the floor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class PdfBenchmark {

    /** The file. */
    @Param({"caizhengju-2024.pdf", "guihuaziranziyuanju-2024.pdf"})
    public String file;

    private final PdfLayoutSource source = new PdfLayoutSource();
    private final PdfReportReader reader = PdfReportReader.create();
    private Path pdf;

    /** Copies the PDF to a temporary file, as a user's file on disk, and checks that it reads. */
    @Setup
    public void setUp() throws IOException {
        pdf = Files.createTempFile("juesuan-bench", ".pdf");
        try (InputStream in = PdfBenchmark.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + file);
            }
            Files.write(pdf, in.readAllBytes());
        }
        if (readReport().getReport().getExpenditure().isEmpty()) {
            throw new IllegalStateException(file + " did not read");
        }
    }

    /** Deletes the temporary file. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(pdf);
    }

    /**
     * The floor: PDFBox's bare text stripper over the whole file.
     *
     * @return the number of characters stripped
     */
    @Benchmark
    public int bareStripper() {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            return new PDFTextStripper().getText(doc).length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF to the layout document: glyphs, lines, cells, boxes, and the limits' checks.
     *
     * @return the layout
     */
    @Benchmark
    public PdfLayout layoutSource() {
        return source.read(pdf);
    }

    /**
     * The PDF to the report: the layout document read by the recognizer.
     *
     * @return the result
     */
    @Benchmark
    public PdfReadResult readReport() {
        return reader.read(pdf);
    }
}
