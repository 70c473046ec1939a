package io.github.juesuan.pdf;

import io.github.juesuan.layout.LayoutCell;
import io.github.juesuan.layout.LayoutDocument;
import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.spi.SourceLocation.Box;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PdfLayoutSource} recovered from a PDF: the layout module's document (lines of
 * positioned cells, page by page, and the pages without a text layer), each cell's box on its
 * page, and the problems met (pages without text, glyphs without a Unicode mapping, glyphs outside
 * the crop box).
 *
 * <p>Every line's {@linkplain LayoutLine#getLocation() location} names the file, the page, the
 * running line number and the line's box on the page; {@link #locate(SourceLocation)} refines a
 * location of a cell (as the recognizer gives it: page, line and display column) with that cell's
 * own box. {@link #print(Appendable, boolean)} shows what the reader saw.
 *
 * <p>Immutable.
 */
public final class PdfLayout {

    private final LayoutDocument document;
    private final Map<Integer, List<Box>> cellBoxes;
    private final List<Problem> problems;
    private final long glyphs;
    private final long droppedOutside;

    PdfLayout(LayoutDocument document, Map<Integer, List<Box>> cellBoxes, List<Problem> problems, long glyphs,
            long droppedOutside) {
        this.document = document;
        this.cellBoxes = Map.copyOf(cellBoxes);
        this.problems = List.copyOf(problems);
        this.glyphs = glyphs;
        this.droppedOutside = droppedOutside;
    }

    /** @return the document, for {@link io.github.juesuan.layout.LayoutReader} */
    public LayoutDocument getDocument() {
        return document;
    }

    /**
     * Gets the problems met while recovering the text: a page without a text layer ("page 7 has no
     * text layer; its table cannot be read without OCR"), glyphs without a Unicode mapping. Each is
     * a warning located by file and page.
     *
     * @return the problems, in page order
     */
    public List<Problem> getProblems() {
        return problems;
    }

    /** @return the number of glyphs kept, on all pages */
    public long getGlyphCount() {
        return glyphs;
    }

    /** @return the number of glyphs dropped because they stand outside their page's crop box */
    public long getDroppedOutsideCropBox() {
        return droppedOutside;
    }

    /**
     * Gets the box of a cell on its page.
     *
     * @param line the running line number ({@link LayoutLine#getNumber()})
     * @param cell the index of the cell on the line
     * @return the box, in whole points from the page's top left corner; empty if there is no such cell
     */
    public Optional<Box> getCellBox(int line, int cell) {
        List<Box> boxes = cellBoxes.get(line);
        return boxes == null || cell < 0 || cell >= boxes.size() ? Optional.empty() : Optional.of(boxes.get(cell));
    }

    /**
     * Refines a location in this document with the box of the cell it names: a location with a
     * line and a display column (as the recognizer locates a positioned cell) gets the box of the
     * cell of that line that starts at, or covers, that column; any other location is returned as
     * it is.
     *
     * @param location the location, not null
     * @return the location with the cell's box, or the location itself
     */
    public SourceLocation locate(SourceLocation location) {
        Objects.requireNonNull(location, "location");
        Optional<Integer> line = location.getLine();
        Optional<Integer> column = location.getColumn();
        if (line.isEmpty() || column.isEmpty() || line.get() < 1 || line.get() > document.getLines().size()) {
            return location;
        }
        LayoutLine l = document.getLines().get(line.get() - 1);
        int x = column.get() - 1;
        List<LayoutCell> cells = l.getCells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).x0() <= x && x < Math.max(cells.get(i).x1(), cells.get(i).x0() + 1)) {
                Optional<Box> box = getCellBox(l.getNumber(), i);
                return box.map(location::withBox).orElse(location);
            }
        }
        return location;
    }

    /**
     * Prints what the reader saw: page by page, each line as recovered (its cells at their display
     * columns, as {@code pdftotext -layout} prints a page), and with {@code cells} each cell's text,
     * its display columns and its box on the page below its line. Pages without a text layer say
     * so.
     *
     * @param out where to print, not null
     * @param cells whether to list each line's cells
     * @throws UncheckedIOException if the output fails
     */
    public void print(Appendable out, boolean cells) {
        Objects.requireNonNull(out, "out");
        try {
            int page = 0;
            java.util.Set<Integer> blank = document.getPagesWithoutText();
            for (LayoutLine l : document.getLines()) {
                for (; page < l.getPage(); page++) {
                    pageHeading(out, page + 1, blank);
                }
                out.append(String.format("%4d  %s%n", l.getNumber(), l.getText().stripTrailing()));
                if (cells) {
                    List<LayoutCell> cs = l.getCells();
                    for (int i = 0; i < cs.size(); i++) {
                        LayoutCell c = cs.get(i);
                        out.append(String.format("        [%d-%d] %s %s%n", c.x0(), c.x1(), c.text(),
                                getCellBox(l.getNumber(), i).map(Box::toString).orElse("")));
                    }
                }
            }
            for (; page < document.getPageCount(); page++) {
                pageHeading(out, page + 1, blank);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the layout of " + document.getSourceName(), e);
        }
    }

    private static void pageHeading(Appendable out, int page, java.util.Set<Integer> blank) throws IOException {
        out.append("--- page ").append(String.valueOf(page)).append(blank.contains(page) ? " (no text layer)" : "")
                .append(" ---\n");
    }

    /**
     * Gets what {@link #print(Appendable, boolean)} prints without cells.
     *
     * @return the recovered text, page by page
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        print(sb, false);
        return sb.toString();
    }

    @Override
    public String toString() {
        return "PdfLayout[" + document.getSourceName() + ", " + document.getPageCount() + " pages, "
                + document.getLines().size() + " lines, " + problems.size() + " problems]";
    }
}
