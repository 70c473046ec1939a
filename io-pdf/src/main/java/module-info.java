/**
 * Published PDFs of final-account reports, read with Apache PDFBox 3: module
 * {@code io.github.juesuan.pdf} (artifact {@code juesuan-io-pdf}).
 *
 * <p>Provides the {@code pdf} report format to {@link io.github.juesuan.spi.Formats}. PDFBox 3 is
 * not modular: it is required as the automatic modules {@code org.apache.pdfbox} and
 * {@code org.apache.pdfbox.io}, named in its manifests; no PDFBox type appears in this API.
 */
@SuppressWarnings("requires-automatic")
module io.github.juesuan.pdf {
    requires transitive io.github.juesuan.core;
    // PdfLayout returns a LayoutDocument
    requires transitive io.github.juesuan.layout;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    // CollectionUnicodeFont maps CIDs through fontbox's CMaps; the ruling-line engine reads java.awt.geom points
    requires org.apache.fontbox;
    requires java.desktop;

    exports io.github.juesuan.pdf;

    provides io.github.juesuan.spi.ReportFormat with io.github.juesuan.pdf.PdfReportFormat;
}
