package io.github.juesuan.cli;

import io.github.juesuan.spi.Problem;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Severity;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints validation findings as text for people, or as the stable JSON contract of
 * {@code juesuan validate --format json}: one object per input,
 * {@code {"file": ..., "findings": [{"ruleId", "severity", "table", "row", "column", "expected",
 * "actual", "difference", "message"}]}}, amounts as decimal strings.
 */
public final class FindingsPrinter {

    private FindingsPrinter() {
    }

    /**
     * Prints the findings of one input as text.
     *
     * @param out where to print
     * @param source the input's name
     * @param problems the problems met while reading
     * @param findings the findings
     * @param locale the language of messages
     */
    public static void printText(PrintStream out, String source, List<Problem> problems, List<Finding> findings,
            Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        out.println("== " + source);
        for (Problem p : problems) {
            out.println("  [" + (zh ? (p.isError() ? "读取错误" : "读取提示") : (p.isError() ? "read error" : "read warning"))
                    + "] " + p.getLocation().format(locale) + (zh ? "：" : ": ") + p.getMessage(locale));
        }
        boolean readError = problems.stream().anyMatch(Problem::isError);
        if (findings.isEmpty() && readError) {
            // a report that could not be read is not a clean report
            out.println(zh ? "  读取出错，未作校验结论" : "  not validated: the file could not be read");
            return;
        }
        if (findings.isEmpty()) {
            out.println(zh ? "  未发现问题" : "  no findings");
        }
        for (Finding f : findings) {
            StringBuilder b = new StringBuilder("  [").append(zh ? f.getSeverity().getChineseName()
                    : f.getSeverity().getEnglishName()).append("] ");
            b.append(where(f.getLocation(), zh));
            if (f.getExpected().isPresent() || f.getActual().isPresent()) {
                b.append(zh ? " 应为 " : " expected ").append(dec(f.getExpected()))
                        .append(zh ? " 实为 " : ", actual ").append(dec(f.getActual()));
                f.getDifference().ifPresent(d -> b.append(zh ? " 差额 " : ", difference ").append(d.toPlainString()));
            }
            b.append(" — ").append(f.getMessage(locale)).append(" (").append(f.getRuleId()).append(')');
            out.println(b);
        }
        out.println("  " + countLine(findings, zh));
    }

    /**
     * The summary line printed after each report, such as
     * {@code 9 findings: 0 errors, 4 warnings, 5 rounding}.
     *
     * @param findings the findings printed
     * @param zh whether to write it in Chinese
     * @return the line
     */
    static String countLine(List<Finding> findings, boolean zh) {
        int[] n = new int[Severity.values().length];
        findings.forEach(f -> n[f.getSeverity().ordinal()]++);
        int e = n[Severity.ERROR.ordinal()];
        int w = n[Severity.WARNING.ordinal()];
        int r = n[Severity.ROUNDING.ordinal()];
        int i = n[Severity.INFO.ordinal()];
        String info = i == 0 ? "" : zh ? "，提示 " + i : ", " + i + " info";
        return zh ? "共 " + findings.size() + " 项：错误 " + e + "，警告 " + w + "，尾差 " + r + info
                : findings.size() + " findings: " + e + " errors, " + w + " warnings, " + r + " rounding" + info;
    }

    /**
     * Prints the findings of one input as one JSON object on one line.
     *
     * @param out where to print
     * @param source the input's name
     * @param problems the problems met while reading
     * @param findings the findings
     * @param locale the language of messages
     */
    public static void printJson(PrintStream out, String source, List<Problem> problems, List<Finding> findings,
            Locale locale) {
        StringBuilder b = new StringBuilder("{\"file\":").append(Json.quote(source)).append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            b.append(i == 0 ? "" : ",").append("{\"severity\":").append(Json.quote(p.getSeverity().name()))
                    .append(",\"location\":").append(Json.quote(p.getLocation().format(locale)))
                    .append(",\"message\":").append(Json.quote(p.getMessage(locale))).append('}');
        }
        b.append("],\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Location l = f.getLocation();
            b.append(i == 0 ? "" : ",").append("{\"ruleId\":").append(Json.quote(f.getRuleId()))
                    .append(",\"severity\":").append(Json.quote(f.getSeverity().name()))
                    .append(",\"table\":").append(Json.quote(l.getTable().map(t -> t.getLabel())
                            .orElse(l.getProject().map(p -> "项目支出绩效自评表").orElse(null))))
                    .append(",\"project\":").append(Json.quote(l.getProject().orElse(null)))
                    .append(",\"row\":").append(Json.quote(l.getRow().map(Object::toString).orElse(null)))
                    .append(",\"column\":").append(Json.quote(l.getColumn().map(c -> c.getId()).orElse(null)))
                    .append(",\"expected\":").append(Json.quote(f.getExpected().map(BigDecimal::toPlainString).orElse(null)))
                    .append(",\"actual\":").append(Json.quote(f.getActual().map(BigDecimal::toPlainString).orElse(null)))
                    .append(",\"difference\":").append(Json.quote(f.getDifference().map(BigDecimal::toPlainString).orElse(null)))
                    .append(",\"message\":").append(Json.quote(f.getMessage(locale))).append('}');
        }
        out.println(b.append("]}"));
    }

    private static String where(Location l, boolean zh) {
        StringBuilder b = new StringBuilder(l.tableLabel(zh));
        l.getRow().ifPresent(r -> b.append(' ').append(r));
        l.getColumn().ifPresent(c -> b.append(" / ").append(zh ? c.getChineseName() : c.getEnglishName()));
        return b.toString();
    }

    private static String dec(Optional<BigDecimal> d) {
        return d.map(BigDecimal::toPlainString).orElse("—");
    }
}
