package io.github.juesuan.pdf;

import io.github.juesuan.layout.LayoutCell;
import io.github.juesuan.layout.TextLines;
import io.github.juesuan.spi.SourceLocation.Box;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the glyphs of one page into lines of positioned cells, on the scale of
 * {@code pdftotext -layout}: lines by baseline, words by the gaps between glyphs, and every glyph
 * placed in a virtual display column (a column is half the page's dominant font size, so that a
 * CJK glyph is two columns wide and a digit one, as in the text such tools print). The cells are
 * then cut from the line's text as {@link TextLines#cells(String)} cuts a line of aligned text, and
 * each keeps its box on the page.
 *
 * <p>Pure logic on {@link Glyph}s: no PDF is needed to test it.
 */
final class PageLines {

    /** A gap between two glyphs wider than this share of the font size is a space. */
    static final float WORD_GAP = 0.2f;
    /** A gap wider than this share of the font size separates cells (two columns at least). */
    static final float CELL_GAP = 0.8f;
    /** Glyphs whose baselines differ by at most this share of the font size stand on one baseline. */
    static final float BASELINE_TOLERANCE = 0.25f;
    /** A row this share of the font size below a line joins it where their words share no column. */
    static final float OFFSET_TOLERANCE = 0.7f;
    /** A gap between lines this many times the page's usual one is printed as a blank line. */
    static final float BLANK_GAP = 1.8f;
    /** A row this share of the font size below a line joins it where a ruled row holds both (and their words share no column). */
    static final float BAND_OFFSET = 1.6f;
    /** A glyph's top, above its baseline, as a share of the font size (for rules between rows). */
    static final float ASCENT = 0.7f;
    /** A glyph's bottom, below its baseline, as a share of the font size. */
    static final float DESCENT = 0.15f;
    /** The height above the baseline at which a vertical rule must cross a glyph's line to separate cells. */
    static final float MIDDLE = 0.3f;
    /** Glyphs this far (in points) beyond the crop box still count as on the page. */
    static final float CROP_TOLERANCE = 1f;

    /** One recovered line: its text, its cells and their boxes on the page. */
    record Line(String text, List<LayoutCell> cells, List<Box> boxes, Box box) {
    }

    /**
     * What one page gave: its lines, how many glyphs were dropped outside its crop box, how many were
     * kept, and how many of those map to characters no report prints (see {@link #isImplausible(char)}).
     */
    record Page(List<Line> lines, int droppedOutside, int glyphs, int implausible) {

        /**
         * Tells whether the page's text is unreadable: at least 20 glyphs, more than a tenth of them
         * mapped to characters no report prints (a font without a usable ToUnicode map, or the map
         * lost in a damaged file: the glyphs' codes come out as Cyrillic, Greek or phonetic letters).
         *
         * @return true if the text cannot be trusted
         */
        boolean isGarbled() {
            return glyphs >= 20 && implausible * 10 > glyphs;
        }
    }

    private PageLines() {
    }

    /**
     * Builds the lines of a page.
     *
     * @param glyphs the page's glyphs, in any order
     * @param width the crop box's width in points
     * @param height the crop box's height in points
     * @return the lines, top to bottom
     */
    static Page build(List<Glyph> glyphs, float width, float height) {
        return build(glyphs, width, height, Rulings.NONE);
    }

    /**
     * Builds the lines of a page that may draw ruling lines. Where it does, a vertical rule between
     * two glyphs of a line is a cell boundary whatever the gap, a letter-spaced word (CJK glyphs a
     * cell gap apart with no rule between them, on a line that crosses at least three vertical
     * rules) stays one cell, and a row printed lower in the same ruled row of the table (horizontal
     * rules close above and below, none between) joins the line whose columns it leaves free; without rules
     * the glyphs' positions alone decide, as {@link #build(List, float, float)} does.
     *
     * @param glyphs the page's glyphs, in any order
     * @param width the crop box's width in points
     * @param height the crop box's height in points
     * @param rulings the page's ruling lines, in the glyphs' coordinates
     * @return the lines, top to bottom
     */
    static Page build(List<Glyph> glyphs, float width, float height, Rulings rulings) {
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        int outside = 0;
        for (Glyph g : glyphs) {
            float mid = g.x() + g.width() / 2;
            if (mid < -CROP_TOLERANCE || mid > width + CROP_TOLERANCE || g.baseline() < -CROP_TOLERANCE
                    || g.baseline() - g.height() / 2 > height + CROP_TOLERANCE) {
                outside++;
                continue;
            }
            String t = normalise(g.text());
            if (t.isBlank()) {
                continue;
            }
            kept.add(t.equals(g.text()) ? g : new Glyph(t, g.x(), g.baseline(), g.width(), g.height(), g.fontSize()));
        }
        if (kept.isEmpty()) {
            return new Page(List.of(), outside, 0, 0);
        }
        float unit = dominantFontSize(kept) / 2;
        kept.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        // rows of one baseline, then rows a little above or below joined to them where they share no column
        List<List<Glyph>> rows = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= kept.size(); i++) {
            if (i == kept.size() || !sameBaseline(kept.get(start), kept.get(i))) {
                rows.add(new ArrayList<>(kept.subList(start, i)));
                start = i;
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        List<Glyph> current = rows.get(0);
        for (int k = 1; k <= rows.size(); k++) {
            if (k < rows.size() && joins(current, rows.get(k), rulings)) {
                current.addAll(rows.get(k));
                continue;
            }
            lines.add(line(current, unit, rulings));
            baselines.add(current.get(current.size() - 1).baseline());
            if (k < rows.size()) {
                current = rows.get(k);
            }
        }
        lines = withBlankLines(lines, baselines);
        int implausible = 0;
        for (Glyph g : kept) {
            for (int i = 0; i < g.text().length(); i++) {
                if (isImplausible(g.text().charAt(i))) {
                    implausible++;
                    break;
                }
            }
        }
        return new Page(lines, outside, kept.size(), implausible);
    }

    /**
     * Puts a blank line where the gap to the next line is at least {@link #BLANK_GAP} times the
     * page's usual distance between lines (the median), as {@code pdftotext -layout} prints a
     * vertical gap: readers of aligned text take a blank line as the end of a row.
     */
    private static List<Line> withBlankLines(List<Line> lines, List<Float> baselines) {
        if (lines.size() < 3) {
            return lines;
        }
        float[] gaps = new float[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            gaps[i - 1] = baselines.get(i) - baselines.get(i - 1);
        }
        float[] sorted = gaps.clone();
        Arrays.sort(sorted);
        float usual = sorted[sorted.length / 2];
        List<Line> out = new ArrayList<>(lines.size() + 8);
        out.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            if (usual > 0 && gaps[i - 1] >= BLANK_GAP * usual) {
                out.add(new Line("", List.of(), List.of(), lines.get(i - 1).box()));
            }
            out.add(lines.get(i));
        }
        return out;
    }

    private static boolean sameBaseline(Glyph first, Glyph g) {
        float size = Math.max(first.fontSize(), g.fontSize());
        return g.baseline() - first.baseline() <= BASELINE_TOLERANCE * size;
    }

    /**
     * Tells whether a row belongs to the line above it: its baseline is at most
     * {@link #OFFSET_TOLERANCE} of the font size below the line's first baseline, and none of its
     * words stands in a column the line already fills. Table producers print some cells of a row a
     * little higher than the others (caizhengju's 基本支出 and 项目支出 columns stand 0.58 em above, its 06 prints amounts 0.65 em below
     * their row's code and name); wrapped names and the rows of a header fill the same columns, or
     * stand further apart, and stay lines of their own.
     */
    private static boolean joins(List<Glyph> line, List<Glyph> row, Rulings rulings) {
        float top = Float.MAX_VALUE;
        float size = 0;
        float lineTop = Float.MAX_VALUE;
        float rowBottom = -Float.MAX_VALUE;
        float offset = 0;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Glyph g : line) {
            top = Math.min(top, g.baseline());
            size = Math.max(size, g.fontSize());
            lineTop = Math.min(lineTop, g.baseline() - ASCENT * g.fontSize());
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
        }
        for (Glyph g : row) {
            size = Math.max(size, g.fontSize());
            offset = Math.max(offset, g.baseline() - top);
            rowBottom = Math.max(rowBottom, g.baseline() + DESCENT * g.fontSize());
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
        }
        if (offset > OFFSET_TOLERANCE * size && !(offset <= BAND_OFFSET * size
                && inOneBand(rulings, top, top + offset, lineTop, rowBottom, left, right, size))) {
            return false;
        }
        List<float[]> taken = words(line);
        for (float[] w : words(row)) {
            for (float[] t : taken) {
                if (w[0] < t[1] && t[0] < w[1]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Tells whether a line and a row lower down stand in one ruled row of a table: a horizontal rule
     * close above the line and one close below the row (within {@link #BAND_OFFSET} font sizes),
     * none between their baselines.
     */
    private static boolean inOneBand(Rulings rulings, float lineBaseline, float rowBaseline, float lineTop,
            float rowBottom, float left, float right, float size) {
        float reach = BAND_OFFSET * size;
        return !rulings.isEmpty() && !rulings.horizontalBetween(lineBaseline, rowBaseline, left, right)
                && rulings.horizontalBetween(lineTop - reach, lineTop, left, right)
                && rulings.horizontalBetween(rowBottom, rowBottom + reach, left, right);
    }

    /** The extents of a row's words, with a margin of a quarter of the font size. */
    private static List<float[]> words(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        List<float[]> out = new ArrayList<>();
        float[] w = null;
        for (Glyph g : sorted) {
            float margin = g.fontSize() * 0.25f;
            if (w != null && g.x() - margin <= w[1]) {
                w[1] = Math.max(w[1], g.right() + margin);
            } else {
                w = new float[] {g.x() - margin, g.right() + margin};
                out.add(w);
            }
        }
        return out;
    }

    /** The font size most glyphs of the page have (the table's, on a table page). */
    static float dominantFontSize(List<Glyph> glyphs) {
        float[] sizes = new float[glyphs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Math.round(glyphs.get(i).fontSize() * 2) / 2f;
        }
        Arrays.sort(sizes);
        float best = sizes[0];
        int bestRun = 0;
        for (int i = 0; i < sizes.length;) {
            int j = i;
            while (j < sizes.length && sizes[j] == sizes[i]) {
                j++;
            }
            if (j - i > bestRun) {
                bestRun = j - i;
                best = sizes[i];
            }
            i = j;
        }
        return best > 0 ? best : 10f;
    }

    private static Line line(List<Glyph> glyphs, float unit, Rulings rulings) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        int n = glyphs.size();
        int[] col = new int[n];
        int[] colEnd = new int[n];
        int cursor = 0;
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            int natural = Math.max(0, Math.round(g.x() / unit));
            int at;
            if (i == 0) {
                at = natural;
            } else {
                Glyph prev = glyphs.get(i - 1);
                float gap = g.x() - prev.right();
                float size = Math.max(prev.fontSize(), g.fontSize());
                float middle = g.baseline() - g.fontSize() * MIDDLE;
                if (!rulings.isEmpty() && rulings.verticalBetween(prev.x() + prev.width() / 2, g.x() + g.width() / 2,
                        middle)) {
                    at = Math.max(cursor + 2, natural);
                } else if (gap >= CELL_GAP * size && letterSpaced(prev, g) && inRuledCell(rulings, prev, g, middle)) {
                    at = cursor + 1;
                } else if (gap >= CELL_GAP * size) {
                    at = Math.max(cursor + 2, natural);
                } else if (gap > WORD_GAP * size) {
                    at = Math.max(cursor + 1, natural);
                } else {
                    at = cursor;
                }
            }
            for (; cursor < at; cursor++) {
                text.append(' ');
            }
            String t = numericForm(g.text(), i > 0 ? glyphs.get(i - 1).text() : "",
                    i + 1 < n ? glyphs.get(i + 1).text() : "");
            int w = 0;
            for (int k = 0; k < t.length(); k++) {
                w += TextLines.width(t.charAt(k));
            }
            col[i] = at;
            colEnd[i] = at + w;
            text.append(t);
            cursor = at + w;
        }
        String s = text.toString();
        List<LayoutCell> cells = TextLines.cells(s);
        List<Box> boxes = new ArrayList<>(cells.size());
        int gi = 0;
        for (LayoutCell c : cells) {
            while (gi < n && colEnd[gi] <= c.x0()) {
                gi++;
            }
            int from = gi;
            while (gi < n && col[gi] < c.x1()) {
                gi++;
            }
            boxes.add(box(glyphs, from, Math.max(from + 1, gi)));
        }
        return new Line(s, cells, boxes, box(glyphs, 0, n));
    }

    /** Two CJK glyphs: the characters of a letter-spaced word (合    计) where a ruled cell holds them. */
    private static boolean letterSpaced(Glyph a, Glyph b) {
        return a.text().length() == 1 && b.text().length() == 1 && isIdeograph(a.text().charAt(0))
                && isIdeograph(b.text().charAt(0));
    }

    /** Tells whether two glyphs stand in one cell of a ruled row: rules on both sides, at least three across. */
    private static boolean inRuledCell(Rulings rulings, Glyph a, Glyph b, float middle) {
        return rulings.verticalsAcross(middle) >= 3 && rulings.verticalBetween(-Float.MAX_VALUE, a.x(), middle)
                && rulings.verticalBetween(b.right(), Float.MAX_VALUE, middle);
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }

    private static Box box(List<Glyph> glyphs, int from, int to) {
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (int i = from; i < Math.min(to, glyphs.size()); i++) {
            Glyph g = glyphs.get(i);
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            top = Math.min(top, g.baseline() - Math.max(g.height(), g.fontSize() * 0.8f));
            bottom = Math.max(bottom, g.baseline() + g.fontSize() * 0.2f);
        }
        if (left > right) {
            return new Box(0, 0, 0, 0);
        }
        int l = (int) Math.floor(left);
        int t = (int) Math.floor(top);
        return new Box(l, t, Math.max(l, (int) Math.ceil(right)), Math.max(t, (int) Math.ceil(bottom)));
    }

    /**
     * Tells whether a character is one that no Chinese report prints, so that a glyph mapped to it
     * was decoded without a usable Unicode map: Latin Extended-B, Cyrillic, Armenian …, the phonetic
     * extensions, Greek Extended, currency signs beyond the Latin-1 ones, Latin Extended-C and
     * the private use area. ASCII, Latin-1, Greek, general punctuation, letterlike symbols, number
     * forms, arrows, mathematical operators, enclosed and box-drawing characters, geometric shapes,
     * all CJK blocks and the full-width forms are plausible.
     */
    static boolean isImplausible(char c) {
        return c >= '\u0180' && c <= '\u024F' || c >= '\u0400' && c <= '\u1FFF' && !(c >= '\u1100' && c <= '\u11FF')
                || c >= '\u20A0' && c <= '\u20CF' || c >= '\u2C00' && c <= '\u2DFF' || c >= '\uE000' && c <= '\uF8FF'
                || c == '\uFFFD';
    }

    /**
     * Folds the full-width forms of {@code . , - %} to ASCII where they stand in a number (a digit
     * before, or after for a minus sign), and keeps them elsewhere: {@code 1，234．50} is an
     * amount, {@code 本单位没有…，故本表无数据} a sentence.
     */
    static String numericForm(String t, String before, String after) {
        if (t.length() != 1) {
            return t;
        }
        char c = t.charAt(0);
        boolean digitBefore = !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
        boolean digitAfter = !after.isEmpty() && Character.isDigit(after.charAt(0));
        switch (c) {
            case '．', '，':
                return digitBefore && digitAfter ? String.valueOf((char) (c - 0xFEE0)) : t;
            case '－':
                return digitAfter ? "-" : t;
            case '％':
                return digitBefore ? "%" : t;
            default:
                return t;
        }
    }

    /**
     * Normalises a glyph's text: full-width digits to ASCII (the readers parse ASCII amounts and
     * codes), the CJK radicals and compatibility ideographs some PDF producers map their glyphs to
     * (⼀ U+2F00 for 一) to the unified ideographs, and no-break and ideographic spaces to spaces.
     * Full-width punctuation (（） 、 ： ，) is kept as printed; see {@link #numericForm}.
     */
    static String normalise(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' || c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF'
                    || c == '\u00A0' || c == '\u3000' || c < ' ') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
                sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c == '\u00A0' || c == '\u3000' || c < ' ') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
