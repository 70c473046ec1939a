package io.github.juesuan.pdf;

/**
 * Bounds on what {@link PdfLayoutSource} and {@link PdfReportReader} accept, so that a hostile or
 * broken PDF fails fast with a {@link PdfReadException} instead of exhausting memory or time.
 *
 * <p>The defaults are far above any real final-account report (25 to 30 pages, a few thousand
 * glyphs a page, a few MB): 256 MB per file, 2,000 pages, 200,000 glyphs on one page, 5,000,000
 * glyphs in all, and 64 MB for the decoded data of one stream that text extraction decodes (a
 * page's content stream, a form it draws, an embedded font). The stream limit is checked by
 * decoding each such stream once into a counter that stops at the limit, before PDFBox decodes it
 * into memory, so a decompression bomb (a few KB that inflate to GBs) fails as
 * {@link PdfReadException.Reason#OVER_LIMIT} instead of filling the heap. PDFBox's own bounds hold
 * besides: objects nested at most 500 deep while parsing, streams held in a temporary file rather
 * than in memory.
 *
 * <p>Immutable.
 */
public final class PdfLimits {

    private static final PdfLimits DEFAULTS = new PdfLimits(256L << 20, 2_000, 200_000, 5_000_000, 64L << 20);

    private final long maxFileBytes;
    private final int maxPages;
    private final int maxGlyphsPerPage;
    private final long maxGlyphs;
    private final long maxStreamBytes;

    private PdfLimits(long maxFileBytes, int maxPages, int maxGlyphsPerPage, long maxGlyphs, long maxStreamBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxPages = maxPages;
        this.maxGlyphsPerPage = maxGlyphsPerPage;
        this.maxGlyphs = maxGlyphs;
        this.maxStreamBytes = maxStreamBytes;
    }

    /**
     * Gets the default limits.
     *
     * @return the defaults
     */
    public static PdfLimits defaults() {
        return DEFAULTS;
    }

    /** @return the largest file accepted, in bytes */
    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    /** @return the most pages a document may have */
    public int getMaxPages() {
        return maxPages;
    }

    /** @return the most glyphs one page may show */
    public int getMaxGlyphsPerPage() {
        return maxGlyphsPerPage;
    }

    /** @return the most glyphs the whole document may show */
    public long getMaxGlyphs() {
        return maxGlyphs;
    }

    /** @return the most bytes one decoded stream (content, form, font) may have */
    public long getMaxStreamBytes() {
        return maxStreamBytes;
    }

    /**
     * Returns a copy with another file size limit.
     *
     * @param bytes the limit, positive
     * @return the limits
     */
    public PdfLimits withMaxFileBytes(long bytes) {
        return new PdfLimits(positive(bytes), maxPages, maxGlyphsPerPage, maxGlyphs, maxStreamBytes);
    }

    /**
     * Returns a copy with another page limit.
     *
     * @param pages the limit, positive
     * @return the limits
     */
    public PdfLimits withMaxPages(int pages) {
        return new PdfLimits(maxFileBytes, (int) positive(pages), maxGlyphsPerPage, maxGlyphs, maxStreamBytes);
    }

    /**
     * Returns a copy with another limit of glyphs per page.
     *
     * @param glyphs the limit, positive
     * @return the limits
     */
    public PdfLimits withMaxGlyphsPerPage(int glyphs) {
        return new PdfLimits(maxFileBytes, maxPages, (int) positive(glyphs), maxGlyphs, maxStreamBytes);
    }

    /**
     * Returns a copy with another limit of glyphs in all.
     *
     * @param glyphs the limit, positive
     * @return the limits
     */
    public PdfLimits withMaxGlyphs(long glyphs) {
        return new PdfLimits(maxFileBytes, maxPages, maxGlyphsPerPage, positive(glyphs), maxStreamBytes);
    }

    /**
     * Returns a copy with another limit of decoded bytes per stream.
     *
     * @param bytes the limit, positive
     * @return the limits
     */
    public PdfLimits withMaxStreamBytes(long bytes) {
        return new PdfLimits(maxFileBytes, maxPages, maxGlyphsPerPage, maxGlyphs, positive(bytes));
    }

    private static long positive(long v) {
        if (v <= 0) {
            throw new IllegalArgumentException("a limit must be positive, got " + v);
        }
        return v;
    }

    @Override
    public String toString() {
        return "PdfLimits[file " + maxFileBytes + " bytes, " + maxPages + " pages, " + maxGlyphsPerPage
                + " glyphs a page, " + maxGlyphs + " glyphs, stream " + maxStreamBytes + " bytes]";
    }
}
