package io.github.juesuan.html;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The index page of several reviews: one row per report with its counts, sortable by any header. */
final class IndexPage {

    private IndexPage() {
    }

    static String render(List<IndexEntry> entries, Labels labels) {
        StringBuilder out = new StringBuilder(8 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">")
                .append("<title>").append(Html.esc(labels.get("index.title"))).append("</title><style>")
                .append(Html.asset("style.css")).append("</style></head>\n<body><header><h1>")
                .append(Html.esc(labels.get("index.title"))).append("</h1><p class=\"meta\">")
                .append(Html.esc(labels.get("sortHint"))).append("</p></header><main>\n")
                .append("<table class=\"sortable\" id=\"index\"><thead><tr>");
        header(out, labels.get("col.file"), "text");
        header(out, labels.get("department"), "text");
        header(out, labels.get("year"), "number");
        for (Severity s : Labels.SEVERITIES_DOWN) {
            header(out, labels.chinese() ? s.getChineseName() : s.getEnglishName(), "number");
        }
        header(out, labels.get("col.problems"), "number");
        out.append("</tr></thead><tbody>\n");
        for (IndexEntry e : entries) {
            Review r = e.review();
            Map<Severity, Integer> counts = r.countBySeverity();
            out.append("<tr><td data-sort=\"").append(Html.esc(r.getSourceName())).append("\"><a href=\"")
                    .append(Html.esc(encodePath(e.href()))).append("\">").append(Html.esc(r.getSourceName()))
                    .append("</a></td><td>").append(Html.esc(r.getReport().map(FinalAccountReport::getDepartment)
                            .orElse("—"))).append("</td>");
            String year = r.getReport().map(x -> x.getFiscalYear().toString()).orElse("");
            out.append("<td class=\"num\" data-sort=\"").append(Html.esc(year.isEmpty() ? "0" : year)).append("\">")
                    .append(Html.esc(year)).append("</td>");
            for (Severity s : Labels.SEVERITIES_DOWN) {
                int n = counts.get(s);
                out.append("<td class=\"num").append(n > 0 ? " sev-" + s.name() : "").append("\" data-sort=\"")
                        .append(n).append("\">").append(r.getValidation().isPresent() ? String.valueOf(n) : "—")
                        .append("</td>");
            }
            out.append("<td class=\"num\" data-sort=\"").append(r.getProblems().size()).append("\">")
                    .append(r.getProblems().size()).append("</td></tr>\n");
        }
        out.append("</tbody></table></main><footer>").append(Html.esc(labels.get("generated")))
                .append("</footer><script>").append(Html.asset("index.js")).append("</script></body></html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, String text, String type) {
        out.append("<th data-type=\"").append(type).append("\" tabindex=\"0\">").append(Html.esc(text)).append("</th>");
    }

    /**
     * Percent-encodes a relative path for an {@code href}: unreserved characters and {@code /} stay,
     * everything else (spaces, {@code #}, {@code ?}, quotes, non-ASCII) is encoded as UTF-8 bytes.
     */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
