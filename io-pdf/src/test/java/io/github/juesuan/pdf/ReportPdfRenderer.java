package io.github.juesuan.pdf;

import io.github.juesuan.pdf.ReportTables.Block;
import io.github.juesuan.pdf.ReportTables.Table;
import io.github.juesuan.pdf.ReportTables.Text;
import io.github.juesuan.report.FinalAccountReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a report as a PDF export of its tables does, with a CJK font: one text run per cell, at
 * the cell's position in a grid of columns as wide as their content (plus a little, drawn per
 * column), figures right-aligned in their column, short integers (行次, 栏次) centered, codes and
 * names left-aligned, header cells centered over the columns they group; a name or header wider
 * than its column wrapped onto lines inside its cell, the row as tall as its tallest cell and the
 * other cells at its top or its middle; pages of a given height, a table broken across them with
 * or without its header repeated; ruling lines as a stroked grid, a grid of thin filled rectangles,
 * a three-line table (top, under the header, bottom) or none; page numbers at the foot or none.
 */
final class ReportPdfRenderer {

    /** The CJK font the CI installs (fonts-wqy-zenhei, GPL with the font exception). */
    static final Path FONT = LayoutTextPdfRenderer.FONT;

    /** How the table is ruled. */
    enum Rules {
        /** No ruling lines. */
        NONE,
        /** Every row and column boundary stroked (no boundary inside a header cell that spans columns). */
        GRID,
        /** The same boundaries as thin filled rectangles. */
        RECTANGLES,
        /** A three-line table: above the header, below it, below the last row of the page. */
        THREE_LINE
    }

    /**
     * The geometry of a rendering.
     *
     * @param fontSize the font size of the tables and the text, in points
     * @param lineSpacing the distance between two lines of a cell, in font sizes
     * @param margin the page margin, in points
     * @param padding the space between a cell's boundary and its text, in font sizes
     * @param rules the ruling lines
     * @param middle whether a cell shorter than its row stands in its middle (else at its top)
     * @param nameEms the widest a text cell of a table body is before it wraps, in font sizes
     * @param headerEms the widest a header cell is before it wraps, in font sizes
     * @param widthSeed chooses the extra width of each column (0 to 2 font sizes)
     * @param pageLines the height of a page's content, in lines
     * @param repeatHeader whether a table broken across pages prints its header again on the next
     * @param pageNumbers whether each page prints its number at its foot
     * @param splitCodes whether coded tables print codes over 类, 款 and 项 cells
     */
    record Style(float fontSize, float lineSpacing, float margin, float padding, Rules rules, boolean middle,
            float nameEms, float headerEms, long widthSeed, int pageLines, boolean repeatHeader, boolean pageNumbers,
            boolean splitCodes) {
    }

    private static final Pattern FIGURE = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]+");
    private static final Pattern SHORT_INTEGER = Pattern.compile("[0-9]{1,2}");
    private static final float TITLE_SCALE = 1.4f;

    private static TrueTypeFont ttf;

    private final Style style;
    private final PDDocument doc;
    private final PDType0Font font;
    private final float size;
    private final float lineHeight;
    private final float pageWidth;
    private final float pageHeight;
    private PDPageContentStream cs;
    private int pageNumber;
    /** The top of the free space on the current page, downwards from the page's top. */
    private float y;

    private ReportPdfRenderer(Style style, PDDocument doc, PDType0Font font, float pageWidth) {
        this.style = style;
        this.doc = doc;
        this.font = font;
        this.size = style.fontSize();
        this.lineHeight = size * style.lineSpacing();
        this.pageWidth = pageWidth;
        this.pageHeight = 2 * style.margin() + style.pageLines() * lineHeight + (style.pageNumbers() ? 2 * size : 0);
    }

    /** @return whether the font is installed */
    static boolean fontInstalled() {
        return Files.exists(FONT);
    }

    private static synchronized TrueTypeFont ttf() throws IOException {
        if (ttf == null) {
            // kept open for the whole run: the documents subset it, they do not close it
            @SuppressWarnings("resource")
            TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            ttf = first[0];
        }
        return ttf;
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @param style the geometry
     * @return the PDF
     */
    static byte[] render(FinalAccountReport report, Style style) {
        return render(ReportTables.of(report, style.splitCodes()), style);
    }

    /**
     * Renders laid-out blocks.
     *
     * @param blocks the blocks
     * @param style the geometry
     * @return the PDF
     */
    static byte[] render(List<Block> blocks, Style style) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf(), true);
            float size = style.fontSize();
            List<Object> laid = new ArrayList<>();
            float widest = 0;
            for (Block b : blocks) {
                if (b instanceof Table t) {
                    Grid g = new Grid(t, style, font);
                    laid.add(g);
                    widest = Math.max(widest, g.tableWidth());
                } else {
                    Text t = (Text) b;
                    laid.add(t);
                    widest = Math.max(widest, width(font, t.text(), size * (t.centered() ? TITLE_SCALE : 1)));
                }
            }
            ReportPdfRenderer r = new ReportPdfRenderer(style, doc, font, widest + 2 * style.margin());
            r.newPage();
            for (Object o : laid) {
                if (o instanceof Grid g) {
                    r.table(g);
                } else {
                    r.text((Text) o);
                }
            }
            r.endPage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float width(PDType0Font font, String s, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNumber++;
        y = style.margin();
    }

    private void endPage() throws IOException {
        if (style.pageNumbers()) {
            String n = "- " + pageNumber + " -";
            show(n, (pageWidth - width(font, n, size)) / 2, pageHeight - style.margin() - 0.5f * size, size);
        }
        cs.close();
    }

    private float bottom() {
        return pageHeight - style.margin() - (style.pageNumbers() ? 2 * size : 0);
    }

    /** Shows one text run with its baseline at a height downwards from the page's top. */
    private void show(String s, float x, float baseline, float fontSize) throws IOException {
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, pageHeight - baseline);
        cs.showText(s);
        cs.endText();
    }

    private void text(Text t) throws IOException {
        float s = t.centered() ? size * TITLE_SCALE : size;
        float h = t.centered() ? s * style.lineSpacing() : lineHeight;
        if (y + h > bottom()) {
            endPage();
            newPage();
        }
        if (!t.text().isEmpty()) {
            float x = t.centered() ? (pageWidth - width(font, t.text(), s)) / 2 : style.margin();
            show(t.text(), x, y + h / 2 + 0.35f * s, s);
        }
        y += h;
    }

    private void table(Grid g) throws IOException {
        float left = style.margin() + (pageWidth - 2 * style.margin() - g.tableWidth()) / 2;
        float top = y;
        for (int r = 0; r < g.header.size(); r++) {
            if (y + g.headerHeight(r) > bottom() && y > style.margin()) {
                threeLine(g, left, top, y);
                endPage();
                newPage();
                top = y;
            }
            row(g, g.header.get(r), left);
        }
        float headerBottom = y;
        for (List<Cell> cells : g.body) {
            if (y + g.rowHeight(cells) > bottom() && y > style.margin()) {
                threeLine(g, left, top, headerBottom);
                endPage();
                newPage();
                top = y;
                if (style.repeatHeader()) {
                    for (List<Cell> h : g.header) {
                        row(g, h, left);
                    }
                }
                headerBottom = y;
            }
            row(g, cells, left);
        }
        threeLine(g, left, top, headerBottom);
    }

    /** A three-line table's rules on one page: above its first row, under its header, below its last row. */
    private void threeLine(Grid g, float left, float top, float headerBottom) throws IOException {
        if (style.rules() != Rules.THREE_LINE || y <= top) {
            return;
        }
        hline(left, left + g.tableWidth(), top);
        if (headerBottom > top && headerBottom < y) {
            hline(left, left + g.tableWidth(), headerBottom);
        }
        hline(left, left + g.tableWidth(), y);
    }

    private void hline(float x0, float x1, float at) throws IOException {
        cs.moveTo(x0, pageHeight - at);
        cs.lineTo(x1, pageHeight - at);
        cs.setLineWidth(0.8f);
        cs.stroke();
    }

    /** One row of the grid, its cells as text runs and its rules as the style draws them. */
    private void row(Grid g, List<Cell> cells, float left) throws IOException {
        float h = g.rowHeight(cells);
        int lines = Math.round((h - 2 * g.vpad) / lineHeight);
        for (Cell c : cells) {
            if (c.lines.isEmpty()) {
                continue;
            }
            float x0 = left + g.x[c.from];
            float x1 = left + g.x[c.to + 1];
            float shift = style.middle() ? (lines - c.lines.size()) / 2f : 0;
            for (int i = 0; i < c.lines.size(); i++) {
                String s = c.lines.get(i);
                float w = width(font, s, size);
                float pad = style.padding() * size;
                float x = c.align == Align.RIGHT ? x1 - pad - w
                        : c.align == Align.CENTER ? (x0 + x1 - w) / 2 : x0 + pad;
                show(s, x, y + g.vpad + (shift + i) * lineHeight + lineHeight / 2 + 0.35f * size, size);
            }
        }
        if (style.rules() == Rules.GRID || style.rules() == Rules.RECTANGLES) {
            List<float[]> rules = new ArrayList<>();
            rules.add(new float[] {left, y, left + g.tableWidth(), y});
            rules.add(new float[] {left, y + h, left + g.tableWidth(), y + h});
            rules.add(new float[] {left, y, left, y + h});
            for (Cell c : cells) {
                float x = left + g.x[c.to + 1];
                rules.add(new float[] {x, y, x, y + h});
            }
            for (float[] r : rules) {
                if (style.rules() == Rules.RECTANGLES) {
                    boolean vertical = r[0] == r[2];
                    float t = 0.4f;
                    cs.addRect(vertical ? r[0] - t : r[0], pageHeight - (vertical ? r[3] : r[1] + t),
                            vertical ? 2 * t : r[2] - r[0], vertical ? r[3] - r[1] : 2 * t);
                } else {
                    cs.moveTo(r[0], pageHeight - r[1]);
                    cs.lineTo(r[2], pageHeight - r[3]);
                }
            }
            if (style.rules() == Rules.RECTANGLES) {
                cs.fill();
            } else {
                cs.setLineWidth(0.5f);
                cs.stroke();
            }
        }
        y += h;
    }

    private enum Align {
        LEFT, CENTER, RIGHT
    }

    /** A cell of the grid: columns from and to (inclusive), its lines, its alignment. */
    private record Cell(int from, int to, List<String> lines, Align align) {
    }

    /** A table laid out: its columns' left edges and its rows of cells. */
    private static final class Grid {

        final List<List<Cell>> header = new ArrayList<>();
        final List<List<Cell>> body = new ArrayList<>();
        /** The left edge of each column, from the table's left edge; one more for the right edge. */
        final float[] x;
        final float vpad;
        private final float lineHeight;

        Grid(Table t, Style style, PDType0Font font) {
            float size = style.fontSize();
            this.lineHeight = size * style.lineSpacing();
            this.vpad = 0.25f * size;
            int n = t.columns();
            float pad = style.padding() * size;
            Align[] align = new Align[n];
            float[] w = new float[n];
            for (int c = 0; c < n; c++) {
                boolean figures = true;
                boolean integers = true;
                boolean any = false;
                for (List<String> r : t.body()) {
                    String s = c < r.size() ? r.get(c) : "";
                    if (!s.isEmpty()) {
                        any = true;
                        figures &= FIGURE.matcher(s).matches();
                        integers &= SHORT_INTEGER.matcher(s).matches();
                    }
                }
                align[c] = any && figures ? Align.RIGHT : any && integers ? Align.CENTER : Align.LEFT;
                w[c] = 2 * size;
                for (List<String> r : t.body()) {
                    String s = c < r.size() ? r.get(c) : "";
                    w[c] = Math.max(w[c], Math.min(width(font, s, size), style.nameEms() * size));
                }
            }
            // header cells: a cell followed by empty cells spans them where the row below fills them (a group over its
            // leaves; the 栏次 row, the last, numbers every column and groups nothing)
            List<List<int[]>> spans = new ArrayList<>();
            for (int r = 0; r < t.header().size(); r++) {
                List<String> row = t.header().get(r);
                List<int[]> s = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    int to = c;
                    if (r + 2 < t.header().size() && !cell(row, c).isEmpty() && !cell(t.header().get(r + 1), c).isEmpty()) {
                        while (to + 1 < n && cell(row, to + 1).isEmpty() && !cell(t.header().get(r + 1), to + 1).isEmpty()) {
                            to++;
                        }
                    }
                    s.add(new int[] {c, to});
                    c = to;
                }
                spans.add(s);
                for (int[] sp : s) {
                    if (sp[0] == sp[1]) {
                        float hw = Math.min(width(font, cell(row, sp[0]), size), style.headerEms() * size);
                        w[sp[0]] = Math.max(w[sp[0]], hw);
                    }
                }
            }
            Random random = new Random(style.widthSeed());
            for (int c = 0; c < n; c++) {
                w[c] += 2 * pad + random.nextFloat() * 2 * size;
            }
            for (int r = 0; r < t.header().size(); r++) {
                for (int[] sp : spans.get(r)) {
                    float have = 0;
                    for (int c = sp[0]; c <= sp[1]; c++) {
                        have += w[c];
                    }
                    float need = Math.min(width(font, cell(t.header().get(r), sp[0]), size), style.headerEms() * size)
                            + 2 * pad;
                    if (need > have) {
                        w[sp[1]] += need - have;
                    }
                }
            }
            x = new float[n + 1];
            for (int c = 0; c < n; c++) {
                x[c + 1] = x[c] + w[c];
            }
            for (int r = 0; r < t.header().size(); r++) {
                List<Cell> cells = new ArrayList<>();
                for (int[] sp : spans.get(r)) {
                    String s = cell(t.header().get(r), sp[0]);
                    cells.add(new Cell(sp[0], sp[1], wrap(font, s, x[sp[1] + 1] - x[sp[0]] - 2 * pad, size), Align.CENTER));
                }
                header.add(cells);
            }
            for (List<String> row : t.body()) {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    cells.add(new Cell(c, c, wrap(font, cell(row, c), w[c] - 2 * pad, size), align[c]));
                }
                body.add(cells);
            }
        }

        private static String cell(List<String> row, int c) {
            return c < row.size() ? row.get(c) : "";
        }

        float tableWidth() {
            return x[x.length - 1];
        }

        float rowHeight(List<Cell> cells) {
            int lines = 1;
            for (Cell c : cells) {
                lines = Math.max(lines, c.lines.size());
            }
            return lines * lineHeight + 2 * vpad;
        }

        float headerHeight(int r) {
            return rowHeight(header.get(r));
        }

        /** Breaks a text into lines of at most a width, character by character (a number is never broken). */
        private static List<String> wrap(PDType0Font font, String s, float room, float size) {
            if (s.isEmpty()) {
                return List.of();
            }
            if (width(font, s, size) <= room + 0.01f || FIGURE.matcher(s).matches()) {
                return List.of(s);
            }
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                String next = line.toString() + s.charAt(i);
                if (line.length() > 0 && width(font, next, size) > room + 0.01f) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(s.charAt(i));
            }
            out.add(line.toString());
            return out;
        }
    }
}
