package io.github.juesuan.pdf;

import io.github.juesuan.layout.CellRef;
import io.github.juesuan.layout.LayoutReadResult;
import io.github.juesuan.layout.LayoutReader;
import io.github.juesuan.pdf.PdfReadException.Reason;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.SourceLocation;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a department final-account report (部门决算) from its published PDF. The PDF's text layer is
 * turned into the layout module's document by {@link PdfLayoutSource} and read by its one
 * recognizer, {@link LayoutReader}, which every format shares; every figure is traced to its page
 * and its box on the page.
 *
 * <pre>{@code
 * PdfReadResult r = PdfReportReader.create().read(Path.of("caizhengju-2024.pdf"));
 * r.getReport().getExpenditure().get().getTotal();                 // 2,940.05 …
 * r.locate(TableId.T03, RowKey.total(), ExpenditureColumn.TOTAL);  // page 10, its box
 * r.getLayout().print(System.out, false);                          // what the reader saw
 * }</pre>
 *
 * <p>Reading a messy but recognisable PDF never throws: the result holds the report and the
 * problems met. When pages carry no text layer (scanned tables), each is reported ("page 7 has no
 * text layer; its table cannot be read without OCR") and the tables the recognizer did not find are
 * {@linkplain TablePresence#UNREADABLE unreadable}, not absent. Reading throws a
 * {@link PdfReadException} naming the file when the PDF cannot be read at all (encrypted with a
 * password, damaged, beyond the {@link PdfLimits}) or is not a final-account report.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PdfReportReader {

    private static final LayoutReader READER = LayoutReader.create();

    private final PdfLayoutSource source;

    /**
     * Creates a reader with the {@linkplain PdfLimits#defaults() default limits}.
     *
     * @deprecated use {@link #create()}, the factory every reader and writer has
     */
    @Deprecated
    public PdfReportReader() {
        this(PdfLimits.defaults());
    }

    /**
     * Creates a reader with limits.
     *
     * @param limits the limits, not null
     * @deprecated use {@code create().withLimits(limits)}, as every reader is configured
     */
    @Deprecated
    public PdfReportReader(PdfLimits limits) {
        this.source = new PdfLayoutSource(limits);
    }

    /**
     * Creates a reader with the {@linkplain PdfLimits#defaults() default limits}.
     *
     * @return the reader
     */
    @SuppressWarnings("deprecation")
    public static PdfReportReader create() {
        return new PdfReportReader(PdfLimits.defaults());
    }

    /**
     * Returns a reader with other limits.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    @SuppressWarnings("deprecation")
    public PdfReportReader withLimits(PdfLimits limits) {
        return new PdfReportReader(limits);
    }

    /**
     * Reads a report from a PDF file.
     *
     * @param file the file, not null
     * @return the report, the problems and the provenance
     * @throws PdfReadException naming the file if it cannot be read or is not a final-account report
     * @throws UncheckedIOException if the file cannot be read
     */
    public PdfReadResult read(Path file) {
        return read(source.read(file));
    }

    /**
     * Reads a report from a PDF stream; the stream is not closed.
     *
     * @param in the bytes, not null
     * @param sourceName the name for messages and locations, such as a file name, not null
     * @return the report, the problems and the provenance
     * @throws PdfReadException naming the source if it cannot be read or is not a final-account report
     * @throws UncheckedIOException if the stream cannot be read
     */
    public PdfReadResult read(InputStream in, String sourceName) {
        return read(source.read(in, sourceName));
    }

    /**
     * Reads a report from a layout already recovered by a {@link PdfLayoutSource}.
     *
     * @param layout the layout, not null
     * @return the report, the problems and the provenance
     * @throws PdfReadException naming the source if it is not a final-account report
     */
    public PdfReadResult read(PdfLayout layout) {
        Objects.requireNonNull(layout, "layout");
        String name = layout.getDocument().getSourceName();
        LayoutReadResult read;
        try {
            read = READER.read(layout.getDocument());
        } catch (IllegalArgumentException e) {
            ProblemMessage why = layout.getDocument().getLines().isEmpty()
                    && !layout.getDocument().getPagesWithoutText().isEmpty()
                    ? ProblemMessage.of("problem.pdf.scanned", name) : ProblemMessage.from(e);
            throw new PdfReadException(Reason.NOT_A_REPORT, why, SourceLocation.ofFile(name), e);
        }
        FinalAccountReport report = read.getReport();
        if (!layout.getDocument().getPagesWithoutText().isEmpty()) {
            report = markUnreadable(report);
        }
        List<Problem> problems = new ArrayList<>(layout.getProblems());
        problems.addAll(read.getProblems());
        Map<CellRef, SourceLocation> provenance = new HashMap<>(read.getProvenance().size() * 2);
        read.getProvenance().forEach((cell, at) -> provenance.put(cell, layout.locate(at)));
        return new PdfReadResult(read, layout, report, problems, provenance);
    }

    /** Tables not found in a PDF with pages the recognizer could not see are unreadable, not absent. */
    private static FinalAccountReport markUnreadable(FinalAccountReport report) {
        List<TableId> missing = new ArrayList<>();
        for (TableId id : TableId.values()) {
            if (report.getPresence(id) == TablePresence.ABSENT) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return report;
        }
        FinalAccountReport.Builder b = FinalAccountReport.builder(report);
        missing.forEach(b::addUnreadableTables);
        return b.build();
    }

    @Override
    public String toString() {
        return "PdfReportReader[" + source.getLimits() + "]";
    }
}
