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
     * @param rules whether to draw ruling lines under every line and between cells
     */
    record Geometry(float fontSize, float columnWidth, float margin, float lineSpacing, boolean rules) {
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
                        for (LayoutCell c : cells) {
                            cs.beginText();
                            cs.setFont(font, g.fontSize());
                            cs.newLineAtOffset(g.margin() + c.x0() * g.columnWidth(), y);
                            cs.showText(c.text());
                            cs.endText();
                        }
                        if (g.rules() && !cells.isEmpty()) {
                            cs.setLineWidth(0.5f);
                            float below = y - g.fontSize() * 0.3f;
                            cs.moveTo(g.margin(), below);
                            cs.lineTo(w - g.margin(), below);
                            for (LayoutCell c : cells) {
                                float x = g.margin() + c.x0() * g.columnWidth() - g.columnWidth() / 2;
                                cs.moveTo(x, below);
                                cs.lineTo(x, below + lineHeight);
                            }
                            cs.stroke();
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
        return out;
    }
}
