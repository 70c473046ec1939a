package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.CatalogChange;
import io.github.juesuan.classification.CatalogEntry;
import io.github.juesuan.classification.ClassificationCatalog;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.Text;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.RuleRun.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Building blocks shared by the checks of the catalogue. The loops over lists are indexed: an iterator per
 * loop (two for an unmodifiable list) was a good part of what a validation allocated.
 */
final class Checks {

    private Checks() {
    }

    /** A row of a coded table, the 合计 row included, as a key and its amounts. */
    record Line<C>(RowKey key, Map<C, Amount> amounts) {
        Optional<Amount> get(C column) {
            return Optional.ofNullable(amounts.get(column));
        }
    }

    static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> List<Line<C>> lines(
            CodedTable<K, C, R> t, boolean withTotal) {
        List<Line<C>> out = new ArrayList<>();
        if (withTotal && t.getTotal().isPresent()) {
            out.add(new Line<>(RowKey.TOTAL, t.getTotal().get()));
        }
        var rows = t.getRows();
        for (int i = 0; i < rows.size(); i++) {
            R r = rows.get(i);
            out.add(new Line<>(t.keyOf(r), r.getAmounts()));
        }
        return out;
    }

    static Location at(TableId table, RowKey row, TableColumn column) {
        return Location.of(table, row, column);
    }

    /** Checks every parent row of a level against the sum of its printed children, column by column. */
    static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> void rollUp(
            RuleRun run, CodedTable<K, C, R> t, CodeLevel parentLevel, Function<K, CodeLevel> levelOf,
            Function<K, Optional<K>> parentOf) {
        run.assessed();
        // the parents and their printed children, computed once per table and validation (the rules of
        // every level share it; the run's shared values key the table by identity)
        Families<R> families = run.shared(t, table -> families(table, parentOf));
        List<C> columns = t.columns();
        long[] sums = new long[columns.size()];
        for (int f = 0; f < families.size(); f++) {
            R parent = families.parent(f);
            if (levelOf.apply(parent.getCode()) != parentLevel) {
                continue;
            }
            // the sums first, a child's amounts read once for all columns: the terms and their locations are
            // built only for a difference
            Arrays.fill(sums, 0);
            for (int k = families.firstChild(f); k < families.endOfChildren(f); k++) {
                Map<C, Amount> amounts = families.child(k).getAmounts();
                for (int c = 0; c < sums.length; c++) {
                    sums[c] = Hundredths.plus(sums[c], amounts.get(columns.get(c)));
                }
            }
            Map<C, Amount> printed = parent.getAmounts();
            for (int c = 0; c < sums.length; c++) {
                C column = columns.get(c);
                if (run.holds(printed.get(column), sums[c])) {
                    continue;
                }
                List<Term> terms = new ArrayList<>();
                for (int k = families.firstChild(f); k < families.endOfChildren(f); k++) {
                    R child = families.child(k);
                    terms.add(Term.plus(at(t.getTableId(), t.keyOf(child), column), child.get(column)));
                }
                run.equation(at(t.getTableId(), t.keyOf(parent), column), parent.get(column), terms);
            }
        }
    }

    /**
     * The printed rows that have printed children, in printed order, each with its children in printed
     * order: family {@code f} is {@code parent(f)} and {@code child(k)} for {@code k} from
     * {@code firstChild(f)} to {@code endOfChildren(f)} (exclusive). Held as arrays of row indices, not a list
     * per family: a validation builds one for each coded table.
     */
    static final class Families<R> {
        private final List<R> rows;
        /** The row index of each family's parent. */
        private final int[] parents;
        /** Family {@code f}'s children are {@code children[starts[f]]} to {@code children[starts[f + 1] - 1]}. */
        private final int[] starts;
        /** Row indices of the children, family by family. */
        private final int[] children;

        private Families(List<R> rows, int[] parents, int[] starts, int[] children) {
            this.rows = rows;
            this.parents = parents;
            this.starts = starts;
            this.children = children;
        }

        /**
         * The families given each row's parent row index ({@code -1}: none printed). Linear: a counting sort
         * of the rows by parent, stable, so that each family keeps its children in printed order.
         */
        static <R> Families<R> of(List<R> rows, int[] parentIndex) {
            int n = rows.size();
            int[] count = new int[n + 1];
            int childCount = 0;
            for (int i = 0; i < n; i++) {
                if (parentIndex[i] >= 0) {
                    count[parentIndex[i]]++;
                    childCount++;
                }
            }
            int familyCount = 0;
            for (int i = 0; i < n; i++) {
                if (count[i] > 0) {
                    familyCount++;
                }
            }
            int[] parents = new int[familyCount];
            int[] starts = new int[familyCount + 1];
            // reuse count as the next free slot of each parent's children
            int f = 0;
            int slot = 0;
            for (int i = 0; i < n; i++) {
                if (count[i] > 0) {
                    parents[f] = i;
                    starts[f++] = slot;
                    int c = count[i];
                    count[i] = slot;
                    slot += c;
                }
            }
            starts[familyCount] = slot;
            int[] children = new int[childCount];
            for (int i = 0; i < n; i++) {
                int p = parentIndex[i];
                if (p >= 0) {
                    children[count[p]++] = i;
                }
            }
            return new Families<>(rows, parents, starts, children);
        }

        int size() {
            return parents.length;
        }

        R parent(int family) {
            return rows.get(parents[family]);
        }

        int firstChild(int family) {
            return starts[family];
        }

        int endOfChildren(int family) {
            return starts[family + 1];
        }

        R child(int k) {
            return rows.get(children[k]);
        }
    }

    /** The families of a table's rows (linear in the rows). */
    static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> Families<R>
            families(CodedTable<K, C, R> t, Function<K, Optional<K>> parentOf) {
        List<R> rows = t.getRows();
        int[] parentIndex = parentsInOrder(rows);
        return Families.of(rows, parentIndex != null ? parentIndex : parentsByCode(rows, parentOf));
    }

    /**
     * The parent row index of each row of a table printed in code order, the common case, without making the
     * parent codes: each child's parent is the latest row printed one level up (its code, the digits that
     * {@code toString} gives for both code types, is the child's without its last two digits). Null when a
     * row breaks that order or its parent is not printed: {@link #parentsByCode} then finds them.
     */
    private static <R extends CodedRow<?, ?>> int[] parentsInOrder(List<R> rows) {
        int n = rows.size();
        int[] parentIndex = new int[n];
        int[] latest = new int[10]; // the index of the latest row by the length of its code
        Arrays.fill(latest, -1);
        String[] codes = new String[n];
        for (int i = 0; i < n; i++) {
            String code = rows.get(i).getCode().toString();
            codes[i] = code;
            int length = code.length();
            if (length < 3 || length >= latest.length) {
                return null;
            }
            parentIndex[i] = -1;
            if (length > 3) {
                int p = latest[length - 2];
                if (p < 0 || !code.startsWith(codes[p])) {
                    return null;
                }
                parentIndex[i] = p;
            }
            latest[length] = i;
            // a row ends the families of the levels below it
            for (int l = length + 1; l < latest.length; l++) {
                latest[l] = -1;
            }
        }
        return parentIndex;
    }

    /**
     * The parent row index of each row of a table in any order, through the parent code of each row. The
     * codes of a coded table are unique (the model checks it), so each code names one printed row.
     */
    private static <K extends Comparable<K>, R extends CodedRow<K, ?>> int[] parentsByCode(List<R> rows,
            Function<K, Optional<K>> parentOf) {
        Map<K, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            indexOf.putIfAbsent(rows.get(i).getCode(), i);
        }
        int[] parentIndex = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Optional<K> p = parentOf.apply(rows.get(i).getCode());
            Integer at = p.isPresent() ? indexOf.get(p.get()) : null;
            parentIndex[i] = at == null ? -1 : at;
        }
        return parentIndex;
    }

    static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>> void functionRollUp(RuleRun run,
            Optional<? extends CodedTable<FunctionCode, C, R>> table, CodeLevel parentLevel) {
        table.ifPresent(t -> rollUp(run, t, parentLevel, FunctionCode::getLevel, FunctionCode::getParent));
    }

    /** Tells whether a table's 合计 row can be read: printed with figures, or nothing to add up. */
    static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> boolean totalUsable(
            CodedTable<K, C, R> t) {
        if (t.getTotal().isPresent() && !t.getTotal().get().isEmpty()) {
            return true;
        }
        var rows = t.getRows();
        for (int i = 0; i < rows.size(); i++) {
            R r = rows.get(i);
            if (!r.getAmounts().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** 合计 = Σ 类 rows, column by column. */
    static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>> void totalOfClasses(RuleRun run,
            Optional<? extends CodedTable<FunctionCode, C, R>> table) {
        if (table.isEmpty()) {
            return;
        }
        CodedTable<FunctionCode, C, R> t = table.get();
        if (!totalUsable(t)) {
            notAssessedTotal(run, t.getTableId());
            return;
        }
        run.assessed();
        if (t.getRows().isEmpty() && t.getTotal().isEmpty()) {
            return;
        }
        Map<C, Amount> total = t.getTotal().orElse(Map.of());
        List<R> classes = new ArrayList<>();
        var rows = t.getRows();
        for (int i = 0; i < rows.size(); i++) {
            R r = rows.get(i);
            if (r.getCode().getLevel() == CodeLevel.CLASS) {
                classes.add(r);
            }
        }
        var columns = t.columns();
        for (int i = 0; i < columns.size(); i++) {
            C c = columns.get(i);
            long sum = 0;
            for (int j = 0; j < classes.size(); j++) {
                R r = classes.get(j);
                sum = Hundredths.plus(sum, r.getAmounts().get(c));
            }
            if (run.holds(total.get(c), sum)) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            for (int j = 0; j < rows.size(); j++) {
                R r = rows.get(j);
                if (r.getCode().getLevel() == CodeLevel.CLASS) {
                    terms.add(Term.plus(at(t.getTableId(), t.keyOf(r), c), r.get(c)));
                }
            }
            run.equation(at(t.getTableId(), RowKey.TOTAL, c), Optional.ofNullable(total.get(c)), terms);
        }
    }

    static void notAssessedTotal(RuleRun run, TableId id) {
        run.notAssessedBecause(id, "reason.totalRowBlank");
    }

    /** In every row (合计 included): total column = Σ part columns. */
    @SafeVarargs
    static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> void rowSum(
            RuleRun run, Optional<? extends CodedTable<K, C, R>> table, C totalColumn, C... parts) {
        if (table.isEmpty()) {
            return;
        }
        CodedTable<K, C, R> t = table.get();
        run.assessed();
        if (t.getTotal().isPresent()) {
            rowSum(run, t, null, t.getTotal().get(), totalColumn, parts);
        }
        var rows = t.getRows();
        for (int i = 0; i < rows.size(); i++) {
            R r = rows.get(i);
            rowSum(run, t, r, r.getAmounts(), totalColumn, parts);
        }
    }

    /** One row of {@link #rowSum} (row null = the 合计 row): its key is made only for a difference. */
    private static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> void rowSum(
            RuleRun run, CodedTable<K, C, R> t, R row, Map<C, Amount> amounts, C totalColumn, C[] parts) {
        long sum = 0;
        for (C p : parts) {
            sum = Hundredths.plus(sum, amounts.get(p));
        }
        if (run.holds(amounts.get(totalColumn), sum)) {
            return;
        }
        Line<C> l = new Line<>(row == null ? RowKey.TOTAL : t.keyOf(row), amounts);
        List<Term> terms = new ArrayList<>();
        for (C p : parts) {
            terms.add(Term.plus(at(t.getTableId(), l.key(), p), l.get(p)));
        }
        run.equation(at(t.getTableId(), l.key(), totalColumn), l.get(totalColumn), terms);
    }

    /** The figure of a 合计 cell for a tie with another table; empty when the 合计 row cannot be read. */
    static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> Optional<Optional<Amount>>
            totalFor(RuleRun run, CodedTable<K, C, R> t, C column) {
        if (!totalUsable(t)) {
            notAssessedTotal(run, t.getTableId());
            return Optional.empty();
        }
        return Optional.of(t.getTotal().flatMap(m -> Optional.ofNullable(m.get(column))));
    }

    /**
     * Tells whether a 公开05表 prints the split of 基本支出 into 人员经费 and 公用经费: some row or the 合计 row
     * has a figure in either column. Some templates (the 上海 one) print only 合计, 基本支出 and 项目支出; a
     * table whose 基本支出 has figures while both split columns are blank everywhere, in a report whose
     * 公开06表 shows personnel or public-use expenses, does not have the columns, and the rules that read
     * them cannot be assessed. When the split is not printed, records why.
     */
    static boolean printsPersonnelSplit(RuleRun run, GeneralBudgetExpenditureTable t) {
        boolean basic = false;
        var total = t.getTotal();
        if (total.isPresent()) {
            Map<GeneralBudgetColumn, Amount> m = total.get();
            if (m.containsKey(GeneralBudgetColumn.PERSONNEL) || m.containsKey(GeneralBudgetColumn.PUBLIC_USE)) {
                return true;
            }
            basic = isNonZero(m.get(GeneralBudgetColumn.BASIC));
        }
        var rows = t.getRows();
        for (int i = 0; i < rows.size(); i++) {
            Map<GeneralBudgetColumn, Amount> m = rows.get(i).getAmounts();
            if (m.containsKey(GeneralBudgetColumn.PERSONNEL) || m.containsKey(GeneralBudgetColumn.PUBLIC_USE)) {
                return true;
            }
            basic |= isNonZero(m.get(GeneralBudgetColumn.BASIC));
        }
        if (!basic) {
            return true; // nothing to split: blank columns are the zeros they stand for
        }
        // blank columns are zeros, and a mismatch, unless 06 shows personnel or public-use expenses that a 05
        // with the columns would have printed
        var detail = run.report().getBasicExpenditureDetail();
        if (detail.isEmpty() || !isNonZero(detail.get().getPersonnelTotal().orElse(null))
                && !isNonZero(detail.get().getPublicUseTotal().orElse(null))) {
            return true;
        }
        run.notAssessedBecause("reason.noPersonnelSplit");
        return false;
    }

    private static boolean isNonZero(Amount a) {
        return a != null && !a.isZero();
    }

    /** The key of the catalog entries of the row lists, shared by the rules of one validation. */
    private static final Object ENTRIES = new Object();

    /**
     * The catalog entry of each row (null for a code the catalog does not know), looked up once per
     * validation for the rules of the catalog family. Keyed by the identity of the row list and the
     * catalog: every empty list may be one and the same object.
     */
    @SuppressWarnings("unchecked")
    private static <K extends Comparable<K>> CatalogEntry<K>[] entries(RuleRun run,
            List<? extends CodedRow<K, ?>> rows, ClassificationCatalog<K> catalog) {
        Map<Object, Map<Object, CatalogEntry<?>[]>> byRows = run.shared(ENTRIES, k -> new IdentityHashMap<>());
        Map<Object, CatalogEntry<?>[]> byCatalog = byRows.computeIfAbsent(rows, k -> new IdentityHashMap<>(2));
        CatalogEntry<?>[] entries = byCatalog.get(catalog);
        if (entries == null) {
            CatalogEntry<K>[] out = new CatalogEntry[rows.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = catalog.find(rows.get(i).getCode()).orElse(null);
            }
            byCatalog.put(catalog, out);
            entries = out;
        }
        return (CatalogEntry<K>[]) entries;
    }

    /**
     * Codes unknown to a catalog, one finding per table and code: a code the catalog's history says was
     * added in a later edition or retired by this one is reported as such; a code under a parent whose
     * children the catalog lists in part only cannot be assessed (the gap may be the catalog's).
     */
    static <K extends Comparable<K>> void unknownCodes(RuleRun run, TableId table, List<? extends CodedRow<K, ?>> rows,
            ClassificationCatalog<K> catalog, Function<K, RowKey> key) {
        run.assessed();
        CatalogEntry<K>[] entries = entries(run, rows, catalog);
        int edition = catalog.getEdition();
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] != null) {
                continue;
            }
            CodedRow<K, ?> r = rows.get(i);
            K code = r.getCode();
            Location at = Location.of(table, key.apply(code));
            CatalogChange<K> change = changeExplaining(catalog, code);
            if (change != null) {
                int since = change.getEdition().orElse(edition);
                run.fail(at, null, null, change.getKind() == CatalogChange.Kind.ADDED ? "unknownCodeLater"
                        : "unknownCodeRetired", code, r.getName(), edition, since, change.getName());
                continue;
            }
            Optional<K> parent = parentOf(code);
            if (parent.isPresent() && !catalog.listsAllChildrenOf(parent.get())) {
                run.notAssessedAt(at, catalog.isKnown(parent.get()) ? "unknownCodePartial" : "unknownCodeUnknownParent",
                        code, r.getName(), edition, parent.get());
                continue;
            }
            run.fail(at, null, null, "unknownCode", code, r.getName(), edition);
        }
    }

    /** The change that explains why a catalog does not know a code: added after its edition, or retired by it. */
    private static <K extends Comparable<K>> CatalogChange<K> changeExplaining(ClassificationCatalog<K> catalog,
            K code) {
        List<CatalogChange<K>> changes = catalog.changesOf(code);
        int edition = catalog.getEdition();
        for (int i = 0; i < changes.size(); i++) {
            CatalogChange<K> c = changes.get(i);
            boolean later = c.getEdition().isPresent() && c.getEdition().getAsInt() > edition;
            if (c.getKind() == CatalogChange.Kind.ADDED && later
                    || c.getKind() == CatalogChange.Kind.RETIRED && !later) {
                return c;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <K> Optional<K> parentOf(K code) {
        if (code instanceof FunctionCode) {
            return (Optional<K>) ((FunctionCode) code).getParent();
        }
        if (code instanceof EconomicCode) {
            return (Optional<K>) ((EconomicCode) code).getParent();
        }
        return Optional.empty();
    }

    /**
     * Known codes printed with a name that is not the catalog's (after lenient normalisation); a name the
     * catalog's history gives the code before a rename or a reuse is reported as such.
     */
    static <K extends Comparable<K>> void names(RuleRun run, TableId table, List<? extends CodedRow<K, ?>> rows,
            ClassificationCatalog<K> catalog, Function<K, RowKey> key) {
        run.assessed();
        CatalogEntry<K>[] entries = entries(run, rows, catalog);
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] == null) {
                continue; // an unknown code has no name to compare (CATALOG.UNKNOWN_CODE reports it)
            }
            CodedRow<K, ?> r = rows.get(i);
            String name = entries[i].getName();
            String printed = withoutOrdinal(r.getName());
            if (printed.isBlank() || printed.equals(name) || catalog.isNameOf(r.getCode(), printed)) {
                continue;
            }
            Location at = Location.of(table, key.apply(r.getCode()));
            CatalogChange<K> former = formerName(catalog, r.getCode(), printed);
            if (former == null) {
                run.fail(at, null, null, "nameMismatch", r.getCode(), r.getName(), name);
            } else {
                String kind = former.getKind() == CatalogChange.Kind.REUSED ? "nameReused" : "nameFormer";
                if (former.getEdition().isPresent()) {
                    run.fail(at, null, null, kind, r.getCode(), r.getName(), name, former.getEdition().getAsInt());
                } else {
                    run.fail(at, null, null, kind + "Undated", r.getCode(), r.getName(), name,
                            catalog.getEdition());
                }
            }
        }
    }

    /** The rename or reuse of a code whose former name is the printed one (leniently), or null. */
    private static <K extends Comparable<K>> CatalogChange<K> formerName(ClassificationCatalog<K> catalog, K code,
            String printed) {
        List<CatalogChange<K>> changes = catalog.changesOf(code);
        for (int i = 0; i < changes.size(); i++) {
            CatalogChange<K> c = changes.get(i);
            boolean past = c.getEdition().isEmpty() || c.getEdition().getAsInt() <= catalog.getEdition();
            if (past && c.getFormerName().isPresent()
                    && Text.normalisesTo(Text.normaliseName(c.getFormerName().get()), printed)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Drops the ordinal that 01 and 04 print before a 类 name ({@code 一、一般公共服务支出}): the
     * numbering is the table's, not part of the name.
     */
    static String withoutOrdinal(String name) {
        // a scan equal to replacing the regex ^\s*[一二三四五六七八九十]+\s*[、.．]\s* by nothing: \s is
        // [ \t\n\x0B\f\r], and numerals, spaces and separators are disjoint, so the match never backtracks
        int i = skipSpaces(name, 0);
        int digits = i;
        while (i < name.length() && "一二三四五六七八九十".indexOf(name.charAt(i)) >= 0) {
            i++;
        }
        if (i == digits) {
            return name;
        }
        i = skipSpaces(name, i);
        if (i == name.length() || "、.．".indexOf(name.charAt(i)) < 0) {
            return name;
        }
        return name.substring(skipSpaces(name, i + 1));
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The 类 codes printed in either of two lists of rows. */
    static Set<FunctionCode> classes(List<? extends CodedRow<FunctionCode, ?>> a, List<? extends CodedRow<FunctionCode, ?>> b) {
        Set<FunctionCode> out = new TreeSet<>();
        for (CodedRow<FunctionCode, ?> r : a) {
            if (r.getCode().getLevel() == CodeLevel.CLASS) {
                out.add(r.getCode());
            }
        }
        for (CodedRow<FunctionCode, ?> r : b) {
            if (r.getCode().getLevel() == CodeLevel.CLASS) {
                out.add(r.getCode());
            }
        }
        return out;
    }

    static RowKey key(FunctionCode c) {
        return RowKey.of(c);
    }

    static RowKey key(EconomicCode c) {
        return RowKey.of(c);
    }
}
