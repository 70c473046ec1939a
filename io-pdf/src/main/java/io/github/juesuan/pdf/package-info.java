/**
 * Reads department final-account reports (部门决算) from their published PDFs, with Apache PDFBox.
 *
 * <p>{@link io.github.juesuan.pdf.PdfLayoutSource} turns the glyphs of a PDF's text layer, with
 * their positions, into the layout module's document: glyphs outside a page's crop box are dropped,
 * lines are grouped by baseline, words by the gaps between glyphs, and each word is placed in
 * virtual display columns (a CJK glyph two wide, as {@code pdftotext -layout} aligns text) while
 * keeping its box on the page. Where the page draws table rules, they bound the cells and rows.
 * Chinese text is decoded as published: embedded subset fonts with ToUnicode maps, composite fonts
 * without them through their Adobe-GB1 collection, non-embedded fonts through their predefined
 * CMap (GBK-EUC-H, UniGB-UCS2-H), full-width digits and punctuation folded into numbers. The layout module's one recognizer then reads the report
 * ({@link io.github.juesuan.pdf.PdfReportReader}). Pages without a text layer (scanned tables) are
 * reported page by page; no OCR is done.
 *
 * <p>Hostile and broken files (encrypted, damaged, decompression bombs, deeply nested objects,
 * thousands of pages) fail with a {@link io.github.juesuan.pdf.PdfReadException} naming the file,
 * within the {@link io.github.juesuan.pdf.PdfLimits}. The format {@code pdf} of the reader SPI is
 * {@link io.github.juesuan.pdf.PdfReportFormat}.
 */
package io.github.juesuan.pdf;
