package io.github.juesuan.layout;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
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
import io.github.juesuan.spi.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a table printed as positioned text (cells with their place across the line: space-aligned
 * text, PDF words) or as flowing words (blank cells vanished), where no grid says which cell is in
 * which column.
 *
 * <p>Columns are found by the header's words, never by position: in positioned text each header
 * word's extent is grouped with the words above and below it (a header broken over lines), the
 * groups are matched with the table's column names in order, and every amount goes to the column
 * under which it stands (a monotone alignment, so two amounts never share a column). In flowing
 * text the amounts of a row are placed among the columns the header names so that the row's own
 * arithmetic holds (合计 = Σ parts); a placement the arithmetic cannot decide is made from the left
 * and reported once per table.
 *
 * <p>Rows are assembled from their lines: a code split over cells ({@code 201 06 01}) or in one
 * ({@code 2010601}), a name broken onto the next line (also when the amounts stand on the first
 * line and the name below, or the name's start above the code), amounts printed on the line above
 * their labels (attached to the next labelled line), a 合计 label alone on its line.
 */
final class FreeTableReader {

    private static final Pattern AMOUNT = Pattern.compile("[-−]?[0-9][0-9,]*\\.[0-9]+|[-−]?[0-9]{1,3}(?:,[0-9]{3})+|0");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{2,7}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-—–]\\s*)?[0-9]{1,3}(?:\\s*[-—–])?$|^第[0-9]+页.*$");

    private final ReadContext ctx;

    FreeTableReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** A cell of a line, classified. */
    private static final class Tok {
        final String text;
        final String norm;
        final int x0;
        final int x1;
        final int line;
        final int cell;
        final boolean amount;
        final boolean digits;

        Tok(LayoutCell c, int line, int cell) {
            this.text = c.text();
            this.norm = Texts.norm(c.text());
            this.x0 = c.x0();
            this.x1 = c.x1();
            this.line = line;
            this.cell = cell;
            String a = Texts.ascii(c.text());
            this.digits = DIGITS.matcher(a).matches() && a.length() != 4 && a.length() != 6;
            this.amount = !digits && AMOUNT.matcher(a).matches();
        }

        boolean isText() {
            return !amount && !digits && !norm.isEmpty();
        }
    }

    /** A row being assembled: its code or label, its name and its amounts. */
    private static final class Acc {
        String code;
        String[] codeParts = new String[0];
        boolean total;
        final StringBuilder name = new StringBuilder();
        final List<Tok> amounts = new ArrayList<>();
        int firstLine;
        int lastLine;
        boolean nameOnOwnLine;
    }

    // ---------------------------------------------------------------- entry

    void read(TableId id, int titleIndex, int end, FinalAccountReport.Builder report) {
        Section s = section(id, titleIndex, end);
        switch (id) {
            case T01:
            case T04:
                twoSided(s, report);
                return;
            case T06:
                economic(s, report);
                return;
            case T09:
                threePublic(s, report);
                return;
            default:
                coded(s, report);
        }
    }

    /** The lines of a table section without its title, statement, notes, unit and page numbers. */
    private final class Section {
        final TableId id;
        final int from;
        final int to;
        final List<List<Tok>> lines = new ArrayList<>();
        final List<Integer> indexes = new ArrayList<>();
        String statement;
        final List<String> notes = new ArrayList<>();
        boolean flow;

        Section(TableId id, int from, int to) {
            this.id = id;
            this.from = from;
            this.to = to;
        }

        /** The 1-based index of the blank-free line k, to tell lines apart by blanks between them. */
        int index(int k) {
            return indexes.get(k);
        }
    }

    private Section section(TableId id, int titleIndex, int end) {
        Section s = new Section(id, titleIndex + 1, end);
        boolean inStatement = false;
        for (int i = titleIndex + 1; i < end && i < ctx.lines.size(); i++) {
            LayoutLine l = ctx.lines.get(i);
            String text = l.getText().strip();
            String n = Texts.norm(text);
            if (n.isEmpty() || ctx.isRunning(i)) {
                inStatement = inStatement && !n.isEmpty();
                continue;
            }
            if (Vocabulary.statesEmpty(n) && !n.startsWith("注：本表反映") && !n.startsWith("注:本表反映")) {
                String st = Vocabulary.withoutInstructions(Texts.joinCjk(text));
                s.statement = s.statement == null ? st : s.statement + st;
                inStatement = !text.endsWith("。");
                continue;
            }
            if (inStatement && !text.isEmpty()) {
                s.statement += Texts.joinCjk(text);
                inStatement = !text.endsWith("。");
                continue;
            }
            if (n.startsWith("注") || n.startsWith("说明：") || n.startsWith("说明:")) {
                s.notes.add(Texts.joinCjk(text));
                continue;
            }
            // a 类 code of a coded table alone on its line (its name below) is no page number, unless it stands
            // where they do (06's blocks print their 3-digit codes alone too, and are read as before)
            if (n.matches("(?:金额)?单位[：:]万元") || PAGE_NUMBER.matcher(text).matches()
                    && (!text.strip().matches("[0-9]{3}") || ctx.isRunning(i) || id == TableId.T06)) {
                continue;
            }
            n = n.replaceAll("(?:金额)?单位[：:]万元", "");
            if (n.isEmpty() || s.lines.isEmpty() && Vocabulary.repeatsTitleBlock(n, id)) {
                // the title block printed again above the header (a PDF centres the title over the columns)
                continue;
            }
            List<Tok> toks = new ArrayList<>();
            List<LayoutCell> cells = l.getCells();
            for (int c = 0; c < cells.size(); c++) {
                Tok t = new Tok(cells.get(c), i + 1, c);
                if (!t.norm.isEmpty() && !t.norm.matches("(?:金额)?单位[：:]万元")) {
                    toks.add(t);
                }
            }
            if (toks.isEmpty()) {
                continue;
            }
            s.flow |= l.getKind() == LayoutLine.Kind.FLOW;
            s.lines.add(toks);
            s.indexes.add(i + 1);
        }
        return s;
    }

    private TableEdition edition(TableId id) {
        return ctx.edition(id);
    }

    /** Reports a table unreadable; {@code key} is a {@code problem.layout.free.unreadable.*} key saying why. */
    private void unreadable(Section s, String key) {
        ctx.unreadable.add(s.id);
        int first = s.from + 1;
        int last = Math.max(first, s.to);
        ctx.problem(s.from, 0, key, ctx.at(first, 0).getLine().orElse(first),
                ctx.at(Math.min(last, ctx.lines.size()), 0).getLine().orElse(last), s.id.getLabel(), s.id.getTitle());
    }

    private Optional<Amount> amount(Tok t, String what) {
        return ctx.parse(t.text, Amount::parse, what, ctx.at(t.line, t.cell + 1));
    }

    private SourceLocation where(Tok t) {
        LayoutLine l = ctx.lines.get(t.line - 1);
        SourceLocation at = ctx.at(t.line, 0);
        return at.withLine(l.getNumber(), l.getKind() == LayoutLine.Kind.POSITIONED ? t.x0 + 1 : t.cell + 1);
    }

    // ---------------------------------------------------------------- header and columns

    private static boolean isHeaderWord(String n) {
        // exact words: a column header may contain 项目 (项目支出, broken as 项目支 / 出)
        return n.equals("项目") || n.startsWith("科目") || n.contains("功能分类") || n.contains("经济分类")
                || n.endsWith("编码") || n.equals("名称") || n.endsWith("名称") && n.length() <= 4 || n.contains("栏次")
                || n.contains("行次") || n.matches("[类款项]+") || n.equals("码") || n.equals("收入") || n.equals("支出")
                || n.equals("经济分") || n.equals("科目编");
    }

    /** The leaf of a column's header ({@code 本年支出/小计} → 小计), with its group for matching. */
    private static String headerName(TableColumn c) {
        return Texts.norm(c.getChineseName());
    }

    /** Similarity of a header group's text with a column name: the longest common subsequence over the name's length. */
    private static int similarity(String group, String column) {
        String leaf = column.contains("/") ? column.substring(column.lastIndexOf('/') + 1) : column;
        int best = 0;
        for (String name : new String[] {leaf, column.replace("/", "")}) {
            int[][] dp = new int[group.length() + 1][name.length() + 1];
            for (int i = 1; i <= group.length(); i++) {
                for (int j = 1; j <= name.length(); j++) {
                    dp[i][j] = group.charAt(i - 1) == name.charAt(j - 1) ? dp[i - 1][j - 1] + 1
                            : Math.max(dp[i - 1][j], dp[i][j - 1]);
                }
            }
            best = Math.max(best, dp[group.length()][name.length()] * 100 / Math.max(1, Math.max(name.length(),
                    Math.min(group.length(), name.length() * 2))));
        }
        return best;
    }

    /** A column found in the header: its extent (positioned text) and the column it names. */
    private static final class Slot {
        int x0;
        int x1;
        final StringBuilder text = new StringBuilder();
        int column = -1;
        int lines;
    }

    /** Groups header words by their extents, words above and below each other joined. */
    private static List<Slot> groups(List<Tok> header) {
        List<Slot> slots = new ArrayList<>();
        List<List<Tok>> members = new ArrayList<>();
        for (Tok t : header) {
            int hit = -1;
            for (int k = 0; k < slots.size(); k++) {
                Slot s = slots.get(k);
                if (t.x0 < s.x1 + 1 && s.x0 < t.x1 + 1) {
                    if (hit >= 0) {
                        hit = -2; // spans two groups: a group header over leaf columns, left out
                        break;
                    }
                    hit = k;
                }
            }
            if (hit == -2) {
                continue;
            }
            if (hit < 0) {
                Slot s = new Slot();
                s.x0 = t.x0;
                s.x1 = t.x1;
                slots.add(s);
                members.add(new ArrayList<>());
                hit = slots.size() - 1;
            }
            Slot s = slots.get(hit);
            List<Tok> m = members.get(hit);
            boolean sameLine = false;
            for (Tok o : m) {
                sameLine |= o.line == t.line;
            }
            if (sameLine) {
                continue; // two words of one line in one group: keep the first
            }
            s.x0 = Math.min(s.x0, t.x0);
            s.x1 = Math.max(s.x1, t.x1);
            m.add(t);
        }
        for (int k = 0; k < slots.size(); k++) {
            List<Tok> m = members.get(k);
            m.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line) : Integer.compare(a.x0, b.x0));
            for (Tok t : m) {
                slots.get(k).text.append(t.norm);
            }
            slots.get(k).lines = m.size();
        }
        slots.sort((a, b) -> Integer.compare(a.x0, b.x0));
        return slots;
    }

    /** Matches header groups with columns in order, maximising the similarity (a monotone alignment). */
    private static void match(List<Slot> slots, List<? extends TableColumn> columns) {
        int n = slots.size();
        int m = columns.size();
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sim = similarity(slots.get(i - 1).text.toString(), headerName(columns.get(j - 1)));
                int take = sim >= 50 ? dp[i - 1][j - 1] + sim : -1;
                dp[i][j] = Math.max(take, Math.max(dp[i - 1][j], dp[i][j - 1]));
            }
        }
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            int sim = similarity(slots.get(i - 1).text.toString(), headerName(columns.get(j - 1)));
            if (sim >= 50 && dp[i][j] == dp[i - 1][j - 1] + sim) {
                slots.get(i - 1).column = j - 1;
                i--;
                j--;
            } else if (dp[i][j] == dp[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
    }

    /**
     * The columns a page-text header names: each header word names the column it is most like (a
     * word broken over lines names its column by its part), if alike enough. Page text keeps no
     * extents, so the words are not grouped by place (that would join the title lines above a header
     * with its words) and their order over lines says nothing.
     */
    private static List<Slot> flowSlots(List<Tok> header, List<? extends TableColumn> columns) {
        List<Slot> out = new ArrayList<>();
        for (Tok t : header) {
            Slot sl = new Slot();
            sl.x0 = t.x0;
            sl.x1 = t.x1;
            sl.text.append(t.norm);
            int best = 49;
            for (int c = 0; c < columns.size(); c++) {
                int sim = similarity(t.norm, headerName(columns.get(c)));
                if (sim > best) {
                    best = sim;
                    sl.column = c;
                }
            }
            out.add(sl);
        }
        return out;
    }

    /** The header's words: the text cells of the lines before the first data line. */
    private List<Tok> headerWords(Section s, int firstData) {
        Set<String> names = new HashSet<>();
        for (TableEdition e : TableEdition.values()) {
            for (TableColumn c : columnsOf(s.id, e)) {
                names.add(Texts.norm(c.getChineseName().replace("/", "")));
            }
        }
        List<Tok> out = new ArrayList<>();
        for (int k = 0; k < firstData; k++) {
            for (Tok t : s.lines.get(k)) {
                if (!t.isText() || isHeaderWord(t.norm)) {
                    continue;
                }
                // words a single space apart are one cell for names, but two column headers here, unless
                // together they name one column (基本支出 人员经费: a group's and its leaf's words on one line)
                if (names.contains(t.norm)) {
                    out.add(t);
                } else {
                    out.addAll(words(t));
                }
            }
        }
        return out;
    }

    /** The words of a cell that single spaces separate, each a token (page text joins them in one cell). */
    private static List<Tok> words(Tok t) {
        String[] words = t.text.strip().split("\\s+");
        if (words.length == 1) {
            return List.of(t);
        }
        List<Tok> out = new ArrayList<>(words.length);
        int x = t.x0;
        for (String w : words) {
            int width = 0;
            for (int i = 0; i < w.length(); i++) {
                width += TextLines.width(w.charAt(i));
            }
            out.add(new Tok(new LayoutCell(w, x, x + width), t.line, t.cell));
            x += width + 1;
        }
        return out;
    }

    /**
     * The tokens of a page-text line of 01 or 04, its text cells cut at their single spaces: a blank
     * cell between two labels vanished, so 「四、上级补助收入 四、公共安全支出 350.56」 is two labels.
     */
    private static List<Tok> flowWords(List<Tok> toks) {
        List<Tok> out = new ArrayList<>(toks.size() + 2);
        for (Tok t : toks) {
            out.addAll(t.isText() ? words(t) : List.of(t));
        }
        return out;
    }

    /** Tells whether a line prints amounts and no label (its 行次 numbers aside). */
    private static boolean amountsOnly(List<Tok> toks, Set<Tok> lineNumbers) {
        boolean amount = false;
        for (Tok t : toks) {
            if (lineNumbers.contains(t)) {
                continue;
            }
            if (t.isText() && !isHeaderWord(t.norm)) {
                return false;
            }
            amount |= t.amount;
        }
        return amount;
    }

    /** Tells whether a line prints a label and no amount: the labels of figures printed on the line above. */
    private static boolean labelsOnly(List<Tok> toks) {
        boolean label = false;
        for (Tok t : toks) {
            if (t.amount) {
                return false;
            }
            label |= t.isText() && !isHeaderWord(t.norm) && !t.norm.equals("决算数");
        }
        return label;
    }

    /**
     * Places the amounts of a row under their columns by their extents: a monotone assignment of
     * amounts (left to right) to slots (left to right) that minimises the distance between them.
     *
     * @return the column index of each amount, -1 where none fits
     */
    private static int[] place(List<Tok> amounts, List<Slot> slots) {
        List<Slot> known = new ArrayList<>();
        for (Slot s : slots) {
            if (s.column >= 0) {
                known.add(s);
            }
        }
        int n = amounts.size();
        int m = known.size();
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        if (m == 0 || n > m) {
            return out;
        }
        long inf = Long.MAX_VALUE / 4;
        long[][] dp = new long[n + 1][m + 1];
        for (long[] row : dp) {
            java.util.Arrays.fill(row, inf);
        }
        java.util.Arrays.fill(dp[0], 0);
        for (int i = 1; i <= n; i++) {
            for (int j = i; j <= m; j++) {
                long use = dp[i - 1][j - 1] == inf ? inf : dp[i - 1][j - 1] + distance(amounts.get(i - 1), known.get(j - 1));
                dp[i][j] = Math.min(use, dp[i][j - 1]);
            }
        }
        int i = n;
        int j = m;
        while (i > 0) {
            if (j > i && dp[i][j] == dp[i][j - 1]) {
                j--;
            } else {
                out[i - 1] = known.get(j - 1).column;
                i--;
                j--;
            }
        }
        return out;
    }

    /**
     * Places a row's amounts among the columns the header names: of the order-keeping placements,
     * those where the row's arithmetic holds are kept, and the one nearest to the header's extents
     * wins (space-aligned text shifts a row's amounts when its name is long, so the extents alone
     * mislead).
     */
    private int[] placeByRule(List<Tok> amounts, List<Slot> slots, List<TableColumn> printed,
            List<? extends TableColumn> columns, RowRule rule, TableId id) {
        int k = amounts.size();
        int m = printed.size();
        int[] none = new int[k];
        java.util.Arrays.fill(none, -1);
        if (k == 0) {
            return none;
        }
        if (k > m) {
            // more amounts than the header names columns: the header was not read whole, every column may hold one
            List<TableColumn> all = new ArrayList<>(columns);
            return k > columns.size() ? none
                    : placeByRule(amounts, slots, all, columns, totalFirst(all, rowSums(id).keySet(), rowSums(id)), id);
        }
        Slot[] slotOf = new Slot[m];
        for (Slot sl : slots) {
            if (sl.column >= 0) {
                int p = printed.indexOf(columns.get(sl.column));
                if (p >= 0) {
                    slotOf[p] = sl;
                }
            }
        }
        List<Amount> values = new ArrayList<>();
        for (Tok t : amounts) {
            values.add(Amount.isBlankOrPlaceholder(t.text) ? Amount.ZERO : parseOrZero(t.text));
        }
        int[] combo = new int[k];
        for (int i = 0; i < k; i++) {
            combo[i] = i;
        }
        int[] bestValid = null;
        long bestValidCost = Long.MAX_VALUE;
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        while (true) {
            long cost = 0;
            for (int i = 0; i < k; i++) {
                cost += slotOf[combo[i]] == null ? 50_000 : distance(amounts.get(i), slotOf[combo[i]]);
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = combo.clone();
            }
            if (cost < bestValidCost && rule.holds(values, combo)) {
                bestValidCost = cost;
                bestValid = combo.clone();
            }
            int i = k - 1;
            while (i >= 0 && combo[i] == m - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            combo[i]++;
            for (int j = i + 1; j < k; j++) {
                combo[j] = combo[j - 1] + 1;
            }
        }
        int[] chosen = bestValid != null ? bestValid : best;
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = columns.indexOf(printed.get(chosen[i]));
        }
        return out;
    }

    /**
     * An amount for the arithmetic that places a row's figures, zero where the text is no amount:
     * only placement uses it; the figure itself is read by {@link #amount(Tok, String)}, which
     * reports a bad cell.
     */
    private static Amount parseOrZero(String text) {
        try {
            return Amount.parse(text);
        } catch (IllegalArgumentException e) {
            return Amount.ZERO;
        }
    }

    private static long distance(Tok t, Slot s) {
        int gap = Math.max(0, Math.max(s.x0 - t.x1, t.x0 - s.x1));
        int centre = Math.abs((t.x0 + t.x1) - (s.x0 + s.x1));
        return gap * 1000L + centre;
    }

    /**
     * Places the amounts of a row of flowing text among the printed columns: every order-keeping
     * placement is tried, and those where the row's arithmetic holds are kept.
     *
     * @return the column of each amount (indexes into {@code printed}); null if the row has more amounts
     */
    private static int[] placeFlowing(List<Amount> values, int printed, RowRule rule, boolean[] ambiguous) {
        return placeFlowing(values, printed, rule, ambiguous, null);
    }

    /** As above, collecting into {@code allFits} (when not null) up to 64 placements that fit. */
    private static int[] placeFlowing(List<Amount> values, int printed, RowRule rule, boolean[] ambiguous,
            List<int[]> allFits) {
        int k = values.size();
        int[] first = new int[k];
        for (int i = 0; i < k; i++) {
            first[i] = i;
        }
        if (k > printed) {
            return null;
        }
        if (k == printed || k == 0) {
            return first;
        }
        List<int[]> fits = new ArrayList<>();
        int[] combo = first.clone();
        while (true) {
            if (rule.holds(values, combo)) {
                fits.add(combo.clone());
                if (fits.size() > (allFits == null ? 1 : 63)) {
                    break;
                }
            }
            int i = k - 1;
            while (i >= 0 && combo[i] == printed - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            combo[i]++;
            for (int j = i + 1; j < k; j++) {
                combo[j] = combo[j - 1] + 1;
            }
        }
        if (allFits != null) {
            allFits.addAll(fits);
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        ambiguous[0] = true;
        return fits.isEmpty() ? first : fits.get(0);
    }

    /** A row's own arithmetic over the printed columns: which column is the sum of which. */
    private interface RowRule {
        boolean holds(List<Amount> values, int[] columns);
    }

    /** The rule "column 0 = Σ of the others" when the first printed column is a total, else none. */
    private static RowRule totalFirst(List<? extends TableColumn> printed, Set<String> totals, Map<String, List<String>> parts) {
        return (values, columns) -> {
            Map<String, Amount> v = new java.util.HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                v.put(((Enum<?>) printed.get(columns[i])).name(), values.get(i));
            }
            boolean checked = false;
            for (Map.Entry<String, List<String>> e : parts.entrySet()) {
                boolean printedTotal = false;
                boolean printedPart = false;
                for (TableColumn c : printed) {
                    String name = ((Enum<?>) c).name();
                    printedTotal |= name.equals(e.getKey());
                    printedPart |= e.getValue().contains(name);
                }
                if (!printedTotal || !printedPart) {
                    continue;
                }
                Amount total = v.getOrDefault(e.getKey(), Amount.ZERO);
                Amount sum = Amount.ZERO;
                boolean anyPart = false;
                for (String p : e.getValue()) {
                    anyPart |= v.containsKey(p);
                    sum = sum.plus(v.getOrDefault(p, Amount.ZERO));
                }
                if (!anyPart && !e.getKey().equals("TOTAL")) {
                    continue; // a sub-total printed without its parts (05 of templates without 人员经费/公用经费)
                }
                if (total.minus(sum).abs().toBigDecimal().compareTo(new java.math.BigDecimal("0.03")) > 0) {
                    return false;
                }
                checked = true;
            }
            return checked || totals.isEmpty();
        };
    }

    private static Map<String, List<String>> rowSums(TableId id) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        switch (id) {
            case T02:
                m.put("TOTAL", List.of("FISCAL_APPROPRIATION", "SUPERIOR_SUBSIDY", "BUSINESS", "OPERATING",
                        "AFFILIATED_REMITTANCE", "OTHER"));
                break;
            case T03:
                m.put("TOTAL", List.of("BASIC", "PROJECT", "REMITTED_TO_SUPERIOR", "OPERATING", "SUBSIDY_TO_AFFILIATED"));
                break;
            case T05:
                m.put("TOTAL", List.of("BASIC", "PROJECT"));
                m.put("BASIC", List.of("PERSONNEL", "PUBLIC_USE"));
                break;
            case T07:
                m.put("EXPENDITURE", List.of("EXPENDITURE_BASIC", "EXPENDITURE_PROJECT"));
                break;
            case T08:
                m.put("EXPENDITURE", List.of("EXPENDITURE_BASIC", "EXPENDITURE_PROJECT"));
                break;
            default:
                break;
        }
        return m;
    }

    // ---------------------------------------------------------------- coded tables 02 03 05 07 08

    private List<? extends TableColumn> columnsOf(TableId id, TableEdition edition) {
        switch (id) {
            case T02:
                return List.of(IncomeColumn.values());
            case T03:
                return List.of(ExpenditureColumn.values());
            case T05:
                return List.of(GeneralBudgetColumn.values());
            case T07:
                return GovernmentFundColumn.of(edition);
            default:
                return StateCapitalColumn.of(edition);
        }
    }

    /** Reads the leading code of a line: 3, 5 or 7 digits, or 3 digits then 2 and 2 in cells of their own. */
    private static int codeCells(List<Tok> toks, List<String> parts) {
        int k = 0;
        while (k < toks.size() && toks.get(k).digits) {
            String d = Texts.ascii(toks.get(k).text);
            int len = parts.isEmpty() ? d.length() : 2;
            if (parts.isEmpty() ? !(d.length() == 3 || d.length() == 5 || d.length() == 7) : d.length() != 2
                    || parts.size() >= 3 || String.join("", parts).length() >= 7) {
                break;
            }
            parts.add(d);
            k++;
            if (len == 7) {
                break;
            }
        }
        return k;
    }

    private static boolean isTotalLabel(String n) {
        String t = n.replaceFirst("^[类款项]+", "");
        return t.equals("合计") || t.equals("总计");
    }

    /** Assembles the rows of a coded table from its lines. */
    private List<Acc> assemble(Section s, int firstData, boolean economic) {
        List<Acc> rows = new ArrayList<>();
        List<Tok> pending = new ArrayList<>();
        StringBuilder pendingName = new StringBuilder();
        for (int k = firstData; k < s.lines.size(); k++) {
            List<Tok> toks = s.lines.get(k);
            int index = s.index(k);
            List<String> parts = new ArrayList<>();
            int codeEnd = codeCells(toks, parts);
            StringBuilder name = new StringBuilder();
            List<Tok> amounts = new ArrayList<>();
            for (int i = codeEnd; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (t.amount) {
                    amounts.add(t);
                } else if (t.isText() || t.digits) {
                    name.append(t.text.strip());
                }
            }
            String nn = Texts.norm(name.toString());
            if (parts.isEmpty() && (nn.isEmpty() || nn.matches("[类款项]+")) && amounts.isEmpty()) {
                continue;
            }
            if (parts.isEmpty() && !nn.isEmpty() && amounts.isEmpty() && isHeaderWord(nn) && !isTotalLabel(nn)) {
                Acc above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (!economic && above != null && !above.total && index - above.lastLine == 1
                        && completesName(above.name.toString(), nn, FunctionCode.of(String.join("", above.codeParts)))) {
                    above.name.append(nn); // 「机关事业单位职业年金缴费」 / 「支出」: the end of the name above
                    above.lastLine = index;
                }
                continue; // else a header repeated after a page break
            }
            boolean total = parts.isEmpty() && isTotalLabel(nn);
            if (!parts.isEmpty() || total) {
                Acc a = new Acc();
                a.codeParts = parts.toArray(new String[0]);
                a.total = total;
                a.firstLine = index;
                a.lastLine = index;
                if (!s.flow || amounts.isEmpty()) {
                    a.amounts.addAll(pending);
                }
                pending.clear();
                a.amounts.addAll(amounts);
                a.name.append(pendingName);
                pendingName.setLength(0);
                if (!total) {
                    a.name.append(name);
                }
                a.nameOnOwnLine = name.length() > 0;
                rows.add(a);
                continue;
            }
            Acc prev = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (name.length() == 0) {
                if (s.flow && prev != null && prev.amounts.isEmpty()) {
                    prev.amounts.addAll(amounts);
                } else {
                    pending.addAll(amounts);
                }
                continue;
            }
            if (!amounts.isEmpty()) {
                // a row without a code: placed by its name when the catalog names one code
                Acc a = new Acc();
                List<FunctionCode> byName = ctx.catalog.codesNamedLeniently(Texts.stripOrdinal(name.toString()));
                if (economic || byName.size() != 1) {
                    ctx.problem(index, 0, "problem.layout.free.rowUnplaced", s.id.getLabel(), name);
                    continue;
                }
                ctx.problem(index, 0, "problem.layout.table.rowPlacedByName", s.id.getLabel(), name, byName.get(0));
                a.codeParts = new String[] {byName.get(0).toString()};
                a.firstLine = index;
                a.lastLine = index;
                a.amounts.addAll(pending);
                pending.clear();
                a.amounts.addAll(amounts);
                a.name.append(name);
                rows.add(a);
                continue;
            }
            // a name fragment: the name of the row above whose line printed none, the start of the
            // next row's name when that row prints none, or the rest of the name above
            boolean adjacentPrev = prev != null && index - prev.lastLine == 1;
            boolean nextWithoutName = false;
            boolean nextCoded = false;
            if (k + 1 < s.lines.size() && s.index(k + 1) == index + 1) {
                List<Tok> next = s.lines.get(k + 1);
                List<String> np = new ArrayList<>();
                int ce = codeCells(next, np);
                boolean nextHasName = false;
                for (int i = ce; i < next.size(); i++) {
                    nextHasName |= next.get(i).isText();
                }
                nextWithoutName = !np.isEmpty() && !nextHasName;
                nextCoded = !np.isEmpty();
            }
            if (prev != null && adjacentPrev && prev.name.length() == 0 && !prev.total) {
                prev.name.append(name);
                prev.lastLine = index;
            } else if (nextWithoutName) {
                pendingName.append(name);
            } else if (!economic && nextCoded && prev != null && !prev.total && namedInFull(prev)) {
                // 「事业单位离退」 / 「2080502 … 」 / 「休」 / 「机关事业单位」 / 「2080505 基本养老保险 …」: the name above is
                // complete, so the words right above the next code start that code's name
                pendingName.append(name);
            } else if (prev != null && !prev.total) {
                prev.name.append(name);
                prev.lastLine = index;
            }
        }
        return rows;
    }

    private int firstData(Section s) {
        for (int k = 0; k < s.lines.size(); k++) {
            List<Tok> toks = s.lines.get(k);
            List<String> parts = new ArrayList<>();
            int codeEnd = codeCells(toks, parts);
            if (codeEnd > 0 && toks.size() > parts.size()) {
                return s.flow && k > 0 && nameAbove(s.lines.get(k - 1), toks, codeEnd) ? k - 1 : k;
            }
            boolean total = false;
            boolean otherText = false;
            for (Tok t : toks) {
                if (t.amount) {
                    return k;
                }
                if (isTotalLabel(t.norm)) {
                    total = true;
                } else if (t.isText() && !t.norm.matches("[类款项]+")) {
                    otherText = true;
                }
            }
            if (total && !otherText) {
                return k; // a 合计 label alone, its amounts on another line (a 合计 among column names is a header)
            }
        }
        return s.lines.size();
    }

    /**
     * Tells whether the line above a table's first coded line is the start of that row's name (page
     * text: 「一般公共服务支」 / 「201 306.90 306.90」 / 「出」): the coded line prints no name, and the line
     * above is words only, none of them a header word.
     */
    private static boolean nameAbove(List<Tok> above, List<Tok> coded, int codeEnd) {
        for (int i = codeEnd; i < coded.size(); i++) {
            if (coded.get(i).isText()) {
                return false;
            }
        }
        for (Tok t : above) {
            if (!t.isText() || isHeaderWord(t.norm) || isTotalLabel(t.norm) || t.norm.endsWith("合计")) {
                return false;
            }
        }
        return !above.isEmpty();
    }

    private void coded(Section s, FinalAccountReport.Builder report) {
        TableEdition edition = edition(s.id);
        int firstData = firstData(s);
        List<Tok> header = headerWords(s, firstData);
        if (s.id == TableId.T07 || s.id == TableId.T08) {
            // the edition whose column names the header matches best
            int best = -1;
            for (TableEdition e : TableEdition.values()) {
                List<Slot> g = s.flow ? flowSlots(header, columnsOf(s.id, e)) : groups(header);
                if (!s.flow) {
                    match(g, columnsOf(s.id, e));
                }
                Set<Integer> named = new HashSet<>();
                for (Slot sl : g) {
                    if (sl.column >= 0) {
                        named.add(sl.column);
                    }
                }
                int matched = named.size();
                if (matched > best || (matched == best && e == edition(s.id))) {
                    best = matched;
                    edition = e;
                }
            }
        }
        List<? extends TableColumn> columns = columnsOf(s.id, edition);
        List<Acc> rows = assemble(s, firstData, false);
        if (rows.isEmpty() && s.statement == null) {
            if (firstData >= s.lines.size() && !s.notes.isEmpty()) {
                // a header and a note but no row: a table printed without figures
                build(s, edition, columns, List.of(), List.of(), report);
                return;
            }
            unreadable(s, firstData >= s.lines.size() ? "problem.layout.free.unreadable.noRow"
                    : "problem.layout.free.unreadable.noCodedRow");
            return;
        }
        // columns: by the header's extents (positioned text) or among the printed columns (flowing)
        List<Slot> slots = s.flow ? flowSlots(header, columns) : groups(header);
        if (!s.flow) {
            match(slots, columns);
        }
        if (Boolean.getBoolean("juesuan.layout.debug")) {
            for (Slot sl : slots) {
                System.err.println(s.id + " slot " + sl.x0 + "-" + sl.x1 + " " + sl.text + " -> " + sl.column);
            }
        }
        Set<Integer> namedColumns = new HashSet<>();
        for (Slot sl : slots) {
            if (sl.column >= 0) {
                namedColumns.add(sl.column);
            }
        }
        int matched = namedColumns.size();
        List<TableColumn> printed = new ArrayList<>();
        if (matched >= 2) {
            boolean[] named = new boolean[columns.size()];
            for (Slot sl : slots) {
                if (sl.column >= 0) {
                    named[sl.column] = true;
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                if (named[c]) {
                    printed.add(columns.get(c));
                }
            }
        } else {
            printed.addAll(columns);
        }
        RowRule rule = totalFirst(printed, rowSums(s.id).keySet(), rowSums(s.id));
        List<int[]> chosen = new ArrayList<>();
        List<List<int[]>> candidates = new ArrayList<>();
        for (Acc a : rows) {
            List<Tok> am = a.amounts;
            am.sort((x, y) -> s.flow ? 0 : Integer.compare(x.x0, y.x0));
            int[] at;
            List<int[]> cands = new ArrayList<>();
            if (!s.flow && matched >= 2) {
                at = placeByRule(am, slots, printed, columns, rule, s.id);
            } else {
                List<Amount> parsed = new ArrayList<>();
                for (Tok t : am) {
                    parsed.add(parseOrZero(t.text));
                }
                boolean[] amb = new boolean[1];
                List<int[]> fits = new ArrayList<>();
                int[] p = placeFlowing(parsed, printed.size(), rule, amb, fits);
                if (s.flow && amb[0] && fits.isEmpty()) {
                    // no placement fits the row's own arithmetic (a misprint): every placement stays a
                    // candidate, for its parent's figures and the ties between tables to decide
                    placeFlowing(parsed, printed.size(), (v, c) -> true, new boolean[1], fits);
                }
                at = new int[am.size()];
                java.util.Arrays.fill(at, -1);
                if (p != null) {
                    for (int i = 0; i < p.length; i++) {
                        at[i] = columns.indexOf(printed.get(p[i]));
                    }
                }
                if (amb[0]) {
                    for (int[] f : fits) {
                        int[] c = new int[f.length];
                        for (int i = 0; i < f.length; i++) {
                            c[i] = columns.indexOf(printed.get(f[i]));
                        }
                        cands.add(c);
                    }
                }
            }
            chosen.add(at);
            candidates.add(cands);
        }
        if (s.flow) {
            resolveByHierarchy(rows, chosen, candidates, columns.size());
            if (anyOpen(candidates)) {
                ctx.open.add(new OpenTable(s, edition, columns, rows, chosen, candidates));
                return;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (candidates.get(r).size() > 1) {
                ambiguous(s.id, rows.get(r), candidates.get(r), columns);
            }
        }
        finish(s, edition, columns, rows, chosen, report);
    }

    private static boolean anyOpen(List<List<int[]>> candidates) {
        for (List<int[]> c : candidates) {
            if (c.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page-text coded table with rows that neither their own arithmetic nor their parent's places:
     * settled by the ties with the other tables once all are read, or left unread.
     */
    private final class OpenTable implements OpenPlacements.Open {
        private final Section s;
        private final TableEdition edition;
        private final List<? extends TableColumn> columns;
        private final List<Acc> rows;
        private final List<int[]> chosen;
        private final List<List<int[]>> candidates;

        OpenTable(Section s, TableEdition edition, List<? extends TableColumn> columns, List<Acc> rows,
                List<int[]> chosen, List<List<int[]>> candidates) {
            this.s = s;
            this.edition = edition;
            this.columns = columns;
            this.rows = rows;
            this.chosen = chosen;
            this.candidates = candidates;
        }

        @Override
        public boolean settle(OpenPlacements.Ties ties, FinalAccountReport.Builder report) {
            for (int r = 0; r < rows.size(); r++) {
                List<int[]> c = candidates.get(r);
                Acc a = rows.get(r);
                RowKey key = a.total ? RowKey.TOTAL : code(a).map(RowKey::of).orElse(null);
                if (c.size() <= 1 || key == null) {
                    continue;
                }
                List<int[]> kept = new ArrayList<>();
                for (int[] at : c) {
                    long[] v = hundredths(a, at, columns.size());
                    boolean allowed = true;
                    for (int k = 0; k < columns.size() && allowed; k++) {
                        allowed = ties.allows(s.id, key, ((Enum<?>) columns.get(k)).name(), v[k]);
                    }
                    if (allowed) {
                        kept.add(at);
                    }
                }
                if (!kept.isEmpty() && kept.size() < c.size()) {
                    candidates.set(r, kept);
                    chosen.set(r, kept.get(0));
                }
            }
            resolveByHierarchy(rows, chosen, candidates, columns.size());
            if (anyOpen(candidates)) {
                return false;
            }
            finish(s, edition, columns, rows, chosen, report);
            return true;
        }

        @Override
        public void leaveUnread() {
            for (int r = 0; r < rows.size(); r++) {
                if (candidates.get(r).size() > 1) {
                    Acc a = rows.get(r);
                    ambiguousUnread(s.id, a.firstLine, a.total ? "合计" : String.join("", a.codeParts), a.amounts,
                            candidates.get(r), columns);
                }
            }
            ctx.unreadable.add(s.id);
        }
    }

    /** Places the figures of a coded table's rows as chosen and sets the table, with each figure's location. */
    private void finish(Section s, TableEdition edition, List<? extends TableColumn> columns, List<Acc> rows,
            List<int[]> chosen, FinalAccountReport.Builder report) {
        List<Map<TableColumn, Amount>> values = new ArrayList<>();
        List<Map<TableColumn, Tok>> where = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Acc a = rows.get(r);
            Map<TableColumn, Amount> v = new java.util.HashMap<>();
            Map<TableColumn, Tok> w = new java.util.HashMap<>();
            List<Tok> am = a.amounts;
            int[] at = chosen.get(r);
            for (int i = 0; i < am.size(); i++) {
                Tok t = am.get(i);
                if (at[i] < 0) {
                    ctx.valueProblem(t.line, t.cell + 1, t.text, "problem.layout.free.amountUnderNoColumn", s.id.getLabel(),
                            t.text);
                    continue;
                }
                TableColumn c = columns.get(at[i]);
                amount(t, s.id.getLabel()).ifPresent(x -> v.put(c, x));
                w.put(c, t);
            }
            values.add(v);
            where.add(w);
        }
        build(s, edition, columns, rows, values, report);
        for (int r = 0; r < rows.size(); r++) {
            Acc a = rows.get(r);
            RowKey key = a.total ? RowKey.TOTAL : code(a).map(RowKey::of).orElse(null);
            if (key == null) {
                continue;
            }
            for (Map.Entry<TableColumn, Tok> e : where.get(r).entrySet()) {
                ctx.locate(s.id, key, e.getKey(), where(e.getValue()));
            }
        }
    }

    /**
     * Reports a row whose figures fit more than one placement: it names the row, its figures and
     * the columns each may stand in, and says that they are placed from the left.
     */
    private void ambiguous(TableId id, Acc a, List<int[]> fits, List<? extends TableColumn> columns) {
        String row = a.total ? "合计" : String.join("", a.codeParts);
        ctx.problem(a.firstLine, 0, "problem.layout.free.ambiguousRow", id.getLabel(), row, a.amounts.size(),
                columns.size(), placements(a.amounts, fits, columns));
    }

    /**
     * Reports a row of page text whose figures fit more than one placement, which the arithmetic of its
     * table and the ties with the other tables do not settle: its table is left unread.
     */
    private void ambiguousUnread(TableId id, int line, String row, List<Tok> amounts, List<int[]> fits,
            List<? extends TableColumn> columns) {
        ctx.problem(line, 0, "problem.layout.free.ambiguousRowUnread", id.getLabel(), row, amounts.size(),
                columns.size(), placements(amounts, fits, columns));
    }

    /** Each figure with the columns it may stand in: {@code 306.90 in 基本支出 or 项目支出}, localised. */
    private static io.github.juesuan.spi.ProblemMessage placements(List<Tok> amounts, List<int[]> fits,
            List<? extends TableColumn> columns) {
        List<io.github.juesuan.spi.ProblemMessage> where = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Set<String> in = new java.util.LinkedHashSet<>();
            for (int[] f : fits) {
                if (i < f.length && f[i] >= 0) {
                    in.add(columns.get(f[i]).getChineseName());
                }
            }
            where.add(io.github.juesuan.spi.ProblemMessage.of("problem.layout.free.ambiguousRow.figure",
                    amounts.get(i).text.strip(), io.github.juesuan.spi.ProblemMessage.anyOf(List.copyOf(in))));
        }
        return io.github.juesuan.spi.ProblemMessage.listOf(where);
    }

    /**
     * Settles the rows whose placement their own arithmetic left open by their parent's: top down
     * (合计, then each 类, then each 款), the children's placements are chosen so that as many of the
     * parent's columns as possible equal the sum of the children's (a child's figure stands in a
     * column where the parent prints one). A choice that stays tied is left as it was (from the left)
     * and the row still counts as ambiguous.
     */
    private static void resolveByHierarchy(List<Acc> rows, List<int[]> chosen, List<List<int[]>> candidates,
            int columns) {
        Map<String, Integer> byCode = new java.util.HashMap<>();
        int total = -1;
        for (int r = 0; r < rows.size(); r++) {
            Acc a = rows.get(r);
            if (a.total) {
                total = r;
            } else {
                byCode.put(String.join("", a.codeParts), r);
            }
        }
        List<int[]> families = new ArrayList<>(); // parent row, then its children rows
        for (int level : new int[] {0, 3, 5}) {
            Map<Integer, List<Integer>> children = new java.util.LinkedHashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                Acc a = rows.get(r);
                String code = String.join("", a.codeParts);
                if (a.total || code.length() != (level == 0 ? 3 : level + 2)) {
                    continue;
                }
                Integer parent = level == 0 ? Integer.valueOf(total) : byCode.get(code.substring(0, level));
                if (parent != null && parent >= 0) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
                }
            }
            for (Map.Entry<Integer, List<Integer>> e : children.entrySet()) {
                int[] f = new int[e.getValue().size() + 1];
                f[0] = e.getKey();
                for (int i = 0; i < e.getValue().size(); i++) {
                    f[i + 1] = e.getValue().get(i);
                }
                families.add(f);
            }
        }
        for (int[] f : families) {
            if (candidates.get(f[0]).size() > 1) {
                continue; // the parent itself is not settled
            }
            long[] parent = hundredths(rows.get(f[0]), chosen.get(f[0]), columns);
            // a child's figure stands in a column where its parent prints one
            for (int i = 1; i < f.length; i++) {
                List<int[]> c = candidates.get(f[i]);
                if (c.size() > 1) {
                    List<int[]> kept = new ArrayList<>();
                    for (int[] at : c) {
                        long[] v = hundredths(rows.get(f[i]), at, columns);
                        boolean fits = true;
                        for (int k = 0; k < columns; k++) {
                            fits &= v[k] == 0 || parent[k] != 0;
                        }
                        if (fits) {
                            kept.add(at);
                        }
                    }
                    if (!kept.isEmpty() && kept.size() < c.size()) {
                        candidates.set(f[i], kept);
                        chosen.set(f[i], kept.get(0));
                    }
                }
            }
            List<Integer> open = new ArrayList<>();
            long combos = 1;
            for (int i = 1; i < f.length; i++) {
                if (candidates.get(f[i]).size() > 1) {
                    open.add(f[i]);
                    combos *= candidates.get(f[i]).size();
                }
            }
            if (open.isEmpty() || combos > 4096) {
                continue;
            }
            long[] fixed = new long[columns];
            for (int i = 1; i < f.length; i++) {
                if (candidates.get(f[i]).size() <= 1) {
                    add(fixed, hundredths(rows.get(f[i]), chosen.get(f[i]), columns));
                }
            }
            int[] pick = new int[open.size()];
            int[] best = null;
            int bestScore = -1;
            boolean tie = false;
            for (long n = 0; n < combos; n++) {
                long rest = n;
                long[] sum = fixed.clone();
                for (int i = 0; i < open.size(); i++) {
                    List<int[]> c = candidates.get(open.get(i));
                    pick[i] = (int) (rest % c.size());
                    rest /= c.size();
                    add(sum, hundredths(rows.get(open.get(i)), c.get(pick[i]), columns));
                }
                int score = 0;
                for (int c = 0; c < columns; c++) {
                    score += Math.abs(sum[c] - parent[c]) <= f.length ? 1 : 0;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = pick.clone();
                    tie = false;
                } else if (score == bestScore) {
                    tie = true;
                }
            }
            if (best == null || tie) {
                continue;
            }
            for (int i = 0; i < open.size(); i++) {
                int r = open.get(i);
                chosen.set(r, candidates.get(r).get(best[i]));
                candidates.set(r, List.of(chosen.get(r)));
            }
        }
    }

    private static long[] hundredths(Acc a, int[] at, int columns) {
        long[] out = new long[columns];
        for (int i = 0; i < a.amounts.size() && i < at.length; i++) {
            if (at[i] >= 0) {
                out[at[i]] += parseOrZero(a.amounts.get(i).text).toHundredthsOr(0);
            }
        }
        return out;
    }

    private static void add(long[] into, long[] v) {
        for (int i = 0; i < into.length; i++) {
            into[i] += v[i];
        }
    }

    private Optional<FunctionCode> code(Acc a) {
        try {
            return Optional.of(FunctionCode.parse(a.codeParts));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private void build(Section s, TableEdition edition, List<? extends TableColumn> columns, List<Acc> rows,
            List<Map<TableColumn, Amount>> values, FinalAccountReport.Builder report) {
        Set<FunctionCode> seen = new HashSet<>();
        Map<TableColumn, Amount> total = null;
        List<TableDescriptor.CodedRow> coded = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Acc a = rows.get(r);
            if (a.total) {
                if (total != null) {
                    ctx.problem(a.firstLine, 0, "problem.layout.table.secondTotalRow", s.id.getLabel());
                } else {
                    total = values.get(r);
                }
                continue;
            }
            FunctionCode code;
            try {
                code = FunctionCode.parse(a.codeParts);
            } catch (IllegalArgumentException e) {
                ctx.problem(a.firstLine, 1, "problem.layout.table.rowRejected", s.id.getLabel(), String.valueOf(e.getMessage()));
                continue;
            }
            if (!seen.add(code)) {
                ctx.problem(a.firstLine, 1, "problem.layout.table.codeTwice", s.id.getLabel(), code);
                continue;
            }
            coded.add(new TableDescriptor.CodedRow(code, Texts.joinCjk(a.name.toString()), values.get(r)));
        }
        report.table(TableDescriptor.of(s.id).codedTable(edition, Optional.ofNullable(total), coded,
                Optional.ofNullable(s.statement), s.notes));
    }

    // ---------------------------------------------------------------- 01 and 04

    /** A label of 01 or 04 with its amounts, assembled over lines. */
    private static final class Item {
        boolean expenditureSide;
        /** Whether the side was guessed from the label's place on its line, its words naming none. */
        boolean sideGuessed;
        final StringBuilder label = new StringBuilder();
        final List<Tok> amounts = new ArrayList<>();
        final int line;
        Object key;

        Item(boolean expenditureSide, int line) {
            this.expenditureSide = expenditureSide;
            this.line = line;
        }
    }

    /** Tells whether a row's name as read so far is the catalog's name of its code. */
    private boolean namedInFull(Acc row) {
        String n = Texts.stripOrdinal(Texts.norm(row.name.toString()));
        return !n.isEmpty() && row.codeParts.length > 0
                && ctx.catalog.codesNamedLeniently(n).contains(FunctionCode.of(String.join("", row.codeParts)));
    }

    /**
     * Tells whether a word that is also a header word (支出, 收入), alone on the line below a row's name, is the
     * end of that name: the name with it is the catalog's name of the row's code, and the name alone is not.
     */
    private boolean completesName(String name, String word, FunctionCode code) {
        String n = Texts.stripOrdinal(Texts.norm(name));
        return !n.isEmpty() && !n.endsWith(word) && ctx.catalog.codesNamedLeniently(n + word).contains(code)
                && !ctx.catalog.codesNamedLeniently(n).contains(code);
    }

    private Optional<FunctionCode> classByName(String label) {
        String name = Texts.stripOrdinal(label);
        for (String candidate : List.of(name, name + "支出", name.endsWith("支出") ? name.substring(0,
                name.length() - 2) : name)) {
            for (FunctionCode c : ctx.catalog.codesNamedLeniently(candidate)) {
                if (c.getLevel() == CodeLevel.CLASS) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** What a label of 01/04 is: an income line, an expenditure line or a 类; null if it is none. */
    private Object classify(TableId id, String label, boolean expenditureSide, boolean[] beginning) {
        String n = Texts.norm(Texts.stripOrdinal(label));
        if (!expenditureSide) {
            if (id == TableId.T01) {
                for (SummaryIncomeLine l : SummaryIncomeLine.values()) {
                    if (Texts.norm(l.getLabel()).equals(n) || (l == SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE
                            && n.startsWith("使用非财政拨款结余"))) {
                        return l;
                    }
                }
                return null;
            }
            if (n.equals("本年收入合计")) {
                return FiscalIncomeLine.TOTAL_INCOME;
            }
            if (n.startsWith("年初") && n.endsWith("结余")) {
                beginning[0] = true;
                return FiscalIncomeLine.BEGINNING_BALANCE;
            }
            if (n.equals("总计")) {
                return FiscalIncomeLine.GRAND_TOTAL;
            }
            if (n.equals("一般公共预算财政拨款") || n.equals("一般公共预算财政拨款收入")) {
                return beginning[0] ? FiscalIncomeLine.BEGINNING_GENERAL_BUDGET : FiscalIncomeLine.GENERAL_BUDGET;
            }
            if (n.equals("政府性基金预算财政拨款") || n.equals("政府性基金预算财政拨款收入")) {
                return beginning[0] ? FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND : FiscalIncomeLine.GOVERNMENT_FUND;
            }
            if (n.equals("国有资本经营预算财政拨款") || n.equals("国有资本经营预算财政拨款收入")) {
                return beginning[0] ? FiscalIncomeLine.BEGINNING_STATE_CAPITAL : FiscalIncomeLine.STATE_CAPITAL;
            }
            return null;
        }
        if (id == TableId.T01) {
            for (SummaryExpenditureLine l : SummaryExpenditureLine.values()) {
                if (Texts.norm(l.getLabel()).equals(n)) {
                    return l;
                }
            }
        } else {
            if (n.equals("本年支出合计")) {
                return FiscalExpenditureLine.TOTAL_EXPENDITURE;
            }
            if (n.startsWith("年末") && n.endsWith("结余")) {
                return FiscalExpenditureLine.ENDING_BALANCE;
            }
            if (n.equals("总计")) {
                return FiscalExpenditureLine.GRAND_TOTAL;
            }
        }
        return classByName(n).orElse(null);
    }

    /** Tells which side a label is on by its words alone: true for the expenditure side, null if unknown. */
    private Boolean sideOf(TableId id, String n) {
        String t = Texts.stripOrdinal(n);
        if (t.endsWith("收入") || t.startsWith("使用非财政") || t.startsWith("年初") || t.endsWith("财政拨款")
                || t.equals("本年收入合计")) {
            return Boolean.FALSE;
        }
        if (t.endsWith("支出") || t.equals("结余分配") || t.startsWith("年末") || t.equals("本年支出合计")
                || classByName(t).isPresent()) {
            return Boolean.TRUE;
        }
        return null;
    }

    private void twoSided(Section s, FinalAccountReport.Builder report) {
        TableId id = s.id;
        int firstData = s.lines.size();
        for (int k = 0; k < s.lines.size() && firstData == s.lines.size(); k++) {
            for (Tok t : s.lines.get(k)) {
                if (t.amount || (t.isText() && !Texts.stripOrdinal(t.norm).equals(t.norm))) {
                    firstData = k;
                    break;
                }
            }
        }
        List<Item> items = new ArrayList<>();
        List<Tok> pending = new ArrayList<>();
        boolean[] beginning = new boolean[1];
        Set<Tok> lineNumbers = lineNumbers(s, firstData);
        for (int k = firstData; k < s.lines.size(); k++) {
            List<Tok> toks = s.flow ? flowWords(s.lines.get(k)) : s.lines.get(k);
            Item current = null;
            List<Item> onLine = new ArrayList<>();
            // page text: the figures of a line without a label belong to a label broken around them, or to
            // the labels of the next line when it prints none (figures above their labels)
            Item lineTarget = null;
            boolean forward = false;
            if (s.flow && amountsOnly(toks, lineNumbers)) {
                Item last = items.isEmpty() ? null : items.get(items.size() - 1);
                if (last != null && last.key == null) {
                    lineTarget = last; // 「二十二、灾害防治及应急管理支」 / 「98.23 98.23」 / 「出」
                } else if (k + 1 < s.lines.size() && labelsOnly(s.lines.get(k + 1))) {
                    forward = true;
                }
            }
            for (Tok t : toks) {
                if (lineNumbers.contains(t)) {
                    continue;
                }
                if (t.amount) {
                    if (current != null) {
                        current.amounts.add(t);
                    } else if (lineTarget != null) {
                        lineTarget.amounts.add(t);
                    } else if (s.flow && !forward) {
                        Item last = null;
                        for (int i = items.size() - 1; i >= 0 && last == null; i--) {
                            if (items.get(i).amounts.isEmpty()) {
                                last = items.get(i);
                            }
                        }
                        if (last != null) {
                            last.amounts.add(t);
                        }
                    } else {
                        pending.add(t);
                    }
                    continue;
                }
                if (t.isText() && isHeaderWord(t.norm) && !items.isEmpty()) {
                    Item above = items.get(items.size() - 1);
                    if (above.line == t.line - 1 && above.key instanceof FunctionCode
                            && completesName(above.label.toString(), t.norm, (FunctionCode) above.key)) {
                        above.label.append(t.norm); // 「十四、资源勘探工业信息等」 / 「支出」: the end of the 类's name
                        continue;
                    }
                }
                if (!t.isText() || isHeaderWord(t.norm) || t.norm.equals("决算数")) {
                    continue;
                }
                Boolean side = t.norm.equals("总计") ? Boolean.valueOf(!onLine.isEmpty() || current != null)
                        : sideOf(id, t.norm);
                Item open = null;
                for (int i = items.size() - 1; i >= 0 && i >= items.size() - 6 && open == null; i--) {
                    if (items.get(i).key == null) {
                        open = items.get(i);
                    }
                }
                if (side == null && open != null) {
                    // the rest of a label broken over lines
                    open.label.append(t.norm);
                    Boolean whole = s.flow && open.sideGuessed ? sideOf(id, open.label.toString()) : null;
                    if (whole != null) {
                        open.expenditureSide = whole; // 「二十二、灾害防治及应急管理支」 / 「出」: a 类 after all
                        open.sideGuessed = false;
                    }
                    open.key = classify(id, open.label.toString(), open.expenditureSide, beginning);
                    continue;
                }
                boolean exp = side != null ? side : !onLine.isEmpty();
                Item it = new Item(exp, t.line);
                it.sideGuessed = side == null;
                it.label.append(t.norm);
                it.key = classify(id, it.label.toString(), exp, beginning);
                if (it.key == null && open != null && open.expenditureSide == exp) {
                    open.label.append(t.norm);
                    open.key = classify(id, open.label.toString(), open.expenditureSide, beginning);
                    continue;
                }
                items.add(it);
                onLine.add(it);
                current = it;
            }
            if (!pending.isEmpty() && !onLine.isEmpty() && s.flow) {
                figuresAbove(pending, onLine);
                pending.clear();
            }
            if (!pending.isEmpty() && !onLine.isEmpty()) {
                // amounts printed above their labels: each goes to the label of its side on this line
                int split = Integer.MAX_VALUE;
                for (Item it : onLine) {
                    if (it.expenditureSide) {
                        for (Tok t : toks) {
                            if (t.line == it.line && t.norm.equals(it.label.toString())) {
                                split = Math.min(split, t.x0);
                            }
                        }
                    }
                }
                for (Tok p : pending) {
                    boolean exp = p.x0 >= split - 2;
                    Item target = null;
                    for (Item it : onLine) {
                        if (it.expenditureSide == exp) {
                            target = it;
                        }
                    }
                    if (target == null) {
                        target = onLine.get(onLine.size() - 1);
                    }
                    target.amounts.add(0, p);
                }
                pending.clear();
                for (Item it : onLine) {
                    it.amounts.sort((a, b) -> Integer.compare(a.x0, b.x0));
                }
            }
        }
        if (items.isEmpty()) {
            if (s.statement != null) {
                if (id == TableId.T01) {
                    report.summary(IncomeExpenditureSummaryTable.builder().edition(edition(TableId.T01)).notes(s.notes)
                            .emptyStatement(s.statement).build());
                } else {
                    report.fiscalSummary(FiscalSummaryTable.builder().edition(edition(TableId.T04)).notes(s.notes)
                            .emptyStatement(s.statement).build());
                }
                return;
            }
            unreadable(s, "problem.layout.free.unreadable.noLineLabel");
            return;
        }
        if (id == TableId.T01) {
            IncomeExpenditureSummaryTable.Builder t = IncomeExpenditureSummaryTable.builder();
            t.edition(edition(TableId.T01)).notes(s.notes);
            Optional.ofNullable(s.statement).ifPresent(t::emptyStatement);
            Set<Object> seen = new HashSet<>();
            for (Item it : items) {
                if (!known(s, it, seen)) {
                    continue;
                }
                Optional<Amount> a = it.amounts.isEmpty() ? Optional.empty() : amount(it.amounts.get(0), id.getLabel());
                extra(s, it, 1);
                if (it.key instanceof SummaryIncomeLine) {
                    SummaryIncomeLine l = (SummaryIncomeLine) it.key;
                    a.ifPresent(v -> t.putIncome(l, v));
                    locate(id, l.getRowKey(), SummaryColumn.INCOME, it, 0);
                } else if (it.key instanceof SummaryExpenditureLine) {
                    SummaryExpenditureLine l = (SummaryExpenditureLine) it.key;
                    a.ifPresent(v -> t.putExpenditureLines(l, v));
                    locate(id, l.getRowKey(), SummaryColumn.EXPENDITURE, it, 0);
                } else {
                    FunctionCode c = (FunctionCode) it.key;
                    SummaryExpenditureRow.Builder r = SummaryExpenditureRow.builder().code(c).name(it.label.toString());
                    a.ifPresent(v -> r.putAmounts(SummaryColumn.EXPENDITURE, v));
                    t.addExpenditureRows(r.build());
                    locate(id, RowKey.of(c), SummaryColumn.EXPENDITURE, it, 0);
                }
            }
            report.summary(t.build());
            return;
        }
        FiscalSummaryTable.Builder t = FiscalSummaryTable.builder();
        t.edition(edition(TableId.T04)).notes(s.notes);
        Optional.ofNullable(s.statement).ifPresent(t::emptyStatement);
        Set<Object> seen = new HashSet<>();
        boolean[] unused = s.flow ? unusedFunds(items) : new boolean[4];
        List<Item> open = new ArrayList<>();
        List<List<int[]>> openFits = new ArrayList<>();
        for (Item it : items) {
            if (!known(s, it, seen)) {
                continue;
            }
            if (it.key instanceof FiscalIncomeLine) {
                FiscalIncomeLine l = (FiscalIncomeLine) it.key;
                extra(s, it, 1);
                if (!it.amounts.isEmpty()) {
                    amount(it.amounts.get(0), id.getLabel()).ifPresent(v -> t.putIncome(l, v));
                }
                locate(id, l.getRowKey(), FiscalSummaryColumn.INCOME, it, 0);
                continue;
            }
            extra(s, it, FiscalSummaryRow.COLUMNS.size());
            int n = Math.min(it.amounts.size(), FiscalSummaryRow.COLUMNS.size());
            int[] at = new int[n];
            for (int k = 0; k < n; k++) {
                at[k] = k;
            }
            if (s.flow && n > 0 && n < FiscalSummaryRow.COLUMNS.size()) {
                List<int[]> fits = fundPlacements(it.amounts.subList(0, n), unused);
                if (fits.size() != 1) {
                    open.add(it);
                    openFits.add(fits);
                    continue;
                }
                at = fits.get(0);
            }
            Map<FiscalSummaryColumn, Amount> m = new EnumMap<>(FiscalSummaryColumn.class);
            for (int k = 0; k < n; k++) {
                FiscalSummaryColumn c = FiscalSummaryRow.COLUMNS.get(at[k]);
                amount(it.amounts.get(k), id.getLabel()).ifPresent(v -> m.put(c, v));
            }
            RowKey key;
            if (it.key instanceof FiscalExpenditureLine) {
                t.putExpenditureLines((FiscalExpenditureLine) it.key, m);
                key = ((FiscalExpenditureLine) it.key).getRowKey();
            } else {
                FunctionCode c = (FunctionCode) it.key;
                t.addExpenditureRows(FiscalSummaryRow.builder().code(c).name(it.label.toString()).amounts(m).build());
                key = RowKey.of(c);
            }
            for (int k = 0; k < n; k++) {
                locate(id, key, FiscalSummaryRow.COLUMNS.get(at[k]), it, k);
            }
        }
        if (!open.isEmpty()) {
            // page text whose blanks' columns neither the line nor the funds tell: not read, not guessed
            for (int i = 0; i < open.size(); i++) {
                Item it = open.get(i);
                ctx.problem(it.line, 0, "problem.layout.free.t04Ambiguous", id.getLabel(), it.label, it.amounts.size(),
                        placements(it.amounts, openFits.get(i), FiscalSummaryRow.COLUMNS));
            }
            ctx.unreadable.add(TableId.T04);
            return;
        }
        if (!s.flow) {
            int multi = 0;
            for (Item it : items) {
                multi += it.expenditureSide && it.amounts.size() > 1 && it.amounts.size() < 4 ? 1 : 0;
            }
            if (multi > 0) {
                ctx.problem(items.get(0).line, 0, "problem.layout.free.expenditureLinesFewFigures", id.getLabel(), multi);
            }
        }
        report.fiscalSummary(t.build());
    }

    /**
     * The funds of 04 (by their column among 合计 and the three) that have neither income nor
     * carry-over: a fund with nothing to spend spends nothing, so no expenditure figure stands under it.
     * None when the carry-over is printed only as a total not split by fund.
     */
    private static boolean[] unusedFunds(List<Item> items) {
        Map<FiscalIncomeLine, Long> income = new EnumMap<>(FiscalIncomeLine.class);
        for (Item it : items) {
            if (it.key instanceof FiscalIncomeLine && !it.amounts.isEmpty()) {
                income.putIfAbsent((FiscalIncomeLine) it.key, parseOrZero(it.amounts.get(0).text).toHundredthsOr(0));
            }
        }
        long split = income.getOrDefault(FiscalIncomeLine.BEGINNING_BALANCE, 0L)
                - income.getOrDefault(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, 0L)
                - income.getOrDefault(FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND, 0L)
                - income.getOrDefault(FiscalIncomeLine.BEGINNING_STATE_CAPITAL, 0L);
        FiscalIncomeLine[][] funds = {
            {FiscalIncomeLine.GENERAL_BUDGET, FiscalIncomeLine.BEGINNING_GENERAL_BUDGET},
            {FiscalIncomeLine.GOVERNMENT_FUND, FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND},
            {FiscalIncomeLine.STATE_CAPITAL, FiscalIncomeLine.BEGINNING_STATE_CAPITAL}};
        boolean[] out = new boolean[4];
        for (int f = 0; f < 3; f++) {
            out[f + 1] = split == 0 && income.getOrDefault(funds[f][0], 0L) == 0 && income.getOrDefault(funds[f][1], 0L) == 0;
        }
        return out;
    }

    /**
     * The placements of a page-text 04 expenditure line's figures among its four columns where 合计 =
     * the three funds and no figure stands under an unused fund; when none holds (a misprint), those
     * that only keep the unused funds blank.
     */
    private static List<int[]> fundPlacements(List<Tok> amounts, boolean[] unused) {
        List<Amount> values = new ArrayList<>();
        for (Tok t : amounts) {
            values.add(parseOrZero(t.text));
        }
        RowRule blankFunds = (v, c) -> {
            for (int i = 0; i < c.length; i++) {
                if (unused[c[i]] && !v.get(i).isZero()) {
                    return false;
                }
            }
            return true;
        };
        RowRule rule = (v, c) -> {
            long[] x = new long[4];
            for (int i = 0; i < c.length; i++) {
                x[c[i]] = v.get(i).toHundredthsOr(0);
            }
            return blankFunds.holds(v, c) && Math.abs(x[0] - x[1] - x[2] - x[3]) <= 3;
        };
        List<int[]> fits = new ArrayList<>();
        placeFlowing(values, 4, rule, new boolean[1], fits);
        if (fits.isEmpty()) {
            placeFlowing(values, 4, blankFunds, new boolean[1], fits);
        }
        return fits;
    }

    /**
     * Gives figures printed on the line above their labels (page text) to those labels: with an
     * income and an expenditure label, the first figure is the income side's (its one column, printed
     * first), the others the expenditure side's; with one label, all are its.
     */
    private static void figuresAbove(List<Tok> figures, List<Item> labels) {
        Item income = null;
        Item expenditure = null;
        for (Item it : labels) {
            if (it.expenditureSide && expenditure == null) {
                expenditure = it;
            } else if (!it.expenditureSide && income == null) {
                income = it;
            }
        }
        if (income != null && expenditure != null) {
            income.amounts.add(0, figures.get(0));
            expenditure.amounts.addAll(0, figures.subList(1, figures.size()));
        } else {
            (income != null ? income : expenditure).amounts.addAll(0, figures);
        }
    }

    private static final Pattern LINE_NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

    /**
     * The 行次 numbers of 01 or 04, in any text form: where the header prints a 行次 column, the
     * whole numbers without a decimal point (1 to 999) of the body, when they are consecutive
     * (nearly every one has its predecessor or its successor among them). None where the header
     * prints no 行次, so that a figure printed without decimals is never taken for one.
     */
    private static Set<Tok> lineNumbers(Section s, int firstData) {
        boolean header = false;
        for (int k = 0; k < firstData && !header; k++) {
            for (Tok t : s.lines.get(k)) {
                header |= t.norm.contains("行次");
            }
        }
        Set<Tok> out = new HashSet<>();
        if (!header) {
            return out;
        }
        Set<Integer> values = new HashSet<>();
        for (int k = firstData; k < s.lines.size(); k++) {
            for (Tok t : s.lines.get(k)) {
                String a = Texts.ascii(t.text);
                if (LINE_NUMBER.matcher(a).matches()) {
                    out.add(t);
                    values.add(Integer.parseInt(a));
                }
            }
        }
        int consecutive = 0;
        for (int v : values) {
            consecutive += values.contains(v - 1) || values.contains(v + 1) ? 1 : 0;
        }
        if (values.size() < 2 || consecutive * 4 < values.size() * 3) {
            out.clear();
        }
        return out;
    }

    private boolean known(Section s, Item it, Set<Object> seen) {
        if (it.key == null) {
            if (!it.amounts.isEmpty()) {
                ctx.problem(it.line, 0, "problem.layout.free.lineUnknown", s.id.getLabel(), it.label, it.amounts.size());
            }
            return false;
        }
        if (!seen.add(it.key)) {
            ctx.problem(it.line, 0, "problem.layout.free.lineTwice", s.id.getLabel(), it.label);
            return false;
        }
        return true;
    }

    private void extra(Section s, Item it, int max) {
        for (int k = max; k < it.amounts.size(); k++) {
            Tok t = it.amounts.get(k);
            ctx.valueProblem(t.line, t.cell + 1, t.text, "problem.layout.free.amountAfterLineNoColumn", s.id.getLabel(),
                    t.text, it.label);
        }
    }

    private void locate(TableId id, RowKey key, TableColumn column, Item it, int k) {
        if (k < it.amounts.size()) {
            ctx.locate(id, key, column, where(it.amounts.get(k)));
        } else {
            ctx.locate(id, key, column, ctx.at(it.line, 0));
        }
    }

    // ---------------------------------------------------------------- 06

    /** A row of 06 being assembled in one of its side-by-side blocks. */
    private static final class Eco {
        String code;
        final StringBuilder name = new StringBuilder();
        final List<Tok> amounts = new ArrayList<>();
        final int line;
        int lastLine;
        boolean personnelTotal;
        boolean publicUseTotal;

        Eco(int line) {
            this.line = line;
        }
    }

    private static boolean isClassDigits(Tok t) {
        String d = Texts.ascii(t.text);
        return t.digits && (d.length() == 3 || d.length() == 5) && d.charAt(0) == '3';
    }

    private void economic(Section s, FinalAccountReport.Builder report) {
        // the blocks: where a second code stands on a line, a block starts (positioned text)
        int split = Integer.MAX_VALUE;
        for (List<Tok> toks : s.lines) {
            for (int i = 1; i < toks.size(); i++) {
                if (isClassDigits(toks.get(i)) || toks.get(i).norm.equals("公用经费合计")) {
                    split = Math.min(split, toks.get(i).x0);
                }
            }
        }
        List<List<Eco>> blocks = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Tok>> pending = List.of(new ArrayList<>(), new ArrayList<>());
        StringBuilder[] prefix = {new StringBuilder(), new StringBuilder()};
        List<Tok> aboveTotals = new ArrayList<>();
        for (int k = 0; k < s.lines.size(); k++) {
            List<Tok> toks = s.flow ? flowWords(s.lines.get(k)) : s.lines.get(k);
            if (s.flow && k + 1 < s.lines.size() && totalsBelow(toks, flowWords(s.lines.get(k + 1)))) {
                aboveTotals.addAll(toks); // 「12,010.40 2,195.60」 / 「人员经费合计 公用经费合计」
                continue;
            }
            boolean anyCode = false;
            for (Tok t : toks) {
                anyCode |= isClassDigits(t) || t.norm.endsWith("经费合计");
            }
            int b = 0;
            Eco[] current = new Eco[2];
            // a line with two codes splits at its second: the blocks by order, whatever the extents say
            int second = -1;
            boolean seenCode = false;
            for (int i = 0; i < toks.size() && second < 0; i++) {
                boolean code = isClassDigits(toks.get(i)) || toks.get(i).norm.endsWith("经费合计");
                if (code && seenCode) {
                    second = i;
                }
                seenCode |= code;
            }
            for (int ti = 0; ti < toks.size(); ti++) {
                Tok t = toks.get(ti);
                if (!s.flow && second >= 0) {
                    b = ti >= second ? 1 : 0;
                } else if (!s.flow) {
                    b = t.x0 >= split - 2 ? 1 : 0;
                } else if ((isClassDigits(t) || t.norm.equals("公用经费合计")) && current[0] != null) {
                    b = 1;
                }
                List<Eco> rows = blocks.get(b);
                if (isClassDigits(t) || t.norm.endsWith("经费合计")) {
                    Eco e = new Eco(t.line);
                    e.lastLine = s.index(k);
                    if (t.digits) {
                        e.code = Texts.ascii(t.text);
                    } else {
                        e.personnelTotal = t.norm.startsWith("人员");
                        e.publicUseTotal = !e.personnelTotal;
                        if (!aboveTotals.isEmpty()) {
                            e.amounts.add(aboveTotals.remove(0));
                        }
                    }
                    e.amounts.addAll(pending.get(b));
                    pending.get(b).clear();
                    e.name.append(prefix[b]);
                    prefix[b].setLength(0);
                    rows.add(e);
                    current[b] = e;
                    continue;
                }
                Eco last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (t.digits && Texts.ascii(t.text).length() == 2 && last != null && last.code != null
                        && last.code.length() == 3 && (current[b] == null || current[b] == last)) {
                    last.code = last.code + Texts.ascii(t.text); // the 款 part on its own line or cell
                    current[b] = last;
                    continue;
                }
                if (t.amount) {
                    if (current[b] != null) {
                        current[b].amounts.add(t);
                    } else if (last != null && last.amounts.isEmpty() && (s.flow || s.index(k) - last.lastLine == 1)) {
                        // the row's amount on the line below its code, with the rest of its name
                        last.amounts.add(t);
                        last.lastLine = s.index(k);
                    } else {
                        pending.get(b).add(t);
                    }
                    continue;
                }
                if (!t.isText() || isHeaderWord(t.norm) || t.norm.equals("决算数")) {
                    continue;
                }
                if (current[b] != null) {
                    current[b].name.append(t.norm);
                    current[b].lastLine = s.index(k);
                } else if (!anyCode && s.flow && k + 1 < s.lines.size() && !s.lines.get(k + 1).isEmpty()
                        && isClassDigits(s.lines.get(k + 1).get(0)) && nameless(s.lines.get(k + 1))) {
                    prefix[b].append(t.norm);
                } else if (last != null) {
                    last.name.append(t.norm);
                    last.lastLine = s.index(k);
                }
            }
        }
        BasicExpenditureDetailTable.Builder t = BasicExpenditureDetailTable.builder();
        t.edition(edition(TableId.T06)).notes(s.notes);
        Optional.ofNullable(s.statement).ifPresent(t::emptyStatement);
        Set<EconomicCode> seen = new HashSet<>();
        int rowsRead = 0;
        for (List<Eco> block : blocks) {
            for (Eco e : block) {
                Optional<Amount> a = e.amounts.isEmpty() ? Optional.empty() : amount(e.amounts.get(0), "公开06表");
                for (int k = 1; k < e.amounts.size(); k++) {
                    ctx.valueProblem(e.amounts.get(k).line, e.amounts.get(k).cell + 1, e.amounts.get(k).text,
                            "problem.layout.free.amountNoColumn", TableId.T06.getLabel(), e.amounts.get(k).text);
                }
                if (e.personnelTotal || e.publicUseTotal) {
                    if (e.personnelTotal) {
                        a.ifPresent(t::personnelTotal);
                    } else {
                        a.ifPresent(t::publicUseTotal);
                    }
                    RowKey key = e.personnelTotal ? BasicExpenditureDetailTable.PERSONNEL_TOTAL
                            : BasicExpenditureDetailTable.PUBLIC_USE_TOTAL;
                    ctx.locate(TableId.T06, key, BasicExpenditureColumn.AMOUNT,
                            e.amounts.isEmpty() ? ctx.at(e.line, 0) : where(e.amounts.get(0)));
                    continue;
                }
                if (!EconomicCode.isValid(e.code)) {
                    ctx.valueProblem(e.line, 0, e.code, "problem.layout.free.notEconomicCode", TableId.T06.getLabel(), e.code);
                    continue;
                }
                EconomicCode c = EconomicCode.parse(e.code);
                if (!seen.add(c)) {
                    ctx.problem(e.line, 0, "problem.layout.table.economicCodeTwice", TableId.T06.getLabel(), c);
                    continue;
                }
                BasicExpenditureRow.Builder r = BasicExpenditureRow.builder().code(c).name(Texts.joinCjk(e.name.toString()));
                a.ifPresent(v -> r.putAmounts(BasicExpenditureColumn.AMOUNT, v));
                t.addRows(r.build());
                rowsRead++;
                ctx.locate(TableId.T06, RowKey.of(c), BasicExpenditureColumn.AMOUNT,
                        e.amounts.isEmpty() ? ctx.at(e.line, 0) : where(e.amounts.get(0)));
            }
        }
        if (rowsRead == 0 && s.statement == null) {
            unreadable(s, "problem.layout.free.unreadable.noEconomicRow");
            return;
        }
        report.basicExpenditureDetail(t.build());
    }

    /**
     * Tells whether a page-text line of 06 is the figures of the totals on the line below: amounts
     * only, as many as the labels ending in 经费合计 there, which prints no amount.
     */
    private static boolean totalsBelow(List<Tok> figures, List<Tok> below) {
        int labels = 0;
        for (Tok t : below) {
            if (t.amount) {
                return false;
            }
            labels += t.norm.endsWith("经费合计") ? 1 : 0;
        }
        for (Tok t : figures) {
            if (!t.amount) {
                return false;
            }
        }
        return labels > 0 && figures.size() == labels;
    }

    private static boolean nameless(List<Tok> toks) {
        return toks.size() < 2 || !toks.get(1).isText();
    }

    // ---------------------------------------------------------------- 09

    private void threePublic(Section s, FinalAccountReport.Builder report) {
        List<ThreePublicExpensesColumn> cols = List.of(ThreePublicExpensesColumn.values());
        ThreePublicExpensesTable.Builder t = ThreePublicExpensesTable.builder();
        t.edition(edition(TableId.T09)).notes(s.notes);
        Optional.ofNullable(s.statement).ifPresent(t::emptyStatement);
        // the leaf header: 预算数 决算数 … twelve times, or the 栏次 1 … 12
        List<Tok> leaves = new ArrayList<>();
        List<Tok> amounts = new ArrayList<>();
        boolean grouped = false;
        for (List<Tok> toks : s.lines) {
            List<Tok> here = new ArrayList<>();
            for (Tok tk : toks) {
                if (tk.norm.equals("预算数") || tk.norm.equals("决算数")) {
                    here.add(tk);
                }
            }
            StringBuilder words = new StringBuilder();
            for (Tok tk : toks) {
                words.append(tk.norm);
            }
            if (words.toString().equals("预算数决算数")) {
                grouped = true; // 预算数 over six columns, then 决算数 over six
            }
            if (here.size() >= 6 || isColumnNumbers(toks, 12)) {
                leaves = here.size() >= 6 ? here : toks;
                continue;
            }
            if (!leaves.isEmpty() || s.flow) {
                for (Tok tk : toks) {
                    if (tk.amount || (tk.digits && Texts.ascii(tk.text).equals("0"))) {
                        amounts.add(tk);
                    }
                }
            }
        }
        if (amounts.isEmpty()) {
            for (List<Tok> toks : s.lines) {
                for (Tok tk : toks) {
                    if (tk.amount) {
                        amounts.add(tk);
                    }
                }
            }
        }
        if (amounts.isEmpty()) {
            if (s.statement == null && leaves.isEmpty()) {
                unreadable(s, "problem.layout.free.unreadable.noAmount");
                return;
            }
            report.threePublicExpenses(t.build());
            return;
        }
        int[] at = new int[amounts.size()];
        boolean fromHeader = !s.flow && leaves.size() == 12;
        if (fromHeader) {
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Slot sl = new Slot();
                sl.x0 = leaves.get(i).x0;
                sl.x1 = leaves.get(i).x1;
                sl.column = i;
                slots.add(sl);
            }
            at = placeThreePublic(amounts, slots, grouped);
        } else {
            List<Amount> values = new ArrayList<>();
            for (Tok tk : amounts) {
                values.add(amount(tk, "公开09表").orElse(Amount.ZERO));
            }
            boolean[] amb = new boolean[1];
            // the printed order is 预算数, 决算数 for each of the six: 合计, 出国, 小计, 购置, 运行, 接待
            boolean byGroup = grouped;
            int[] p = placeFlowing(values, 12, (v, c) -> threePublicHolds(v, c, byGroup), amb);
            if (p == null) {
                ctx.problem(amounts.get(0).line, 0, "problem.layout.free.t09WrongCount", amounts.size());
                ctx.unreadable.add(TableId.T09);
                return;
            }
            at = p;
            if (amb[0] && s.flow) {
                // page text: the blanks' columns are not shown, so no figure is placed where it may not stand
                ctx.problem(amounts.get(0).line, 0, "problem.layout.free.t09Ambiguous", TableId.T09.getLabel(),
                        amounts.size());
                ctx.unreadable.add(TableId.T09);
                return;
            }
            if (amb[0]) {
                ctx.problem(amounts.get(0).line, 0, "problem.layout.free.t09Partial", amounts.size());
            }
        }
        for (int i = 0; i < amounts.size(); i++) {
            if (at[i] < 0) {
                continue;
            }
            // printed order: pairs (预算, 决算) per item; the model's order: six 预算 then six 决算
            ThreePublicExpensesColumn c = cols.get(grouped ? at[i] : (at[i] % 2) * 6 + at[i] / 2);
            Tok tk = amounts.get(i);
            amount(tk, "公开09表").ifPresent(v -> t.putAmounts(c, v));
            ctx.locate(TableId.T09, ThreePublicExpensesTable.ROW, c, where(tk));
        }
        report.threePublicExpenses(t.build());
    }

    /** Tells whether a line is a 栏次 row: the numbers 1, 2 … n and nothing else. */
    private static boolean isColumnNumbers(List<Tok> toks, int n) {
        if (toks.size() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Texts.ascii(toks.get(i).text).equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places 09's amounts under the twelve 预算数/决算数 headers: of the order-keeping placements where
     * the table's arithmetic holds, the nearest to the headers; the nearest of all if none holds.
     */
    private static int[] placeThreePublic(List<Tok> amounts, List<Slot> slots, boolean grouped) {
        int k = amounts.size();
        if (k == 0 || k > 12) {
            return place(amounts, slots);
        }
        List<Amount> values = new ArrayList<>();
        for (Tok t : amounts) {
            values.add(parseOrZero(t.text));
        }
        int[] combo = new int[k];
        for (int i = 0; i < k; i++) {
            combo[i] = i;
        }
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        while (true) {
            if (threePublicHolds(values, combo, grouped)) {
                long cost = 0;
                for (int i = 0; i < k; i++) {
                    cost += distance(amounts.get(i), slots.get(combo[i]));
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = combo.clone();
                }
            }
            int i = k - 1;
            while (i >= 0 && combo[i] == 12 - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            combo[i]++;
            for (int j = i + 1; j < k; j++) {
                combo[j] = combo[j - 1] + 1;
            }
        }
        return best != null ? best : place(amounts, slots);
    }

    /**
     * 合计 = 出国 + 小计 + 接待 and 小计 = 购置 + 运行, for 预算数 and 决算数, over the printed columns: in
     * pairs (预算数, 决算数) per item, or grouped (six 预算数, then six 决算数) as the header shows.
     */
    private static boolean threePublicHolds(List<Amount> values, int[] columns, boolean grouped) {
        Amount[] v = new Amount[12];
        java.util.Arrays.fill(v, Amount.ZERO);
        for (int i = 0; i < columns.length; i++) {
            // in pairs: (预算数, 决算数) per item; grouped: six 预算数, then six 决算数
            v[grouped ? columns[i] % 6 * 2 + columns[i] / 6 : columns[i]] = values.get(i);
        }
        for (int side = 0; side < 2; side++) {
            Amount total = v[side];
            Amount overseas = v[2 + side];
            Amount vehicles = v[4 + side];
            Amount purchase = v[6 + side];
            Amount operation = v[8 + side];
            Amount reception = v[10 + side];
            if (!close(total, overseas.plus(vehicles).plus(reception)) || !close(vehicles, purchase.plus(operation))) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(Amount a, Amount b) {
        return a.minus(b).abs().toBigDecimal().compareTo(new java.math.BigDecimal("0.03")) <= 0;
    }
}
