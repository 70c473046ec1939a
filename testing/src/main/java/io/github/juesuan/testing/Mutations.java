package io.github.juesuan.testing;

import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.Comparison;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.IndicatorValue;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ProseFigure;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.PerformanceColumn;
import io.github.juesuan.validation.Rule;
import io.github.juesuan.validation.RuleCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Mutators: given a consistent report and a rule id of the {@link RuleCatalog}, produce a report that
 * breaks that rule at a random cell, with the expected finding described, so that a test can assert
 * "my tool notices this".
 *
 * <pre>{@code
 * Mutation m = Mutations.breakRule(report, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", new Random(42));
 * List<Finding> found = myTool.check(m.getReport());
 * JuesuanAssertions.assertThat(found).hasRule(m.getRuleId()).at(m.getLocation());
 * }</pre>
 *
 * <p>Numeric mutations add an amount of 1.00 to 999.99 万元 (far above any rounding allowance) to a few
 * cells chosen so that, wherever the invariants allow it, every other rule still holds: for example, to
 * break 款 = Σ 项 the mutator adds the amount to a 项 row in its total column and in one part column, so
 * that the row still adds up. Rules implied by others are broken together with them
 * ({@link Mutation#getAlsoBroken()}). Non-numeric rules are broken by removing a table, blanking a
 * 合计 row, adding a row with a code unknown to the catalog, renaming a row, or changing an indicator's
 * actual value.
 *
 * <p>The report must have what the rule reads (for rules on 公开07表, a 07 with 项 rows; for rules on
 * the 2023 layouts, a report of that edition; for 绩效自评表 rules, a project with weights): otherwise
 * {@link #breakRule} throws an {@link IllegalArgumentException} saying what is missing. Reports of
 * {@link ReportShape#complete()} have everything.
 */
public final class Mutations {

    private static final RuleCatalog CATALOG = RuleCatalog.standard();
    private static final Set<String> SUPPORTED = new TreeSet<>(List.of(
            "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS",
            "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES", "INTRA.ROW.T02_TOTAL_EQUALS_SUM_OF_SOURCES",
            "INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS", "INTRA.ROW.T05_TOTAL_EQUALS_BASIC_PLUS_PROJECT",
            "INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE", "INTRA.ROW.T07_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT",
            "INTRA.ROW.T07_BALANCE_CARRIES_FORWARD", "INTRA.ROW.T07_2023_BALANCES_EQUAL_SUM_OF_PARTS",
            "INTRA.ROW.T08_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT", "INTRA.ROW.T08_2023_BALANCE_CARRIES_FORWARD",
            "INTRA.T01.TOTAL_INCOME_EQUALS_SUM_OF_SOURCES", "INTRA.T01.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES",
            "INTRA.T01.INCOME_GRAND_TOTAL", "INTRA.T01.EXPENDITURE_GRAND_TOTAL", "INTRA.T01.GRAND_TOTALS_BALANCE",
            "INTRA.T04.TOTAL_INCOME_EQUALS_SUM_OF_FUNDS", "INTRA.T04.BEGINNING_BALANCE_EQUALS_SUM_OF_FUNDS",
            "INTRA.T04.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES", "INTRA.T04.ROW_TOTAL_EQUALS_SUM_OF_FUNDS",
            "INTRA.T04.INCOME_GRAND_TOTAL", "INTRA.T04.EXPENDITURE_GRAND_TOTAL", "INTRA.T04.GRAND_TOTALS_BALANCE",
            "INTRA.T06.PERSONNEL_TOTAL_EQUALS_301_PLUS_303", "INTRA.T06.PUBLIC_USE_TOTAL_EQUALS_OTHER_CLASSES",
            "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS", "INTRA.T09.VEHICLES_EQUAL_PURCHASE_PLUS_OPERATION",
            "INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE", "INTER.T03_CLASSES_EQUAL_T01_CLASSES",
            "INTER.T02_TOTAL_EQUALS_T01_INCOME", "INTER.T02_APPROPRIATION_EQUALS_T01_APPROPRIATIONS",
            "INTER.T04_INCOME_EQUALS_T01_APPROPRIATIONS", "INTER.T05_TOTAL_EQUALS_T04_GENERAL_BUDGET",
            "INTER.T05_CLASSES_EQUAL_T04_GENERAL_BUDGET", "INTER.T06_PERSONNEL_EQUALS_T05_PERSONNEL",
            "INTER.T06_PUBLIC_USE_EQUALS_T05_PUBLIC_USE", "INTER.T07_EXPENDITURE_EQUALS_T04_GOVERNMENT_FUND",
            "INTER.T08_EXPENDITURE_EQUALS_T04_STATE_CAPITAL", "INTER.T09_FINAL_NOT_BELOW_T06_BASIC",
            "COMPLETENESS.TABLE_ABSENT", "COMPLETENESS.TOTAL_ROW_BLANK", "CATALOG.UNKNOWN_CODE",
            "CATALOG.NAME_MISMATCH", "PERF.EXECUTION_RATE", "PERF.FUNDING_TOTAL_EQUALS_SUM_OF_SOURCES",
            "PERF.WEIGHTS_SUM_TO_100", "PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES", "PERF.SCORE_NOT_ABOVE_WEIGHT",
            "PERF.INDICATOR_TARGET_MET", "NARR.T01.TOTALS", "NARR.T04.TOTALS", "NARR.T03.KINDS", "NARR.T05.AMOUNTS", "NARR.SHARES",
            "NARR.T05.BASIC", "NARR.T09.THREE_PUBLIC", "NARR.PERF.PROJECTS"));

    static {
        SUPPORTED.addAll(ReviewMutations.RULES);
        SUPPORTED.addAll(RecallMutations.RULES);
    }

    private Mutations() {
    }

    /**
     * Gets the ids of the rules the mutators can break.
     *
     * @return the rule ids, sorted
     */
    public static Set<String> supportedRules() {
        return java.util.Collections.unmodifiableSet(SUPPORTED);
    }

    /**
     * Breaks a rule with a fixed choice of cell and amount (the same report and rule always give the same
     * mutation).
     *
     * @param report a consistent report, not null
     * @param ruleId a rule id of the standard catalogue
     * @return the mutation
     * @throws IllegalArgumentException if the rule id is unknown or the report lacks what the rule reads
     */
    public static Mutation breakRule(FinalAccountReport report, String ruleId) {
        return breakRule(report, ruleId, new Random(0));
    }

    /**
     * Breaks a rule at a randomly chosen cell with a random amount.
     *
     * @param report a consistent report, not null
     * @param ruleId a rule id of the standard catalogue
     * @param random the source of the choices, not null
     * @return the mutation
     * @throws IllegalArgumentException if the rule id is unknown, has no mutator, or the report lacks what
     *         the rule reads
     */
    public static Mutation breakRule(FinalAccountReport report, String ruleId, Random random) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(random, "random");
        Rule rule = CATALOG.get(ruleId);
        if (!SUPPORTED.contains(ruleId)) {
            throw new IllegalArgumentException("no mutator for rule " + ruleId);
        }
        TableEdition edition = TableEdition.forYear(report.getFiscalYear().getValue());
        if (!rule.appliesTo(edition)) {
            throw new IllegalArgumentException("rule " + ruleId + " does not apply to the " + edition.getYear()
                    + " edition of a report of " + report.getFiscalYear());
        }
        Ctx c = new Ctx(report, random, rule);
        return c.run();
    }

    /**
     * Tells whether {@link #breakRule(FinalAccountReport, String, Random)} can break a rule in a report.
     *
     * @param report the report, not null
     * @param ruleId the rule id
     * @return true if the report has what the rule reads
     */
    public static boolean canBreak(FinalAccountReport report, String ruleId) {
        try {
            breakRule(report, ruleId, new Random(0));
            return true;
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return false;
        }
    }

    /**
     * Mutations of generated reports that break a rule: reports from an arbitrary (those in which the
     * rule cannot be broken are filtered out) and a random choice of cell.
     *
     * @param reports the reports, typically {@link ReportArbitraries#consistentReports(ReportShape)}
     * @param ruleId the rule id
     * @return the arbitrary
     */
    public static Arbitrary<Mutation> mutations(Arbitrary<FinalAccountReport> reports, String ruleId) {
        CATALOG.get(ruleId);
        return reports.filter(r -> canBreak(r, ruleId))
                .flatMap(r -> Arbitraries.longs().map(seed -> breakRule(r, ruleId, new Random(seed))));
    }

    // ------------------------------------------------------------------------------------------------

    /** One mutation in progress. */
    private static final class Ctx {
        private final FinalAccountReport original;
        private final Random random;
        private final Rule rule;
        private final BigDecimal d;
        private final TableEdition edition;
        private FinalAccountReport cur;
        private final List<Location> cells = new ArrayList<>();
        private final Set<String> also = new TreeSet<>();
        private final StringBuilder what = new StringBuilder();

        Ctx(FinalAccountReport report, Random random, Rule rule) {
            this.original = report;
            this.cur = report;
            this.random = random;
            this.rule = rule;
            this.d = BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
            this.edition = TableEdition.forYear(report.getFiscalYear().getValue());
        }

        private BigDecimal neg() {
            return d.negate();
        }

        private Mutation done(Location at, BigDecimal difference) {
            // a generated report's 情况说明 follows its tables, so that only the broken rule fails
            if (!rule.getId().startsWith("NARR.") && cur != original && ProseWriter.isWritten(original)) {
                cur = ProseWriter.rewrite(cur);
            }
            return new Mutation(rule.getId(), rule.getSeverity(), original, cur, at, difference, cells, also,
                    what.toString().trim());
        }

        private void note(String s) {
            what.append(s).append("; ");
        }

        private <T> T pick(List<T> options, String what) {
            if (options.isEmpty()) {
                throw new IllegalArgumentException("cannot break " + rule.getId() + ": the report has no " + what);
            }
            return options.get(random.nextInt(options.size()));
        }

        // ---- edits that record what they change

        private void coded(TableId id, RowKey row, Map<? extends TableColumn, BigDecimal> delta) {
            cur = ReportEdits.coded(cur, id, row, delta);
            delta.forEach((col, x) -> cells.add(Location.of(id, row, col)));
            note(id.getLabel() + "[" + row + "] " + delta.entrySet().stream()
                    .map(e -> e.getKey().getId() + " " + signed(e.getValue())).collect(Collectors.joining(", ")));
        }

        /** Adds the deltas to a 项 row, its 款 and 类 rows and, if asked, the 合计 row. */
        private void chain(TableId id, FunctionCode item, Map<? extends TableColumn, BigDecimal> delta, boolean section,
                boolean klass, boolean total) {
            coded(id, RowKey.of(item), delta);
            if (section) {
                coded(id, RowKey.of(item.getSectionCode().orElseThrow()), delta);
            }
            if (klass) {
                coded(id, RowKey.of(item.getClassCode()), delta);
            }
            if (total) {
                coded(id, RowKey.TOTAL, delta);
            }
        }

        private void t01Income(SummaryIncomeLine l, BigDecimal x) {
            need(TableId.T01);
            cur = ReportEdits.t01Income(cur, l, x);
            cells.add(Location.of(TableId.T01, l.getRowKey(), SummaryColumn.INCOME));
            note("公开01表[" + l.getRowKey() + "] " + signed(x));
        }

        private void t01Line(SummaryExpenditureLine l, BigDecimal x) {
            need(TableId.T01);
            cur = ReportEdits.t01Line(cur, l, x);
            cells.add(Location.of(TableId.T01, l.getRowKey(), SummaryColumn.EXPENDITURE));
            note("公开01表[" + l.getRowKey() + "] " + signed(x));
        }

        private void t04Income(FiscalIncomeLine l, BigDecimal x) {
            need(TableId.T04);
            cur = ReportEdits.t04Income(cur, l, x);
            cells.add(Location.of(TableId.T04, l.getRowKey(), FiscalSummaryColumn.INCOME));
            note("公开04表[" + l.getRowKey() + "] " + signed(x));
        }

        private void t04Line(FiscalExpenditureLine l, Map<FiscalSummaryColumn, BigDecimal> delta) {
            need(TableId.T04);
            cur = ReportEdits.t04Line(cur, l, delta);
            delta.forEach((col, x) -> cells.add(Location.of(TableId.T04, l.getRowKey(), col)));
            note("公开04表[" + l.getRowKey() + "] " + delta);
        }

        private void t04Row(FunctionCode c, Map<FiscalSummaryColumn, BigDecimal> delta) {
            cur = ReportEdits.t04Row(cur, c, delta);
            delta.forEach((col, x) -> cells.add(Location.of(TableId.T04, RowKey.of(c), col)));
            note("公开04表[" + c + "] " + delta);
        }

        private void t06Row(EconomicCode c, BigDecimal x) {
            cur = ReportEdits.t06Row(cur, c, x);
            cells.add(Location.of(TableId.T06, RowKey.of(c), BasicExpenditureColumn.AMOUNT));
            note("公开06表[" + c + "] " + signed(x));
        }

        private void t06Total(boolean personnel, BigDecimal x) {
            cur = ReportEdits.t06Total(cur, personnel, x);
            cells.add(t06TotalAt(personnel));
            note("公开06表[" + (personnel ? "人员经费合计" : "公用经费合计") + "] " + signed(x));
        }

        private void t09(ThreePublicExpensesColumn col, BigDecimal x) {
            need(TableId.T09);
            cur = ReportEdits.t09(cur, col, x);
            cells.add(Location.of(TableId.T09, ThreePublicExpensesTable.ROW, col));
            note("公开09表[" + col.getId() + "] " + signed(x));
        }

        private void need(TableId id) {
            if (cur.getPresence(id) == TablePresence.ABSENT) {
                throw new IllegalArgumentException("cannot break " + rule.getId() + ": " + id.getLabel()
                        + " is absent from the report");
            }
        }

        // ---- choices

        /** 项 codes of a coded table whose 款 (and, if asked, 类) rows are printed too. */
        private List<FunctionCode> items(TableId id, boolean klass) {
            Optional<CodedTable<FunctionCode, ?, ? extends CodedRow<FunctionCode, ?>>> t = ReportEdits.coded(cur, id);
            if (t.isEmpty()) {
                return List.of();
            }
            Set<FunctionCode> codes = t.get().getRows().stream().map(CodedRow::getCode).collect(Collectors.toSet());
            return t.get().getRows().stream().map(CodedRow::getCode)
                    .filter(c -> c.getLevel() == CodeLevel.ITEM && codes.contains(c.getSectionCode().orElseThrow())
                            && (!klass || codes.contains(c.getClassCode())))
                    .collect(Collectors.toList());
        }

        private FunctionCode item(TableId id, boolean klass) {
            need(id);
            return pick(items(id, klass), "项 row under printed 款" + (klass ? " and 类" : "") + " rows in "
                    + id.getLabel());
        }

        /** Columns whose joint change by the same amount keeps every row equation of the table. */
        private Map<TableColumn, BigDecimal> neutral(TableId id, BigDecimal x) {
            Map<TableColumn, BigDecimal> m = new LinkedHashMap<>();
            boolean e2023 = edition == TableEdition.E2023;
            switch (id) {
                case T02:
                    m.put(IncomeColumn.TOTAL, x);
                    m.put(IncomeColumn.OTHER, x);
                    break;
                case T03:
                    m.put(ExpenditureColumn.TOTAL, x);
                    m.put(ExpenditureColumn.PROJECT, x);
                    break;
                case T05:
                    m.put(GeneralBudgetColumn.TOTAL, x);
                    m.put(GeneralBudgetColumn.PROJECT, x);
                    break;
                case T07:
                    m.put(GovernmentFundColumn.BEGINNING_BALANCE, x);
                    m.put(GovernmentFundColumn.ENDING_BALANCE, x);
                    if (e2023) {
                        m.put(GovernmentFundColumn.BEGINNING_PROJECT_BALANCE, x);
                        m.put(GovernmentFundColumn.ENDING_PROJECT_SURPLUS, x);
                    }
                    break;
                case T08:
                    if (e2023) {
                        m.put(StateCapitalColumn.BEGINNING_BALANCE, x);
                        m.put(StateCapitalColumn.BEGINNING_SURPLUS, x);
                        m.put(StateCapitalColumn.ENDING_BALANCE, x);
                        m.put(StateCapitalColumn.ENDING_SURPLUS, x);
                    } else {
                        m.put(StateCapitalColumn.EXPENDITURE, x);
                        m.put(StateCapitalColumn.EXPENDITURE_BASIC, x);
                    }
                    break;
                default:
                    throw new IllegalStateException(id.toString());
            }
            return m;
        }

        private TableColumn first(Map<TableColumn, BigDecimal> m) {
            return m.keySet().iterator().next();
        }

        /**
         * A table among options with 项 rows under printed 款 (and 类) rows and a 合计 row with figures (a
         * blank 合计 row would make the change a COMPLETENESS.TOTAL_ROW_BLANK failure too).
         */
        private TableId table(List<TableId> options, boolean klass) {
            List<TableId> ok = new ArrayList<>();
            for (TableId id : options) {
                if (cur.getPresence(id) != TablePresence.ABSENT && !items(id, klass).isEmpty() && totalPrinted(id)) {
                    ok.add(id);
                }
            }
            return pick(ok, "table among " + options + " with 项 rows under printed 款 and 类 rows and a 合计 row "
                    + "with figures");
        }

        private boolean totalPrinted(TableId id) {
            return ReportEdits.coded(cur, id).flatMap(CodedTable::getTotal).map(m -> !m.isEmpty()).orElse(false);
        }

        private List<FunctionCode> classes01() {
            need(TableId.T01);
            return cur.getSummary().orElseThrow().getExpenditureRows().stream().map(SummaryExpenditureRow::getCode)
                    .collect(Collectors.toList());
        }

        private Mutation run() {
            String id = rule.getId();
            switch (id) {
                case "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS": {
                    TableId t = table(List.of(TableId.T02, TableId.T03, TableId.T05, TableId.T07, TableId.T08), false);
                    FunctionCode item = item(t, false);
                    Map<TableColumn, BigDecimal> m = neutral(t, d);
                    coded(t, RowKey.of(item), m);
                    return done(Location.of(t, RowKey.of(item.getSectionCode().orElseThrow()), first(m)), neg());
                }
                case "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS": {
                    List<TableId> options = new ArrayList<>(List.of(TableId.T02, TableId.T03, TableId.T05,
                            TableId.T07, TableId.T08));
                    if (!t06Sections().isEmpty()) {
                        options.add(TableId.T06);
                    }
                    TableId t = pick(options.stream().filter(x -> x == TableId.T06 || (cur.getPresence(x)
                            != TablePresence.ABSENT && !items(x, true).isEmpty() && totalPrinted(x)))
                            .collect(Collectors.toList()), "table with 类, 款 and 项 rows and a 合计 row with figures");
                    if (t == TableId.T06) {
                        EconomicCode s = pick(t06Sections(), "款 row of 公开06表");
                        t06Row(s, d);
                        return done(Location.of(TableId.T06, RowKey.of(s.getParent().orElseThrow()),
                                BasicExpenditureColumn.AMOUNT), neg());
                    }
                    FunctionCode item = item(t, true);
                    Map<TableColumn, BigDecimal> m = neutral(t, d);
                    chain(t, item, m, true, false, false);
                    return done(Location.of(t, RowKey.of(item.getClassCode()), first(m)), neg());
                }
                case "INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES": {
                    TableId t = table(List.of(TableId.T02, TableId.T07, TableId.T08), true);
                    FunctionCode item = item(t, true);
                    Map<TableColumn, BigDecimal> m = neutral(t, d);
                    chain(t, item, m, true, true, false);
                    return done(Location.of(t, RowKey.TOTAL, first(m)), neg());
                }
                case "INTRA.ROW.T02_TOTAL_EQUALS_SUM_OF_SOURCES": {
                    FunctionCode item = item(TableId.T02, true);
                    chain(TableId.T02, item, Map.of(IncomeColumn.BUSINESS, d), true, true, true);
                    return done(Location.of(TableId.T02, RowKey.of(item), IncomeColumn.TOTAL), neg());
                }
                case "INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS": {
                    FunctionCode item = item(TableId.T03, true);
                    chain(TableId.T03, item, Map.of(ExpenditureColumn.OPERATING, d), true, true, true);
                    return done(Location.of(TableId.T03, RowKey.of(item), ExpenditureColumn.TOTAL), neg());
                }
                case "INTRA.ROW.T05_TOTAL_EQUALS_BASIC_PLUS_PROJECT": {
                    FunctionCode item = item(TableId.T05, true);
                    chain(TableId.T05, item, Map.of(GeneralBudgetColumn.PROJECT, d), true, true, true);
                    return done(Location.of(TableId.T05, RowKey.of(item), GeneralBudgetColumn.TOTAL), neg());
                }
                case "INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE": {
                    FunctionCode item = item(TableId.T05, true);
                    Map<TableColumn, BigDecimal> m = new LinkedHashMap<>();
                    m.put(GeneralBudgetColumn.BASIC, d);
                    m.put(GeneralBudgetColumn.PROJECT, neg());
                    chain(TableId.T05, item, m, true, true, true);
                    return done(Location.of(TableId.T05, RowKey.of(item), GeneralBudgetColumn.BASIC), d);
                }
                case "INTRA.ROW.T07_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT": {
                    FunctionCode item = item(TableId.T07, true);
                    chain(TableId.T07, item, Map.of(GovernmentFundColumn.EXPENDITURE_BASIC, d), true, true, true);
                    return done(Location.of(TableId.T07, RowKey.of(item), GovernmentFundColumn.EXPENDITURE), neg());
                }
                case "INTRA.ROW.T07_BALANCE_CARRIES_FORWARD": {
                    FunctionCode item = item(TableId.T07, true);
                    Map<TableColumn, BigDecimal> m = new LinkedHashMap<>();
                    m.put(GovernmentFundColumn.ENDING_BALANCE, d);
                    if (edition == TableEdition.E2023) {
                        m.put(GovernmentFundColumn.ENDING_PROJECT_SURPLUS, d);
                    }
                    chain(TableId.T07, item, m, true, true, true);
                    return done(Location.of(TableId.T07, RowKey.of(item), GovernmentFundColumn.ENDING_BALANCE), d);
                }
                case "INTRA.ROW.T07_2023_BALANCES_EQUAL_SUM_OF_PARTS": {
                    FunctionCode item = item(TableId.T07, true);
                    chain(TableId.T07, item, Map.of(GovernmentFundColumn.ENDING_PROJECT_SURPLUS, d), true, true, true);
                    return done(Location.of(TableId.T07, RowKey.of(item), GovernmentFundColumn.ENDING_BALANCE), neg());
                }
                case "INTRA.ROW.T08_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT": {
                    FunctionCode item = item(TableId.T08, true);
                    chain(TableId.T08, item, Map.of(StateCapitalColumn.EXPENDITURE_BASIC, d), true, true, true);
                    return done(Location.of(TableId.T08, RowKey.of(item), StateCapitalColumn.EXPENDITURE), neg());
                }
                case "INTRA.ROW.T08_2023_BALANCE_CARRIES_FORWARD": {
                    FunctionCode item = item(TableId.T08, true);
                    chain(TableId.T08, item, Map.of(StateCapitalColumn.ENDING_SURPLUS, d), true, true, true);
                    return done(Location.of(TableId.T08, RowKey.of(item), StateCapitalColumn.ENDING_BALANCE), neg());
                }
                case "INTRA.T01.TOTAL_INCOME_EQUALS_SUM_OF_SOURCES":
                    t01Income(SummaryIncomeLine.BUSINESS, d);
                    return done(t01(SummaryIncomeLine.TOTAL_INCOME), neg());
                case "INTRA.T01.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES":
                case "INTER.T03_CLASSES_EQUAL_T01_CLASSES": {
                    FunctionCode c = pick(classes01(), "类 row in 公开01表");
                    cur = ReportEdits.t01Class(cur, c, d);
                    cells.add(Location.of(TableId.T01, RowKey.of(c), SummaryColumn.EXPENDITURE));
                    note("公开01表[" + c + "] " + signed(d));
                    if (id.startsWith("INTRA")) {
                        if (cur.getPresence(TableId.T03) != TablePresence.ABSENT) {
                            also.add("INTER.T03_CLASSES_EQUAL_T01_CLASSES");
                        }
                        return done(t01(SummaryExpenditureLine.TOTAL_EXPENDITURE), neg());
                    }
                    need(TableId.T03);
                    also.add("INTRA.T01.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES");
                    return done(Location.of(TableId.T03, RowKey.of(c), ExpenditureColumn.TOTAL), neg());
                }
                case "INTRA.T01.INCOME_GRAND_TOTAL":
                    t01Income(SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE, d);
                    return done(t01(SummaryIncomeLine.GRAND_TOTAL), neg());
                case "INTRA.T01.EXPENDITURE_GRAND_TOTAL":
                    t01Line(SummaryExpenditureLine.SURPLUS_DISTRIBUTION, d);
                    return done(t01(SummaryExpenditureLine.GRAND_TOTAL), neg());
                case "INTRA.T01.GRAND_TOTALS_BALANCE":
                    t01Income(SummaryIncomeLine.GRAND_TOTAL, d);
                    t01Income(SummaryIncomeLine.BEGINNING_BALANCE, d);
                    return done(t01(SummaryExpenditureLine.GRAND_TOTAL), neg());
                case "INTRA.T04.TOTAL_INCOME_EQUALS_SUM_OF_FUNDS":
                    t04Income(FiscalIncomeLine.GENERAL_BUDGET, d);
                    return done(t04(FiscalIncomeLine.TOTAL_INCOME), neg());
                case "INTRA.T04.BEGINNING_BALANCE_EQUALS_SUM_OF_FUNDS":
                    t04Income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, d);
                    return done(t04(FiscalIncomeLine.BEGINNING_BALANCE), neg());
                case "INTRA.T04.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES": {
                    FunctionCode c = pick(classes04(), "类 row in 公开04表");
                    t04Row(c, Map.of(FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND, d,
                            FiscalSummaryColumn.EXPENDITURE_TOTAL, d));
                    return done(Location.of(TableId.T04, FiscalExpenditureLine.TOTAL_EXPENDITURE.getRowKey(),
                            FiscalSummaryColumn.EXPENDITURE_TOTAL), neg());
                }
                case "INTRA.T04.ROW_TOTAL_EQUALS_SUM_OF_FUNDS": {
                    FunctionCode c = pick(classes04(), "类 row in 公开04表");
                    t04Row(c, Map.of(FiscalSummaryColumn.EXPENDITURE_TOTAL, d));
                    t04Line(FiscalExpenditureLine.TOTAL_EXPENDITURE, Map.of(FiscalSummaryColumn.EXPENDITURE_TOTAL, d));
                    t04Line(FiscalExpenditureLine.ENDING_BALANCE, Map.of(FiscalSummaryColumn.EXPENDITURE_TOTAL, neg()));
                    return done(Location.of(TableId.T04, RowKey.of(c), FiscalSummaryColumn.EXPENDITURE_TOTAL), d);
                }
                case "INTRA.T04.INCOME_GRAND_TOTAL":
                    t04Income(FiscalIncomeLine.BEGINNING_BALANCE, d);
                    t04Income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, d);
                    return done(t04(FiscalIncomeLine.GRAND_TOTAL), neg());
                case "INTRA.T04.EXPENDITURE_GRAND_TOTAL":
                    t04Line(FiscalExpenditureLine.ENDING_BALANCE, Map.of(
                            FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND, d, FiscalSummaryColumn.EXPENDITURE_TOTAL, d));
                    return done(Location.of(TableId.T04, FiscalExpenditureLine.GRAND_TOTAL.getRowKey(),
                            FiscalSummaryColumn.EXPENDITURE_TOTAL), neg());
                case "INTRA.T04.GRAND_TOTALS_BALANCE":
                    t04Income(FiscalIncomeLine.GRAND_TOTAL, d);
                    t04Income(FiscalIncomeLine.BEGINNING_BALANCE, d);
                    t04Income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, d);
                    return done(Location.of(TableId.T04, FiscalExpenditureLine.GRAND_TOTAL.getRowKey(),
                            FiscalSummaryColumn.EXPENDITURE_TOTAL), neg());
                case "INTRA.T06.PERSONNEL_TOTAL_EQUALS_301_PLUS_303":
                case "INTER.T06_PERSONNEL_EQUALS_T05_PERSONNEL":
                case "INTRA.T06.PUBLIC_USE_TOTAL_EQUALS_OTHER_CLASSES":
                case "INTER.T06_PUBLIC_USE_EQUALS_T05_PUBLIC_USE": {
                    boolean personnel = id.contains("PERSONNEL");
                    EconomicCode s = pick(t06Sections().stream().filter(x -> personnel == (x.getExpenseKind()
                            == io.github.juesuan.classification.ExpenseKind.PERSONNEL)).collect(Collectors.toList()),
                            (personnel ? "personnel" : "public-use") + " 款 row under a printed 类 row in 公开06表");
                    t06Row(s, d);
                    t06Row(s.getParent().orElseThrow(), d);
                    if (id.startsWith("INTER")) {
                        need(TableId.T05);
                        t06Total(personnel, d);
                        return done(t06TotalAt(personnel), d);
                    }
                    return done(t06TotalAt(personnel), neg());
                }
                case "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS":
                    t09(ThreePublicExpensesColumn.BUDGET_RECEPTION, d);
                    return done(Location.of(TableId.T09, ThreePublicExpensesTable.ROW,
                            ThreePublicExpensesColumn.BUDGET_TOTAL), neg());
                case "INTRA.T09.VEHICLES_EQUAL_PURCHASE_PLUS_OPERATION":
                    t09(ThreePublicExpensesColumn.BUDGET_VEHICLE_PURCHASE, d);
                    return done(Location.of(TableId.T09, ThreePublicExpensesTable.ROW,
                            ThreePublicExpensesColumn.BUDGET_VEHICLES), neg());
                case "INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE":
                    need(TableId.T03);
                    t01Line(SummaryExpenditureLine.TOTAL_EXPENDITURE, d);
                    t01Line(SummaryExpenditureLine.ENDING_BALANCE, neg());
                    also.add("INTRA.T01.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES");
                    return done(Location.of(TableId.T03, RowKey.TOTAL, ExpenditureColumn.TOTAL), neg());
                case "INTER.T02_TOTAL_EQUALS_T01_INCOME":
                    need(TableId.T02);
                    t01Income(SummaryIncomeLine.TOTAL_INCOME, d);
                    t01Income(SummaryIncomeLine.BUSINESS, d);
                    t01Income(SummaryIncomeLine.BEGINNING_BALANCE, neg());
                    return done(Location.of(TableId.T02, RowKey.TOTAL, IncomeColumn.TOTAL), neg());
                case "INTER.T02_APPROPRIATION_EQUALS_T01_APPROPRIATIONS": {
                    need(TableId.T01);
                    FunctionCode item = item(TableId.T02, true);
                    Map<TableColumn, BigDecimal> m = new LinkedHashMap<>();
                    m.put(IncomeColumn.FISCAL_APPROPRIATION, d);
                    m.put(IncomeColumn.OTHER, neg());
                    chain(TableId.T02, item, m, true, true, true);
                    return done(Location.of(TableId.T02, RowKey.TOTAL, IncomeColumn.FISCAL_APPROPRIATION), d);
                }
                case "INTER.T04_INCOME_EQUALS_T01_APPROPRIATIONS":
                    need(TableId.T01);
                    t04Income(FiscalIncomeLine.TOTAL_INCOME, d);
                    t04Income(FiscalIncomeLine.GENERAL_BUDGET, d);
                    t04Income(FiscalIncomeLine.BEGINNING_BALANCE, neg());
                    t04Income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, neg());
                    return done(t04(FiscalIncomeLine.TOTAL_INCOME), d);
                case "INTER.T05_TOTAL_EQUALS_T04_GENERAL_BUDGET": {
                    need(TableId.T04);
                    need(TableId.T05);
                    Map<TableColumn, BigDecimal> m = new LinkedHashMap<>();
                    m.put(GeneralBudgetColumn.TOTAL, d);
                    m.put(GeneralBudgetColumn.PROJECT, d);
                    coded(TableId.T05, RowKey.TOTAL, m);
                    also.add("INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES");
                    return done(Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.TOTAL), d);
                }
                case "INTER.T05_CLASSES_EQUAL_T04_GENERAL_BUDGET": {
                    need(TableId.T05);
                    Set<FunctionCode> in05 = cur.getGeneralBudgetExpenditure().orElseThrow().getRows().stream()
                            .map(CodedRow::getCode).collect(Collectors.toSet());
                    FunctionCode c = pick(classes04().stream().filter(in05::contains).collect(Collectors.toList()),
                            "类 row printed in both 公开04表 and 公开05表");
                    t04Row(c, Map.of(FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, d,
                            FiscalSummaryColumn.EXPENDITURE_TOTAL, d));
                    also.add("INTRA.T04.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES");
                    return done(Location.of(TableId.T05, RowKey.of(c), GeneralBudgetColumn.TOTAL), neg());
                }
                case "INTER.T07_EXPENDITURE_EQUALS_T04_GOVERNMENT_FUND": {
                    need(TableId.T04);
                    FunctionCode item = item(TableId.T07, true);
                    Map<TableColumn, BigDecimal> m = new LinkedHashMap<>();
                    m.put(GovernmentFundColumn.EXPENDITURE, d);
                    m.put(GovernmentFundColumn.EXPENDITURE_PROJECT, d);
                    m.put(GovernmentFundColumn.INCOME, d);
                    if (edition == TableEdition.E2023) {
                        m.put(GovernmentFundColumn.INCOME_PROJECT, d);
                    }
                    chain(TableId.T07, item, m, true, true, true);
                    return done(Location.of(TableId.T07, RowKey.TOTAL, GovernmentFundColumn.EXPENDITURE), d);
                }
                case "INTER.T08_EXPENDITURE_EQUALS_T04_STATE_CAPITAL": {
                    need(TableId.T04);
                    FunctionCode item = item(TableId.T08, true);
                    Map<TableColumn, BigDecimal> m = new LinkedHashMap<>();
                    m.put(StateCapitalColumn.EXPENDITURE, d);
                    m.put(edition == TableEdition.E2023 ? StateCapitalColumn.INCOME
                            : StateCapitalColumn.EXPENDITURE_PROJECT, d);
                    chain(TableId.T08, item, m, true, true, true);
                    return done(Location.of(TableId.T08, RowKey.TOTAL, StateCapitalColumn.EXPENDITURE), d);
                }
                case "INTER.T09_FINAL_NOT_BELOW_T06_BASIC": {
                    need(TableId.T09);
                    BasicExpenditureDetailTable t06 = cur.getBasicExpenditureDetail().orElseThrow(() ->
                            new IllegalArgumentException("cannot break " + id + ": 公开06表 is absent"));
                    EconomicCode reception = EconomicCode.of("30217");
                    EconomicCode office = EconomicCode.of("30201");
                    if (t06.findRow(reception).isEmpty() || t06.findRow(office).isEmpty()) {
                        throw new IllegalArgumentException("cannot break " + id + ": 公开06表 has no rows 30217 and 30201");
                    }
                    // move the amount from 办公费 to 公务接待费 in 06: 302 and the totals keep adding up
                    t06Row(reception, d);
                    t06Row(office, neg());
                    return done(Location.of(TableId.T09, ThreePublicExpensesTable.ROW,
                            ThreePublicExpensesColumn.FINAL_RECEPTION), null);
                }
                case "COMPLETENESS.TABLE_ABSENT": {
                    List<TableId> present = new ArrayList<>();
                    for (TableId t : TableId.values()) {
                        if (cur.getPresence(t) != TablePresence.ABSENT) {
                            present.add(t);
                        }
                    }
                    TableId t = pick(present, "table to remove");
                    cur = ReportEdits.without(cur, t);
                    cells.add(Location.of(t));
                    note("removed " + t.getLabel());
                    return done(Location.of(t), null);
                }
                case "COMPLETENESS.TOTAL_ROW_BLANK": {
                    List<TableId> ok = new ArrayList<>();
                    for (TableId t : List.of(TableId.T02, TableId.T03, TableId.T05, TableId.T07, TableId.T08)) {
                        ReportEdits.coded(cur, t).filter(x -> x.getRows().stream()
                                .anyMatch(r -> !r.getAmounts().isEmpty())).ifPresent(x -> ok.add(t));
                    }
                    TableId t = pick(ok, "coded table with figures");
                    cur = ReportEdits.blankTotal(cur, t);
                    cells.add(Location.of(t, RowKey.TOTAL));
                    note("blanked the 合计 row of " + t.getLabel());
                    return done(Location.of(t, RowKey.TOTAL), null);
                }
                case "CATALOG.UNKNOWN_CODE": {
                    need(TableId.T03);
                    FunctionCode code = unknownCode();
                    cur = ReportEdits.t03Row(cur, code, "未列入科目表的项目", true);
                    cells.add(Location.of(TableId.T03, RowKey.of(code)));
                    note("added row " + code + " without figures to 公开03表");
                    return done(Location.of(TableId.T03, RowKey.of(code)), null);
                }
                case "CATALOG.NAME_MISMATCH": {
                    need(TableId.T03);
                    FunctionCatalog fc = FunctionCatalog.forYear(cur.getFiscalYear());
                    List<? extends CodedRow<FunctionCode, ?>> rows = cur.getExpenditure().orElseThrow().getRows()
                            .stream().filter(r -> fc.isKnown(r.getCode())).collect(Collectors.toList());
                    CodedRow<FunctionCode, ?> row = pick(new ArrayList<>(rows), "row with a catalog code in 公开03表");
                    cur = ReportEdits.t03Row(cur, row.getCode(), row.getName() + "专项调整", false);
                    cells.add(Location.of(TableId.T03, RowKey.of(row.getCode())));
                    note("renamed " + row.getCode() + " in 公开03表 to " + row.getName() + "专项调整");
                    return done(Location.of(TableId.T03, RowKey.of(row.getCode())), null);
                }
                default:
                    return perf(id);
            }
        }

        private Mutation perf(String id) {
            List<ProjectPerformanceEvaluation> all = cur.getPerformanceEvaluations();
            switch (id) {
                case "PERF.EXECUTION_RATE": {
                    List<int[]> options = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        List<FundingRow> f = all.get(i).getFunding();
                        for (int j = 0; j < f.size(); j++) {
                            FundingRow row = f.get(j);
                            if (row.getExecutionRate().isPresent() && row.getFullYearBudget().isPresent()
                                    && !row.getFullYearBudget().get().isZero()) {
                                options.add(new int[] {i, j});
                            }
                        }
                    }
                    int[] at = pick(options, "funding row with a rate and a non-zero budget");
                    ProjectPerformanceEvaluation p = all.get(at[0]);
                    FundingRow row = p.getFunding().get(at[1]);
                    // well beyond the allowance of the rate, which grows as the budget shrinks
                    BigDecimal budget = row.getFullYearBudget().get().toBigDecimal().abs();
                    BigDecimal executed = row.getExecuted().map(a -> a.toBigDecimal().abs()).orElse(BigDecimal.ZERO);
                    BigDecimal sensitivity = new BigDecimal("0.5").divide(budget, 6, java.math.RoundingMode.UP)
                            .add(executed.multiply(new BigDecimal("0.5")).divide(budget.multiply(budget), 6,
                                    java.math.RoundingMode.UP));
                    BigDecimal plus = BigDecimal.valueOf(5 + random.nextInt(20)).add(sensitivity.multiply(
                            BigDecimal.valueOf(3))).setScale(2, java.math.RoundingMode.UP);
                    Rate rate = Rate.ofPercent(row.getExecutionRate().get().getPercent().add(plus));
                    List<FundingRow> funding = new ArrayList<>(p.getFunding());
                    funding.set(at[1], FundingRow.builder().from(row).executionRate(rate).build());
                    replace(at[0], ProjectPerformanceEvaluation.builder().from(p).funding(funding).build());
                    Location l = Location.ofProject(p.getProjectName(), line(row.getLabel()),
                            PerformanceColumn.EXECUTION_RATE);
                    cells.add(l);
                    note(l + " " + signed(plus) + "%");
                    return done(l, null);
                }
                case "PERF.FUNDING_TOTAL_EQUALS_SUM_OF_SOURCES": {
                    List<Integer> options = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        ProjectPerformanceEvaluation p = all.get(i);
                        if (p.findFunding(FundingSource.TOTAL).isPresent() && p.findFunding(FundingSource.OTHER)
                                .map(f -> f.getFullYearBudget().map(b -> b.isZero()).orElse(true)).orElse(false)) {
                            options.add(i);
                        }
                    }
                    int i = pick(options, "project with 年度资金总额 and a 其他资金 row without budget");
                    ProjectPerformanceEvaluation p = all.get(i);
                    List<FundingRow> funding = new ArrayList<>();
                    String totalLabel = "";
                    for (FundingRow f : p.getFunding()) {
                        if (f.getSource() == FundingSource.OTHER) {
                            funding.add(FundingRow.builder().from(f).executed(ReportEdits.plus(f.getExecuted(), d))
                                    .build());
                            cells.add(Location.ofProject(p.getProjectName(), line(f.getLabel()),
                                    PerformanceColumn.EXECUTED));
                        } else {
                            funding.add(f);
                        }
                        if (f.getSource() == FundingSource.TOTAL) {
                            totalLabel = f.getLabel();
                        }
                    }
                    replace(i, ProjectPerformanceEvaluation.builder().from(p).funding(funding).build());
                    note(p.getProjectName() + " 其他资金 全年执行数 " + signed(d));
                    return done(Location.ofProject(p.getProjectName(), line(totalLabel), PerformanceColumn.EXECUTED),
                            neg());
                }
                case "PERF.WEIGHTS_SUM_TO_100":
                case "PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES":
                case "PERF.SCORE_NOT_ABOVE_WEIGHT": {
                    List<Integer> options = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        ProjectPerformanceEvaluation p = all.get(i);
                        if (p.hasWeights() && p.getTotalScore().isPresent() && !p.getIndicators().isEmpty()
                                && p.getIndicators().stream().allMatch(x -> x.getWeight().isPresent()
                                        && x.getScore().isPresent())) {
                            options.add(i);
                        }
                    }
                    int i = pick(options, "绩效自评表 with weights, scores and a total score");
                    ProjectPerformanceEvaluation p = all.get(i);
                    int k = random.nextInt(p.getIndicators().size());
                    PerformanceIndicator ind = p.getIndicators().get(k);
                    List<PerformanceIndicator> inds = new ArrayList<>(p.getIndicators());
                    String name = p.getProjectName();
                    if (id.equals("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES")) {
                        replace(i, ProjectPerformanceEvaluation.builder().from(p)
                                .totalScore(p.getTotalScore().get().plus(Score.of(1))).build());
                        Location l = Location.ofProject(name, RowKey.line("总分"), PerformanceColumn.SCORE);
                        cells.add(l);
                        note(l + " +1");
                        return done(l, BigDecimal.ONE);
                    }
                    if (id.equals("PERF.WEIGHTS_SUM_TO_100")) {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (PerformanceIndicator x : inds) {
                            sum = sum.add(x.getWeight().get().getPoints());
                        }
                        // more than the funds' score leaves: the weights exceed what the 100 points allow
                        BigDecimal fund = p.findFunding(FundingSource.TOTAL).flatMap(FundingRow::getScore)
                                .map(Score::getPoints).orElse(BigDecimal.ZERO);
                        BigDecimal plus = BigDecimal.valueOf(100).subtract(sum).subtract(fund)
                                .add(BigDecimal.valueOf(1 + random.nextInt(5)));
                        inds.set(k, PerformanceIndicator.builder().from(ind)
                                .weight(Score.of(ind.getWeight().get().getPoints().add(plus))).build());
                        replace(i, ProjectPerformanceEvaluation.builder().from(p).indicators(inds).build());
                        cells.add(Location.ofProject(name, line(ind.getName()), PerformanceColumn.WEIGHT));
                        note(name + " " + ind.getName() + " 权重 +" + plus);
                        return done(Location.ofProject(name, RowKey.line("合计"), PerformanceColumn.WEIGHT),
                                sum.add(plus).subtract(BigDecimal.valueOf(100)));
                    }
                    // score above weight, the total score following so that only this rule breaks
                    Score old = ind.getScore().get();
                    Score now = Score.of(ind.getWeight().get().getPoints().add(BigDecimal.ONE));
                    inds.set(k, PerformanceIndicator.builder().from(ind).score(now).build());
                    replace(i, ProjectPerformanceEvaluation.builder().from(p).indicators(inds).totalScore(Score.of(
                            p.getTotalScore().get().getPoints().subtract(old.getPoints()).add(now.getPoints()))).build());
                    Location l = Location.ofProject(name, line(ind.getName()), PerformanceColumn.SCORE);
                    cells.add(l);
                    cells.add(Location.ofProject(name, RowKey.line("总分"), PerformanceColumn.SCORE));
                    note(l + " = 权重 + 1, 总分 adjusted");
                    return done(l, BigDecimal.ONE);
                }
                case "PERF.INDICATOR_TARGET_MET": {
                    List<int[]> options = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        List<PerformanceIndicator> inds = all.get(i).getIndicators();
                        for (int k = 0; k < inds.size(); k++) {
                            if (missing(inds.get(k).getTarget()).isPresent()) {
                                options.add(new int[] {i, k});
                            }
                        }
                    }
                    int[] at = pick(options, "indicator with a numeric target");
                    ProjectPerformanceEvaluation p = all.get(at[0]);
                    PerformanceIndicator ind = p.getIndicators().get(at[1]);
                    IndicatorValue actual = missing(ind.getTarget()).orElseThrow();
                    List<PerformanceIndicator> inds = new ArrayList<>(p.getIndicators());
                    inds.set(at[1], PerformanceIndicator.builder().from(ind).actual(actual).build());
                    replace(at[0], ProjectPerformanceEvaluation.builder().from(p).indicators(inds).build());
                    Location l = Location.ofProject(p.getProjectName(), line(ind.getName()), PerformanceColumn.ACTUAL);
                    cells.add(l);
                    note(l + " = " + actual.getText() + " (target " + ind.getTarget().getText() + ")");
                    return done(l, null);
                }
                case "NARR.T01.TOTALS":
                    return prose("收入决算情况", f -> f.labelEndsWith("本年收入合计"),
                            t01(SummaryIncomeLine.TOTAL_INCOME));
                case "NARR.T04.TOTALS":
                    need(TableId.T04);
                    return prose("财政拨款收入支出决算总体情况", f -> f.labelEndsWith("收入总计"),
                            Location.of(TableId.T04, FiscalIncomeLine.GRAND_TOTAL.getRowKey(), FiscalSummaryColumn.INCOME));
                case "NARR.T03.KINDS":
                    need(TableId.T03);
                    return prose("支出决算情况", f -> f.labelEndsWith("基本支出"),
                            Location.of(TableId.T03, RowKey.TOTAL, ExpenditureColumn.BASIC));
                case "NARR.T05.AMOUNTS": {
                    need(TableId.T05);
                    // a 项 of 05 whose 「…（项）…支出决算为 … 万元」 the prose states
                    String text = section("财政拨款支出决算情况").map(NarrativeSection::getText).orElse("");
                    // named with its 款, as 项 names repeat under different 款 (行政运行, 一般行政管理事务)
                    var t05 = cur.getGeneralBudgetExpenditure().orElseThrow();
                    java.util.function.Function<GeneralBudgetExpenditureRow, String> named = r -> r.getCode().getParent()
                            .flatMap(t05::findRow).map(GeneralBudgetExpenditureRow::getName).orElse("") + "（款）"
                            + r.getName() + "（项）";
                    List<GeneralBudgetExpenditureRow> items = t05.getRows().stream()
                            .filter(r -> r.getCode().getLevel() == CodeLevel.ITEM && text.contains(named.apply(r))
                                    && text.indexOf(named.apply(r)) == text.lastIndexOf(named.apply(r)))
                            .collect(Collectors.toList());
                    GeneralBudgetExpenditureRow item = pick(items, "项 row of 公开05表 that 第三部分 names with its "
                            + "（款） and （项）");
                    int after = text.indexOf(named.apply(item));
                    return prose("财政拨款支出决算情况", f -> f.getOffset() > after && f.getUnit().isMoney()
                            && f.labelEndsWith("支出决算"), Location.of(TableId.T05, RowKey.of(item.getCode()),
                                    GeneralBudgetColumn.TOTAL));
                }
                case "NARR.SHARES": {
                    need(TableId.T05);
                    // the first share of 五 is the first 类's, as reports (and ProseWriter) list them in 05's order
                    FunctionCode klass = cur.getGeneralBudgetExpenditure().orElseThrow().getRows().stream()
                            .map(CodedRow::getCode).filter(c -> c.getLevel() == CodeLevel.CLASS).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("cannot break NARR.SHARES: 公开05表 has "
                                    + "no 类 row"));
                    // a share stands for an interval as wide as 1 / 合计 percentage points (合计 in 万元, each
                    // amount ± 0.005): the change must leave it, or the finding is ROUNDING, not the WARNING
                    BigDecimal whole = cur.getGeneralBudgetExpenditure().orElseThrow().getTotal()
                            .map(m -> m.get(GeneralBudgetColumn.TOTAL)).map(a -> a.toBigDecimal().abs())
                            .orElse(BigDecimal.ZERO);
                    BigDecimal minPoints = whole.signum() == 0 ? BigDecimal.ONE
                            : BigDecimal.ONE.divide(whole, 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
                    return prose("财政拨款支出决算情况", f -> f.getUnit() == ProseFigure.Unit.PERCENT
                            && f.labelEndsWith("占"), Location.of(TableId.T05, RowKey.of(klass), GeneralBudgetColumn.TOTAL),
                            minPoints);
                }
                case "NARR.T05.BASIC":
                    need(TableId.T05);
                    return prose("基本支出决算情况", f -> f.labelEndsWith("人员经费"),
                            Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.PERSONNEL));
                case "NARR.T09.THREE_PUBLIC":
                    need(TableId.T09);
                    // the budget of 因公出国（境）费: not one of the vehicle figures that NARR.LOGIC.VEHICLE_PARTS adds up
                    return prose("三公", f -> f.labelEndsWith("因公出国（境）费预算"),
                            Location.of(TableId.T09, ThreePublicExpensesTable.ROW,
                                    ThreePublicExpensesColumn.BUDGET_OVERSEAS));
                case "NARR.PERF.PROJECTS": {
                    // a project with a 总分 that the prose names, followed by its 自评 paragraph
                    String text = section("绩效").map(NarrativeSection::getText).orElse("");
                    ProjectPerformanceEvaluation p = pick(cur.getPerformanceEvaluations().stream()
                            .filter(e -> e.getTotalScore().isPresent() && text.contains(e.getProjectName() + "自评"))
                            .collect(Collectors.toList()), "绩效自评表 with a 总分 named in 第三部分 with its 自评");
                    int after = text.indexOf(p.getProjectName() + "自评");
                    return prose("绩效", f -> f.getOffset() > after && f.getUnit() == ProseFigure.Unit.POINTS,
                            Location.ofProject(p.getProjectName(), RowKey.line("总分"), PerformanceColumn.SCORE));
                }
                default:
                    if (ReviewMutations.RULES.contains(id)) {
                        return ReviewMutations.breakRule(cur, rule, random);
                    }
                    if (RecallMutations.RULES.contains(id)) {
                        return RecallMutations.breakRule(cur, rule, random);
                    }
                    throw new IllegalArgumentException("no mutator for rule " + id);
            }
        }

        /** The first 第三部分 section whose heading has the words. */
        private Optional<NarrativeSection> section(String words) {
            return cur.getNarrative().stream().filter(s -> s.getPart() == ReportPart.EXPLANATION
                    && s.getHeading().replace(" ", "").contains(words)).findFirst();
        }

        /**
         * Adds the amount to the first figure of a 第三部分 section that the test picks: the prose then
         * states a figure that its table (at {@code at}) does not.
         */
        private Mutation prose(String words, java.util.function.Predicate<ProseFigure> which, Location at) {
            return prose(words, which, at, BigDecimal.ONE);
        }

        /** As above; a share or a score changes by at least {@code minPoints} whole points. */
        private Mutation prose(String words, java.util.function.Predicate<ProseFigure> which, Location at,
                BigDecimal minPoints) {
            NarrativeSection s = section(words).orElseThrow(() -> new IllegalArgumentException("cannot break "
                    + rule.getId() + ": 第三部分 has no section on " + words));
            ProseFigure f = s.getFigures().stream().filter(which).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("cannot break " + rule.getId() + ": the section " + s.getHeading()
                            + " states no such figure"));
            // a share or a score changes by whole points (76.4% → 79.4%), an amount by the mutation's amount
            BigDecimal delta = f.getUnit().isMoney() ? d : minPoints.add(BigDecimal.valueOf(random.nextInt(9)));
            BigDecimal now = f.getValue().add(delta);
            String text = s.getText().substring(0, f.getOffset()) + now.toPlainString() + f.getUnit().getSymbol()
                    + s.getText().substring(f.getEnd());
            List<NarrativeSection> narrative = new ArrayList<>();
            for (NarrativeSection x : cur.getNarrative()) {
                narrative.add(x == s ? NarrativeSection.of(s.getPart(), s.getHeading(), text) : x);
            }
            cur = FinalAccountReport.builder(cur).narrative(narrative).build();
            note("第三部分 " + s.getHeading() + ": " + f.quote() + " → " + now.toPlainString() + " "
                    + f.getUnit().getSymbol());
            return done(at, delta);
        }

        /** An actual value that misses a numeric target. */
        private Optional<IndicatorValue> missing(IndicatorValue target) {
            if (target.getNumber().isEmpty()) {
                return Optional.empty();
            }
            BigDecimal n = target.getNumber().get();
            Comparison c = target.getComparison().orElse(Comparison.EQUAL);
            BigDecimal value = c == Comparison.AT_MOST || c == Comparison.LESS ? n.abs().multiply(BigDecimal.valueOf(2))
                    .add(BigDecimal.ONE) : n.subtract(n.abs().max(BigDecimal.ONE).multiply(BigDecimal.valueOf(0.5)))
                    .subtract(BigDecimal.ONE);
            IndicatorValue v = IndicatorValue.parse(value.stripTrailingZeros().toPlainString() + target.getUnit());
            return target.isMetBy(v).filter(met -> !met).map(x -> v);
        }

        private void replace(int index, ProjectPerformanceEvaluation p) {
            List<ProjectPerformanceEvaluation> list = new ArrayList<>(cur.getPerformanceEvaluations());
            list.set(index, p);
            cur = FinalAccountReport.builder(cur).performanceEvaluations(list).build();
        }

        private List<FunctionCode> classes04() {
            need(TableId.T04);
            return cur.getFiscalSummary().orElseThrow().getExpenditureRows().stream().map(FiscalSummaryRow::getCode)
                    .collect(Collectors.toList());
        }

        /** 款 rows of 06 under a printed 类 row, other than those tied to 公开09表. */
        private List<EconomicCode> t06Sections() {
            if (cur.getBasicExpenditureDetail().isEmpty()) {
                return List.of();
            }
            List<BasicExpenditureRow> rows = cur.getBasicExpenditureDetail().get().getRows();
            Set<EconomicCode> codes = rows.stream().map(BasicExpenditureRow::getCode).collect(Collectors.toSet());
            Set<String> tied = Set.of("30212", "30217", "30231");
            return rows.stream().map(BasicExpenditureRow::getCode)
                    .filter(c -> c.getLevel() == CodeLevel.SECTION && !tied.contains(c.toString())
                            && c.getParent().map(codes::contains).orElse(false))
                    .collect(Collectors.toList());
        }

        /**
         * A 项 the catalog of the report's year does not know, under a 款 whose 项 it lists in full (an unknown
         * 项 of a partly bundled 款 is not assessed, not a warning).
         */
        private FunctionCode unknownCode() {
            FunctionCatalog fc = FunctionCatalog.forYear(cur.getFiscalYear());
            Set<FunctionCode> used = cur.getExpenditure().orElseThrow().getRows().stream().map(CodedRow::getCode)
                    .collect(Collectors.toSet());
            List<FunctionCode> sections = fc.entries().stream().map(e -> e.getCode())
                    .filter(c -> c.getLevel() == CodeLevel.SECTION && fc.listsAllChildrenOf(c))
                    .collect(Collectors.toList());
            int start = random.nextInt(sections.size());
            for (int k = 0; k < sections.size(); k++) {
                FunctionCode section = sections.get((start + k) % sections.size());
                for (int n = 98; n >= 60; n--) {
                    FunctionCode c = FunctionCode.of(section + String.format("%02d", n));
                    if (!fc.isKnown(c) && !used.contains(c)) {
                        return c;
                    }
                }
            }
            throw new IllegalStateException("no unknown code found");
        }
    }

    static Location t01(SummaryIncomeLine l) {
        return Location.of(TableId.T01, l.getRowKey(), SummaryColumn.INCOME);
    }

    static Location t01(SummaryExpenditureLine l) {
        return Location.of(TableId.T01, l.getRowKey(), SummaryColumn.EXPENDITURE);
    }

    static Location t04(FiscalIncomeLine l) {
        return Location.of(TableId.T04, l.getRowKey(), FiscalSummaryColumn.INCOME);
    }

    static Location t06TotalAt(boolean personnel) {
        return Location.of(TableId.T06, personnel ? BasicExpenditureDetailTable.PERSONNEL_TOTAL
                : BasicExpenditureDetailTable.PUBLIC_USE_TOTAL, BasicExpenditureColumn.AMOUNT);
    }

    static RowKey line(String label) {
        return label == null || label.isBlank() ? RowKey.line("（未命名）") : RowKey.line(label);
    }

    private static String signed(BigDecimal x) {
        return (x.signum() >= 0 ? "+" : "") + x.toPlainString();
    }
}
