/**
 * Excel workbooks of final-account reports: module {@code io.github.juesuan.excel} (artifact
 * {@code juesuan-io-excel}).
 *
 * <p>Provides the {@code xlsx} report format to {@link io.github.juesuan.spi.Formats}. Reading
 * {@code .xls} (BIFF8) needs Apache POI, an optional dependency: a modular application that reads
 * {@code .xls} requires {@code org.apache.poi.poi} itself (or runs with
 * {@code --add-modules org.apache.poi.poi}); without it {@code .xls} is reported as unsupported.
 */
module io.github.juesuan.excel {
    requires transitive io.github.juesuan.core;
    // WorkbookLayoutSource returns a LayoutDocument
    requires transitive io.github.juesuan.layout;
    requires org.dhatim.fastexcel;
    requires java.xml;
    // optional: .xls only
    requires static org.apache.poi.poi;

    exports io.github.juesuan.excel;

    provides io.github.juesuan.spi.ReportFormat with io.github.juesuan.excel.ExcelReportFormat;
}
