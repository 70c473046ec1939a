/**
 * Published reports read from the text extracted from their PDFs: module
 * {@code io.github.juesuan.text} (artifact {@code juesuan-io-text}).
 *
 * <p>Provides the {@code text} report format to {@link io.github.juesuan.spi.Formats}.
 */
module io.github.juesuan.text {
    requires transitive io.github.juesuan.core;
    // TextLayoutSource returns a LayoutDocument
    requires transitive io.github.juesuan.layout;

    exports io.github.juesuan.text;

    provides io.github.juesuan.spi.ReportFormat with io.github.juesuan.text.TextReportFormat;
}
