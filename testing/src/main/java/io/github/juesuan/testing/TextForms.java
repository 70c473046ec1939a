package io.github.juesuan.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
 * <p>Three more renderings change the rows of tab-separated text the way the 上海 template prints
 * them, before the text is laid out: {@link #splitCodes} prints each code over the 类/款/项 cells
 * ({@code 201 06 01}, {@code 301 01}), {@link #wrappedNames} wraps long names onto the lines below
 * ({@link NameWrap}), {@link #valuesAboveLabels} prints the figures of the total rows on the line
 * above their labels (06's 人员经费合计/公用经费合计, the 合计 of 02, 03 and 05).
 *
 * <pre>{@code
 * String wrapped = TextForms.wrappedNames(TextForms.splitCodes(tabSeparatedText), 12, TextForms.NameWrap.REST_BELOW);
 * String aligned = TextForms.spaceAligned(TextForms.valuesAboveLabels(wrapped), 2);
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

    /** A functional or economic code as printed in one cell: 3, 5 or 7 digits. */
    private static final Pattern CODE = Pattern.compile("[0-9]{3}(?:[0-9]{2}){0,2}");
    /** A figure: a number with a decimal point (行次 and 栏次 numbers have none). */
    private static final Pattern FIGURE = Pattern.compile("[-−]?[0-9][0-9,]*\\.[0-9]+");

    /** How {@link #wrappedNames} wraps a long name. */
    public enum NameWrap {
        /** The code, the start of the name and the amounts on the first line; the rest of the name alone below. */
        REST_BELOW,
        /** The code and the amounts on the first line; the whole name below it, broken over lines. */
        NAME_BELOW
    }

    /** The runs of consecutive lines with tabs (the tables) of a text, and the lines between them. */
    private static String mapTables(String tabSeparated, java.util.function.UnaryOperator<List<String[]>> table) {
        String[] lines = tabSeparated.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].indexOf('\t') < 0) {
                out.add(lines[i++]);
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            while (i < lines.length && lines[i].indexOf('\t') >= 0) {
                rows.add(lines[i++].split("\t", -1));
            }
            for (String[] r : table.apply(rows)) {
                out.add(String.join("\t", r));
            }
        }
        return String.join("\n", out);
    }

    private static boolean isCode(String cell) {
        return CODE.matcher(cell.strip()).matches();
    }

    private static boolean isName(String cell) {
        String c = cell.strip();
        return !c.isEmpty() && !FIGURE.matcher(c).matches() && !c.matches("[0-9]+");
    }

    /**
     * Prints the codes of tab-separated tables split over cells, as the 上海 template does: a column
     * of codes (one that holds a 5- or 7-digit code followed by a name) becomes the 类, 款 and 项
     * cells ({@code 2010601} → {@code 201 06 01}, {@code 20106} → {@code 201 06}, an economic
     * {@code 30101} → {@code 301 01}), every code of that column split; the other rows of the
     * table (its header, its 合计) get blank cells there, so the columns stay aligned. Apply it after
     * {@link #wrappedNames}, which finds a name by the code cell before it.
     *
     * @param tabSeparated the text, lines separated by {@code \n}
     * @return the text with split codes
     */
    public static String splitCodes(String tabSeparated) {
        Objects.requireNonNull(tabSeparated, "tabSeparated");
        return mapTables(tabSeparated, rows -> {
            int width = 0;
            for (String[] r : rows) {
                width = Math.max(width, r.length);
            }
            int[] parts = new int[width];
            for (String[] r : rows) {
                for (int c = 0; c + 1 < r.length; c++) {
                    String code = r[c].strip();
                    if (isCode(code) && code.length() > 3 && isName(r[c + 1])) {
                        parts[c] = Math.max(parts[c], code.length() == 7 ? 3 : 2);
                    }
                }
            }
            List<String[]> out = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.length; c++) {
                    String cell = r[c].strip();
                    if (parts[c] == 0) {
                        cells.add(r[c]);
                        continue;
                    }
                    List<String> split = new ArrayList<>();
                    if (isCode(cell)) {
                        split.add(cell.substring(0, 3));
                        for (int at = 3; at < cell.length(); at += 2) {
                            split.add(cell.substring(at, at + 2));
                        }
                    } else {
                        split.add(r[c]);
                    }
                    while (split.size() < parts[c]) {
                        split.add("");
                    }
                    cells.addAll(split);
                }
                out.add(cells.toArray(new String[0]));
            }
            return out;
        });
    }

    /**
     * Wraps the long names of coded rows onto the lines below, as a PDF's table cell wraps them: a
     * name (the text cell right after a code cell, or after a code split by {@link #splitCodes})
     * wider than {@code maxWidth} display columns is broken into pieces of at most that width (the
     * last piece at least two characters), and the pieces stand in the name's column on the lines
     * that follow, every other cell of those lines blank.
     *
     * @param tabSeparated the text, lines separated by {@code \n}
     * @param maxWidth the widest name printed on one line, in display columns, at least 4
     * @param wrap where the pieces and the amounts stand
     * @return the text with wrapped names
     * @throws IllegalArgumentException if maxWidth is below 4
     */
    public static String wrappedNames(String tabSeparated, int maxWidth, NameWrap wrap) {
        Objects.requireNonNull(tabSeparated, "tabSeparated");
        Objects.requireNonNull(wrap, "wrap");
        if (maxWidth < 4) {
            throw new IllegalArgumentException("a name must be at least 4 columns wide on one line: " + maxWidth);
        }
        return mapTables(tabSeparated, rows -> {
            List<String[]> out = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                List<Integer> names = new ArrayList<>();
                for (int c = 1; c < r.length; c++) {
                    if (isCode(r[c - 1]) && isName(r[c]) && displayWidth(r[c].strip()) > maxWidth) {
                        names.add(c);
                    }
                }
                if (names.isEmpty()) {
                    out.add(r);
                    continue;
                }
                List<List<String>> pieces = new ArrayList<>();
                int lines = 0;
                for (int c : names) {
                    List<String> p = pieces(r[c].strip(), maxWidth);
                    pieces.add(p);
                    lines = Math.max(lines, p.size());
                }
                int extra = wrap == NameWrap.REST_BELOW ? lines - 1 : lines;
                String[] first = r.clone();
                List<String[]> below = new ArrayList<>();
                for (int k = 0; k < extra; k++) {
                    String[] blank = new String[r.length];
                    Arrays.fill(blank, "");
                    below.add(blank);
                }
                for (int n = 0; n < names.size(); n++) {
                    int c = names.get(n);
                    List<String> p = pieces.get(n);
                    int from = wrap == NameWrap.REST_BELOW ? 1 : 0;
                    first[c] = wrap == NameWrap.REST_BELOW ? p.get(0) : "";
                    for (int k = from; k < p.size(); k++) {
                        below.get(k - from)[c] = p.get(k);
                    }
                }
                out.add(first);
                out.addAll(below);
            }
            return out;
        });
    }

    /** Breaks a name into pieces of at most maxWidth display columns, the last at least two characters. */
    private static List<String> pieces(String name, int maxWidth) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int w = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (w + displayWidth(c) > maxWidth && piece.length() > 0) {
                out.add(piece.toString());
                piece.setLength(0);
                w = 0;
            }
            piece.append(c);
            w += displayWidth(c);
        }
        out.add(piece.toString());
        int last = out.size() - 1;
        if (last > 0 && out.get(last).length() < 2) {
            String prev = out.get(last - 1);
            out.set(last - 1, prev.substring(0, prev.length() - 1));
            out.set(last, prev.substring(prev.length() - 1) + out.get(last));
        }
        return out;
    }

    /**
     * Prints the figures of the total rows on the line above their labels, as the 上海 template's
     * 06 prints 人员经费合计 and 公用经费合计 (and its 02, 03 and 05 their 合计): a tab row with a
     * label 合计, 总计 or ending in 合计 and at least one figure (a number with a decimal point)
     * becomes a line of its figures, every other cell blank, followed by a line of its other cells
     * (labels, 行次 numbers), every figure's cell blank.
     *
     * @param tabSeparated the text, lines separated by {@code \n}
     * @return the text with the totals' figures above their labels
     */
    public static String valuesAboveLabels(String tabSeparated) {
        Objects.requireNonNull(tabSeparated, "tabSeparated");
        return mapTables(tabSeparated, rows -> {
            List<String[]> out = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                boolean total = false;
                boolean figure = false;
                for (String cell : r) {
                    String c = cell.strip();
                    total |= c.equals("合计") || c.equals("总计") || c.endsWith("合计") && c.length() > 2;
                    figure |= FIGURE.matcher(c).matches();
                }
                if (!total || !figure) {
                    out.add(r);
                    continue;
                }
                String[] values = new String[r.length];
                String[] labels = new String[r.length];
                for (int c = 0; c < r.length; c++) {
                    boolean f = FIGURE.matcher(r[c].strip()).matches();
                    values[c] = f ? r[c] : "";
                    labels[c] = f ? "" : r[c];
                }
                out.add(values);
                out.add(labels);
            }
            return out;
        });
    }
}
