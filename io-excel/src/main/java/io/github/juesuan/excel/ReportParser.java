package io.github.juesuan.excel;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.Text;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.GovernmentFundRow;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.GovernmentProcurement;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.StateCapitalRow;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableDescriptor;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.report.UnitKind;
import io.github.juesuan.report.VehicleCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reading of a workbook's grid into a report: finds the tables and parses each. */
final class ReportParser {

    private static final Pattern LABEL = Pattern.compile("公开0?([1-9])表");
    private static final Pattern YEAR = Pattern.compile("(19[5-9][0-9]|2[0-9]{3})年");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(其中[:：]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．])+");
    private static final Set<String> SPECIAL_SHEETS = Set.of(Layout.METADATA_SHEET, Layout.NARRATIVE_SHEET,
            Layout.PERFORMANCE_SHEET, Layout.FINDINGS_SHEET, Layout.FINDINGS_SHEET_EN);

    private final List<GridSheet> sheets;
    private final Optional<FiscalYear> fallbackYear;
    private final Optional<String> fallbackDepartment;
    private final List<ExcelProblem> problems = new ArrayList<>();
    private final Map<ExcelReadResult.CellKey, ExcelCellRef> locations = new HashMap<>();
    private final Map<String, List<GridCell[]>> metadata = new LinkedHashMap<>();
    private String department;
    private FiscalYear year;

    ReportParser(List<GridSheet> sheets, Optional<FiscalYear> fallbackYear, Optional<String> fallbackDepartment) {
        // the findings of an annotated copy name tables and cells: not a table of the report
        this.sheets = sheets.stream().filter(x -> !x.name.equals(Layout.FINDINGS_SHEET) && !x.name.equals(Layout.FINDINGS_SHEET_EN))
                .collect(java.util.stream.Collectors.toList());
        this.fallbackYear = fallbackYear;
        this.fallbackDepartment = fallbackDepartment;
    }

    /** A found table: sheet and the rows [from, to). */
    private static final class Region {
        final TableId id;
        final GridSheet sheet;
        final int from;
        int to;

        Region(TableId id, GridSheet sheet, int from) {
            this.id = id;
            this.sheet = sheet;
            this.from = from;
        }
    }

    ExcelReadResult parse(String fileName) {
        for (GridSheet s : sheets) {
            if (s.name.equals(Layout.METADATA_SHEET)) {
                readMetadata(s);
            }
        }
        Map<TableId, Region> regions = findTables();
        department = meta(Layout.K_DEPARTMENT).orElse(null);
        if (department == null) {
            department = departmentLine(regions).or(() -> fallbackDepartment).orElse("");
            if (department.isEmpty()) {
                problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, null,
                        fileName + " names no department (no 元数据 sheet, no 部门： line)"));
            }
        }
        Optional<String> y = meta(Layout.K_YEAR);
        if (y.isPresent()) {
            try {
                year = FiscalYear.parse(y.get());
            } catch (IllegalArgumentException e) {
                problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, null, e.getMessage()));
            }
        }
        if (year == null) {
            year = yearFromTitles(regions).or(() -> fallbackYear).orElseThrow(() -> new ExcelReadException(fileName
                    + " states no fiscal year (no 元数据 sheet, no 2024年 in a title):"
                    + " pass one with ExcelReportReader.withFiscalYear"));
        }
        FinalAccountReport.Builder b = FinalAccountReport.builder().department(department).fiscalYear(year);
        applyMetadata(b);
        for (Region r : regions.values()) {
            try {
                readTable(r, b);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(ExcelProblem.of(ExcelProblem.Kind.UNREADABLE_TABLE, ExcelCellRef.of(r.sheet.name, r.from, 0),
                        r.id.getLabel() + " cannot be read: " + e.getMessage()));
            }
        }
        readPerformance(b);
        for (GridSheet s : sheets) {
            if (s.name.equals(Layout.NARRATIVE_SHEET)) {
                readNarrative(s, b);
            }
        }
        unreadable(regions, b);
        return new ExcelReadResult(fileName, b.build(), problems, locations);
    }

    // ------------------------------------------------------------------ finding tables

    private Map<TableId, Region> findTables() {
        Map<TableId, Region> found = new EnumMap<>(TableId.class);
        for (GridSheet s : sheets) {
            if (SPECIAL_SHEETS.contains(s.name)) {
                continue;
            }
            List<Region> inSheet = new ArrayList<>();
            for (int r : s.rowIndexes()) {
                for (GridCell c : s.row(r)) {
                    if (c.kind != GridCell.Kind.TEXT) {
                        continue;
                    }
                    // normalising keeps 表 as it is: a cell without it names no table (TITLES_HAVE_BIAO)
                    if (c.value.length() > 60 || TITLES_HAVE_BIAO && c.value.indexOf('表') < 0) {
                        continue;
                    }
                    Optional<TableId> id = tableNamedNormalised(c.normalised());
                    if (id.isEmpty()) {
                        continue;
                    }
                    Region last = inSheet.isEmpty() ? null : inSheet.get(inSheet.size() - 1);
                    if (last != null && last.id == id.get() && r - last.from <= 4) {
                        continue;
                    }
                    inSheet.add(new Region(id.get(), s, r));
                }
            }
            if (inSheet.isEmpty()) {
                tableNamed(s.name).ifPresent(id -> inSheet.add(new Region(id, s, 0)));
            }
            for (int i = 0; i < inSheet.size(); i++) {
                Region g = inSheet.get(i);
                g.to = i + 1 < inSheet.size() ? inSheet.get(i + 1).from : s.lastRow() + 1;
                if (found.containsKey(g.id)) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.DUPLICATE_TABLE, ExcelCellRef.of(s.name, g.from, 0),
                            g.id.getLabel() + " appears again; the first, in sheet " + found.get(g.id).sheet.name
                                    + ", is kept"));
                } else {
                    found.put(g.id, g);
                }
            }
        }
        return found;
    }

    /** Tells which table a short text names: by label (公开03表) or by title (支出决算表). */
    static Optional<TableId> tableNamed(String text) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        return tableNamedNormalised(Text.normaliseName(text));
    }

    /** {@link #tableNamed(String)} of a text already normalised by {@link Text#normaliseName}. */
    private static Optional<TableId> tableNamedNormalised(String n) {
        if (n.startsWith("注") || n.startsWith("说明")) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(n);
        if (m.find()) {
            return TableId.ofNumber(Integer.parseInt(m.group(1)));
        }
        TableId best = null;
        int bestLength = 0;
        for (int i = 0; i < TITLE_IDS.length; i++) {
            String title = TITLES[i];
            if (n.endsWith(title) && title.length() > bestLength) {
                best = TITLE_IDS[i];
                bestLength = title.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The normalised titles of every table in every edition, in the order of TableId then TableEdition. */
    private static final String[] TITLES;
    private static final TableId[] TITLE_IDS;
    /**
     * Whether every title contains 表, as the label pattern does: then a text without 表 names no
     * table, and {@link #findTables()} skips it without normalising it.
     */
    private static final boolean TITLES_HAVE_BIAO;

    static {
        List<String> titles = new ArrayList<>();
        List<TableId> ids = new ArrayList<>();
        for (TableId id : TableId.values()) {
            for (TableEdition e : TableEdition.values()) {
                titles.add(Text.normaliseName(Layout.title(id, e)));
                ids.add(id);
            }
        }
        TITLES = titles.toArray(new String[0]);
        TITLE_IDS = ids.toArray(new TableId[0]);
        TITLES_HAVE_BIAO = titles.stream().allMatch(t -> t.indexOf('表') >= 0);
    }

    private Optional<String> departmentLine(Map<TableId, Region> regions) {
        for (Region r : regions.values()) {
            for (int row = r.from; row < Math.min(r.to, r.from + 6); row++) {
                for (GridCell c : r.sheet.row(row)) {
                    String t = Text.foldWidth(c.value).strip();
                    if (t.startsWith("部门:") || t.startsWith("单位名称:") || t.startsWith("编制单位:")) {
                        String d = t.substring(t.indexOf(':') + 1).strip();
                        if (!d.isEmpty()) {
                            return Optional.of(c.value.strip().substring(c.value.strip().length() - d.length()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<FiscalYear> yearFromTitles(Map<TableId, Region> regions) {
        List<String> texts = new ArrayList<>();
        for (Region r : regions.values()) {
            for (int row = r.from; row < Math.min(r.to, r.from + 4); row++) {
                r.sheet.row(row).forEach(c -> texts.add(c.value));
            }
        }
        for (GridSheet s : sheets) {
            texts.add(s.name);
        }
        for (String t : texts) {
            Matcher m = YEAR.matcher(Text.foldWidth(t));
            if (m.find()) {
                return Optional.of(FiscalYear.of(Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ headers

    /** The header of a table: the first data row and each column's path of header texts. */
    private static final class Header {
        final int dataStart;
        final Map<Integer, List<String>> paths;

        Header(int dataStart, Map<Integer, List<String>> paths) {
            this.dataStart = dataStart;
            this.paths = paths;
        }

        String last(int col) {
            List<String> p = paths.get(col);
            return p == null || p.isEmpty() ? "" : p.get(p.size() - 1);
        }
    }

    private static boolean isLabelWord(String n) {
        return n.contains("科目") || n.contains("代码") || n.contains("编码") || n.contains("名称")
                || Set.of("项目", "类", "款", "项", "收入", "支出", "行次", "栏次", "人员经费", "公用经费", "收入项目", "支出项目",
                        "经济分类", "功能分类").contains(n);
    }

    /**
     * Finds the header rows of a region: from the first row whose leftmost text is a header word
     * up to the first row whose leftmost cell is a figure or another text.
     */
    private Header header(Region r, Set<String> headerWords) {
        GridSheet s = r.sheet;
        int start = -1;
        int dataStart = r.to;
        List<Integer> headerRows = new ArrayList<>();
        for (int row = r.from; row < r.to; row++) {
            Map.Entry<Integer, GridCell> first = leftmost(s, row);
            if (first == null) {
                continue;
            }
            GridCell c = s.shown(row, first.getKey());
            String n = c == null ? "" : c.normalised();
            boolean word = c != null && c.kind == GridCell.Kind.TEXT && (isLabelWord(n) || headerWords.contains(n));
            if (start < 0) {
                if (word) {
                    start = row;
                    headerRows.add(row);
                }
                continue;
            }
            if (word) {
                headerRows.add(row);
            } else {
                dataStart = row;
                break;
            }
        }
        Map<Integer, List<String>> paths = new HashMap<>();
        // the header rows that are not a 栏次 row (column numbers)
        List<Integer> labelRows = new ArrayList<>();
        for (int h : headerRows) {
            if (!Text.normaliseName(s.text(h, leftmost(s, h).getKey())).equals("栏次")) {
                labelRows.add(h);
            }
        }
        int lastCol = s.lastCol();
        for (int col = 0; col <= lastCol; col++) {
            List<String> p = new ArrayList<>();
            for (int h : labelRows) {
                String t = Text.normaliseName(s.text(h, col));
                if (!t.isEmpty() && (p.isEmpty() || !p.get(p.size() - 1).equals(t))) {
                    p.add(t);
                }
            }
            if (!p.isEmpty()) {
                paths.put(col, p);
            }
        }
        // a table with no header (a title and 本单位没有…): every row after the title is text
        return new Header(start < 0 ? r.from + 1 : dataStart, paths);
    }

    /** The leftmost column showing something in a row, merged cells included. */
    private static Map.Entry<Integer, GridCell> leftmost(GridSheet s, int row) {
        GridSheet.Row m = s.row(row);
        int lastCol = m.isEmpty() ? -1 : m.lastCol();
        for (int c = 0; c <= lastCol; c++) {
            GridCell x = s.shown(row, c);
            if (x != null) {
                return Map.entry(c, x);
            }
        }
        // a merged range that starts in a previous row
        for (int c = 0; c < 64; c++) {
            GridCell x = s.shown(row, c);
            if (x != null) {
                return Map.entry(c, x);
            }
        }
        return null;
    }

    /** Matches header paths to columns: the best match per column, each column enum used once. */
    private <C extends Enum<C> & TableColumn> Map<Integer, C> matchColumns(Header h, C[] values, int fromCol) {
        Map<Integer, C> out = new LinkedHashMap<>();
        Set<C> used = new HashSet<>();
        for (Map.Entry<Integer, List<String>> e : h.paths.entrySet()) {
            if (e.getKey() < fromCol) {
                continue;
            }
            List<String> q = e.getValue();
            C best = null;
            int bestScore = 0;
            for (int i = 0; i < values.length; i++) {
                C c = values[i];
                int score = TableDescriptor.headerScore(c, q);
                if (score > bestScore && !used.contains(c)) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best != null) {
                out.put(e.getKey(), best);
                used.add(best);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ cells

    /** Reads an amount cell: empty if blank; a problem (and empty) if it is not a number. */
    private Optional<Amount> amount(GridSheet s, int row, int col, String what) {
        return amount(s, row, col, () -> what);
    }

    /** Reads an amount; the description of the figure and its cell reference are built only for a problem. */
    private Optional<Amount> amount(GridSheet s, int row, int col, java.util.function.Supplier<String> whatOf) {
        GridCell c = s.cell(row, col);
        if (c == null) {
            return Optional.empty();
        }
        switch (c.kind) {
            case NUMBER:
                try {
                    return Optional.of(Amount.of(WorkbookLayoutSource.number(c.value)));
                } catch (NumberFormatException e) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.NOT_A_NUMBER, ExcelCellRef.of(s.name, row, col),
                            whatOf.get() + ": " + Text.quote(c.value) + " is not a number"));
                    return Optional.empty();
                }
            case TEXT:
                if (Amount.isBlankOrPlaceholder(c.value)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Amount.parse(c.value));
                } catch (IllegalArgumentException e) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.NOT_A_NUMBER, ExcelCellRef.of(s.name, row, col),
                            whatOf.get() + ": " + e.getMessage()));
                    return Optional.empty();
                }
            case FORMULA_WITHOUT_VALUE:
                problems.add(ExcelProblem.of(ExcelProblem.Kind.FORMULA_WITHOUT_VALUE,
                        ExcelCellRef.of(s.name, row, col), whatOf.get()
                                + ": a formula whose result the file does not store (recalculate and save in Excel)"));
                return Optional.empty();
            case ERROR:
                problems.add(ExcelProblem.of(ExcelProblem.Kind.ERROR_VALUE, ExcelCellRef.of(s.name, row, col),
                        whatOf.get() + ": error value " + c.value));
                return Optional.empty();
            default:
                problems.add(ExcelProblem.of(ExcelProblem.Kind.NOT_A_NUMBER, ExcelCellRef.of(s.name, row, col),
                        whatOf.get() + ": " + Text.quote(c.value) + " is not a number"));
                return Optional.empty();
        }
    }

    private <C extends TableColumn> void put(Map<C, Amount> m, C col, Region r, int row, int c, RowKey key) {
        Optional<Amount> a = amount(r.sheet, row, c, () -> r.id.getLabel() + " " + key + " " + col.getChineseName());
        if (a.isPresent()) {
            m.put(col, a.get());
            locations.put(ExcelReadResult.key(r.id, key, col), ExcelCellRef.of(r.sheet.name, row, c));
        }
    }

    /** The text of a cell: a number cell as its plain decimal (codes stored as numbers). */
    private static String textOf(GridSheet s, int row, int col) {
        GridCell c = s.cell(row, col);
        if (c == null) {
            return "";
        }
        if (c.kind == GridCell.Kind.NUMBER) {
            try {
                BigDecimal d = WorkbookLayoutSource.number(c.value).stripTrailingZeros();
                return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
            } catch (NumberFormatException e) {
                return c.value.strip();
            }
        }
        return c.value.strip();
    }

    /** A code and a name in one cell, such as {@code 2010301 行政运行}. */
    private static final Pattern CODE_AND_NAME = Pattern.compile("^([0-9]{3,7})\\s*(.*)$");

    private static final Pattern NUMERIC_TEXT = Pattern.compile("^[-+−(（]?[0-9,，.．]+[)）%]?$");

    /** Whether a row shows a figure (or a broken one: error, formula without value) in any of the columns. */
    private static boolean rowHasFigures(GridSheet s, int row, Set<Integer> cols) {
        for (int c : cols) {
            GridCell x = s.cell(row, c);
            if (x == null) {
                continue;
            }
            if (x.kind != GridCell.Kind.TEXT
                    || NUMERIC_TEXT.matcher(Text.normaliseName(Text.foldWidth(x.value))).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line under a table declares it empty (本单位没有…), rather than being a note. A line
     * opened by 注 or 说明 is a note, unless it says that the table has no data, as the 上海 template
     * words its statements ({@code 说明：…本年度没有…，故本表无数据。}, {@code 注：…无…，故本表无数据。}).
     */
    static boolean isEmptyStatement(String text) {
        String n = Text.normaliseName(text);
        if (n.startsWith("注") || n.startsWith("说明")) {
            return n.contains("本表无数据") || n.contains("本表为空表");
        }
        return n.contains("没有") || n.contains("无数据") || n.contains("为空") || n.contains("无此") || n.contains("不涉及");
    }

    /** Collects a text-only row under a table as its empty statement or a note. */
    private void textLine(GridSheet s, int row, String[] statement, List<String> notes) {
        Map.Entry<Integer, GridCell> first = leftmost(s, row);
        if (first == null || s.cell(row, first.getKey()) == null) {
            return;
        }
        String t = first.getValue().value.strip();
        String n = Text.normaliseName(Text.foldWidth(t));
        if (tableNamed(t).isPresent() || n.startsWith("部门:") || n.startsWith("单位:") || n.startsWith("金额单位")) {
            return;
        }
        if (statement[0] == null && isEmptyStatement(t)) {
            statement[0] = t;
        } else {
            notes.add(t);
        }
    }

    // ------------------------------------------------------------------ tables

    private void readTable(Region r, FinalAccountReport.Builder b) {
        switch (r.id) {
            case T01:
                b.summary(readSummary(r));
                break;
            case T02:
                b.income((IncomeTable) readCoded(r, IncomeColumn.values(), (code, name, m) -> IncomeRow.builder().code(code)
                        .name(name).amounts(m).build(), (rows, total, st, notes, ed) -> IncomeTable.builder()
                        .edition(ed).rows(rows).total(total).emptyStatement(st).notes(notes).build()));
                break;
            case T03:
                b.expenditure((ExpenditureTable) readCoded(r, ExpenditureColumn.values(), (code, name, m) -> ExpenditureRow.builder()
                        .code(code).name(name).amounts(m).build(), (rows, total, st, notes, ed) -> ExpenditureTable
                        .builder().edition(ed).rows(rows).total(total).emptyStatement(st).notes(notes).build()));
                break;
            case T04:
                b.fiscalSummary(readFiscalSummary(r));
                break;
            case T05:
                b.generalBudgetExpenditure((GeneralBudgetExpenditureTable) readCoded(r, GeneralBudgetColumn.values(), (code, name, m) ->
                        GeneralBudgetExpenditureRow.builder().code(code).name(name).amounts(m).build(),
                        (rows, total, st, notes, ed) -> GeneralBudgetExpenditureTable.builder().edition(ed).rows(rows)
                                .total(total).emptyStatement(st).notes(notes).build()));
                break;
            case T06:
                b.basicExpenditureDetail(readBasicDetail(r));
                break;
            case T07:
                b.governmentFund((GovernmentFundTable) readCoded(r, GovernmentFundColumn.values(), (code, name, m) -> GovernmentFundRow
                        .builder().code(code).name(name).amounts(m).build(), (rows, total, st, notes, ed) ->
                        GovernmentFundTable.builder().edition(ed).rows(rows).total(total).emptyStatement(st)
                                .notes(notes).build()));
                break;
            case T08:
                b.stateCapital((StateCapitalTable) readCoded(r, StateCapitalColumn.values(), (code, name, m) -> StateCapitalRow.builder()
                        .code(code).name(name).amounts(m).build(), (rows, total, st, notes, ed) -> StateCapitalTable
                        .builder().edition(ed).rows(rows).total(total).emptyStatement(st).notes(notes).build()));
                break;
            default:
                b.threePublicExpenses(readThreePublic(r));
                break;
        }
    }

    private interface RowFactory<C, R> {
        R make(FunctionCode code, String name, Map<C, Amount> amounts);
    }

    private interface TableFactory<C, R, T> {
        T make(List<R> rows, Optional<Map<C, Amount>> total, Optional<String> statement, List<String> notes,
                TableEdition edition);
    }

    private TableEdition edition(TableId id) {
        for (GridCell[] row : metadata.getOrDefault(Layout.K_EDITION, List.of())) {
            if (row.length > 2 && row[1] != null && row[2] != null && row[1].value.strip().equals(id.getLabel())) {
                String v = row[2].kind == GridCell.Kind.NUMBER ? textOfCell(row[2]) : row[2].value.strip();
                return v.equals("2023") ? TableEdition.E2023 : TableEdition.E2024;
            }
        }
        return TableEdition.forYear(year.getValue());
    }

    private static String textOfCell(GridCell c) {
        try {
            return WorkbookLayoutSource.number(c.value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return c.value;
        }
    }

    private <C extends Enum<C> & TableColumn, R, T> T readCoded(Region r, C[] values, RowFactory<C, R> rowFactory,
            TableFactory<C, R, T> tableFactory) {
        // the leftmost header cells of a coded table are label words (项目, 科目代码, 栏次); column
        // words such as 合计 would take the 合计 row for a header
        Header h = header(r, Set.of());
        GridSheet s = r.sheet;
        int codeCol = -1;
        int nameCol = -1;
        int[] split = {-1, -1, -1};
        for (Map.Entry<Integer, List<String>> e : h.paths.entrySet()) {
            String last = h.last(e.getKey());
            int col = e.getKey();
            if ((last.contains("代码") || last.contains("编码")) && codeCol < 0) {
                codeCol = col;
            } else if (last.equals("类") && split[0] < 0) {
                split[0] = col;
            } else if (last.equals("款") && split[1] < 0) {
                split[1] = col;
            } else if (last.equals("项") && split[2] < 0) {
                split[2] = col;
            } else if ((last.contains("名称") || last.equals("项目")) && nameCol < 0) {
                nameCol = col;
            }
        }
        int firstAmountCol = Math.max(Math.max(codeCol, nameCol), Math.max(split[0], Math.max(split[1], split[2]))) + 1;
        Map<Integer, C> cols = matchColumns(h, values, firstAmountCol);
        // the edition: from columns only one edition prints, else the metadata
        TableEdition edition = edition(r.id);
        for (C c : cols.values()) {
            boolean in2023 = isIn(c, TableEdition.E2023);
            boolean in2024 = isIn(c, TableEdition.E2024);
            if (in2023 && !in2024) {
                edition = TableEdition.E2023;
            } else if (in2024 && !in2023) {
                edition = TableEdition.E2024;
            }
        }
        unknownColumns(r, h, cols.keySet(), firstAmountCol);
        List<R> rows = new ArrayList<>();
        Set<FunctionCode> seen = new HashSet<>();
        Optional<Map<C, Amount>> total = Optional.empty();
        String[] statement = {null};
        List<String> notes = new ArrayList<>();
        for (int row = h.dataStart; row < r.to; row++) {
            if (s.row(row).isEmpty()) {
                continue;
            }
            String codeText;
            String name = nameCol >= 0 ? textOf(s, row, nameCol) : "";
            if (split[0] >= 0) {
                codeText = textOf(s, row, split[0]) + (split[1] >= 0 ? textOf(s, row, split[1]) : "")
                        + (split[2] >= 0 ? textOf(s, row, split[2]) : "");
            } else if (codeCol >= 0) {
                codeText = textOf(s, row, codeCol);
            } else {
                Matcher m = CODE_AND_NAME.matcher(Text.foldWidth(name));
                codeText = m.matches() ? m.group(1) : "";
                name = m.matches() ? m.group(2) : name;
            }
            String label = Text.normaliseName(s.text(row, Math.max(0, Math.min(codeCol < 0 ? 0 : codeCol,
                    nameCol < 0 ? 0 : nameCol))));
            String codeNorm = Text.normaliseName(Text.foldWidth(codeText));
            if (codeNorm.equals("合计") || codeNorm.equals("总计") || label.equals("合计") || label.equals("总计")
                    || Text.normaliseName(name).equals("合计")) {
                Map<C, Amount> m = new EnumMap<>(values[0].getDeclaringClass());
                for (Map.Entry<Integer, C> e : cols.entrySet()) {
                    put(m, e.getValue(), r, row, e.getKey(), RowKey.TOTAL);
                }
                total = Optional.of(m);
                continue;
            }
            if (label.equals("栏次")) {
                continue;
            }
            if (FunctionCode.isValid(codeNorm)) {
                FunctionCode code = FunctionCode.parse(codeNorm);
                if (!seen.add(code)) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, ExcelCellRef.of(s.name, row,
                            Math.max(0, codeCol)), r.id.getLabel() + " lists code " + code + " again; the row is skipped"));
                    continue;
                }
                Map<C, Amount> m = new EnumMap<>(values[0].getDeclaringClass());
                RowKey key = RowKey.of(code);
                for (Map.Entry<Integer, C> e : cols.entrySet()) {
                    put(m, e.getValue(), r, row, e.getKey(), key);
                }
                rows.add(rowFactory.make(code, name, m));
            } else if (rowHasFigures(s, row, cols.keySet())) {
                problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_ROW, ExcelCellRef.of(s.name, row,
                        Math.max(0, codeCol)), r.id.getLabel() + ": row with figures but no functional code: "
                        + Text.quote(codeText.isEmpty() ? name : codeText)));
            } else {
                textLine(s, row, statement, notes);
            }
        }
        if (edition == TableEdition.E2024 && r.id == TableId.T07 || r.id == TableId.T08) {
            // drop figures of columns the edition does not print, with a problem
            for (Map.Entry<Integer, C> e : cols.entrySet()) {
                if (!isIn(e.getValue(), edition)) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_COLUMN, ExcelCellRef.of(s.name,
                            h.dataStart, e.getKey()), r.id.getLabel() + " column " + e.getValue().getChineseName()
                            + " is not printed in the " + edition.getYear() + " edition"));
                }
            }
        }
        return tableFactory.make(rows, total, Optional.ofNullable(statement[0]), notes, edition);
    }

    private static boolean isIn(Object c, TableEdition e) {
        if (c instanceof GovernmentFundColumn) {
            return ((GovernmentFundColumn) c).isIn(e);
        }
        if (c instanceof StateCapitalColumn) {
            return ((StateCapitalColumn) c).isIn(e);
        }
        return true;
    }

    private void unknownColumns(Region r, Header h, Set<Integer> known, int firstAmountCol) {
        for (Map.Entry<Integer, List<String>> e : h.paths.entrySet()) {
            int col = e.getKey();
            if (col < firstAmountCol || known.contains(col)) {
                continue;
            }
            String last = h.last(col);
            if (last.equals("行次") || last.equals("栏次")) {
                continue;
            }
            for (int row = h.dataStart; row < r.to; row++) {
                GridCell c = r.sheet.cell(row, col);
                if (c != null && c.kind == GridCell.Kind.NUMBER) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_COLUMN, ExcelCellRef.of(r.sheet.name, row,
                            col), r.id.getLabel() + ": column " + String.join("/", e.getValue())
                            + " is not a column of the table; its figures are not read"));
                    break;
                }
            }
        }
    }

    /** The characters an ordinal ({@link #ORDINAL}) can start with; a label starting otherwise has none. */
    private static final String ORDINAL_FIRST = "其一二三四五六七八九十(（0123456789";

    private static String stripOrdinal(String label) {
        String n = Text.normaliseName(label);
        if (n.isEmpty() || ORDINAL_FIRST.indexOf(n.charAt(0)) < 0) {
            return n;
        }
        return ORDINAL.matcher(n).replaceFirst("");
    }

    private Optional<FunctionCode> classCodeNamed(String label) {
        String n = stripOrdinal(label);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (FunctionCode c : FunctionCatalog.forYear(year).codesNamedLeniently(n)) {
            if (c.getLevel() == CodeLevel.CLASS) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The sides of 01 and 04: label, code and first amount columns. */
    private static int[] sides(Header h) {
        int incomeLabel = -1;
        int expenditureLabel = -1;
        int code = -1;
        for (Map.Entry<Integer, List<String>> e : h.paths.entrySet()) {
            String last = h.last(e.getKey());
            if (last.contains("代码") || last.contains("编码")) {
                code = e.getKey();
            } else if (last.equals("项目") || last.endsWith("项目")) {
                if (incomeLabel < 0) {
                    incomeLabel = e.getKey();
                } else if (expenditureLabel < 0) {
                    expenditureLabel = e.getKey();
                }
            }
        }
        return new int[] {incomeLabel, expenditureLabel, code};
    }

    private int amountColumnAfter(Header h, int labelCol, int limitCol, GridSheet sheet) {
        // bounded by the sheet's last column: a header with no amount column after its label must not
        // walk to Integer.MAX_VALUE (a fuzzed workbook took 10 s there)
        int end = Math.min(limitCol, sheet.lastCol() + 1);
        for (int c = labelCol + 1; c < end; c++) {
            String last = h.last(c);
            if (last.isEmpty() || last.equals("行次") || last.equals("栏次") || last.contains("代码") || last.contains("编码")) {
                continue;
            }
            return c;
        }
        return -1;
    }

    private IncomeExpenditureSummaryTable readSummary(Region r) {
        Header h = header(r, Set.of("决算数", "金额"));
        GridSheet s = r.sheet;
        int[] sides = sides(h);
        if (sides[0] < 0) {
            throw new IllegalStateException("no 项目 column found in the header");
        }
        int limit = sides[1] < 0 ? Integer.MAX_VALUE : sides[1];
        if (sides[2] > sides[0] && sides[2] < limit) {
            limit = sides[2];
        }
        int incomeAmount = amountColumnAfter(h, sides[0], limit, s);
        int expAmount = sides[1] < 0 ? -1 : amountColumnAfter(h, sides[1], Integer.MAX_VALUE, s);
        IncomeExpenditureSummaryTable.Builder b = IncomeExpenditureSummaryTable.builder().edition(edition(r.id));
        String[] statement = {null};
        List<String> notes = new ArrayList<>();
        Set<FunctionCode> seen = new HashSet<>();
        for (int row = h.dataStart; row < r.to; row++) {
            if (s.row(row).isEmpty()) {
                continue;
            }
            boolean used = false;
            String left = textOf(s, row, sides[0]);
            Optional<SummaryIncomeLine> il = summaryIncomeLine(left);
            if (il.isPresent() && incomeAmount >= 0) {
                used = true;
                Optional<Amount> a = amount(s, row, incomeAmount, r.id.getLabel() + " " + left);
                if (a.isPresent()) {
                    b.putIncome(il.get(), a.get());
                    locations.put(ExcelReadResult.key(r.id, il.get().getRowKey(), SummaryColumn.INCOME),
                            ExcelCellRef.of(s.name, row, incomeAmount));
                }
            }
            if (sides[1] >= 0 && expAmount >= 0) {
                String right = textOf(s, row, sides[1]);
                Optional<SummaryExpenditureLine> el = summaryExpenditureLine(right);
                String codeText = sides[2] >= 0 ? Text.normaliseName(textOf(s, row, sides[2])) : "";
                if (el.isPresent()) {
                    used = true;
                    Optional<Amount> a = amount(s, row, expAmount, r.id.getLabel() + " " + right);
                    if (a.isPresent()) {
                        b.putExpenditureLines(el.get(), a.get());
                        locations.put(ExcelReadResult.key(r.id, el.get().getRowKey(), SummaryColumn.EXPENDITURE),
                                ExcelCellRef.of(s.name, row, expAmount));
                    }
                } else if (!right.isEmpty() || !codeText.isEmpty()) {
                    Optional<FunctionCode> code = FunctionCode.isValid(codeText) ? Optional.of(FunctionCode.parse(
                            codeText)) : classCodeNamed(right);
                    if (code.isPresent() && code.get().getLevel() == CodeLevel.CLASS && seen.add(code.get())) {
                        used = true;
                        SummaryExpenditureRow.Builder rb = SummaryExpenditureRow.builder().code(code.get()).name(right);
                        Optional<Amount> a = amount(s, row, expAmount, r.id.getLabel() + " " + right);
                        if (a.isPresent()) {
                            rb.putAmounts(SummaryColumn.EXPENDITURE, a.get());
                            locations.put(ExcelReadResult.key(r.id, RowKey.of(code.get()), SummaryColumn.EXPENDITURE),
                                    ExcelCellRef.of(s.name, row, expAmount));
                        }
                        b.addExpenditureRows(rb.build());
                    } else if (rowHasFigures(s, row, Set.of(expAmount))) {
                        used = true;
                        problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_ROW, ExcelCellRef.of(s.name, row,
                                sides[1]), r.id.getLabel() + ": unknown expenditure row " + Text.quote(right)));
                    }
                }
            }
            if (!used) {
                if (incomeAmount >= 0 && rowHasFigures(s, row, Set.of(incomeAmount))) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_ROW, ExcelCellRef.of(s.name, row, sides[0]),
                            r.id.getLabel() + ": unknown income row " + Text.quote(left)));
                } else {
                    textLine(s, row, statement, notes);
                }
            }
        }
        return b.emptyStatement(Optional.ofNullable(statement[0])).notes(notes).build();
    }

    private static Optional<SummaryIncomeLine> summaryIncomeLine(String label) {
        String n = stripOrdinal(label);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (SummaryIncomeLine l : SummaryIncomeLine.values()) {
            if (Text.normaliseName(l.getLabel()).equals(n)) {
                return Optional.of(l);
            }
        }
        if (n.startsWith("使用非财政拨款结余")) {
            return Optional.of(SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE);
        }
        if (n.equals("收入总计")) {
            return Optional.of(SummaryIncomeLine.GRAND_TOTAL);
        }
        return Optional.empty();
    }

    private static Optional<SummaryExpenditureLine> summaryExpenditureLine(String label) {
        String n = stripOrdinal(label);
        for (SummaryExpenditureLine l : SummaryExpenditureLine.values()) {
            if (Text.normaliseName(l.getLabel()).equals(n)) {
                return Optional.of(l);
            }
        }
        return n.equals("支出总计") ? Optional.of(SummaryExpenditureLine.GRAND_TOTAL) : Optional.empty();
    }

    private FiscalSummaryTable readFiscalSummary(Region r) {
        Set<String> words = new HashSet<>(Set.of("决算数", "金额"));
        Header h = header(r, words);
        GridSheet s = r.sheet;
        int[] sides = sides(h);
        if (sides[0] < 0 || sides[1] < 0) {
            throw new IllegalStateException("no 项目 columns found in the header");
        }
        int limit = sides[2] > sides[0] && sides[2] < sides[1] ? sides[2] : sides[1];
        int incomeAmount = amountColumnAfter(h, sides[0], limit, s);
        Map<Integer, FiscalSummaryColumn> cols = new LinkedHashMap<>();
        for (Map.Entry<Integer, FiscalSummaryColumn> e : matchColumns(h, FiscalSummaryRow.COLUMNS.toArray(
                new FiscalSummaryColumn[0]), sides[1] + 1).entrySet()) {
            cols.put(e.getKey(), e.getValue());
        }
        FiscalSummaryTable.Builder b = FiscalSummaryTable.builder().edition(edition(r.id));
        String[] statement = {null};
        List<String> notes = new ArrayList<>();
        Set<FunctionCode> seen = new HashSet<>();
        boolean afterBeginning = false;
        for (int row = h.dataStart; row < r.to; row++) {
            if (s.row(row).isEmpty()) {
                continue;
            }
            boolean used = false;
            String left = textOf(s, row, sides[0]);
            String n = stripOrdinal(left);
            Optional<FiscalIncomeLine> il = Optional.empty();
            if (!n.isEmpty()) {
                if (n.startsWith("年初") && n.contains("结转")) {
                    il = Optional.of(FiscalIncomeLine.BEGINNING_BALANCE);
                    afterBeginning = true;
                } else if (n.equals("本年收入合计")) {
                    il = Optional.of(FiscalIncomeLine.TOTAL_INCOME);
                } else if (n.equals("总计") || n.equals("收入总计")) {
                    il = Optional.of(FiscalIncomeLine.GRAND_TOTAL);
                } else if (n.startsWith("一般公共预算财政拨款")) {
                    il = Optional.of(afterBeginning ? FiscalIncomeLine.BEGINNING_GENERAL_BUDGET
                            : FiscalIncomeLine.GENERAL_BUDGET);
                } else if (n.startsWith("政府性基金预算财政拨款")) {
                    il = Optional.of(afterBeginning ? FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND
                            : FiscalIncomeLine.GOVERNMENT_FUND);
                } else if (n.startsWith("国有资本经营预算财政拨款")) {
                    il = Optional.of(afterBeginning ? FiscalIncomeLine.BEGINNING_STATE_CAPITAL
                            : FiscalIncomeLine.STATE_CAPITAL);
                }
            }
            if (il.isPresent() && incomeAmount >= 0) {
                used = true;
                Optional<Amount> a = amount(s, row, incomeAmount, r.id.getLabel() + " " + left);
                if (a.isPresent()) {
                    b.putIncome(il.get(), a.get());
                    locations.put(ExcelReadResult.key(r.id, il.get().getRowKey(), FiscalSummaryColumn.INCOME),
                            ExcelCellRef.of(s.name, row, incomeAmount));
                }
            }
            String right = textOf(s, row, sides[1]);
            String rn = stripOrdinal(right);
            String codeText = sides[2] >= 0 ? Text.normaliseName(textOf(s, row, sides[2])) : "";
            Optional<FiscalExpenditureLine> el = Optional.empty();
            if (rn.equals("本年支出合计")) {
                el = Optional.of(FiscalExpenditureLine.TOTAL_EXPENDITURE);
            } else if (rn.startsWith("年末") && rn.contains("结转")) {
                el = Optional.of(FiscalExpenditureLine.ENDING_BALANCE);
            } else if (rn.equals("总计") || rn.equals("支出总计")) {
                el = Optional.of(FiscalExpenditureLine.GRAND_TOTAL);
            }
            if (el.isPresent()) {
                used = true;
                Map<FiscalSummaryColumn, Amount> m = new EnumMap<>(FiscalSummaryColumn.class);
                for (Map.Entry<Integer, FiscalSummaryColumn> e : cols.entrySet()) {
                    put(m, e.getValue(), r, row, e.getKey(), el.get().getRowKey());
                }
                b.putExpenditureLines(el.get(), m);
            } else if (!right.isEmpty() || !codeText.isEmpty()) {
                Optional<FunctionCode> code = FunctionCode.isValid(codeText) ? Optional.of(FunctionCode.parse(codeText))
                        : classCodeNamed(right);
                if (code.isPresent() && code.get().getLevel() == CodeLevel.CLASS && seen.add(code.get())) {
                    used = true;
                    Map<FiscalSummaryColumn, Amount> m = new EnumMap<>(FiscalSummaryColumn.class);
                    for (Map.Entry<Integer, FiscalSummaryColumn> e : cols.entrySet()) {
                        put(m, e.getValue(), r, row, e.getKey(), RowKey.of(code.get()));
                    }
                    b.addExpenditureRows(FiscalSummaryRow.builder().code(code.get()).name(right).amounts(m).build());
                } else if (rowHasFigures(s, row, cols.keySet())) {
                    used = true;
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_ROW, ExcelCellRef.of(s.name, row, sides[1]),
                            r.id.getLabel() + ": unknown expenditure row " + Text.quote(right)));
                }
            }
            if (!used) {
                if (incomeAmount >= 0 && rowHasFigures(s, row, Set.of(incomeAmount))) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_ROW, ExcelCellRef.of(s.name, row, sides[0]),
                            r.id.getLabel() + ": unknown income row " + Text.quote(left)));
                } else {
                    textLine(s, row, statement, notes);
                }
            }
        }
        return b.emptyStatement(Optional.ofNullable(statement[0])).notes(notes).build();
    }

    private BasicExpenditureDetailTable readBasicDetail(Region r) {
        Header h = header(r, Set.of("决算数", "金额"));
        GridSheet s = r.sheet;
        List<int[]> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : new java.util.TreeMap<>(h.paths).entrySet()) {
            String last = h.last(e.getKey());
            if (last.contains("代码") || last.contains("编码")) {
                int name = e.getKey() + 1;
                int amount = name + 1;
                groups.add(new int[] {e.getKey(), name, amount});
            }
        }
        if (groups.isEmpty()) {
            throw new IllegalStateException("no 科目代码 column found in the header");
        }
        Set<Integer> amountCols = new HashSet<>();
        for (int[] g : groups) {
            amountCols.add(g[2]);
        }
        BasicExpenditureDetailTable.Builder b = BasicExpenditureDetailTable.builder().edition(edition(r.id));
        Set<EconomicCode> seen = new HashSet<>();
        String[] statement = {null};
        List<String> notes = new ArrayList<>();
        List<Integer> textRows = new ArrayList<>();
        Map<Integer, Boolean> rowUsed = new HashMap<>();
        for (int[] g : groups) {
            for (int row = h.dataStart; row < r.to; row++) {
                String code = Text.normaliseName(textOf(s, row, g[0]));
                if (EconomicCode.isValid(code)) {
                    rowUsed.put(row, true);
                    EconomicCode ec = EconomicCode.parse(code);
                    if (!seen.add(ec)) {
                        problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, ExcelCellRef.of(s.name, row, g[0]),
                                r.id.getLabel() + " lists code " + ec + " again; the row is skipped"));
                        continue;
                    }
                    Map<BasicExpenditureColumn, Amount> m = new EnumMap<>(BasicExpenditureColumn.class);
                    put(m, BasicExpenditureColumn.AMOUNT, r, row, g[2], RowKey.of(ec));
                    b.addRows(BasicExpenditureRow.builder().code(ec).name(textOf(s, row, g[1])).amounts(m).build());
                }
            }
        }
        for (int row = h.dataStart; row < r.to; row++) {
            if (s.row(row).isEmpty() || rowUsed.containsKey(row)) {
                continue;
            }
            boolean total = false;
            for (int c = 0; c <= s.lastCol(); c++) {
                GridCell x = s.cell(row, c);
                if (x == null || x.kind != GridCell.Kind.TEXT) {
                    continue;
                }
                String n = x.normalised();
                boolean personnel = n.contains(Layout.PERSONNEL_TOTAL);
                boolean publicUse = n.contains(Layout.PUBLIC_USE_TOTAL);
                if (!personnel && !publicUse) {
                    continue;
                }
                total = true;
                for (int a = c + 1; a <= s.lastCol() + 1; a++) {
                    if (amountCols.contains(a) && s.shown(row, a) != x) {
                        RowKey key = personnel ? BasicExpenditureDetailTable.PERSONNEL_TOTAL
                                : BasicExpenditureDetailTable.PUBLIC_USE_TOTAL;
                        Optional<Amount> v = amount(s, row, a, r.id.getLabel() + " " + x.value.strip());
                        if (v.isPresent()) {
                            if (personnel) {
                                b.personnelTotal(v.get());
                            } else {
                                b.publicUseTotal(v.get());
                            }
                            locations.put(ExcelReadResult.key(r.id, key, BasicExpenditureColumn.AMOUNT),
                                    ExcelCellRef.of(s.name, row, a));
                        }
                        break;
                    }
                }
            }
            if (!total) {
                if (rowHasFigures(s, row, amountCols)) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_ROW, ExcelCellRef.of(s.name, row, 0),
                            r.id.getLabel() + ": row with figures but no economic code"));
                } else {
                    textRows.add(row);
                }
            }
        }
        for (int row : textRows) {
            textLine(s, row, statement, notes);
        }
        return b.emptyStatement(Optional.ofNullable(statement[0])).notes(notes).build();
    }

    private ThreePublicExpensesTable readThreePublic(Region r) {
        Set<String> words = new HashSet<>();
        for (ThreePublicExpensesColumn c : ThreePublicExpensesColumn.values()) {
            for (String p : c.getChineseName().split("/")) {
                words.add(Text.normaliseName(p));
            }
        }
        Header h = header(r, words);
        GridSheet s = r.sheet;
        Map<Integer, ThreePublicExpensesColumn> cols = matchColumns(h, ThreePublicExpensesColumn.values(), 0);
        ThreePublicExpensesTable.Builder b = ThreePublicExpensesTable.builder().edition(edition(r.id));
        String[] statement = {null};
        List<String> notes = new ArrayList<>();
        boolean dataRead = false;
        for (int row = h.dataStart; row < r.to; row++) {
            if (s.row(row).isEmpty()) {
                continue;
            }
            if (rowHasFigures(s, row, cols.keySet())) {
                if (dataRead) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNKNOWN_ROW, ExcelCellRef.of(s.name, row, 0),
                            r.id.getLabel() + " has one row of figures; this further row is not read"));
                    continue;
                }
                dataRead = true;
                Map<ThreePublicExpensesColumn, Amount> m = new EnumMap<>(ThreePublicExpensesColumn.class);
                for (Map.Entry<Integer, ThreePublicExpensesColumn> e : cols.entrySet()) {
                    put(m, e.getValue(), r, row, e.getKey(), ThreePublicExpensesTable.ROW);
                }
                b.amounts(m);
            } else {
                textLine(s, row, statement, notes);
            }
        }
        return b.emptyStatement(Optional.ofNullable(statement[0])).notes(notes).build();
    }

    // ------------------------------------------------------------------ 绩效自评表

    private void readPerformance(FinalAccountReport.Builder b) {
        for (GridSheet s : sheets) {
            if (s.name.equals(Layout.METADATA_SHEET) || s.name.equals(Layout.NARRATIVE_SHEET)) {
                continue;
            }
            List<Integer> starts = new ArrayList<>();
            for (int row : s.rowIndexes()) {
                for (GridCell c : s.row(row)) {
                    // only a cell whose normalised text starts with 项 is normalised and compared
                    if (c.kind == GridCell.Kind.TEXT && c.normalisedFirst() == '项' && c.normalised().equals("项目名称")) {
                        starts.add(row);
                        break;
                    }
                }
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : s.lastRow() + 1;
                try {
                    readEvaluation(s, starts.get(i), end).ifPresent(b::addPerformanceEvaluations);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.UNREADABLE_TABLE, ExcelCellRef.of(s.name,
                            starts.get(i), 0), "项目支出绩效自评表 cannot be read: " + e.getMessage()));
                }
            }
        }
    }

    /** The value beside a label: the first cell to its right that is not the label's merged range. */
    private static Optional<GridCell> valueRightOf(GridSheet s, int row, int col) {
        GridCell label = s.shown(row, col);
        for (int c = col + 1; c <= s.lastCol(); c++) {
            GridCell x = s.cell(row, c);
            if (x != null && x != label) {
                return Optional.of(x);
            }
            if (x == null && s.shown(row, c) != label) {
                // a blank cell (merged or not) right after the label: the value is blank
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int findInRow(GridSheet s, int row, String label) {
        // a cell whose first normalised character differs cannot start with the label: most cells
        // are skipped without being normalised
        for (GridCell c : s.row(row)) {
            if (c.kind == GridCell.Kind.TEXT && c.normalisedStartsWith(label)) {
                return c.col;
            }
        }
        return -1;
    }

    private Optional<ProjectPerformanceEvaluation> readEvaluation(GridSheet s, int start, int end) {
        int nameCol = findInRow(s, start, "项目名称");
        Optional<GridCell> name = valueRightOf(s, start, nameCol);
        if (name.isEmpty()) {
            problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, ExcelCellRef.of(s.name, start, nameCol),
                    "项目支出绩效自评表 without a project name; not read"));
            return Optional.empty();
        }
        ProjectPerformanceEvaluation.Builder e = ProjectPerformanceEvaluation.builder()
                .projectName(name.get().value.strip());
        Map<String, Integer> fundingCols = null;
        IndicatorColumns indicatorCols = null;
        int goalRow = -1;
        int[] goalCols = {-1, -1};
        String level1 = "";
        String level2 = "";
        for (int row = start; row < end; row++) {
            if (s.row(row).isEmpty()) {
                continue;
            }
            int c;
            if ((c = findInRow(s, row, "主管部门")) >= 0) {
                valueRightOf(s, row, c).ifPresent(v -> e.competentDepartment(v.value.strip()));
            }
            if ((c = findInRow(s, row, "实施单位")) >= 0) {
                valueRightOf(s, row, c).ifPresent(v -> e.implementingUnit(v.value.strip()));
            }
            if (findInRow(s, row, "年初预算数") >= 0) {
                fundingCols = new HashMap<>();
                for (GridCell x : s.row(row)) {
                    fundingCols.put(x.normalised(), x.col);
                }
                continue;
            }
            if (findInRow(s, row, "预期目标") >= 0) {
                goalRow = row;
                goalCols[0] = findInRow(s, row, "预期目标");
                goalCols[1] = findInRow(s, row, "实际完成情况");
                continue;
            }
            if (row == goalRow + 1 && goalRow >= 0) {
                if (goalCols[0] >= 0) {
                    e.expectedGoal(s.cell(row, goalCols[0]) == null ? "" : s.cell(row, goalCols[0]).value);
                }
                if (goalCols[1] >= 0) {
                    e.actualOutcome(s.cell(row, goalCols[1]) == null ? "" : s.cell(row, goalCols[1]).value);
                }
                continue;
            }
            if (findInRow(s, row, "一级指标") >= 0) {
                Map<String, Integer> byName = new HashMap<>();
                for (GridCell x : s.row(row)) {
                    byName.put(x.normalised(), x.col);
                }
                indicatorCols = new IndicatorColumns(byName);
                continue;
            }
            if ((c = findInRow(s, row, "总分")) >= 0) {
                int scoreCol = indicatorCols != null ? indicatorCols.score : -1;
                final int totalRow = row;
                Optional<BigDecimal> v = scoreCol >= 0 ? decimal(s, row, scoreCol, "总分")
                        : valueRightOf(s, row, c).flatMap(x -> decimal(s, totalRow, x.col, "总分"));
                v.ifPresent(x -> e.totalScore(Score.of(x)));
                continue;
            }
            if (fundingCols != null && indicatorCols == null && goalRow < 0) {
                Optional<GridCell> label = fundingLabel(s, row);
                if (label.isPresent()) {
                    FundingRow.Builder f = FundingRow.builder().source(fundingSource(label.get().value))
                            .label(label.get().value.strip());
                    String what = "项目支出绩效自评表 " + label.get().value.strip();
                    int col;
                    if ((col = col(fundingCols, "年初预算数")) >= 0) {
                        amount(s, row, col, what).ifPresent(f::initialBudget);
                    }
                    if ((col = col(fundingCols, "全年预算数")) >= 0) {
                        amount(s, row, col, what).ifPresent(f::fullYearBudget);
                    }
                    if ((col = col(fundingCols, "全年执行数")) >= 0) {
                        amount(s, row, col, what).ifPresent(f::executed);
                    }
                    if ((col = col(fundingCols, "执行率")) >= 0) {
                        decimal(s, row, col, what).ifPresent(x -> f.executionRate(Rate.ofPercent(x)));
                    }
                    if ((col = col(fundingCols, "得分")) >= 0) {
                        decimal(s, row, col, what).ifPresent(x -> f.score(Score.of(x)));
                    }
                    e.addFunding(f.build());
                }
                continue;
            }
            if (indicatorCols != null) {
                int nc = indicatorCols.name;
                if (nc < 0) {
                    continue;
                }
                if (s.cell(row, nc) == null) {
                    // an indicator printed without a name (some reports leave 三级指标 blank under 满意度指标)
                    // still has its value or score; a row with none of them is not an indicator
                    boolean any = false;
                    for (int hc : indicatorCols.values) {
                        any |= hc >= 0 && s.cell(row, hc) != null;
                    }
                    if (!any) {
                        continue;
                    }
                }
                int l1 = indicatorCols.level1;
                int l2 = indicatorCols.level2;
                // a blank 一级指标 (and 二级指标) continues the group above; where 一级指标 is printed
                // (merged ranges count as printed), a blank 二级指标 is blank
                if (l1 >= 0 && !s.text(row, l1).isEmpty()) {
                    level1 = s.text(row, l1);
                    level2 = l2 >= 0 ? s.text(row, l2) : "";
                } else if (l2 >= 0 && !s.text(row, l2).isEmpty()) {
                    level2 = s.text(row, l2);
                }
                PerformanceIndicator.Builder ib = PerformanceIndicator.builder().level1(level1).level2(level2)
                        .name(textOf(s, row, nc));
                int tc = indicatorCols.target;
                int ac = indicatorCols.actual;
                ib.target(tc >= 0 ? textOf(s, row, tc) : "");
                ib.actual(ac >= 0 ? textOf(s, row, ac) : "");
                final int indicatorRow = row;
                java.util.function.Supplier<String> what = () -> "项目支出绩效自评表 " + textOf(s, indicatorRow, nc);
                int wc = indicatorCols.weight;
                int sc = indicatorCols.score;
                if (wc >= 0) {
                    decimal(s, row, wc, what).ifPresent(x -> ib.weight(Score.of(x)));
                }
                if (sc >= 0) {
                    decimal(s, row, sc, what).ifPresent(x -> ib.score(Score.of(x)));
                }
                int dc = indicatorCols.deviation;
                if (dc >= 0 && s.cell(row, dc) != null) {
                    ib.deviationAnalysis(s.cell(row, dc).value);
                }
                e.addIndicators(ib.build());
            }
        }
        return Optional.of(e.build());
    }

    /**
     * The columns of an indicator table (一级指标 … 偏差原因分析及改进措施), looked up with
     * {@link #col} once per header row rather than once per indicator; -1 where absent.
     */
    private static final class IndicatorColumns {
        final int level1;
        final int level2;
        final int name;
        final int target;
        final int actual;
        final int weight;
        final int score;
        final int deviation;
        /** Each value column on its own (an indicator without a name counts if one of them is filled). */
        final int[] values;

        IndicatorColumns(Map<String, Integer> cols) {
            level1 = col(cols, "一级指标");
            level2 = col(cols, "二级指标");
            name = col(cols, "三级指标");
            target = col(cols, "年度指标值", "指标值");
            actual = col(cols, "实际完成值");
            weight = col(cols, "权重", "分值");
            score = col(cols, "自评得分", "得分");
            deviation = col(cols, "偏差原因分析及改进措施", "偏差原因");
            String[] each = {"年度指标值", "指标值", "实际完成值", "权重", "分值", "自评得分", "得分"};
            values = new int[each.length];
            for (int i = 0; i < each.length; i++) {
                values[i] = col(cols, each[i]);
            }
        }
    }

    private static int col(Map<String, Integer> cols, String... names) {
        for (String n : names) {
            for (Map.Entry<String, Integer> e : cols.entrySet()) {
                if (e.getKey().startsWith(n)) {
                    return e.getValue();
                }
            }
        }
        return -1;
    }

    private static Optional<GridCell> fundingLabel(GridSheet s, int row) {
        for (GridCell c : s.row(row)) {
            if (c.kind != GridCell.Kind.TEXT) {
                continue;
            }
            String n = c.normalised();
            for (FundingSource f : FundingSource.values()) {
                if (n.contains(f.getLabel())) {
                    return Optional.of(c);
                }
            }
            if (n.contains("资金总额") || n.contains("资金总和") || n.contains("财政拨款") || n.contains("结转")
                    || n.contains("其他资金")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static FundingSource fundingSource(String label) {
        String n = Text.normaliseName(label);
        for (FundingSource f : FundingSource.values()) {
            if (n.contains(f.getLabel())) {
                return f;
            }
        }
        if (n.contains("总额") || n.contains("总和")) {
            return FundingSource.TOTAL;
        }
        if (n.contains("结转")) {
            return FundingSource.PRIOR_YEAR_CARRYOVER;
        }
        if (n.contains("财政拨款")) {
            return FundingSource.CURRENT_APPROPRIATION;
        }
        return FundingSource.OTHER;
    }

    /** A number whose scale follows the cell's format (99.50 shown as 0.00 stays 99.50). */
    private Optional<BigDecimal> decimal(GridSheet s, int row, int col, String what) {
        return decimal(s, row, col, () -> what);
    }

    /** {@link #decimal(GridSheet, int, int, String)} with the description built only for a problem. */
    private Optional<BigDecimal> decimal(GridSheet s, int row, int col, java.util.function.Supplier<String> whatOf) {
        GridCell c = s.cell(row, col);
        if (c == null) {
            return Optional.empty();
        }
        try {
            if (c.kind == GridCell.Kind.NUMBER) {
                BigDecimal v = WorkbookLayoutSource.number(c.value);
                if (c.decimals >= 0) {
                    BigDecimal scaled = v.setScale(c.decimals, java.math.RoundingMode.HALF_UP);
                    if (scaled.compareTo(v) == 0) {
                        return Optional.of(scaled);
                    }
                }
                return Optional.of(v);
            }
            if (c.kind == GridCell.Kind.TEXT) {
                String t = Text.foldWidth(c.value).strip().replace("%", "").replace(",", "");
                if (Amount.isBlankOrPlaceholder(t)) {
                    return Optional.empty();
                }
                return Optional.of(new BigDecimal(t));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ExcelProblem.of(c.kind == GridCell.Kind.FORMULA_WITHOUT_VALUE
                ? ExcelProblem.Kind.FORMULA_WITHOUT_VALUE : ExcelProblem.Kind.NOT_A_NUMBER, ExcelCellRef.of(s.name, row, col),
                whatOf.get() + ": " + Text.quote(c.value) + " is not a number"));
        return Optional.empty();
    }

    // ------------------------------------------------------------------ prose and metadata

    private void readNarrative(GridSheet s, FinalAccountReport.Builder b) {
        for (int row : s.rowIndexes()) {
            if (row == 0) {
                continue;
            }
            String part = s.text(row, 0);
            ReportPart p = null;
            for (ReportPart x : ReportPart.values()) {
                if (x.getOrdinal().equals(part) || x.getTitle().equals(part) || x.name().equals(part)) {
                    p = x;
                }
            }
            if (p == null) {
                problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, ExcelCellRef.of(s.name, row, 0),
                        Text.quote(part) + " is not a part of the report (第一部分 … 第四部分)"));
                continue;
            }
            GridCell heading = s.cell(row, 1);
            b.addNarrative(NarrativeSection.of(p, heading == null ? "" : heading.value, joined(s, row, 2)));
        }
    }

    private static String joined(GridSheet s, int row, int fromCol) {
        StringBuilder t = new StringBuilder();
        GridSheet.Row cells = s.row(row);
        for (int i = cells.firstAtOrAfter(fromCol); i < cells.size(); i++) {
            t.append(cells.get(i).value);
        }
        return t.toString();
    }

    private void readMetadata(GridSheet s) {
        for (int row : s.rowIndexes()) {
            if (row == 0) {
                continue;
            }
            GridCell k = s.cell(row, 0);
            if (k == null) {
                continue;
            }
            GridCell[] values = new GridCell[Math.max(3, s.row(row).lastCol() + 1)];
            for (GridCell c : s.row(row)) {
                values[c.col] = c;
            }
            // a long value spread over several cells (text beyond Excel's limit per cell)
            if (values.length > 3 && !k.value.strip().equals(Layout.K_VEHICLE)) {
                values[1] = new GridCell(row, 1, GridCell.Kind.TEXT, joined(s, row, 1), -1);
            }
            metadata.computeIfAbsent(k.value.strip(), x -> new ArrayList<>()).add(values);
        }
    }

    /**
     * Marks the tables the 元数据 sheet lists as unreadable (their titles were found in the source
     * the workbook was made from, their bodies not), unless the workbook holds such a table.
     */
    private void unreadable(Map<TableId, Region> regions, FinalAccountReport.Builder b) {
        for (String label : metaAll(Layout.K_UNREADABLE)) {
            TableId id;
            try {
                id = TableId.parse(label.strip());
            } catch (IllegalArgumentException e) {
                problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, null, Layout.METADATA_SHEET + " "
                        + Layout.K_UNREADABLE + ": " + e.getMessage()));
                continue;
            }
            if (regions.containsKey(id)) {
                problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, null, Layout.METADATA_SHEET + " lists "
                        + id.getLabel() + " as " + Layout.K_UNREADABLE + " but the workbook holds it; it is read"));
                continue;
            }
            b.addUnreadableTables(id);
        }
    }

    private Optional<String> meta(String key) {
        List<GridCell[]> rows = metadata.get(key);
        if (rows == null || rows.isEmpty() || rows.get(0)[1] == null) {
            return Optional.empty();
        }
        GridCell c = rows.get(0)[1];
        return Optional.of(c.kind == GridCell.Kind.NUMBER ? textOfCell(c) : c.value);
    }

    private List<String> metaAll(String key) {
        List<String> out = new ArrayList<>();
        for (GridCell[] row : metadata.getOrDefault(key, List.of())) {
            out.add(row[1] == null ? "" : row[1].value);
        }
        return out;
    }

    private <T> Optional<T> metaParsed(String key, java.util.function.Function<String, T> parser) {
        Optional<String> v = meta(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(v.get()));
        } catch (RuntimeException e) {
            problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, ExcelCellRef.of(Layout.METADATA_SHEET,
                    metadata.get(key).get(0)[1].row, 1), key + ": " + Text.quote(v.get()) + " does not parse: "
                    + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Parses a date as {@link LocalDate#parse(CharSequence)} does; the plain form {@code 2025-09-30}
     * without the formatter, anything else (and a bad date, for its message) with it.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = asciiDigits(text, 0, 4);
            int m = asciiDigits(text, 5, 7);
            int d = asciiDigits(text, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    // LocalDate.parse below fails with its own message
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** @return the value of the ASCII digits in {@code [from, to)}, -1 if another character is there */
    private static int asciiDigits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private void applyMetadata(FinalAccountReport.Builder b) {
        meta(Layout.K_SCOPE).ifPresent(v -> b.scope(v.equals(ReportScope.CONSOLIDATED.getChineseName())
                ? ReportScope.CONSOLIDATED : ReportScope.SELF));
        meta(Layout.K_UNIT_KIND).ifPresent(v -> {
            for (UnitKind k : UnitKind.values()) {
                if (k.getChineseName().equals(v)) {
                    b.unitKind(k);
                }
            }
        });
        metaParsed(Layout.K_PUBLICATION_DATE, ReportParser::isoDate).ifPresent(b::publicationDate);
        meta(Layout.K_AMOUNT_UNIT).ifPresent(b::amountUnit);
        b.consolidatedUnits(metaAll(Layout.K_UNITS));
        b.duties(metaAll(Layout.K_DUTIES));
        b.internalBodies(metaAll(Layout.K_BODIES));
        if (meta(Layout.K_OTHER).isEmpty()) {
            return;
        }
        OtherMatters.Builder o = OtherMatters.builder();
        metaParsed(Layout.K_OPERATING, Amount::parse).ifPresent(o::operatingExpenses);
        metaParsed(Layout.K_OPERATING_CHANGE, Amount::parse).ifPresent(o::operatingExpensesChange);
        if (meta(Layout.K_PROCUREMENT).isPresent()) {
            GovernmentProcurement.Builder p = GovernmentProcurement.builder();
            metaParsed(Layout.K_PROC_TOTAL, Amount::parse).ifPresent(p::total);
            metaParsed(Layout.K_PROC_GOODS, Amount::parse).ifPresent(p::goods);
            metaParsed(Layout.K_PROC_WORKS, Amount::parse).ifPresent(p::works);
            metaParsed(Layout.K_PROC_SERVICES, Amount::parse).ifPresent(p::services);
            metaParsed(Layout.K_PROC_SME, Amount::parse).ifPresent(p::smeAmount);
            metaParsed(Layout.K_PROC_SME_SHARE, Rate::parse).ifPresent(p::smeShare);
            metaParsed(Layout.K_PROC_SMALL, Amount::parse).ifPresent(p::smallMicroAmount);
            metaParsed(Layout.K_PROC_SMALL_SHARE, Rate::parse).ifPresent(p::smallMicroShare);
            o.procurement(p.build());
        }
        if (meta(Layout.K_ASSETS).isPresent()) {
            StateAssets.Builder a = StateAssets.builder();
            metaParsed(Layout.K_VEHICLE_TOTAL, Integer::valueOf).ifPresent(a::vehicleTotal);
            for (GridCell[] row : metadata.getOrDefault(Layout.K_VEHICLE, List.of())) {
                try {
                    a.addVehicles(VehicleCount.of(row[1] == null ? "" : row[1].value,
                            Integer.parseInt(row[2] == null ? "" : textOfCell(row[2]))));
                } catch (RuntimeException e) {
                    problems.add(ExcelProblem.of(ExcelProblem.Kind.BAD_VALUE, ExcelCellRef.of(Layout.METADATA_SHEET,
                            row[0].row, 2), "车辆: the count does not parse: " + e.getMessage()));
                }
            }
            metaParsed(Layout.K_EQUIPMENT, Integer::valueOf).ifPresent(a::equipmentOverOneMillion);
            meta(Layout.K_ASSETS_TEXT).ifPresent(a::text);
            o.assets(a.build());
        }
        b.otherMatters(o.build());
    }
}
