package io.github.juesuan.text;

/**
 * Bounds on what {@link TextReportReader} and {@link TextLayoutSource} accept, so that a hostile
 * or broken text fails fast, naming the file, the line and the limit, instead of exhausting memory
 * or time.
 *
 * <p>The defaults are far above any real final-account report (the real ones have 300 to 6,000
 * lines of at most a few thousand characters, at most 30 cells a row and a few hundred lines a
 * table): a document of 8 Mi characters (8,388,608; the SPI reads at most
 * {@link TextReportFormat#MAX_BYTES} bytes), 200,000 lines, 100,000 characters a line, 1,000 cells
 * a row and 10,000 lines a table. A text at these limits reads within a heap of 256 MB, and
 * {@link TextReportReader#read(java.nio.file.Path)} reads a file only up to the character limit,
 * so that a 200 MB file fails with the limit's message, never an {@link OutOfMemoryError}.
 *
 * <p>Over the document, line and cell limits the read fails with an {@link IllegalArgumentException}
 * (a failed result through the SPI); a table over the line limit is read as
 * {@linkplain io.github.juesuan.report.TablePresence#UNREADABLE unreadable}, with a problem, and the
 * rest of the report is kept. Within the limits every step of reading is linear in the text's
 * characters, lines and cells, except placing a table's rows, which is bounded by the lines of
 * that table. Instances are immutable.
 */
public final class TextLimits {

    private static final TextLimits DEFAULTS = new TextLimits(8 << 20, 200_000, 100_000, 1_000, 10_000);

    private final int maxChars;
    private final int maxLines;
    private final int maxLineLength;
    private final int maxCellsPerRow;
    private final int maxRowsPerTable;

    private TextLimits(int maxChars, int maxLines, int maxLineLength, int maxCellsPerRow, int maxRowsPerTable) {
        this.maxChars = maxChars;
        this.maxLines = maxLines;
        this.maxLineLength = maxLineLength;
        this.maxCellsPerRow = maxCellsPerRow;
        this.maxRowsPerTable = maxRowsPerTable;
    }

    /**
     * Gets the default limits.
     *
     * @return the defaults
     */
    public static TextLimits defaults() {
        return DEFAULTS;
    }

    /** @return the most characters a document may have */
    public int getMaxChars() {
        return maxChars;
    }

    /** @return the most lines a document may have (a form feed does not start a line) */
    public int getMaxLines() {
        return maxLines;
    }

    /** @return the most characters a line may have, its line end not counted */
    public int getMaxLineLength() {
        return maxLineLength;
    }

    /** @return the most cells a line may have (tab-separated, pipe or space-separated cells) */
    public int getMaxCellsPerRow() {
        return maxCellsPerRow;
    }

    /** @return the most lines a table may span, from its title to the next table's */
    public int getMaxRowsPerTable() {
        return maxRowsPerTable;
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param chars the limit, positive
     * @return the limits
     */
    public TextLimits withMaxChars(int chars) {
        return new TextLimits(positive(chars), maxLines, maxLineLength, maxCellsPerRow, maxRowsPerTable);
    }

    /**
     * Returns a copy with another line count limit.
     *
     * @param lines the limit, positive
     * @return the limits
     */
    public TextLimits withMaxLines(int lines) {
        return new TextLimits(maxChars, positive(lines), maxLineLength, maxCellsPerRow, maxRowsPerTable);
    }

    /**
     * Returns a copy with another line length limit.
     *
     * @param chars the limit, positive
     * @return the limits
     */
    public TextLimits withMaxLineLength(int chars) {
        return new TextLimits(maxChars, maxLines, positive(chars), maxCellsPerRow, maxRowsPerTable);
    }

    /**
     * Returns a copy with another limit of cells per row.
     *
     * @param cells the limit, positive
     * @return the limits
     */
    public TextLimits withMaxCellsPerRow(int cells) {
        return new TextLimits(maxChars, maxLines, maxLineLength, positive(cells), maxRowsPerTable);
    }

    /**
     * Returns a copy with another limit of lines per table.
     *
     * @param rows the limit, positive
     * @return the limits
     */
    public TextLimits withMaxRowsPerTable(int rows) {
        return new TextLimits(maxChars, maxLines, maxLineLength, maxCellsPerRow, positive(rows));
    }

    private static int positive(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a limit must be positive: " + n);
        }
        return n;
    }

    @Override
    public String toString() {
        return "TextLimits[maxChars=" + maxChars + ", maxLines=" + maxLines + ", maxLineLength=" + maxLineLength
                + ", maxCellsPerRow=" + maxCellsPerRow + ", maxRowsPerTable=" + maxRowsPerTable + "]";
    }
}
