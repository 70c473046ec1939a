package io.github.juesuan.layout;

import io.github.juesuan.spi.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link LayoutDocument}: its page, its line number in the source, its text as
 * printed (for prose) and its cells (for tables). How the cells were found is the line's
 * {@link Kind}: the recognizer maps grid cells by their column, positioned cells by their extent
 * under the header's words, and flowing words by their order and the table's arithmetic.
 */
public final class LayoutLine {

    /** How a source found the cells of a line. */
    public enum Kind {
        /** Explicit cells: a tab-separated or Markdown pipe row, a workbook row. */
        GRID,
        /** Cells with a horizontal extent: space-aligned text ({@code pdftotext -layout}), PDF words. */
        POSITIONED,
        /** Words in reading order, separated by single spaces, blank cells vanished (pdfplumber page text). */
        FLOW
    }

    private final int page;
    private final int number;
    private final String text;
    private final Kind kind;
    private final List<LayoutCell> cells;
    private final SourceLocation location;

    private LayoutLine(int page, int number, String text, Kind kind, List<LayoutCell> cells,
            SourceLocation location) {
        this.page = page;
        this.number = number;
        this.text = text;
        this.kind = kind;
        this.cells = cells;
        this.location = location;
    }

    /**
     * Obtains a line.
     *
     * @param page the 1-based page, 0 if the source has no pages
     * @param number the 1-based line number in the source (a running number for a PDF)
     * @param text the line as printed, not null
     * @param kind how its cells were found, not null
     * @param cells the cells, left to right, not null
     * @param location where the line is, for problems (file, page, line), not null
     * @return the line
     */
    public static LayoutLine of(int page, int number, String text, Kind kind, List<LayoutCell> cells,
            SourceLocation location) {
        return new LayoutLine(page, number, Objects.requireNonNull(text, "text"), Objects.requireNonNull(kind, "kind"),
                List.copyOf(cells), Objects.requireNonNull(location, "location"));
    }

    /** @return the 1-based page, 0 if the source has no pages */
    public int getPage() {
        return page;
    }

    /** @return the 1-based line number in the source */
    public int getNumber() {
        return number;
    }

    /** @return the line as printed */
    public String getText() {
        return text;
    }

    /** @return how the cells were found */
    public Kind getKind() {
        return kind;
    }

    /** @return the cells, left to right */
    public List<LayoutCell> getCells() {
        return cells;
    }

    /** @return where the line is */
    public SourceLocation getLocation() {
        return location;
    }

    /**
     * Gets where one cell of the line is: the line's location with the cell's 1-based number, or
     * for positioned cells its 1-based start column. A workbook row (a location naming a sheet and
     * the row's cell, such as {@code A7}) locates its cells as {@code sheet!cell}: the cell's grid
     * column ({@link LayoutCell#x0()}) in that row, such as {@code E7}.
     *
     * @param cell the index of the cell on the line
     * @return the location
     */
    public SourceLocation locate(int cell) {
        if (cell < 0 || cell >= cells.size()) {
            return location;
        }
        if (location.getSheet().isPresent() && location.getCell().isPresent()) {
            String row = location.getCell().get().replaceFirst("^[A-Z]+", "");
            return location.withCell(location.getSheet().get(), columnLetters(cells.get(cell).x0()) + row);
        }
        int column = kind == Kind.POSITIONED ? cells.get(cell).x0() + 1 : cell + 1;
        return location.getLine().isPresent() ? location.withLine(number, column) : location;
    }

    /** The letters of a 0-based column index: A … Z, AA …. */
    private static String columnLetters(int col) {
        StringBuilder b = new StringBuilder();
        for (int c = Math.max(0, col) + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return (page > 0 ? "p" + page + " " : "") + number + " " + kind + ": " + text;
    }
}
