package io.github.juesuan.layout;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a department final-account report (部门决算) out of a {@link LayoutDocument}, whatever
 * source made the document (a text file, a workbook, a PDF): the title, 第一部分 部门概况, the
 * tables 公开01表 … 公开09表, the 项目支出绩效自评表, the prose of 第三部分 (with its facts on
 * 机关运行经费, 政府采购 and 国有资产占用) and 第四部分.
 *
 * <p>Tables are found by their titles (with or without a 公开NN表 label or a 一、 number, in any
 * order; 目录 entries, 第三部分 headings and row labels are not titles) and read by their header
 * words, never by position: grid lines by their cells, positioned lines by where their cells stand
 * under the header, flowing words by their order and the table's own arithmetic. A table printed
 * with a statement such as "本单位没有…" or "…故本表无数据" is declared empty. A table whose title is
 * found but whose body cannot be read is {@linkplain io.github.juesuan.report.TablePresence#UNREADABLE
 * unreadable}, with a problem saying what was seen: a reading miss is never reported as a mistake
 * of the report.
 *
 * <p>Reading a messy but recognisable document never throws: the result holds the report, the
 * problems met (each with its page and line) and where each figure was read. Reading throws only
 * when the document is not a final-account report at all.
 *
 * <p>A source that knows the fiscal year or the department by other means (a workbook's metadata
 * sheet, a caller's option) passes them with {@link #withFiscalYear} and {@link #withDepartment}:
 * they are taken where the document states none, and a document read with a known year need not
 * carry the part headings or table labels that otherwise tell a report from another text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LayoutReader {

    /** The default of {@link #getMaxTableLines()}, far above the few hundred lines of a real table. */
    public static final int DEFAULT_MAX_TABLE_LINES = 10_000;

    private final int maxTableLines;
    private final FiscalYear fiscalYear;
    private final String department;
    private final Map<TableId, TableEdition> editions;

    /**
     * Creates a reader with the default limits.
     *
     * @deprecated use {@link #create()}, the factory every reader and writer has
     */
    @Deprecated
    public LayoutReader() {
        this(DEFAULT_MAX_TABLE_LINES, null, null, Map.of());
    }

    /**
     * Creates a reader with the default limits, no fiscal year and no department given.
     *
     * @return the reader
     */
    public static LayoutReader create() {
        return new LayoutReader(DEFAULT_MAX_TABLE_LINES, null, null, Map.of());
    }

    private LayoutReader(int maxTableLines, FiscalYear fiscalYear, String department,
            Map<TableId, TableEdition> editions) {
        this.maxTableLines = maxTableLines;
        this.fiscalYear = fiscalYear;
        this.department = department;
        this.editions = editions;
    }

    /**
     * Returns a reader that reads a table (or a 项目支出绩效自评表) only if it spans at most this many
     * lines, from its title to the next one; a longer one is
     * {@linkplain io.github.juesuan.report.TablePresence#UNREADABLE unreadable}, with a problem, and
     * the rest of the report is read. Placing a table's figures is bounded by its lines, so the
     * limit bounds the time a hostile table can take.
     *
     * @param lines the most lines of a table, positive
     * @return a reader with that limit
     * @throws IllegalArgumentException if the limit is not positive
     */
    public LayoutReader withMaxTableLines(int lines) {
        if (lines <= 0) {
            throw new IllegalArgumentException("the most lines of a table must be positive: " + lines);
        }
        return new LayoutReader(lines, fiscalYear, department, editions);
    }

    /** @return the most lines a table may span, from its title to the next */
    public int getMaxTableLines() {
        return maxTableLines;
    }

    /**
     * Returns a reader that takes this fiscal year where the document states none.
     *
     * @param year the year, not null
     * @return the reader
     */
    public LayoutReader withFiscalYear(FiscalYear year) {
        return new LayoutReader(maxTableLines, Objects.requireNonNull(year, "year"), department, editions);
    }

    /**
     * Returns a reader that takes this department where the document states none.
     *
     * @param department the department, not null
     * @return the reader
     */
    public LayoutReader withDepartment(String department) {
        return new LayoutReader(maxTableLines, fiscalYear, Objects.requireNonNull(department, "department"), editions);
    }

    /**
     * Returns a reader that reads a table in this edition (表版式) unless the table's own columns
     * show another, as a workbook's metadata sheet states it: without it a table is read in the
     * edition of the fiscal year ({@link TableEdition#forYear}). A 2023 公开09表 printed in a 2024
     * report, for instance, has the same columns in both editions and only the source can tell.
     *
     * @param table the table, not null
     * @param edition its edition, not null
     * @return the reader
     */
    public LayoutReader withEdition(TableId table, TableEdition edition) {
        Map<TableId, TableEdition> m = new EnumMap<>(TableId.class);
        m.putAll(editions);
        m.put(Objects.requireNonNull(table, "table"), Objects.requireNonNull(edition, "edition"));
        return new LayoutReader(maxTableLines, fiscalYear, department, Map.copyOf(m));
    }

    /**
     * Reads a report.
     *
     * @param document the document, not null
     * @return the report, the problems and the provenance
     * @throws io.github.juesuan.spi.InvalidInputException (an {@link IllegalArgumentException})
     *     naming the source if the document is not a final-account report or states no fiscal year;
     *     its {@code getMessage(Locale)} says so in Chinese or English
     */
    public LayoutReadResult read(LayoutDocument document) {
        Objects.requireNonNull(document, "document");
        return new Recognizer(maxTableLines, Optional.ofNullable(fiscalYear), Optional.ofNullable(department),
                editions).read(document);
    }
}
