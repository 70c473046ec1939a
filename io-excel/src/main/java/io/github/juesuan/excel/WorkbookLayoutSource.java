package io.github.juesuan.excel;

import io.github.juesuan.layout.LayoutCell;
import io.github.juesuan.layout.LayoutDocument;
import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.spi.SourceLocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a workbook into a {@link LayoutDocument}, the layout module's one form of every source, so
 * that {@link io.github.juesuan.layout.LayoutReader} reads its tables as it reads a text's. It knows
 * how a workbook stores cells and nothing about reports:
 *
 * <ul>
 *   <li>each sheet starts with a line holding the sheet's name (a workbook with one table per sheet
 *       often titles a table only by its sheet's name), followed by one
 *       {@linkplain LayoutLine.Kind#GRID grid} line per row;</li>
 *   <li>a row's cells stand in column order from column A, blank cells kept as empty cells so that
 *       columns line up; a merged range shows its text in its top-left cell, which extends over the
 *       range's columns ({@link LayoutCell#x1()}), and its other cells are blank;</li>
 *   <li>numbers stored as numbers are given as their plain decimal without trailing zeros (a code
 *       stored as {@code 2010301.0} is {@code 2010301}), padded to the decimals the cell's format shows, error values as their text ({@code #REF!}), a formula without a stored result
 *       as an empty cell;</li>
 *   <li>a row with one cell showing text is given as that text alone (a title, a statement, a note),
 *       other rows as their cells joined by tabs;</li>
 *   <li>every line is located by file, sheet and row ({@code A7}), and {@link LayoutLine#locate(int)}
 *       names each cell, such as {@code E7}, so that problems and provenance say {@code sheet!cell}.</li>
 * </ul>
 *
 * <p>The sheets the writer adds beside the tables (元数据, 情况说明, 审核结果) are not part of the
 * document: they are no printed report's layout. Immutable and thread-safe.
 */
public final class WorkbookLayoutSource {

    /** Sheets of our own workbooks that hold no printed table (read by {@link ExcelReportReader} itself). */
    static final Set<String> NON_LAYOUT_SHEETS = Set.of(Layout.METADATA_SHEET, Layout.NARRATIVE_SHEET,
            Layout.FINDINGS_SHEET, Layout.FINDINGS_SHEET_EN);

    private final ExcelLimits limits;

    private WorkbookLayoutSource(ExcelLimits limits) {
        this.limits = limits;
    }

    /**
     * Creates a source with the default limits.
     *
     * @return the source
     */
    public static WorkbookLayoutSource create() {
        return new WorkbookLayoutSource(ExcelLimits.defaults());
    }

    /**
     * Returns a source with other limits.
     *
     * @param limits the limits, not null
     * @return the source
     */
    public WorkbookLayoutSource withLimits(ExcelLimits limits) {
        return new WorkbookLayoutSource(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a workbook file (.xlsx; .xls with Apache POI's {@code poi} on the class path) into a
     * layout document.
     *
     * @param file the file, not null
     * @return the document, named by the file's name
     * @throws ExcelReadException if the file is not a workbook that can be opened within the limits
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public LayoutDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        return of(ExcelReportReader.create().withLimits(limits).sheets(file, name), name);
    }

    /** Turns the sheets of a workbook into a document. */
    static LayoutDocument of(List<GridSheet> sheets, String sourceName) {
        SourceLocation file = SourceLocation.ofFile(sourceName);
        LayoutDocument.Builder doc = LayoutDocument.builder(sourceName);
        int number = 0;
        for (GridSheet s : sheets) {
            if (NON_LAYOUT_SHEETS.contains(s.name)) {
                continue;
            }
            doc.addLine(LayoutLine.of(0, ++number, s.name, LayoutLine.Kind.GRID, List.of(), file.withCell(s.name, null)));
            for (int r : s.rowIndexes()) {
                GridSheet.Row row = s.row(r);
                int last = Math.max(1, row.lastCol());
                List<LayoutCell> cells = new ArrayList<>(last + 1);
                StringBuilder joined = new StringBuilder();
                boolean shown = false;
                for (int c = 0; c <= last; c++) {
                    GridCell x = row.cell(c);
                    String text = x == null ? "" : text(x);
                    cells.add(new LayoutCell(text, c, x == null ? c + 1 : s.mergedTo(r, c) + 1));
                    if (c > 0) {
                        joined.append('\t');
                    }
                    joined.append(text);
                    shown |= !text.isEmpty();
                }
                if (shown) {
                    doc.addLine(LayoutLine.of(0, ++number, joined.toString(), LayoutLine.Kind.GRID, cells,
                            file.withCell(s.name, "A" + (r + 1))));
                }
            }
        }
        return doc.build();
    }

    /**
     * The text a cell shows: text stripped (its line breaks kept, a tab as a space), a number as its
     * plain decimal, an error as its code.
     */
    static String text(GridCell c) {
        switch (c.kind) {
            case NUMBER:
                try {
                    BigDecimal v = number(c.value).stripTrailingZeros(); // 2010301.0 is the code 2010301
                    if (v.scale() < 0) {
                        v = v.setScale(0);
                    }
                    if (c.decimals > v.scale()) {
                        v = v.setScale(c.decimals);
                    }
                    return v.toPlainString();
                } catch (NumberFormatException e) {
                    return c.value.strip();
                }
            case FORMULA_WITHOUT_VALUE:
                return "";
            default:
                return c.value.replace('\t', ' ').strip(); // a tab would split the cell; line breaks are the text's
        }
    }

    /** The largest decimal exponent of a stored number, that of a double's range. */
    static final int MAX_EXPONENT = 308;

    /**
     * Converts a stored number: exact when it has at most 15 significant digits (all that a double
     * holds), else the shortest decimal of the double, which undoes binary artefacts such as
     * {@code 4355.3999999999996}. A stored exponent beyond what a double holds ({@code 1E+999999999})
     * is no number: written out, it would take gigabytes.
     *
     * @throws NumberFormatException if the text is no number or its exponent is beyond ±{@value #MAX_EXPONENT}
     */
    static BigDecimal number(String stored) {
        BigDecimal exact = new BigDecimal(stored.strip());
        long exponent = (long) exact.precision() - exact.scale() - 1;
        if (Math.abs(exponent) > MAX_EXPONENT) {
            throw new NumberFormatException("the exponent of " + stored.strip() + " is beyond ±" + MAX_EXPONENT);
        }
        if (exact.precision() <= 15) {
            return exact;
        }
        return BigDecimal.valueOf(Double.parseDouble(stored.strip()));
    }
}
