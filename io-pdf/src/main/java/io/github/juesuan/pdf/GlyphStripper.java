package io.github.juesuan.pdf;

import io.github.juesuan.spi.ProblemMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper, stopped before it sorts and writes text: it collects each page's glyphs
 * with their positions (after PDFBox's own handling of {@code /ActualText} and of glyphs drawn twice
 * for a bold effect) and hands them to a listener page by page. The glyphs of the page's dominant
 * text direction are kept (a rotated watermark is dropped). The glyphs of composite fonts that PDFBox
 * leaves without Unicode are mapped through their character collection ({@link CollectionUnicodeFont}).
 * The page's ruling lines are collected in the same pass ({@link RulingOperators}).
 */
final class GlyphStripper extends PDFTextStripper {

    /** Receives each page's glyphs. */
    interface PageListener {
        /**
         * Receives a page.
         *
         * @param pageNumber the 1-based page
         * @param page the page
         * @param glyphs its glyphs in the dominant direction, in reading-direction coordinates
         * @param width the page's width in that direction, in points
         * @param height the page's height in that direction, in points
         * @param rulings the page's ruling lines, in the glyphs' coordinates ({@link Rulings#NONE} on a page
         *     turned or written in another direction)
         * @throws IOException if the page cannot be processed
         */
        void page(int pageNumber, PDPage page, List<Glyph> glyphs, float width, float height, Rulings rulings)
                throws IOException;
    }

    /** Checks a page before its content is processed. */
    interface PageCheck {
        /**
         * Checks a page.
         *
         * @param pageNumber the 1-based page
         * @param page the page
         * @throws IOException if the page cannot be read
         */
        void check(int pageNumber, PDPage page) throws IOException;
    }

    private final PdfLimits limits;
    private final String file;
    private final PageCheck check;
    private final PageListener listener;
    /** The fonts of the page as decoded: composite fonts replaced by {@link CollectionUnicodeFont}s. */
    private final Map<PDFont, PDFont> decoding = new IdentityHashMap<>();
    private final RulingOperators rulings;
    private int pageGlyphs;
    private long totalGlyphs;

    GlyphStripper(PdfLimits limits, String file, PageCheck check, PageListener listener) {
        this.limits = limits;
        this.file = file;
        this.check = check;
        this.listener = listener;
        this.rulings = new RulingOperators(this, RulingOperators.MAX_RULES);
        rulings.operators().forEach(this::addOperator);
        setSortByPosition(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        pageGlyphs = 0;
        decoding.clear();
        rulings.startPage(page.getCropBox());
        check.check(getCurrentPageNo(), page);
        super.processPage(page);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        PDFont decoded = font;
        if (font instanceof PDType0Font composite) {
            decoded = decoding.get(font);
            if (decoded == null) {
                decoded = CollectionUnicodeFont.of(composite);
                decoding.put(font, decoded);
            }
        }
        super.showGlyph(textRenderingMatrix, decoded, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++pageGlyphs > limits.getMaxGlyphsPerPage()) {
            throw new PdfReadException(PdfReadException.Reason.OVER_LIMIT, ProblemMessage.of("problem.pdf.tooManyGlyphsOnPage",
                    file, getCurrentPageNo(), limits.getMaxGlyphsPerPage()), PdfSources.at(file, getCurrentPageNo()), null);
        }
        if (++totalGlyphs > limits.getMaxGlyphs()) {
            throw new PdfReadException(PdfReadException.Reason.OVER_LIMIT, ProblemMessage.of("problem.pdf.tooManyGlyphs",
                    file, limits.getMaxGlyphs(), getCurrentPageNo()), PdfSources.at(file, getCurrentPageNo()), null);
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() throws IOException {
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            all.addAll(article);
        }
        // the dominant direction by glyph count
        Map<Integer, Integer> byDir = new TreeMap<>();
        for (TextPosition t : all) {
            byDir.merge(Math.round(t.getDir()), 1, Integer::sum);
        }
        int dir = byDir.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        List<Glyph> glyphs = new ArrayList<>(all.size());
        float pw = 0;
        float ph = 0;
        for (TextPosition t : all) {
            if (Math.round(t.getDir()) != dir) {
                continue;
            }
            String u = t.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            boolean upright = dir == 0 || dir == 180;
            pw = upright ? t.getPageWidth() : t.getPageHeight();
            ph = upright ? t.getPageHeight() : t.getPageWidth();
            float size = t.getFontSizeInPt();
            if (!(size > 0) || Float.isInfinite(size)) {
                size = Math.max(1f, t.getHeightDir());
            }
            glyphs.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), Math.max(0f, t.getWidthDirAdj()),
                    Math.max(0f, t.getHeightDir()), size));
        }
        if (glyphs.isEmpty()) {
            PDPage page = getCurrentPage();
            pw = page.getCropBox().getWidth();
            ph = page.getCropBox().getHeight();
        }
        Rulings rules = dir == 0 && getCurrentPage().getRotation() % 360 == 0 ? rulings.rulings() : Rulings.NONE;
        listener.page(getCurrentPageNo(), getCurrentPage(), glyphs, pw, ph, rules);
    }
}
