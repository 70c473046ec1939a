package io.github.juesuan.pdf;

/**
 * One glyph of a page's text layer as the layout logic needs it, in PDF points from the top left
 * corner of the page's crop box, in reading direction.
 *
 * @param text the Unicode text of the glyph (one character, or a few for a ligature), not null
 * @param x the left edge
 * @param baseline the baseline, downwards from the top
 * @param width the advance width, not negative
 * @param height the glyph's height above the baseline, not negative
 * @param fontSize the font size in points, positive
 */
record Glyph(String text, float x, float baseline, float width, float height, float fontSize) {

    /** @return the right edge */
    float right() {
        return x + width;
    }
}
