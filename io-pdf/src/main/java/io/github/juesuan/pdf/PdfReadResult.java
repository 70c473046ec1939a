package io.github.juesuan.pdf;

import io.github.juesuan.layout.CellRef;
import io.github.juesuan.layout.EvaluationLocation;
import io.github.juesuan.layout.LayoutReadResult;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link PdfReportReader} read from a PDF: the report, the problems met on the way and where
 * each table figure was read, down to its box on its page, so that a finding can say "page 12" and
 * a view can mark the spot.
 *
 * <p>A location gives the file, the 1-based page, the running line number of the recovered text
 * ({@link PdfLayout#print(Appendable, boolean)} prints it), the 1-based display column where the
 * cell starts, and the cell's {@linkplain SourceLocation#getBox() box} in points from the page's
 * top left corner. Problems are warnings: those of the text recovery (a page without a text layer)
 * first, then the recognizer's in line order. A PDF that is not a report at all throws instead.
 */
public final class PdfReadResult {

    /** The recognizer's reading: locations by line, problems of the recognizer only. */
    private final LayoutReadResult read;
    private final PdfLayout layout;
    /** The PDF's reading: the report as read from the PDF, every problem, cells located by their box. */
    private final LayoutReadResult result;

    PdfReadResult(LayoutReadResult read, PdfLayout layout, FinalAccountReport report, List<Problem> problems,
            Map<CellRef, SourceLocation> provenance) {
        this.read = read;
        this.layout = layout;
        this.result = read.withReport(report).withProblems(problems).withProvenance(provenance);
    }

    /**
     * Gets the layout module's result this one is made from (its locations carry the line's box, not
     * the cell's).
     *
     * @return the result
     */
    public LayoutReadResult getLayoutResult() {
        return read;
    }

    /**
     * Converts this result to the layout module's type: the same report, problems, provenance (with
     * each cell's box) and 项目支出绩效自评表 locations, for code that handles the results of every
     * layout reader (text, PDF, workbook) alike.
     *
     * @return the result
     */
    public LayoutReadResult toLayoutResult() {
        return result;
    }

    /**
     * Gets the text recovered from the PDF, to print what the reader saw.
     *
     * @return the recovered layout
     */
    public PdfLayout getLayout() {
        return layout;
    }

    /** @return the name of the source (a file name), as given to the reader */
    public String getSourceName() {
        return result.getSourceName();
    }

    /**
     * Gets the report. Tables on pages without a text layer that the recognizer could not find are
     * {@linkplain io.github.juesuan.report.TablePresence#UNREADABLE unreadable}, not absent.
     *
     * @return the report
     */
    public FinalAccountReport getReport() {
        return result.getReport();
    }

    /**
     * Gets the problems: the text recovery's (pages without a text layer), then the recognizer's.
     *
     * @return the problems, empty if the PDF read cleanly
     */
    public List<Problem> getProblems() {
        return result.getProblems();
    }

    /** @return true if reading met no problem */
    public boolean isClean() {
        return result.isClean();
    }

    /**
     * Gets where every cell of every table was read, with the cell's box on its page.
     *
     * @return the locations by cell
     */
    public Map<CellRef, SourceLocation> getProvenance() {
        return result.getProvenance();
    }

    /**
     * Finds where a cell was read.
     *
     * @param table the table
     * @param row the row key
     * @param column the column
     * @return the location (file, page, line, column, box), empty if the cell was not read
     */
    public Optional<SourceLocation> locate(TableId table, RowKey row, TableColumn column) {
        return result.locate(table, row, column);
    }

    /**
     * Gets where each 项目支出绩效自评表 was read, in the order of
     * {@link FinalAccountReport#getPerformanceEvaluations()}.
     *
     * @return the locations
     */
    public List<EvaluationLocation> getEvaluationLocations() {
        return result.getEvaluationLocations();
    }

    /**
     * Converts this result to the reader SPI's result: the report, the same problems, and as sources
     * each cell's box and the lines of each 项目支出绩效自评表's funding rows, indicators and 总分.
     *
     * @return the SPI result
     */
    public ReadResult toReadResult() {
        return result.toReadResult();
    }

    @Override
    public String toString() {
        return "PdfReadResult[" + getSourceName() + ", " + getReport().getDepartment() + " " + getReport().getFiscalYear()
                + ", " + getProblems().size() + " problems]";
    }
}
