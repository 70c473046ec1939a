package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.CatalogEntry;
import io.github.juesuan.classification.ClassificationCatalog;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.RuleRun.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Building blocks shared by the checks of the catalogue. */
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
        for (R r : t.getRows()) {
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
        List<Family<R>> families = run.shared(t, table -> families(table, parentOf));
        List<C> columns = t.columns();
        for (Family<R> f : families) {
            R parent = f.parent();
            if (levelOf.apply(parent.getCode()) != parentLevel) {
                continue;
            }
            List<R> children = f.children();
            Map<C, Amount> printed = parent.getAmounts();
            for (C c : columns) {
                // the sum first: the terms and their locations are built only for a difference
                long sum = 0;
                for (R ch : children) {
                    sum = Hundredths.plus(sum, ch.getAmounts().get(c));
                }
                if (run.holds(printed.get(c), sum)) {
                    continue;
                }
                List<Term> terms = new ArrayList<>();
                for (R ch : children) {
                    terms.add(Term.plus(at(t.getTableId(), t.keyOf(ch), c), ch.get(c)));
                }
                run.equation(at(t.getTableId(), t.keyOf(parent), c), parent.get(c), terms);
            }
        }
    }

    /** A printed row and its printed children, in printed order. */
    record Family<R>(R parent, List<R> children) {
    }

    /**
     * The printed rows that have printed children, in printed order, each with its children in printed
     * order (linear in the rows).
     */
    static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> List<Family<R>>
            families(CodedTable<K, C, R> t, Function<K, Optional<K>> parentOf) {
        List<Family<R>> inOrder = familiesInOrder(t.getRows());
        return inOrder != null ? inOrder : familiesByParent(t, parentOf);
    }

    /**
     * {@link #families} of a table printed in code order, the common case, without making the parent codes:
     * each child's parent is the latest row printed one level up (its code, the digits that
     * {@code toString} gives for both code types, is the child's without its last two digits). Null when a
     * row breaks that order or its parent is not printed: {@link #familiesByParent} then finds them.
     */
    private static <R extends CodedRow<?, ?>> List<Family<R>> familiesInOrder(List<R> rows) {
        int n = rows.size();
        int[] parentIndex = new int[n];
        int[] latest = new int[10]; // the index of the latest row by the length of its code
        java.util.Arrays.fill(latest, -1);
        for (int i = 0; i < n; i++) {
            String code = rows.get(i).getCode().toString();
            int length = code.length();
            if (length < 3 || length >= latest.length) {
                return null;
            }
            parentIndex[i] = -1;
            if (length > 3) {
                int p = latest[length - 2];
                if (p < 0 || !code.startsWith(rows.get(p).getCode().toString())) {
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
        @SuppressWarnings("unchecked")
        List<R>[] children = new List[n];
        for (int i = 0; i < n; i++) {
            int p = parentIndex[i];
            if (p >= 0) {
                if (children[p] == null) {
                    children[p] = new ArrayList<>();
                }
                children[p].add(rows.get(i));
            }
        }
        List<Family<R>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (children[i] != null) {
                out.add(new Family<>(rows.get(i), children[i]));
            }
        }
        return out;
    }

    /** {@link #families} of rows in any order, through the parent code of each row. */
    private static <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>>
            List<Family<R>> familiesByParent(CodedTable<K, C, R> t, Function<K, Optional<K>> parentOf) {
        Map<K, List<R>> childrenOf = new HashMap<>();
        for (R r : t.getRows()) {
            Optional<K> p = parentOf.apply(r.getCode());
            if (p.isPresent()) {
                childrenOf.computeIfAbsent(p.get(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Family<R>> out = new ArrayList<>();
        for (R r : t.getRows()) {
            List<R> children = childrenOf.get(r.getCode());
            if (children != null) {
                out.add(new Family<>(r, children));
            }
        }
        return out;
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
        for (R r : t.getRows()) {
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
        for (R r : t.getRows()) {
            if (r.getCode().getLevel() == CodeLevel.CLASS) {
                classes.add(r);
            }
        }
        for (C c : t.columns()) {
            long sum = 0;
            for (R r : classes) {
                sum = Hundredths.plus(sum, r.getAmounts().get(c));
            }
            if (run.holds(total.get(c), sum)) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            for (R r : t.getRows()) {
                if (r.getCode().getLevel() == CodeLevel.CLASS) {
                    terms.add(Term.plus(at(t.getTableId(), t.keyOf(r), c), r.get(c)));
                }
            }
            run.equation(at(t.getTableId(), RowKey.TOTAL, c), Optional.ofNullable(total.get(c)), terms);
        }
    }

    static void notAssessedTotal(RuleRun run, TableId id) {
        run.notAssessed(Messages.format(true, "reason.totalRowBlank", id.getLabel()),
                Messages.format(false, "reason.totalRowBlank", Location.englishLabel(id)));
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
        for (R r : t.getRows()) {
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
     * The catalog entry of each row (null for a code the catalog does not know), looked up once per
     * validation for the rules of the catalog family (keyed by the identity of the row list).
     */
    @SuppressWarnings("unchecked")
    private static <K extends Comparable<K>> CatalogEntry<K>[] entries(RuleRun run,
            List<? extends CodedRow<K, ?>> rows, ClassificationCatalog<K> catalog) {
        return run.shared(rows, r -> {
            CatalogEntry<K>[] out = new CatalogEntry[rows.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = catalog.find(rows.get(i).getCode()).orElse(null);
            }
            return out;
        });
    }

    /** Codes unknown to a catalog, one finding per table and code. */
    static <K extends Comparable<K>> void unknownCodes(RuleRun run, TableId table, List<? extends CodedRow<K, ?>> rows,
            ClassificationCatalog<K> catalog, Function<K, RowKey> key) {
        run.assessed();
        CatalogEntry<K>[] entries = entries(run, rows, catalog);
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] == null) {
                CodedRow<K, ?> r = rows.get(i);
                run.fail(Location.of(table, key.apply(r.getCode())), null, null, "unknownCode", r.getCode(),
                        r.getName(), catalog.getEdition());
            }
        }
    }

    /** Known codes printed with a name that is not the catalog's (after lenient normalisation). */
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
            if (!printed.isBlank() && !printed.equals(name) && !catalog.isNameOf(r.getCode(), printed)) {
                run.fail(Location.of(table, key.apply(r.getCode())), null, null, "nameMismatch", r.getCode(),
                        r.getName(), name);
            }
        }
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
