package io.github.juesuan.excel;

import io.github.juesuan.spi.SourceLocation;
import java.util.Objects;

/**
 * Where a figure came from in a workbook, as the reader keeps it while parsing: a sheet and an A1
 * cell reference, printed as {@code 公开03表!E12}. Callers see it as a
 * {@link SourceLocation} ({@link #toLocation(String)}).
 */
final class ExcelCellRef {

    private final String sheet;
    /** The zero-based row and column when made from them, -1 when made from an A1 text. */
    private final int row;
    private final int col;
    /** The A1 reference, computed on first use when made from row and column. */
    private String cell;

    private ExcelCellRef(String sheet, String cell) {
        this.sheet = sheet;
        this.cell = cell;
        this.row = -1;
        this.col = -1;
    }

    private ExcelCellRef(String sheet, int row, int col) {
        this.sheet = sheet;
        this.row = row;
        this.col = col;
    }

    /**
     * Obtains a reference.
     *
     * @param sheet the sheet name
     * @param cell the A1 reference, such as {@code E12}
     * @return the reference
     */
    static ExcelCellRef of(String sheet, String cell) {
        return new ExcelCellRef(Objects.requireNonNull(sheet, "sheet"), Objects.requireNonNull(cell, "cell"));
    }

    /**
     * Obtains a reference to a cell by position; its A1 text is made only when asked for (a reader
     * records the cell of every figure, and few are ever looked up).
     *
     * @param sheet the sheet name
     * @param row the zero-based row
     * @param col the zero-based column
     * @return the reference
     */
    static ExcelCellRef of(String sheet, int row, int col) {
        return new ExcelCellRef(sheet, row, col);
    }

    /** @return the sheet name */
    public String getSheet() {
        return sheet;
    }

    /** @return the A1 reference, such as {@code E12} */
    public String getCell() {
        String c = cell;
        if (c == null) {
            c = Layout.ref(row, col);
            cell = c;
        }
        return c;
    }

    /**
     * Converts to the SPI location.
     *
     * @param file the file name
     * @return the location with file, sheet and cell
     */
    SourceLocation toLocation(String file) {
        return SourceLocation.ofFile(file).withCell(sheet, getCell());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExcelCellRef && ((ExcelCellRef) obj).sheet.equals(sheet)
                && ((ExcelCellRef) obj).getCell().equals(getCell());
    }

    @Override
    public int hashCode() {
        return sheet.hashCode() * 31 + getCell().hashCode();
    }

    /** @return {@code sheet!cell}, such as {@code 公开03表!E12} */
    @Override
    public String toString() {
        return sheet + "!" + getCell();
    }
}
