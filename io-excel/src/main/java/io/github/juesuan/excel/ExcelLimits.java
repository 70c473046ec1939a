package io.github.juesuan.excel;

/**
 * Bounds on what {@link ExcelReportReader} accepts, so that a hostile or broken file fails fast
 * with an {@link ExcelReadException} instead of exhausting memory or time.
 *
 * <p>The defaults are far above any real final-account workbook (a few hundred rows): 64 MB per
 * file, 64 MB uncompressed per zip entry, an expansion ratio of at most 100 (checked once an
 * entry passes 1 MB, as Apache POI does), 100,000 rows per sheet, 2,000,000 non-blank cells, and
 * 32,767 characters per string (Excel's own limit per cell). Instances are immutable.
 *
 * <p>Besides these, the format's own bounds hold: columns {@code A} to {@code XFD} (16,384), rows
 * numbered from 1 to {@link #getMaxRows()} in {@code <row r>} and in merged ranges, every cell
 * inside a row. A merged range counts against {@link #getMaxCells()} once for each row it spans
 * (the reader indexes it by row), so that a few huge ranges cannot cost more than many cells.
 * Every step of reading a sheet is linear in its cells and merged rows, or O(n log n) for a row
 * whose cells come out of column order.
 */
public final class ExcelLimits {

    private static final ExcelLimits DEFAULTS = new ExcelLimits(64L << 20, 64L << 20, 100, 100_000, 2_000_000,
            32_767, 1000);

    private final long maxFileBytes;
    private final long maxEntryBytes;
    private final int maxExpansionRatio;
    private final int maxRows;
    private final int maxCells;
    private final int maxStringChars;
    private final int maxEntries;

    private ExcelLimits(long maxFileBytes, long maxEntryBytes, int maxExpansionRatio, int maxRows, int maxCells,
            int maxStringChars, int maxEntries) {
        this.maxFileBytes = maxFileBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.maxExpansionRatio = maxExpansionRatio;
        this.maxRows = maxRows;
        this.maxCells = maxCells;
        this.maxStringChars = maxStringChars;
        this.maxEntries = maxEntries;
    }

    /**
     * Gets the default limits.
     *
     * @return the defaults
     */
    public static ExcelLimits defaults() {
        return DEFAULTS;
    }

    /** @return the largest file accepted, in bytes */
    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    /** @return the largest uncompressed zip entry accepted, in bytes */
    public long getMaxEntryBytes() {
        return maxEntryBytes;
    }

    /** @return the largest ratio of uncompressed to compressed size of an entry */
    public int getMaxExpansionRatio() {
        return maxExpansionRatio;
    }

    /** @return the most rows a sheet may have */
    public int getMaxRows() {
        return maxRows;
    }

    /** @return the most non-blank cells a workbook may have, each row spanned by a merged range counting as one */
    public int getMaxCells() {
        return maxCells;
    }

    /** @return the most characters a string (shared or inline) may have */
    public int getMaxStringChars() {
        return maxStringChars;
    }

    /** @return the most zip entries a file may have */
    public int getMaxEntries() {
        return maxEntries;
    }

    /**
     * Returns a copy with another file size limit.
     *
     * @param bytes the limit, positive
     * @return the limits
     */
    public ExcelLimits withMaxFileBytes(long bytes) {
        return new ExcelLimits(positive(bytes), maxEntryBytes, maxExpansionRatio, maxRows, maxCells, maxStringChars,
                maxEntries);
    }

    /**
     * Returns a copy with another entry size limit.
     *
     * @param bytes the limit, positive
     * @return the limits
     */
    public ExcelLimits withMaxEntryBytes(long bytes) {
        return new ExcelLimits(maxFileBytes, positive(bytes), maxExpansionRatio, maxRows, maxCells, maxStringChars,
                maxEntries);
    }

    /**
     * Returns a copy with another expansion ratio limit.
     *
     * @param ratio the limit, positive
     * @return the limits
     */
    public ExcelLimits withMaxExpansionRatio(int ratio) {
        return new ExcelLimits(maxFileBytes, maxEntryBytes, (int) positive(ratio), maxRows, maxCells, maxStringChars,
                maxEntries);
    }

    /**
     * Returns a copy with another row limit.
     *
     * @param rows the limit, positive
     * @return the limits
     */
    public ExcelLimits withMaxRows(int rows) {
        return new ExcelLimits(maxFileBytes, maxEntryBytes, maxExpansionRatio, (int) positive(rows), maxCells,
                maxStringChars, maxEntries);
    }

    /**
     * Returns a copy with another cell limit.
     *
     * @param cells the limit, positive
     * @return the limits
     */
    public ExcelLimits withMaxCells(int cells) {
        return new ExcelLimits(maxFileBytes, maxEntryBytes, maxExpansionRatio, maxRows, (int) positive(cells),
                maxStringChars, maxEntries);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param chars the limit, positive
     * @return the limits
     */
    public ExcelLimits withMaxStringChars(int chars) {
        return new ExcelLimits(maxFileBytes, maxEntryBytes, maxExpansionRatio, maxRows, maxCells,
                (int) positive(chars), maxEntries);
    }

    private static long positive(long v) {
        if (v <= 0) {
            throw new IllegalArgumentException("a limit must be positive, got " + v);
        }
        return v;
    }
}
