package io.github.juesuan.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Re-renders the text of a report in the other forms that extraction tools give, so that a test can
 * read the same report in every form and compare: tab-separated text (one table row a line, cells
 * separated by tabs, as {@code report 001}) becomes space-aligned columns ({@code pdftotext -layout},
 * a CJK character two display columns wide), and space-aligned text becomes single-space page text
 * (pdfplumber, blank cells vanished); pages can be split by form feeds, with or without a line end
 * after them, with page numbers and running footers between rows.
 *
 * <p>Each form keeps what its tool keeps and loses what it loses: {@link #pageText} drops blank
 * cells, so a reader must place the remaining amounts by the header and the table's arithmetic.
 * Lines that are not table rows (titles, prose) pass through unchanged, apart from white space.
 *
 * <pre>{@code
 * String aligned = TextForms.spaceAligned(tabSeparatedText);
 * String pages = TextForms.pageText(aligned);
 * String paged = TextForms.paged(pages, 40, true, "某局2024年度部门决算");
 * }</pre>
 */
public final class TextForms {

    private TextForms() {
    }

    /**
     * Gets the display width of a character as a terminal and {@code pdftotext -layout} count it:
     * two for CJK ideographs, CJK punctuation and full-width forms, one otherwise.
     *
     * @param c the character
     * @return 1 or 2
     */
    public static int displayWidth(char c) {
        return c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80' && c <= '\uA4CF' || c >= '\uAC00' && c <= '\uD7A3'
                || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF00' && c <= '\uFF60'
                || c >= '\uFFE0' && c <= '\uFFE6') ? 2 : 1;
    }

    /**
     * Gets the display width of a text, a CJK character two columns wide.
     *
     * @param s the text
     * @return the width
     */
    public static int displayWidth(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += displayWidth(s.charAt(i));
        }
        return w;
    }

    /**
     * Lays out tab-separated text as {@code pdftotext -layout} does: each run of consecutive lines
     * with tabs (a table) gets columns as wide as their widest cell in display width, separated by
     * at least {@code gap} spaces, with blank cells left as spaces; other lines stay as they are.
     *
     * @param tabSeparated the text, lines separated by {@code \n}
     * @param gap the spaces between two columns, at least 2 (one space would join two cells)
     * @return the space-aligned text
     * @throws IllegalArgumentException if the gap is below 2
     */
    public static String spaceAligned(String tabSeparated, int gap) {
        Objects.requireNonNull(tabSeparated, "tabSeparated");
        if (gap < 2) {
            throw new IllegalArgumentException("the gap between columns must be at least 2 spaces: " + gap);
        }
        String[] lines = tabSeparated.split("\n", -1);
        StringBuilder out = new StringBuilder(tabSeparated.length() * 2);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].indexOf('\t') < 0) {
                out.append(lines[i]);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
                i++;
                continue;
            }
            int end = i;
            List<String[]> rows = new ArrayList<>();
            while (end < lines.length && lines[end].indexOf('\t') >= 0) {
                rows.add(lines[end].split("\t", -1));
                end++;
            }
            List<Integer> widths = new ArrayList<>();
            for (String[] r : rows) {
                for (int c = 0; c < r.length; c++) {
                    int w = displayWidth(r[c].strip());
                    if (c == widths.size()) {
                        widths.add(w);
                    } else if (w > widths.get(c)) {
                        widths.set(c, w);
                    }
                }
            }
            for (int k = 0; k < rows.size(); k++) {
                String[] r = rows.get(k);
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < r.length; c++) {
                    String cell = r[c].strip();
                    line.append(cell);
                    if (c < r.length - 1) {
                        line.append(" ".repeat(widths.get(c) - displayWidth(cell) + gap));
                    }
                }
                out.append(line.toString().stripTrailing());
                if (i + k < lines.length - 1) {
                    out.append('\n');
                }
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Re-flows text to pdfplumber's page-text form: every line stripped and each run of spaces (or
     * tabs) cut to one space, so that the cells of a table row are separated by single spaces and
     * blank cells simply vanish; a form feed and the line end after it become a bare form feed, as
     * pdfplumber's pages are joined.
     *
     * @param text the text, such as {@code pdftotext -layout} output
     * @return the page text
     */
    public static String pageText(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.replace("\f\n", "\f").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            StringBuilder line = new StringBuilder(l.length());
            boolean space = false;
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c == ' ' || c == '\t' || c == '\u3000') {
                    space = true;
                    continue;
                }
                if (space && line.length() > 0 && line.charAt(line.length() - 1) != '\f' && c != '\f') {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Splits text into pages of at most {@code linesPerPage} lines, as a PDF's extraction does: each
     * page ends with a running footer (when given) and its page number ({@code - 3 -}), and pages are
     * separated by a form feed, followed by a line end or not.
     *
     * @param text the text
     * @param linesPerPage the lines of a page, positive
     * @param lineEndAfterFormFeed whether a line end follows each form feed ({@code pdftotext}) or not
     *        (pdfplumber's pages joined by a bare form feed)
     * @param footer the running footer printed above each page number, or null for none
     * @return the paged text
     * @throws IllegalArgumentException if linesPerPage is not positive
     */
    public static String paged(String text, int linesPerPage, boolean lineEndAfterFormFeed, String footer) {
        Objects.requireNonNull(text, "text");
        if (linesPerPage <= 0) {
            throw new IllegalArgumentException("a page must have at least one line: " + linesPerPage);
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + lines.length / linesPerPage * 32);
        int page = 1;
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if ((i + 1) % linesPerPage == 0 && i < lines.length - 1) {
                if (footer != null) {
                    out.append(footer).append('\n');
                }
                out.append("- ").append(page++).append(" -\n").append('\f');
                if (lineEndAfterFormFeed) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}
