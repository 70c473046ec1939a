package io.github.juesuan.pdf;

import io.github.juesuan.layout.LayoutCell;
import io.github.juesuan.layout.TextLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a report's space-aligned text (a {@code pdftotext -layout} page text, pages split by form
 * feeds) as a PDF with a CJK font, each cell placed at its display column scaled by a geometry: the
 * column width, the left margin, the font size, the line spacing and ruling lines vary, so that a
 * reader that depended on one geometry would fail.
 */
final class LayoutTextPdfRenderer {

    /** The CJK font the CI installs (fonts-wqy-zenhei, GPL with the font exception). */
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    /**
     * Where cells go.
     *
     * @param fontSize the font size in points
     * @param columnWidth the width of one display column in points (half the font size puts a CJK glyph on two)
     * @param margin the left and top margin in points
     * @param lineSpacing the distance between baselines, in font sizes
     * @param rules whether to draw ruling lines under every line, before every cell and at the line's end
     * @param rectangles whether to draw the rules as thin filled rectangles instead of stroked lines
     * @param letterSpaced whether to spread short CJK labels (合计, 项目, 金额) across their cell, a whole em
     *     between glyphs, as justified table text is printed
     */
    record Geometry(float fontSize, float columnWidth, float margin, float lineSpacing, boolean rules,
            boolean rectangles, boolean letterSpaced) {

        Geometry(float fontSize, float columnWidth, float margin, float lineSpacing, boolean rules) {
            this(fontSize, columnWidth, margin, lineSpacing, rules, false, false);
        }
    }

    private LayoutTextPdfRenderer() {
    }

    static byte[] render(String text, Geometry g) {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            for (String pageText : text.split("\f")) {
                String[] lines = pageText.split("\r?\n", -1);
                int widest = 0;
                for (String l : lines) {
                    widest = Math.max(widest, width(l));
                }
                float lineHeight = g.fontSize() * g.lineSpacing();
                float w = 2 * g.margin() + widest * g.columnWidth() + 20;
                float h = 2 * g.margin() + lines.length * lineHeight + 20;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = h - g.margin();
                    for (String l : lines) {
                        y -= lineHeight;
                        List<LayoutCell> cells = TextLines.cells(l);
                        for (int k = 0; k < cells.size(); k++) {
                            LayoutCell c = cells.get(k);
                            int room = (k + 1 < cells.size() ? cells.get(k + 1).x0() : widest + 4) - 2 - c.x0();
                            List<String> parts = g.letterSpaced() && spreadable(c.text(), room)
                                    ? c.text().codePoints().mapToObj(Character::toString).toList() : List.of(c.text());
                            for (int i = 0; i < parts.size(); i++) {
                                cs.beginText();
                                cs.setFont(font, g.fontSize());
                                cs.newLineAtOffset(g.margin() + (c.x0() + i * SPREAD) * g.columnWidth(), y);
                                cs.showText(parts.get(i));
                                cs.endText();
                            }
                        }
                        if (g.rules() && !cells.isEmpty()) {
                            float below = y - g.fontSize() * 0.3f;
                            List<float[]> rules = new ArrayList<>();
                            rules.add(new float[] {g.margin(), below, w - g.margin(), below});
                            for (LayoutCell c : cells) {
                                float x = g.margin() + c.x0() * g.columnWidth() - g.columnWidth() / 2;
                                rules.add(new float[] {x, below, x, below + lineHeight});
                            }
                            float end = g.margin() + (widest + 2) * g.columnWidth();
                            rules.add(new float[] {end, below, end, below + lineHeight});
                            for (float[] r : rules) {
                                if (g.rectangles()) {
                                    boolean vertical = r[0] == r[2];
                                    cs.addRect(vertical ? r[0] - 0.3f : r[0], vertical ? r[1] : r[1] - 0.3f,
                                            vertical ? 0.6f : r[2] - r[0], vertical ? r[3] - r[1] : 0.6f);
                                } else {
                                    cs.moveTo(r[0], r[1]);
                                    cs.lineTo(r[2], r[3]);
                                }
                            }
                            if (g.rectangles()) {
                                cs.fill();
                            } else {
                                cs.setLineWidth(0.5f);
                                cs.stroke();
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Display columns from one glyph of a spread label to the next: the glyph's two and an em of space. */
    private static final int SPREAD = 4;

    /** The table labels that producers justify across their cell. */
    private static final java.util.Set<String> JUSTIFIED = java.util.Set.of("合计", "项目", "金额", "小计", "总计",
            "科目编码", "科目名称", "本年收入", "本年支出");

    /** A table label with room to spread in its cell. */
    private static boolean spreadable(String text, int room) {
        return JUSTIFIED.contains(text) && (text.length() - 1) * SPREAD + 2 <= room;
    }

    private static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += TextLines.width(line.charAt(i));
        }
        return w;
    }

    /** Columns 1.2 times as wide as the glyphs: the cells stand further apart than their text is wide. */
    static Geometry wide() {
        return new Geometry(10f, 6f, 48f, 1.6f, true);
    }

    /** Geometries in which the glyphs fill their columns (half an em, or a little less), margins and spacing varied. */
    static List<Geometry> geometries() {
        List<Geometry> out = new ArrayList<>();
        out.add(new Geometry(9f, 4.5f, 20f, 1.5f, false));
        out.add(new Geometry(10f, 5f, 48f, 1.6f, true));
        out.add(new Geometry(8f, 4.2f, 30f, 1.3f, true));
        // justified labels, which only the rules keep together; the rules as lines or as thin rectangles
        out.add(new Geometry(9f, 4.5f, 36f, 1.5f, true, false, true));
        out.add(new Geometry(10f, 5f, 24f, 1.7f, true, true, true));
        return out;
    }
}
