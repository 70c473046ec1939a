package io.github.juesuan.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the markup that PDF-to-Markdown extraction tools put into table cells where the PDF
 * printed plain text: inline LaTeX for symbols ({@code $\geq 90\%$} where the PDF printed
 * {@code ≥90%}) and HTML paragraph tags inside a cell ({@code <p>1、…</p> <p>2、…</p>}). The report
 * then holds what was printed, and every writer shows it as printed.
 *
 * <p>Only markup goes; every other character stays, in its order:
 *
 * <ul>
 *   <li>A formula {@code $…$} is replaced only when every TeX command in it is a known symbol
 *       ({@code \geq}, {@code \leq}, {@code \%}, {@code \times}, {@code ^{\circ}}, …, and the
 *       wrappers {@code \mathrm{…}}, {@code \text{…}}): the symbols become their characters, the
 *       spacing of TeX math goes ({@code ≥ 90%} was printed {@code ≥90%}), the text of a wrapper
 *       stays as it is. A formula with an unknown command, a dollar sign that opens no formula, and
 *       a formula that would span two cells (a tab or a pipe inside) are left alone.</li>
 *   <li>{@code <p>}, {@code </p>} and {@code <br>} tags go; a break between two paragraphs of a
 *       cell becomes one space, and the spaces around a tag are that space. Tabs, which separate
 *       cells, are never touched.</li>
 * </ul>
 */
final class ExtractionMarkup {

    /** A formula: no dollar, line end, tab or pipe inside (it stays within one cell). */
    private static final Pattern MATH = Pattern.compile("\\$([^$\\n\\t|]{1,200})\\$");
    /** Text wrappers whose content is printed as it is. */
    private static final Pattern WRAPPER = Pattern.compile("\\\\(?:mathrm|text|textrm|mathbf|rm)\\s*\\{([^{}\\\\$]*)\\}");
    /** A known symbol: a command not followed by another letter, an escaped character, a degree. */
    private static final Pattern SYMBOL = Pattern.compile(
            "\\^\\s*\\{\\s*\\\\circ\\s*\\}|\\^\\s*\\\\circ(?![A-Za-z])|\\\\[A-Za-z]+|\\\\[%#&_{}$,;!]");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("\\geqslant", "≥"), Map.entry("\\leqslant", "≤"), Map.entry("\\geq", "≥"), Map.entry("\\leq", "≤"),
            Map.entry("\\ge", "≥"), Map.entry("\\le", "≤"), Map.entry("\\neq", "≠"), Map.entry("\\ne", "≠"),
            Map.entry("\\approx", "≈"), Map.entry("\\times", "×"), Map.entry("\\cdot", "·"), Map.entry("\\pm", "±"),
            Map.entry("\\sim", "～"), Map.entry("\\circ", "°"), Map.entry("\\lt", "<"), Map.entry("\\gt", ">"),
            Map.entry("\\%", "%"), Map.entry("\\#", "#"), Map.entry("\\&", "&"), Map.entry("\\_", "_"),
            Map.entry("\\{", "{"), Map.entry("\\}", "}"), Map.entry("\\$", "$"),
            Map.entry("\\,", ""), Map.entry("\\;", ""), Map.entry("\\!", ""));
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("[ \\u3000]*</p>[ \\u3000]*<p>[ \\u3000]*");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("[ \\u3000]*(?:</?p>|<br\\s*/?>)[ \\u3000]*");

    private ExtractionMarkup() {
    }

    /**
     * Cleans one line of a table.
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
            String printed = printed(m.group(1));
            if (printed == null) {
                // not a formula of known symbols: the closing dollar may open the next one
                if (m.end() - 1 > m.start() + 1) {
                    m.region(m.end() - 1, s.length());
                }
                continue;
            }
            out.append(s, last, m.start()).append(printed);
            last = m.end();
            m.region(last, s.length());
        }
        return last == 0 ? s : out.append(s, last, s.length()).toString();
    }

    /** What a formula body prints, or null when it holds no command or one that is not a known symbol. */
    private static String printed(String tex) {
        if (tex.indexOf('\\') < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(tex.length());
        Matcher w = WRAPPER.matcher(tex);
        int last = 0;
        while (w.find()) {
            if (!symbols(tex.substring(last, w.start()), out)) {
                return null;
            }
            out.append(w.group(1));
            last = w.end();
        }
        return symbols(tex.substring(last), out) ? out.toString() : null;
    }

    /**
     * Appends TeX math with its known symbols replaced and its spacing dropped; false when
     * something else TeX is in it (an unknown command, a brace, a caret, an underscore), whose
     * printed form we do not know.
     */
    private static boolean symbols(String tex, StringBuilder out) {
        String left = SYMBOL.matcher(tex).replaceAll("");
        if (left.indexOf('\\') >= 0 || left.indexOf('^') >= 0 || left.indexOf('_') >= 0 || left.indexOf('{') >= 0
                || left.indexOf('}') >= 0) {
            return false;
        }
        Matcher m = SYMBOL.matcher(tex);
        int last = 0;
        while (m.find()) {
            String token = m.group();
            String symbol = token.startsWith("^") ? "°" : SYMBOLS.get(token);
            if (symbol == null) {
                return false;
            }
            spaceless(tex, last, m.start(), out);
            out.append(symbol);
            last = m.end();
        }
        spaceless(tex, last, tex.length(), out);
        return true;
    }

    /** TeX math does not print its spaces: {@code $\geq 90\%$} was printed {@code ≥90%}. */
    private static void spaceless(String tex, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = tex.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                out.append(c);
            }
        }
    }

    /** Paragraph tags inside a cell: tab-separated cells are kept apart, tags inside a cell go. */
    private static String paragraphs(String s) {
        String[] cells = s.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = PARAGRAPH_BREAK.matcher(cells[i]).replaceAll(" ");
            Matcher m = PARAGRAPH_TAG.matcher(c);
            StringBuilder out = new StringBuilder(c.length());
            int last = 0;
            while (m.find()) {
                out.append(c, last, m.start());
                // a tag at the edge of the cell or of the text leaves nothing; between two words a space
                if (m.start() > 0 && m.end() < c.length()) {
                    out.append(' ');
                }
                last = m.end();
            }
            cells[i] = out.append(c, last, c.length()).toString();
        }
        return String.join("\t", cells);
    }
}
