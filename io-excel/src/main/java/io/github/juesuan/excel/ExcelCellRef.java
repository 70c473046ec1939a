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
    private final String cell;

    private ExcelCellRef(String sheet, String cell) {
        this.sheet = sheet;
        this.cell = cell;
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

    static ExcelCellRef of(String sheet, int row, int col) {
        return new ExcelCellRef(sheet, Layout.ref(row, col));
    }

    /** @return the sheet name */
    public String getSheet() {
        return sheet;
    }

    /** @return the A1 reference, such as {@code E12} */
    public String getCell() {
        return cell;
    }

    /**
     * Converts to the SPI location.
     *
     * @param file the file name
     * @return the location with file, sheet and cell
     */
    SourceLocation toLocation(String file) {
        return SourceLocation.ofFile(file).withCell(sheet, cell);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExcelCellRef && ((ExcelCellRef) obj).sheet.equals(sheet)
                && ((ExcelCellRef) obj).cell.equals(cell);
    }

    @Override
    public int hashCode() {
        return sheet.hashCode() * 31 + cell.hashCode();
    }

    /** @return {@code sheet!cell}, such as {@code 公开03表!E12} */
    @Override
    public String toString() {
        return sheet + "!" + cell;
    }
}
