/**
 * The layout reader shared by the readers of published tables (PDF, text, workbooks): lines of
 * positioned cells recognised as the tables of a report. Module {@code io.github.juesuan.layout}
 * (artifact {@code juesuan-layout}).
 */
module io.github.juesuan.layout {
    requires transitive io.github.juesuan.core;

    exports io.github.juesuan.layout;
}
