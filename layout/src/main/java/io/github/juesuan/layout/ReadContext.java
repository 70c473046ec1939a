package io.github.juesuan.layout;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The state of one read: the fiscal year, the problems and the provenance collected so far. */
final class ReadContext {

    final FiscalYear year;
    final FunctionCatalog catalog;
    final SourceLocation file;
    final List<Problem> problems = new ArrayList<>();
    final Map<CellRef, SourceLocation> provenance = new HashMap<>();
    final List<EvaluationLocation> evaluationLocations = new ArrayList<>();

    /** The tables whose titles were found but whose bodies could not be read. */
    final java.util.Set<TableId> unreadable = java.util.EnumSet.noneOf(TableId.class);
    /** The page-text tables with rows not placed yet, settled once every table is read ({@link OpenPlacements}). */
    final List<OpenPlacements.Open> open = new ArrayList<>();
    /** The document's lines: the recognizer counts them from 1 (its "line" numbers are indexes + 1). */
    final List<LayoutLine> lines;

    /**
     * Whether the cells hold their text as typed (a workbook's, whose lines are located by sheet):
     * white space between Chinese characters is then the author's, not an extraction tool's.
     */
    final boolean asTyped;

    /** The editions the source states for some tables (a workbook's 元数据 sheet), by table. */
    private final Map<TableId, TableEdition> editions;

    ReadContext(FiscalYear year, LayoutDocument doc) {
        this(year, doc, Map.of());
    }

    ReadContext(FiscalYear year, LayoutDocument doc, Map<TableId, TableEdition> editions) {
        this.year = year;
        this.editions = editions;
        this.file = SourceLocation.ofFile(doc.getSourceName());
        this.catalog = FunctionCatalog.forYear(year);
        this.lines = doc.getLines();
        this.asTyped = !lines.isEmpty() && lines.stream().allMatch(l -> l.getLocation().getSheet().isPresent());
    }

    /** The indexes of the running header and footer lines, found on first use. */
    private java.util.Set<Integer> running;

    /**
     * Tells whether the line at a 0-based index is a running header or footer of the document's
     * pages: the first or one of the last three lines of a page (form feeds split the pages) that
     * prints no figure, names no table and whose text, its digits aside, stands at the head or at
     * the foot of at least two pages and of at least half of them ({@code 某局2024年度部门决算}, {@code 第 3 页 共 25 页}).
     * A table's reader skips these lines, so that a header carries over a page break to its body.
     *
     * @param index the line's index
     * @return whether it is a running line
     */
    boolean isRunning(int index) {
        if (running == null) {
            running = runningLines(lines);
        }
        return running.contains(index);
    }

    private static final java.util.regex.Pattern FIGURE_IN_LINE = java.util.regex.Pattern.compile("[0-9]\\.[0-9]");

    private static java.util.Set<Integer> runningLines(List<LayoutLine> lines) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        int pages = 0;
        // per page, its first and last three non-blank lines: [head or foot][key] -> line indexes
        Map<String, List<Integer>> ends = new HashMap<>();
        Map<String, java.util.Set<Integer>> pagesOf = new HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int page = lines.get(i).getPage();
            int end = i;
            List<Integer> filled = new ArrayList<>();
            while (end < lines.size() && lines.get(end).getPage() == page) {
                if (!lines.get(end).getText().isBlank()) {
                    filled.add(end);
                }
                end++;
            }
            if (page > 0) {
                pages++;
                for (int k = 0; k < filled.size(); k++) {
                    boolean head = k == 0;
                    if (!head && k < filled.size() - 3) {
                        continue;
                    }
                    String text = lines.get(filled.get(k)).getText();
                    String n = Texts.norm(text);
                    if (FIGURE_IN_LINE.matcher(n).find() || Vocabulary.bareTitle(n).isPresent()) {
                        continue;
                    }
                    String key = (head ? "head " : "foot ") + n.replaceAll("[0-9]+", "#");
                    ends.computeIfAbsent(key, x -> new ArrayList<>()).add(filled.get(k));
                    pagesOf.computeIfAbsent(key, x -> new java.util.HashSet<>()).add(page);
                }
            }
            i = end;
        }
        for (Map.Entry<String, List<Integer>> e : ends.entrySet()) {
            int on = pagesOf.get(e.getKey()).size();
            if (on >= 2 && on * 2 >= pages - 1) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    /**
     * The edition a table is read in unless its columns show another: the one the source states,
     * else the fiscal year's.
     */
    TableEdition edition(TableId id) {
        TableEdition stated = editions.get(id);
        return stated != null ? stated : TableEdition.forYear(year.getValue());
    }

    /**
     * The text of a cell as the report printed it: as typed in a workbook; in extracted text
     * without the white space a PDF's line ends put between Chinese characters ({@link Texts#joinCjk}).
     */
    String printed(String cell) {
        return asTyped ? cell.strip() : Texts.joinCjk(cell);
    }

    /**
     * The location of the document's line at a 1-based index and of a 1-based cell on it (0: the
     * whole line): its page and source line number.
     */
    SourceLocation at(int line, int column) {
        if (line < 1 || line > lines.size()) {
            return file.withLine(line, column);
        }
        LayoutLine l = lines.get(line - 1);
        if (l.getLocation().getSheet().isPresent()) {
            return column > 0 ? l.locate(column - 1) : l.getLocation(); // a workbook row: sheet!cell
        }
        SourceLocation loc = l.getPage() > 0 ? file.withPage(l.getPage()) : file;
        return loc.withLine(l.getNumber(), column);
    }

    /**
     * Records a warning at a 1-based line index and cell (0: the whole line): the message of a key
     * of the problem bundles ({@link ProblemMessage}) with its arguments.
     */
    void problem(int line, int column, String key, Object... args) {
        problems.add(Problem.warning(ProblemMessage.of(key, args), null, at(line, column)));
    }

    /** Records a warning naming the offending value as found. */
    void valueProblem(int line, int column, String value, String key, Object... args) {
        problems.add(Problem.warning(ProblemMessage.of(key, args), value, at(line, column)));
    }

    void locate(TableId table, RowKey row, TableColumn column, int line, int cellIndex) {
        provenance.put(CellRef.of(table, row, column), at(line, cellIndex + 1));
    }

    /** Records where a cell was read, at an exact location (a positioned cell). */
    void locate(TableId table, RowKey row, TableColumn column, SourceLocation where) {
        provenance.put(CellRef.of(table, row, column), where);
    }

    /**
     * Parses an amount cell: blank or a dash is empty; text that is not an amount is a problem
     * and read as blank.
     */
    Optional<Amount> amount(Row row, int index, String what) {
        return parse(row.cell(index), Amount::parse, what, at(row.line, index + 1));
    }

    /**
     * The one checked parse of every value read from the document (an amount, a rate, a score, a
     * count, a year): blank or a dash is empty; text the parser rejects is a problem that names the
     * value, the reason and where it was, and is read as blank, so that one bad cell never loses
     * the report.
     *
     * @param text the value as printed
     * @param parser the strict parser, which throws {@link IllegalArgumentException} (or its
     *     subclass {@link NumberFormatException}) or {@link ArithmeticException} on bad text; the
     *     message of an {@link io.github.juesuan.spi.InvalidInputException} is kept whole, so that the
     *     problem says the reason in the reader's language
     * @param what what the value is, for the message (such as {@code 公开01表})
     * @param where where the value was
     * @return the value, or empty if blank or rejected
     */
    <T> Optional<T> parse(String text, Function<String, ? extends T> parser, String what, SourceLocation where) {
        if (Amount.isBlankOrPlaceholder(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(Problem.warning(ProblemMessage.of("problem.layout.valueRejected", what, ProblemMessage.from(e)),
                    text, where));
            return Optional.empty();
        }
    }

    /**
     * Parses a count printed in the prose ({@code 共有车辆 8 辆}) strictly: a whole number from 0 to
     * {@link Integer#MAX_VALUE}.
     *
     * @param text the digits
     * @return the count
     * @throws IllegalArgumentException naming the text if it is not such a number
     */
    static int count(String text) {
        String s = Texts.ascii(text);
        try {
            int n = Integer.parseInt(s);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the reason
        }
        throw new io.github.juesuan.spi.InvalidInputException(ProblemMessage.of("problem.value.count",
                io.github.juesuan.internal.Text.quote(text), Integer.MAX_VALUE));
    }
}
