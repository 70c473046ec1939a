package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.FinalAccountReport;
import java.math.BigDecimal;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the value types and for whole reports.
 *
 * <p>{@link #consistentReports()} generates reports that satisfy every invariant of a correct
 * report exactly (all roll-ups, row totals, balance lines and inter-table ties; 07/08 declared
 * empty; 绩效自评表 whose weights add up to 100 and whose total score is the sum of the scores).
 * Reports are derived from a small list of leaf 项, so they shrink to small reports that still
 * add up.
 *
 * <pre>{@code
 * @Property
 * void my_tool_accepts_consistent_reports(@ForAll("reports") FinalAccountReport r) { ... }
 *
 * @Provide
 * Arbitrary<FinalAccountReport> reports() { return ReportArbitraries.consistentReports(); }
 * }</pre>
 */
public final class ReportArbitraries {

    /** Two or more characters repeated at once. */
    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("(.{2,})\\1");

    private static final List<FunctionCode> ITEMS_2023 = ConsistentReportFactory.itemCodes(2023);
    private static final List<FunctionCode> ITEMS_2024 = ConsistentReportFactory.itemCodes(2024);
    private static final List<FunctionCode> CLASSES_2023 = classesOf(ITEMS_2023);
    private static final List<FunctionCode> CLASSES_2024 = classesOf(ITEMS_2024);

    private ReportArbitraries() {
    }

    /**
     * Amounts in 万元 with two decimals, from -1,000,000.00 to 1,000,000.00.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Amount> amounts() {
        return Arbitraries.longs().between(-100_000_000L, 100_000_000L)
                .map(c -> Amount.of(BigDecimal.valueOf(c, 2)));
    }

    /**
     * Non-negative amounts in 万元 with two decimals, up to 100,000.00.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Amount> nonNegativeAmounts() {
        return Arbitraries.longs().between(0, 10_000_000L).map(c -> Amount.of(BigDecimal.valueOf(c, 2)));
    }

    /**
     * Functional codes of every level drawn from the bundled 2024 catalog.
     *
     * @return the arbitrary
     */
    public static Arbitrary<FunctionCode> catalogFunctionCodes() {
        List<FunctionCode> all = new java.util.ArrayList<>();
        io.github.juesuan.classification.FunctionCatalog.edition(2024).entries().forEach(e -> all.add(e.getCode()));
        return Arbitraries.of(all);
    }

    /**
     * Synthetic functional codes of every level (any digits, known to a catalog or not).
     *
     * @return the arbitrary
     */
    public static Arbitrary<FunctionCode> syntheticFunctionCodes() {
        return Arbitraries.of(3, 5, 7).flatMap(n -> Arbitraries.strings().numeric().ofLength(n))
                .map(FunctionCode::of);
    }

    /**
     * Economic codes of both levels drawn from the bundled 2024 catalog.
     *
     * @return the arbitrary
     */
    public static Arbitrary<EconomicCode> catalogEconomicCodes() {
        List<EconomicCode> all = new ArrayList<>();
        io.github.juesuan.classification.EconomicCatalog.edition(2024).entries().forEach(e -> all.add(e.getCode()));
        return Arbitraries.of(all);
    }

    /**
     * Fiscal years from 2000 to 2030, shrinking towards 2024.
     *
     * @return the arbitrary
     */
    public static Arbitrary<FiscalYear> fiscalYears() {
        return Arbitraries.integers().between(2000, 2030).shrinkTowards(2024).map(FiscalYear::of);
    }

    /**
     * Rates (执行率) from 0.00% to 200.00% with two decimals.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Rate> rates() {
        return Arbitraries.integers().between(0, 20_000).map(c -> Rate.ofPercent(BigDecimal.valueOf(c, 2)));
    }

    /**
     * Synthetic economic codes of both levels.
     *
     * @return the arbitrary
     */
    public static Arbitrary<EconomicCode> syntheticEconomicCodes() {
        return Arbitraries.of(3, 5).flatMap(n -> Arbitraries.strings().numeric().ofLength(n)).map(EconomicCode::of);
    }

    /**
     * Consistent reports of the 2023 or 2024 edition with 1 to 8 leaf 项 and 0 to 3 projects.
     *
     * @return the arbitrary
     */
    public static Arbitrary<FinalAccountReport> consistentReports() {
        return consistentReports(ReportShape.defaults());
    }

    /**
     * Consistent reports of a given edition year.
     *
     * @param year 2023 or 2024
     * @return the arbitrary
     */
    public static Arbitrary<FinalAccountReport> consistentReports(int year) {
        if (year == 2023 || year == 2024) {
            return consistentReports(ReportShape.builder().years(year).build());
        }
        return consistentReports(Arbitraries.just(year), 8, 3);
    }

    /**
     * Consistent reports with configurable size.
     *
     * @param years the edition years to draw from
     * @param maxLeaves the largest number of leaf 项
     * @param maxProjects the largest number of 绩效自评表
     * @return the arbitrary
     */
    public static Arbitrary<FinalAccountReport> consistentReports(Arbitrary<Integer> years, int maxLeaves,
            int maxProjects) {
        return specs(years, maxLeaves, maxProjects).map(ConsistentReportFactory::build);
    }

    /**
     * Consistent reports of a given {@linkplain ReportShape shape}: size, editions, scope, which tables are
     * printed with figures, declared empty or absent, 公开07表 and 公开08表 with consistent figures, and
     * the 绩效自评表. The reports are derived from a small description (the leaf 项 and a few figures), so
     * they shrink to small reports that still add up.
     *
     * @param shape the shape, not null
     * @return the arbitrary
     */
    public static Arbitrary<FinalAccountReport> consistentReports(ReportShape shape) {
        return specs(shape).map(ConsistentReportFactory::build);
    }

    static Arbitrary<ReportSpec> specs(Arbitrary<Integer> years, int maxLeaves, int maxProjects) {
        return years.flatMap(year -> specs(ReportShape.builder().years(year).leaves(1, maxLeaves)
                .projects(0, maxProjects).build()));
    }

    static Arbitrary<ReportSpec> specs(ReportShape shape) {
        // one combination of plain arbitraries, no flatMap: fast to generate and shrinks component by component;
        // catalog codes are drawn as indices and resolved (without repeats) once the year is known
        Arbitrary<Long> money = Arbitraries.longs().between(0, 50_000_000L).edgeCases(c -> c.add(0L));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<long[]> leaf = Combinators.combine(index, money, money, money,
                Arbitraries.longs().between(0, 1_000_000L)).as((i, a, b, c, d) -> new long[] {i, a, b, c, d});
        Arbitrary<List<long[]>> leaves = leaf.list().ofMinSize(shape.getMinLeaves()).ofMaxSize(shape.getMaxLeaves());
        Arbitrary<Long> fundMoney = Arbitraries.longs().between(0, 10_000_000L).edgeCases(c -> c.add(0L));
        Arbitrary<long[]> fundLeaf = Combinators.combine(index, fundMoney, fundMoney, fundMoney, fundMoney, fundMoney,
                fundMoney).as((i, a, b, c, d, e, f) -> new long[] {i, a, b, c, d, e, f});
        Arbitrary<List<long[]>> fundLeaves = fundLeaf.list().ofMinSize(1).ofMaxSize(shape.getMaxFundLeaves());
        Arbitrary<Boolean> weighted = shape.getWeights() == ReportShape.Weights.ALWAYS ? Arbitraries.just(true)
                : shape.getWeights() == ReportShape.Weights.NEVER ? Arbitraries.just(false)
                        : Arbitraries.of(true, false);
        Arbitrary<ReportSpec.Project> project = Combinators.combine(
                // no word printed twice in a row (项目经费经费): TEXT.GARBLED rightly reports it in the prose
                Arbitraries.strings().withChars("信息会议培训运维专项经费平台建设").ofMinLength(2).ofMaxLength(10)
                        .filter(n -> !DOUBLED.matcher(n).find()),
                Arbitraries.longs().between(1, 100_000_000L),
                Arbitraries.integers().between(0, 100),
                weighted,
                Arbitraries.longs().between(0, 45).list().ofMinSize(1).ofMaxSize(shape.getMaxIndicators()))
                .as((name, budget, pct, w, scores) -> new ReportSpec.Project("项目" + name, budget,
                        budget * pct / 100, w, scores));
        Arbitrary<List<ReportSpec.Project>> projects = project.list().ofMinSize(shape.getMinProjects())
                .ofMaxSize(shape.getMaxProjects()).uniqueElements(p -> p.name);
        Arbitrary<Object[]> header = Combinators.combine(
                Arbitraries.strings().withChars("吉林省政务服务中心办公厅局委").ofMinLength(2).ofMaxLength(12),
                Arbitraries.of(new ArrayList<>(shape.getScopes())), Arbitraries.of(true, false),
                Arbitraries.longs().between(0, 10_000_000L), Arbitraries.longs().between(0, 100_000L))
                .as((dept, scope, blankZeros, beginning, slack) -> new Object[] {dept, scope, blankZeros, beginning,
                    slack});
        Arbitrary<List<Integer>> classChoice = shape.getMaxClasses() == 0 ? Arbitraries.just(List.of())
                : index.list().ofMinSize(1).ofMaxSize(shape.getMaxClasses());
        return Combinators.combine(Arbitraries.of(new ArrayList<>(shape.getYears())), header, leaves, projects,
                fundLeaves, fundLeaves, presences(shape), classChoice)
                .as((year, h, ls, ps, fs, ks, pm, cs) -> {
                    List<FunctionCode> items = year <= 2023 ? ITEMS_2023 : ITEMS_2024;
                    List<FunctionCode> pool = items;
                    if (!cs.isEmpty()) {
                        List<FunctionCode> classes = year <= 2023 ? CLASSES_2023 : CLASSES_2024;
                        Set<FunctionCode> chosen = new HashSet<>();
                        for (int i : cs) {
                            chosen.add(classes.get(i % classes.size()));
                        }
                        pool = items.stream().filter(i -> chosen.contains(i.getClassCode()))
                                .collect(Collectors.toList());
                    }
                    List<ReportSpec.Leaf> resolved = new ArrayList<>();
                    Set<FunctionCode> used = new HashSet<>();
                    for (long[] l : ls) {
                        FunctionCode item = pick(pool, (int) l[0], used);
                        if (item != null) {
                            resolved.add(new ReportSpec.Leaf(item, l[1], l[2], l[3], l[4]));
                        }
                    }
                    ReportScope scope = (ReportScope) h[1];
                    return new ReportSpec(h[0] + (scope == ReportScope.CONSOLIDATED ? "（汇总）" : "（本级）"), year,
                            scope == ReportScope.CONSOLIDATED, (Boolean) h[2], (Long) h[3], (Long) h[4], resolved, ps,
                            funds(fs, pm.get(TableId.T07), pool), funds(ks, pm.get(TableId.T08), pool), pm);
                });
    }

    /** The item at an index of a pool, or the next one not used yet; null when the pool is used up. */
    private static FunctionCode pick(List<FunctionCode> pool, int index, Set<FunctionCode> used) {
        for (int k = 0; k < pool.size(); k++) {
            FunctionCode c = pool.get((index + k) % pool.size());
            if (used.add(c)) {
                return c;
            }
        }
        return null;
    }

    private static List<ReportSpec.FundLeaf> funds(List<long[]> raw, TablePresence presence, List<FunctionCode> pool) {
        if (presence == TablePresence.DECLARED_EMPTY) {
            return List.of();
        }
        List<ReportSpec.FundLeaf> out = new ArrayList<>();
        Set<FunctionCode> used = new HashSet<>();
        for (long[] l : raw) {
            FunctionCode item = pick(pool, (int) l[0], used);
            if (item != null) {
                out.add(new ReportSpec.FundLeaf(item, l[1], l[2], l[3], l[4], l[5], l[6]));
            }
        }
        return out;
    }

    private static Arbitrary<Map<TableId, TablePresence>> presences(ReportShape shape) {
        List<Arbitrary<TablePresence>> each = new ArrayList<>();
        for (TableId id : TableId.values()) {
            List<TablePresence> ps = new ArrayList<>();
            for (ReportShape.Presence p : shape.getPossiblePresences(id)) {
                ps.add(TablePresence.valueOf(p.name()));
            }
            each.add(Arbitraries.of(ps));
        }
        return Combinators.combine(each).as(list -> {
            Map<TableId, TablePresence> m = new EnumMap<>(TableId.class);
            for (TableId id : TableId.values()) {
                m.put(id, list.get(id.ordinal()));
            }
            return m;
        });
    }

    /**
     * The 类 a shape with few classes picks from: those with many bundled 项 (the classes whose 项 the bundled
     * catalog lists in full), not those of which it knows the few 项 that real reports print.
     */
    private static List<FunctionCode> classesOf(List<FunctionCode> items) {
        java.util.Map<FunctionCode, Long> count = items.stream().collect(Collectors.groupingBy(
                FunctionCode::getClassCode, java.util.TreeMap::new, Collectors.counting()));
        return count.entrySet().stream().filter(e -> e.getValue() >= 10).map(java.util.Map.Entry::getKey)
                .collect(Collectors.toList());
    }
}
