package io.github.juesuan.pdf;

import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.spi.ReportWriter;
import io.github.juesuan.spi.SourceLocation;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * PDFs as a plug-in of the reader/writer SPI: name {@code pdf}, extension {@code .pdf}, read only,
 * built in. Registered in {@code META-INF/services/io.github.juesuan.spi.ReportFormat}. A file
 * without the extension is told by its first bytes: {@link #isPdf(byte[])} looks for the
 * {@code %PDF-} header within the first 1024 bytes, as PDF readers do.
 *
 * <p>The reader never throws for bad input: a file that is not a PDF, encrypted with a password,
 * damaged, hostile, beyond the {@link PdfLimits} or not a final-account report gives a failed
 * {@link ReadResult} with one error naming the file; problems inside a readable report come with
 * the report, located by page, line and box. Only a stream that cannot be read at all throws
 * {@link UncheckedIOException}.
 */
public final class PdfReportFormat implements ReportFormat {

    /** The format name. */
    public static final String NAME = "pdf";

    private static final ReportReader READER = PdfReportFormat::readStream;

    /** Creates the format; called by {@link java.util.ServiceLoader}. */
    public PdfReportFormat() {
    }

    /**
     * Tells whether the first bytes of a file are those of a PDF: {@code %PDF-} within the first
     * 1024 bytes.
     *
     * @param head the first bytes of the file (1029 suffice), not null
     * @return true for a PDF
     */
    public static boolean isPdf(byte[] head) {
        Objects.requireNonNull(head, "head");
        return PdfSources.isPdfHeader(head, head.length);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public List<String> getFileExtensions() {
        return List.of("pdf");
    }

    @Override
    public boolean isBuiltIn() {
        return true;
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(READER);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.empty();
    }

    static ReadResult readStream(InputStream in, String sourceName) {
        try {
            return PdfReportReader.create().read(in, sourceName).toReadResult();
        } catch (PdfReadException e) {
            return ReadResult.failed(List.of(e.getProblem()));
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // a hostile file must not escape as an exception of the SPI reader
            return ReadResult.failed(List.of(Problem.error(ProblemMessage.of("problem.pdf.cannotRead", sourceName,
                    e.toString()), null, SourceLocation.ofFile(sourceName))));
        }
    }

    @Override
    public String toString() {
        return "PdfReportFormat[pdf]";
    }
}
