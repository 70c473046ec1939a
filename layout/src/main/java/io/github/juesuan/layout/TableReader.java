package io.github.juesuan.layout;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableDescriptor;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the tables 公开01表 … 公开09表 from the lines of their sections. */
final class TableReader {

    private static final Pattern CODE_DIGITS = Pattern.compile("[0-9]{2,7}");
    private static final Pattern AMOUNT_LIKE = Pattern.compile("[-−]?[0-9][0-9,]*(\\.[0-9]+)?");
    private static final Pattern NOTE_ITEM = Pattern.compile("^[0-9]{1,2}\\s*[.．、].*");

    private final ReadContext ctx;

    TableReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** The parts of a table section: its grid rows, its empty statement and its notes. */
    static final class Block {
        final TableId id;
        final int headingLine;
        /** The 1-based index of the first line after the section. */
        int endLine;
        final List<Row> rows = new ArrayList<>();
        String emptyStatement;
        final List<String> notes = new ArrayList<>();

        Block(TableId id, int headingLine) {
            this.id = id;
            this.headingLine = headingLine;
        }
    }

    /** Splits the lines of a section into grid rows, the empty statement and the notes. */
    static Block block(TableId id, List<String> lines, int from, int to) {
        Block b = new Block(id, from + 1);
        b.endLine = to + 1;
        boolean inNotes = false;
        for (int i = from; i < to; i++) {
            String text = lines.get(i);
            Row r = Row.parse(i + 1, text);
            if (r != null && !(r.filled().size() == 1 && isProse(r.cell(r.filled().get(0)), inNotes))) {
                if (!r.isBlank()) {
                    b.rows.add(r);
                }
                inNotes = false;
                continue;
            }
            String t = text.strip();
            if (t.startsWith("- ")) {
                t = t.substring(2).strip();
            }
            if (t.isEmpty()) {
                continue;
            }
            String norm = Texts.norm(t);
            if (b.emptyStatement == null && Vocabulary.statesEmpty(norm)
                    && (!isNote(t) || Vocabulary.noteStatesEmpty(norm))) {
                b.emptyStatement = t;
                inNotes = false;
            } else if (isNote(t)) {
                b.notes.add(t);
                inNotes = true;
            } else if (inNotes && NOTE_ITEM.matcher(t).matches()) {
                b.notes.add(t);
            }
        }
        return b;
    }

    /** Tells whether a text starts a note under a table: 注：… or 说明：…. */
    private static boolean isNote(String t) {
        return t.startsWith("注") || t.startsWith("说明");
    }

    /**
     * Tells whether the one cell a grid row shows is prose under the table (a statement that it is
     * empty, a note, an item of the notes) rather than a row of it.
     */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "^[-−(（]?[0-9０-９][0-9０-９,，.．]*[)）]?$");

    /** Tells whether a row shows a figure: a cell that is a number alone. */
    private static boolean hasFigure(Row r) {
        for (int i : r.filled()) {
            if (FIGURE.matcher(r.cell(i).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProse(String cell, boolean inNotes) {
        String t = cell.strip();
        String norm = Texts.norm(t);
        return isNote(t) || Vocabulary.statesEmpty(norm) || inNotes && NOTE_ITEM.matcher(t).matches();
    }

    /** Reads a table section into the report builder; absent tables are left unset. */
    void read(Block b, FinalAccountReport.Builder report) {
        if (b.rows.isEmpty()) {
            // no grid rows: positioned or flowing text, read by the words' places and the header
            new FreeTableReader(ctx).read(b.id, b.headingLine - 1, b.endLine - 1, report);
            return;
        }
        switch (b.id) {
            case T01:
                report.summary(summary(b));
                break;
            case T04:
                report.fiscalSummary(fiscalSummary(b));
                break;
            case T06:
                report.basicExpenditureDetail(basicDetail(b));
                break;
            case T09:
                report.threePublicExpenses(threePublic(b));
                break;
            default:
                report.table(codedTable(b));
                break;
        }
    }

    private TableEdition edition(TableId id) {
        return ctx.edition(id);
    }

    // ---------------------------------------------------------------- coded tables 02 03 05 07 08

    /** A row of a coded table as read: code (null for 合计), printed name, amounts by position. */
    private static final class CodedLine {
        final Row row;
        final FunctionCode code;
        final String name;
        final List<Optional<Amount>> amounts;
        final int offset;

        CodedLine(Row row, FunctionCode code, String name, List<Optional<Amount>> amounts, int offset) {
            this.row = row;
            this.code = code;
            this.name = name;
            this.amounts = amounts;
            this.offset = offset;
        }
    }

    /** The 栏次 row: the index of its cell "1" (or of the first of a run of consecutive numbers) and the run length. */
    private static int[] numberRow(List<Row> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                if (!Texts.isInt(row.cell(i))) {
                    continue;
                }
                int start = Integer.parseInt(Texts.ascii(row.cell(i)));
                int n = 1;
                while (Texts.isInt(row.cell(i + n)) && Integer.parseInt(Texts.ascii(row.cell(i + n))) == start + n) {
                    n++;
                }
                if (n >= 3) {
                    return new int[] {r, i, n};
                }
            }
        }
        return null;
    }

    private List<CodedLine> coded(Block b, List<? extends TableColumn> columns) {
        int expectedColumns = columns.size();
        List<CodedLine> out = new ArrayList<>();
        if (b.rows.isEmpty()) {
            return out;
        }
        int[] nr = numberRow(b.rows);
        int[] byWords = nr == null ? amountsByHeader(b.rows, columns) : null;
        int first;
        int offset;
        int n;
        int[] select = byWords == null ? null : Arrays.copyOfRange(byWords, 2, byWords.length);
        if (byWords != null) {
            first = byWords[0];
            offset = byWords[1];
            n = expectedColumns;
        } else if (nr == null) {
            if (b.rows.stream().anyMatch(r -> r.filled().size() > 1)) {
                // said only where a row has cells to place: a title and a statement alone have none
                ctx.problem(b.rows.get(0).line, 0, "problem.layout.table.noColumnNumbers", b.id.getLabel());
            }
            first = 0;
            offset = 2;
            n = expectedColumns > 0 ? expectedColumns : b.rows.get(0).size() - 2;
        } else {
            first = nr[0] + 1;
            offset = nr[1];
            n = expectedColumns > 0 ? expectedColumns : nr[2];
            if (expectedColumns > 0 && nr[2] != expectedColumns) {
                ctx.problem(b.rows.get(nr[0]).line, 0, "problem.layout.table.columnNumbersMismatch", b.id.getLabel(), nr[2],
                        expectedColumns);
            }
        }
        Set<FunctionCode> seen = new HashSet<>();
        boolean total = false;
        int width = nr == null ? -1 : b.rows.get(nr[0]).size();
        Row previous = null;
        for (int r = first; r < b.rows.size(); r++) {
            Row row = b.rows.get(r);
            Row before = previous;
            previous = row;
            if (isNumberRow(row, offset)) {
                continue; // the 栏次 row repeated after a page break
            }
            row = select != null ? row.select(select) : unshift(row, width, offset);
            List<String> digits = new ArrayList<>();
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < offset; i++) {
                String c = row.cell(i);
                String d = Texts.ascii(c);
                if (CODE_DIGITS.matcher(d).matches()) {
                    digits.add(d);
                } else if (!c.isEmpty()) {
                    name.append(c);
                }
            }
            if (digits.isEmpty() && isHeaderRemnant(row, offset, n)) {
                continue; // a header row (科目代码, 类/款/项, column titles), repeated after a page break or not
            }
            List<Optional<Amount>> amounts = new ArrayList<>(n);
            boolean any = false;
            for (int k = 0; k < n; k++) {
                Optional<Amount> a = ctx.amount(row, offset + k, b.id.getLabel());
                any |= a.isPresent();
                amounts.add(a);
            }
            for (int i = offset + n; i < row.size(); i++) {
                if (!row.cell(i).isEmpty()) {
                    ctx.valueProblem(row.line, row.position(i) + 1, row.cell(i), "problem.layout.table.cellBeyondColumns",
                            b.id.getLabel(), row.cell(i), n);
                }
            }
            String printed = name.toString();
            String normName = Texts.norm(printed);
            if (digits.isEmpty()) {
                if (normName.equals("合计") || normName.equals("总计")) {
                    if (total) {
                        ctx.problem(row.line, 0, "problem.layout.table.secondTotalRow", b.id.getLabel());
                    } else {
                        total = true;
                        out.add(new CodedLine(row, null, printed, amounts, offset));
                    }
                    continue;
                }
                CodedLine last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (normName.isEmpty() && any && last != null && before != null && last.row.line == before.line && last.code == null
                        && last.amounts.stream().allMatch(Optional::isEmpty)) {
                    // the 合计 label alone on its line, its amounts on the next
                    out.set(out.size() - 1, new CodedLine(row, null, last.name, amounts, offset));
                    continue;
                }
                if (!any && last != null && before != null && last.row.line == before.line && last.code != null && row.line == before.line + 1
                        && isNameFragment(normName)) {
                    // the rest of the name above, broken by a line end
                    out.set(out.size() - 1, new CodedLine(last.row, last.code, last.name + printed.strip(),
                            last.amounts, last.offset));
                    continue;
                }
                if (!any) {
                    continue; // a header remnant (栏次, 类/款/项) or an empty row
                }
                List<FunctionCode> byName = ctx.catalog.codesNamedLeniently(Texts.stripOrdinal(printed));
                if (byName.size() == 1) {
                    ctx.problem(row.line, 0, "problem.layout.table.rowPlacedByName", b.id.getLabel(), printed, byName.get(0));
                    digits.add(byName.get(0).toString());
                } else {
                    ctx.problem(row.line, 0, "problem.layout.table.rowNameAmbiguous", b.id.getLabel(), printed, byName.size());
                    continue;
                }
            }
            FunctionCode code;
            try {
                code = FunctionCode.parse(digits.toArray(new String[0]));
            } catch (IllegalArgumentException e) {
                ctx.problem(row.line, 1, "problem.layout.table.rowRejected", b.id.getLabel(), String.valueOf(e.getMessage()));
                continue;
            }
            if (!seen.add(code)) {
                ctx.problem(row.line, 1, "problem.layout.table.codeTwice", b.id.getLabel(), code);
                continue;
            }
            out.add(new CodedLine(row, code, printed, amounts, offset));
        }
        return out;
    }

    /**
     * Finds the amount columns of a coded table printed without a 栏次 row (a workbook's) by its
     * header words: the rows above the first row with a code or a 合计 are its header, the cells
     * before the first column it names are the labels (codes, 类/款/项, names).
     *
     * @return {the index of the first row after the header, the number of label cells, then the
     *         positions that put a row in the printed form: its label cells and each column's cell,
     *         -1 for a column not printed}, or null if the header names no column
     */
    private int[] amountsByHeader(List<Row> rows, List<? extends TableColumn> columns) {
        int data = -1;
        for (int r = 0; r < rows.size() && data < 0; r++) {
            Row row = rows.get(r);
            String c = row.filled().isEmpty() ? "" : Texts.ascii(row.cell(row.filled().get(0)));
            data = CODE_DIGITS.matcher(c).matches() || row.norm(row.filled().isEmpty() ? 0 : row.filled().get(0))
                    .equals("合计") ? r : -1;
        }
        if (data <= 0) {
            return null;
        }
        TableColumn[] values = columns.toArray(new TableColumn[0]);
        Map<Integer, TableColumn> found = HeaderWords.match(HeaderWords.paths(rows.subList(0, data), values, ctx.lines),
                values, 1);
        if (found.isEmpty()) {
            return null;
        }
        int at = found.keySet().stream().min(Integer::compare).orElseThrow();
        int[] out = new int[2 + at + values.length];
        out[0] = data;
        out[1] = at;
        for (int i = 0; i < at; i++) {
            out[2 + i] = i;
        }
        for (int k = 0; k < values.length; k++) {
            out[2 + at + k] = -1; // a column the table does not print
            for (Map.Entry<Integer, TableColumn> e : found.entrySet()) {
                out[2 + at + k] = e.getValue() == values[k] ? e.getKey() : out[2 + at + k];
            }
        }
        return out;
    }

    /**
     * Tells whether the text of a row without code or amounts is the rest of a name broken over
     * two lines, not a header remnant (科目代码, 科目名称, 类/款/项, 栏次, 项目).
     */
    private static boolean isNameFragment(String norm) {
        if (norm.isEmpty() || norm.contains("科目") || norm.contains("栏次") || norm.equals("项目")) {
            return false;
        }
        return !norm.chars().allMatch(c -> c == '类' || c == '款' || c == '项');
    }

    /** Tells whether a row is a 栏次 row: numbers 1, 2, 3, … from the first amount column, and no code. */
    private static boolean isNumberRow(Row row, int offset) {
        for (int i = 0; i < Math.min(offset, row.size()); i++) {
            if (CODE_DIGITS.matcher(Texts.ascii(row.cell(i))).matches()) {
                return false;
            }
        }
        int n = 0;
        while (Texts.isInt(row.cell(offset + n)) && Integer.parseInt(Texts.ascii(row.cell(offset + n))) == n + 1) {
            n++;
        }
        return n >= 3;
    }

    /** Tells whether a row without a code has text that is not an amount where the amounts are: a header row. */
    private static boolean isHeaderRemnant(Row row, int offset, int n) {
        for (int k = 0; k < n; k++) {
            String c = row.cell(offset + k);
            if (!Amount.isBlankOrPlaceholder(c) && !looksLikeAmount(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeAmount(String s) {
        return AMOUNT_LIKE.matcher(Texts.ascii(s)).matches();
    }

    /**
     * Drops extra empty cells that shift a row's amounts. A row with more cells than the 栏次 row
     * has one empty cell too many: between its name and its amounts (the first amount column is
     * empty), among its label cells (its name sits in the first amount column) or at its end.
     */
    private static Row unshift(Row row, int width, int offset) {
        Row r = row;
        while (width > 0 && r.size() > width) {
            String first = r.cell(offset);
            int drop = -1;
            if (first.isEmpty()) {
                drop = offset;
            } else if (!looksLikeAmount(first) && !Amount.isBlankOrPlaceholder(first)) {
                for (int i = offset - 1; i >= 0 && drop < 0; i--) {
                    drop = r.cell(i).isEmpty() ? i : -1;
                }
            } else if (r.cell(r.size() - 1).isEmpty()) {
                drop = r.size() - 1;
            }
            if (drop < 0) {
                break;
            }
            r = r.without(drop);
        }
        return r;
    }

    private Map<TableColumn, Amount> cells(List<? extends TableColumn> columns, CodedLine l, TableId id) {
        Map<TableColumn, Amount> m = new HashMap<>();
        RowKey key = l.code == null ? RowKey.TOTAL : RowKey.of(l.code);
        for (int k = 0; k < columns.size(); k++) {
            TableColumn column = columns.get(k);
            if (k < l.amounts.size()) {
                l.amounts.get(k).ifPresent(v -> m.put(column, v));
            }
            ctx.locate(id, key, column, l.row.line, l.row.position(l.offset + k));
        }
        return m;
    }

    /**
     * Reads a table of functional-code rows (02, 03, 05, 07, 08) with the columns of its
     * {@link TableDescriptor}; the edition of 07 and 08 by the width of its 栏次 row.
     */
    private ReportTable codedTable(Block b) {
        TableEdition edition = edition(b.id);
        if (b.id == TableId.T07 || b.id == TableId.T08) {
            int[] nr = numberRow(b.rows);
            if (nr != null) {
                edition = nr[2] >= (b.id == TableId.T07 ? 10 : 6) ? TableEdition.E2023 : TableEdition.E2024;
            }
        }
        TableDescriptor d = TableDescriptor.of(b.id);
        List<? extends TableColumn> cols = d.getColumns(edition);
        Optional<Map<TableColumn, Amount>> total = Optional.empty();
        List<TableDescriptor.CodedRow> rows = new ArrayList<>();
        for (CodedLine l : coded(b, cols)) {
            Map<TableColumn, Amount> m = cells(cols, l, b.id);
            if (l.code == null) {
                total = Optional.of(m);
            } else {
                rows.add(new TableDescriptor.CodedRow(l.code, l.name, m));
            }
        }
        return d.codedTable(edition, total, rows, Optional.ofNullable(b.emptyStatement), b.notes);
    }

    // ---------------------------------------------------------------- 01 and 04

    /** The 类 code printed in a code cell of 01 or 04, if it is one. */
    private static Optional<FunctionCode> printedClass(String cell) {
        String c = Texts.ascii(cell);
        return FunctionCode.isValid(c) && FunctionCode.parse(c).getLevel() == CodeLevel.CLASS
                ? Optional.of(FunctionCode.parse(c)) : Optional.empty();
    }

    /** Finds the 类 code of an expenditure label such as 一、一般公共服务支出, by name. */
    private Optional<FunctionCode> classCode(Row row, int cell, String label) {
        String name = Texts.stripOrdinal(label);
        for (String candidate : List.of(name, name + "支出", name.endsWith("支出") ? name.substring(0,
                name.length() - 2) : name)) {
            for (FunctionCode c : ctx.catalog.codesNamedLeniently(candidate)) {
                if (c.getLevel() == CodeLevel.CLASS) {
                    return Optional.of(c);
                }
            }
        }
        ctx.problem(row.line, cell + 1, "problem.layout.table.expenditureLineUnplaced", label);
        return Optional.empty();
    }

    /**
     * Drops extra empty cells that shift a row of 01 or 04 (label, 行次, amount on each side; 04
     * has four amounts on the right): while the row is wider than its 栏次 row, the empty cell
     * whose removal leaves the most cells in place (行次 numbers, amounts, labels) is dropped.
     */
    private static Row unshiftSides(Row row, int width) {
        Row r = width > 0 && row.size() > width + MAX_SHIFT ? row.withoutTrailingBlanks(width + MAX_SHIFT) : row;
        while (width > 0 && r.size() > width) {
            Row best = null;
            int bestScore = -1;
            for (int i = 0; i < r.size(); i++) {
                if (!r.cell(i).isEmpty()) {
                    continue;
                }
                Row candidate = r.without(i);
                int score = sidesScore(candidate);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            r = best;
        }
        return r;
    }

    /**
     * The most extra cells {@link #unshiftSides} weighs one by one (each step tries every blank
     * cell, so its cost grows with the square of the row's width): the PDF tools shift a row by one
     * or two cells; beyond this many, the rightmost blank cells are dropped first, in one pass.
     */
    private static final int MAX_SHIFT = 8;

    private static int sidesScore(Row r) {
        int score = 0;
        for (int lineNo : new int[] {1, 4}) {
            // 行次: a small number, or blank (the 04 lines 本年收入合计 … print none); never an amount
            score += Texts.isInt(r.cell(lineNo)) ? 2 : r.cell(lineNo).isEmpty() ? 1 : 0;
        }
        for (int label : new int[] {0, 3}) {
            String c = r.cell(label);
            score += !Amount.isBlankOrPlaceholder(c) && !looksLikeAmount(c) && !Texts.isInt(c) ? 1 : 0;
        }
        for (int i = 0; i < r.size(); i++) {
            if (i == 2 || i >= 5) {
                String c = r.cell(i);
                score += Amount.isBlankOrPlaceholder(c) || looksLikeAmount(c) ? 1 : 0;
            }
        }
        return score;
    }

    /** The width of the 栏次 row of 01 or 04, or -1 if there is none. */
    private static int sidesWidth(List<Row> rows) {
        for (Row row : rows) {
            if (row.norm(0).equals("栏次")) {
                return row.size();
            }
        }
        return -1;
    }

    /**
     * The rows of 01 or 04 after its 栏次 row, so that header rows, even broken over lines, are not
     * read as lines; all rows if there is no 栏次 row.
     */
    private static List<Row> afterColumnNumbers(List<Row> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).norm(0).equals("栏次")) {
                return rows.subList(r + 1, rows.size());
            }
        }
        return rows;
    }

    /**
     * The columns of 01 or 04 by its header words when they are not the printed form (label, 行次,
     * amount on each side): the row naming two 项目 columns gives the income label, the expenditure
     * label, and after each the amount columns, skipping 行次, 栏次 and 代码 columns (a workbook's
     * 收入 项目 | 决算数 | 支出 科目代码 | 项目 | 决算数). Returns the indexes that put a row in the
     * printed form, the code column (if any) in the place of the expenditure side's 行次, or null if
     * the table is printed so or names no two 项目 columns.
     *
     * @param amounts the amount columns of the expenditure side (1 for 01, 4 for 04)
     */
    static int[] sideColumns(List<Row> rows, int amounts) {
        for (Row row : rows) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String n = row.norm(i);
                if (n.equals("项目") || n.equals("收入项目") || n.equals("支出项目")) {
                    items.add(i);
                }
            }
            if (items.size() != 2) {
                continue;
            }
            int income = items.get(0);
            int expenditure = items.get(1);
            int[] map = new int[5 + amounts];
            Arrays.fill(map, -1);
            map[0] = income;
            map[2] = amountColumnAfter(row, income, expenditure);
            map[3] = expenditure;
            for (int i = income + 1; i < expenditure; i++) {
                String n = row.norm(i);
                map[4] = n.contains("代码") || n.contains("编码") ? i : map[4]; // the code of the expenditure line
            }
            int c = expenditure;
            for (int k = 0; k < amounts; k++) {
                c = amountColumnAfter(row, c, Math.max(row.size(), c + 2));
                map[5 + k] = c;
            }
            boolean printed = income == 0 && map[2] == 2 && expenditure == 3 && map[5] == 5;
            return printed || map[2] < 0 ? null : map;
        }
        return null;
    }

    /** The first column after a label's that is no 行次, 栏次 or code column (blank header cells are amounts), before a limit. */
    private static int amountColumnAfter(Row header, int label, int limit) {
        for (int c = label + 1; c < limit; c++) {
            String n = header.norm(c);
            if (!(n.equals("行次") || n.equals("栏次") || n.contains("代码") || n.contains("编码"))) {
                return c;
            }
        }
        return -1;
    }

    /** Tells whether a 01/04 row's label is a header word or a table's title (a workbook row of its own). */
    private static boolean isHeader(String norm) {
        return norm.isEmpty() || Vocabulary.bareTitle(norm).isPresent() || norm.startsWith("部门:") || norm.startsWith("部门：") || norm.equals("项目") || norm.equals("栏次") || norm.equals("收入") || norm.equals("支出");
    }

    private IncomeExpenditureSummaryTable summary(Block b) {
        IncomeExpenditureSummaryTable.Builder t = IncomeExpenditureSummaryTable.builder();
        t.edition(edition(TableId.T01)).notes(b.notes);
        Optional.ofNullable(b.emptyStatement).ifPresent(t::emptyStatement);
        Set<FunctionCode> seen = new HashSet<>();
        int width = sidesWidth(b.rows);
        int[] sides = sideColumns(b.rows, 1);
        for (Row shown : afterColumnNumbers(b.rows)) {
            Row row = sides != null ? shown.select(sides) : unshiftSides(shown, width);
            String left = row.cell(0);
            String leftNorm = Texts.norm(Texts.stripOrdinal(left));
            if (!isHeader(leftNorm)) {
                SummaryIncomeLine line = null;
                for (SummaryIncomeLine l : SummaryIncomeLine.values()) {
                    if (Texts.norm(l.getLabel()).equals(leftNorm)) {
                        line = l;
                    }
                }
                Optional<Amount> a = ctx.amount(row, 2, "公开01表");
                if (line == null) {
                    ctx.problem(row.line, 1, "problem.layout.table.incomeLineUnknown", TableId.T01.getLabel(), left);
                } else {
                    SummaryIncomeLine fl = line;
                    a.ifPresent(v -> t.putIncome(fl, v));
                    ctx.locate(TableId.T01, line.getRowKey(), SummaryColumn.INCOME, row.line, row.position(2));
                }
            } else if (left.isEmpty() && ctx.amount(row, 2, "公开01表").isPresent()) {
                ctx.problem(row.line, 3, "problem.layout.table.amountWithoutLabel", TableId.T01.getLabel(), row.cell(2));
            }
            String right = row.cell(3);
            String rightNorm = Texts.norm(Texts.stripOrdinal(right));
            if (isHeader(rightNorm)) {
                continue;
            }
            Optional<Amount> a = ctx.amount(row, 5, "公开01表");
            SummaryExpenditureLine line = null;
            for (SummaryExpenditureLine l : SummaryExpenditureLine.values()) {
                if (Texts.norm(l.getLabel()).equals(rightNorm)) {
                    line = l;
                }
            }
            if (line != null) {
                SummaryExpenditureLine fl = line;
                a.ifPresent(v -> t.putExpenditureLines(fl, v));
                ctx.locate(TableId.T01, line.getRowKey(), SummaryColumn.EXPENDITURE, row.line, row.position(5));
                continue;
            }
            Optional<FunctionCode> code = sides != null ? printedClass(row.cell(4)).or(() -> classCode(row, 3, right))
                    : classCode(row, 3, right);
            if (code.isPresent() && seen.add(code.get())) {
                SummaryExpenditureRow.Builder r = SummaryExpenditureRow.builder();
                r.code(code.get()).name(right);
                a.ifPresent(v -> r.putAmounts(SummaryColumn.EXPENDITURE, v));
                t.addExpenditureRows(r.build());
                ctx.locate(TableId.T01, RowKey.of(code.get()), SummaryColumn.EXPENDITURE, row.line, row.position(5));
            }
        }
        return t.build();
    }

    private FiscalSummaryTable fiscalSummary(Block b) {
        FiscalSummaryTable.Builder t = FiscalSummaryTable.builder();
        t.edition(edition(TableId.T04)).notes(b.notes);
        Optional.ofNullable(b.emptyStatement).ifPresent(t::emptyStatement);
        Set<FunctionCode> seen = new HashSet<>();
        boolean beginning = false;
        int width = sidesWidth(b.rows);
        int[] sides = sideColumns(b.rows, FiscalSummaryRow.COLUMNS.size());
        for (Row shown : afterColumnNumbers(b.rows)) {
            Row row = sides != null ? shown.select(sides) : unshiftSides(shown, width);
            String left = row.cell(0);
            String ln = Texts.norm(Texts.stripOrdinal(left)).replaceFirst("^其中[:：]", "");
            if (!isHeader(ln)) {
                FiscalIncomeLine line = null;
                if (ln.equals("本年收入合计")) {
                    line = FiscalIncomeLine.TOTAL_INCOME;
                } else if (ln.startsWith("年初")) {
                    line = FiscalIncomeLine.BEGINNING_BALANCE;
                    beginning = true;
                } else if (ln.equals("总计")) {
                    line = FiscalIncomeLine.GRAND_TOTAL;
                } else if (ln.startsWith("一般公共预算")) {
                    line = beginning ? FiscalIncomeLine.BEGINNING_GENERAL_BUDGET : FiscalIncomeLine.GENERAL_BUDGET;
                } else if (ln.startsWith("政府性基金")) {
                    line = beginning ? FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND : FiscalIncomeLine.GOVERNMENT_FUND;
                } else if (ln.startsWith("国有资本经营")) {
                    line = beginning ? FiscalIncomeLine.BEGINNING_STATE_CAPITAL : FiscalIncomeLine.STATE_CAPITAL;
                }
                Optional<Amount> a = ctx.amount(row, 2, "公开04表");
                if (line == null) {
                    ctx.problem(row.line, 1, "problem.layout.table.incomeLineUnknown", TableId.T04.getLabel(), left);
                } else {
                    FiscalIncomeLine fl = line;
                    a.ifPresent(v -> t.putIncome(fl, v));
                    ctx.locate(TableId.T04, line.getRowKey(), FiscalSummaryColumn.INCOME, row.line, row.position(2));
                }
            }
            String right = row.cell(3);
            String rn = Texts.norm(Texts.stripOrdinal(right));
            if (isHeader(rn)) {
                continue;
            }
            FiscalExpenditureLine line = null;
            if (rn.equals("本年支出合计")) {
                line = FiscalExpenditureLine.TOTAL_EXPENDITURE;
            } else if (rn.startsWith("年末")) {
                line = FiscalExpenditureLine.ENDING_BALANCE;
            } else if (rn.equals("总计")) {
                line = FiscalExpenditureLine.GRAND_TOTAL;
            }
            Map<FiscalSummaryColumn, Amount> m = new EnumMap<>(FiscalSummaryColumn.class);
            for (int k = 0; k < FiscalSummaryRow.COLUMNS.size(); k++) {
                int kk = k;
                ctx.amount(row, 5 + k, "公开04表").ifPresent(v -> m.put(FiscalSummaryRow.COLUMNS.get(kk), v));
            }
            RowKey key;
            if (line != null) {
                t.putExpenditureLines(line, m);
                key = line.getRowKey();
            } else {
                Optional<FunctionCode> code = sides != null ? printedClass(row.cell(4)).or(() -> classCode(row, 3, right))
                        : classCode(row, 3, right);
                if (code.isEmpty() || !seen.add(code.get())) {
                    continue;
                }
                t.addExpenditureRows(FiscalSummaryRow.builder().code(code.get()).name(right).amounts(m).build());
                key = RowKey.of(code.get());
            }
            for (int k = 0; k < FiscalSummaryRow.COLUMNS.size(); k++) {
                ctx.locate(TableId.T04, key, FiscalSummaryRow.COLUMNS.get(k), row.line, row.position(5 + k));
            }
        }
        return t.build();
    }

    // ---------------------------------------------------------------- 06

    private BasicExpenditureDetailTable basicDetail(Block b) {
        BasicExpenditureDetailTable.Builder t = BasicExpenditureDetailTable.builder();
        t.edition(edition(TableId.T06)).notes(b.notes);
        Optional.ofNullable(b.emptyStatement).ifPresent(t::emptyStatement);
        List<List<BasicExpenditureRow>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Set<EconomicCode> seen = new HashSet<>();
        for (Row row : b.rows) {
            for (int i = 0; i < row.size(); i++) {
                String n = row.norm(i);
                if (n.equals("人员经费合计") || n.equals("公用经费合计")) {
                    int j = i + 1;
                    while (j < row.size() && row.cell(j).isEmpty()) {
                        j++;
                    }
                    if (j < row.size() && row.cell(j).codePoints()
                            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                        j = i + 1; // the next label (公用经费合计): this total is blank
                    }
                    Optional<Amount> a = j < row.size() ? ctx.amount(row, j, "公开06表") : Optional.empty();
                    boolean personnel = n.equals("人员经费合计");
                    if (personnel) {
                        a.ifPresent(t::personnelTotal);
                    } else {
                        a.ifPresent(t::publicUseTotal);
                    }
                    ctx.locate(TableId.T06, personnel ? BasicExpenditureDetailTable.PERSONNEL_TOTAL
                            : BasicExpenditureDetailTable.PUBLIC_USE_TOTAL, BasicExpenditureColumn.AMOUNT, row.line,
                            Math.min(j, row.size() - 1));
                }
            }
            for (int g = 0; g < 3; g++) {
                String code = Texts.ascii(row.cell(3 * g));
                if (!EconomicCode.isValid(code)) {
                    continue;
                }
                EconomicCode c = EconomicCode.parse(code);
                if (!seen.add(c)) {
                    ctx.problem(row.line, 3 * g + 1, "problem.layout.table.economicCodeTwice", TableId.T06.getLabel(), c);
                    continue;
                }
                BasicExpenditureRow.Builder r = BasicExpenditureRow.builder();
                r.code(c).name(row.cell(3 * g + 1));
                ctx.amount(row, 3 * g + 2, "公开06表").ifPresent(v -> r.putAmounts(BasicExpenditureColumn.AMOUNT, v));
                groups.get(g).add(r.build());
                ctx.locate(TableId.T06, RowKey.of(c), BasicExpenditureColumn.AMOUNT, row.line, 3 * g + 2);
            }
        }
        for (List<BasicExpenditureRow> g : groups) {
            t.addAllRows(g);
        }
        return t.build();
    }

    // ---------------------------------------------------------------- 09

    /**
     * Reads 09 printed without a 栏次 row (a workbook's): its columns by their header words, its
     * figures from the first row that holds mostly amounts (a cell that is not one is a problem). Returns false if no such row or no column is found.
     */
    private boolean threePublicByHeader(Block b, ThreePublicExpensesTable.Builder t) {
        int data = -1;
        for (int r = 0; r < b.rows.size() && data < 0; r++) {
            Row row = b.rows.get(r);
            int amounts = 0;
            for (int i : row.filled()) {
                amounts += looksLikeAmount(row.cell(i)) || Amount.isBlankOrPlaceholder(row.cell(i)) ? 1 : 0;
            }
            data = amounts > 0 && 2 * amounts > row.filled().size() ? r : -1;
        }
        if (data < 0) {
            return false;
        }
        Map<Integer, ThreePublicExpensesColumn> cols = HeaderWords.match(HeaderWords.paths(b.rows.subList(0, data),
                ThreePublicExpensesColumn.values(), ctx.lines), ThreePublicExpensesColumn.values(), 0);
        if (cols.isEmpty()) {
            return false;
        }
        Row row = b.rows.get(data);
        for (Map.Entry<Integer, ThreePublicExpensesColumn> e : cols.entrySet()) {
            ctx.amount(row, e.getKey(), "公开09表").ifPresent(v -> t.putAmounts(e.getValue(), v));
            ctx.locate(TableId.T09, ThreePublicExpensesTable.ROW, e.getValue(), row.line, row.position(e.getKey()));
        }
        return true;
    }

    private ThreePublicExpensesTable threePublic(Block b) {
        ThreePublicExpensesTable.Builder t = ThreePublicExpensesTable.builder();
        t.edition(edition(TableId.T09)).notes(b.notes);
        Optional.ofNullable(b.emptyStatement).ifPresent(t::emptyStatement);
        if (b.rows.isEmpty()) {
            return t.build();
        }
        int[] nr = numberRow(b.rows);
        List<ThreePublicExpensesColumn> cols = List.of(ThreePublicExpensesColumn.values());
        if (nr == null && threePublicByHeader(b, t)) {
            return t.build();
        }
        if (nr == null) {
            if (b.rows.stream().anyMatch(TableReader::hasFigure)) {
                // said only where there are figures to place: a title, a header and a statement alone have none
                ctx.problem(b.rows.get(0).line, 0, "problem.layout.table.t09NoColumnNumbers");
            }
            return t.build();
        }
        if (nr[0] + 1 >= b.rows.size()) {
            return t.build();
        }
        Row row = b.rows.get(nr[0] + 1);
        for (int k = 0; k < cols.size(); k++) {
            int kk = k;
            ctx.amount(row, nr[1] + k, "公开09表").ifPresent(v -> t.putAmounts(cols.get(kk), v));
            ctx.locate(TableId.T09, ThreePublicExpensesTable.ROW, cols.get(k), row.line, nr[1] + k);
        }
        return t.build();
    }
}
