package io.github.juesuan.benchmarks;

import io.github.juesuan.pdf.PdfLayout;
import io.github.juesuan.pdf.PdfLayoutSource;
import io.github.juesuan.pdf.PdfReadException;
import io.github.juesuan.pdf.PdfReadResult;
import io.github.juesuan.pdf.PdfReportReader;
import io.github.juesuan.validation.ReportValidator;
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
 * Reading the published PDFs of /work/shared/real-reports/shanghai (issue 16): 上海市普陀区财政局 2024
 * (25 pages), 规划和自然资源局 2024 (30 pages), the blank template (23 pages) and 万里街道's budget
 * (not a final account: the reader rejects it). {@link #bareStripper()} is the floor, PDFBox's own
 * {@link PDFTextStripper} decoding every glyph of the same file opened the same way;
 * {@link #layoutSource()} turns the glyphs into the layout document; {@link #readReport()} reads the
 * report from it (or rejects the file); {@link #validatedReport()} also validates it with the
 * standard rules. The target is {@code validatedReport} within 1.3 times the floor. Pages per second
 * and reports per second on one core follow from the times (run it pinned to one CPU, see
 * docs/performance.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class PdfBenchmark {

    /** The file. */
    @Param({"caizhengju-2024.pdf", "guihuaziranziyuanju-2024.pdf", "template-2024.pdf", "wanli-budget-2024.pdf"})
    public String file;

    private final PdfLayoutSource source = new PdfLayoutSource();
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

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
        Object read = readReport();
        boolean rejected = read instanceof PdfReadException;
        if (rejected != file.startsWith("wanli")) {
            throw new IllegalStateException(file + " read as " + read);
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
     * @return the result, or the rejection of a file that is no final account
     */
    @Benchmark
    public Object readReport() {
        try {
            return reader.read(pdf);
        } catch (PdfReadException e) {
            return e;
        }
    }

    /**
     * The PDF to the validated report: read, then every standard rule run over the report.
     *
     * @return the findings, or the rejection of a file that is no final account
     */
    @Benchmark
    public Object validatedReport() {
        try {
            PdfReadResult r = reader.read(pdf);
            return VALIDATOR.validate(r.getReport());
        } catch (PdfReadException e) {
            return e;
        }
    }
}
