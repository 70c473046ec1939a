package io.github.juesuan.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the markup that PDF-to-Markdown extraction tools put into table cells where the PDF
 * printed plain text: inline LaTeX for symbols ({@code $\geq 90\%$} where the PDF printed
 * {@code ≥90%}) and HTML paragraph tags inside a cell ({@code <p>1、…</p> <p>2、…</p>}). The report
 * then holds what was printed, and every writer shows it as printed. A dollar sign that does not
 * open such a formula (no TeX command inside) is left alone.
 */
final class ExtractionMarkup {

    private static final Pattern MATH = Pattern.compile("\\$([^$\\n]{1,200})\\$");
    private static final Pattern COMMAND = Pattern.compile("\\\\(?:[A-Za-z]+|[%#&_{}$])");
    private static final Pattern WRAPPER = Pattern.compile("\\\\(?:mathrm|text|textrm|mathbf|rm)\\s*\\{([^{}]*)\\}");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*</p>\\s*<p>\\s*");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("\\s*</?p>\\s*|\\s*<br\\s*/?>\\s*");

    private static final String[][] SYMBOLS = {
        {"\\geqslant", "≥"}, {"\\leqslant", "≤"}, {"\\geq", "≥"}, {"\\leq", "≤"}, {"\\ge", "≥"}, {"\\le", "≤"},
        {"\\neq", "≠"}, {"\\ne", "≠"}, {"\\approx", "≈"}, {"\\times", "×"}, {"\\cdot", "·"}, {"\\pm", "±"},
        {"\\sim", "～"}, {"\\circ", "°"}, {"\\%", "%"}, {"\\#", "#"}, {"\\&", "&"}, {"\\_", "_"}, {"\\{", "{"},
        {"\\}", "}"}, {"\\$", "$"}, {"\\lt", "<"}, {"\\gt", ">"}, {"\\,", ""}, {"\\;", ""}, {"\\!", ""},
    };

    private ExtractionMarkup() {
    }

    /**
     * Cleans one line of a table or paragraph.
     *
     * @param line the line as extracted
     * @return the line as printed; the same instance when there was no markup
     */
    static String clean(String line) {
        String s = line;
        if (s.indexOf('$') >= 0 && s.indexOf('\\') >= 0) {
            s = math(s);
        }
        if (s.indexOf("<p>") >= 0 || s.indexOf("</p>") >= 0 || s.indexOf("<br") >= 0) {
            s = paragraphs(s);
        }
        return s;
    }

    private static String math(String s) {
        Matcher m = MATH.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            String body = m.group(1);
            if (!COMMAND.matcher(body).find()) {
                continue;
            }
            out.append(s, last, m.start()).append(symbols(body));
            last = m.end();
        }
        return last == 0 ? s : out.append(s, last, s.length()).toString();
    }

    private static String symbols(String tex) {
        String s = WRAPPER.matcher(tex).replaceAll("$1");
        s = s.replace("^{\\circ}", "°").replace("^\\circ", "°");
        for (String[] p : SYMBOLS) {
            s = s.replace(p[0], p[1]);
        }
        // TeX spacing is not printed: "≥ 90%" was "≥90%"
        return s.replaceAll("\\s+", "");
    }

    /** Paragraph tags inside a cell: tab-separated cells are kept apart, tags inside a cell go. */
    private static String paragraphs(String s) {
        String[] cells = s.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = PARAGRAPH_BREAK.matcher(cells[i]).replaceAll(" ");
            cells[i] = PARAGRAPH_TAG.matcher(c).replaceAll(" ").replaceAll("^ | $", "");
        }
        return String.join("\t", cells);
    }
}
