/**
 * HTML review reports (审核报告): module {@code io.github.juesuan.html} (artifact
 * {@code juesuan-html}).
 */
module io.github.juesuan.html {
    requires transitive io.github.juesuan.core;

    exports io.github.juesuan.html;
}
