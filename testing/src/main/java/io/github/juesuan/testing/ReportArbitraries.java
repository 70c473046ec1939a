package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.FinalAccountReport;
import java.math.BigDecimal;
import java.util.List;
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

    private static final List<FunctionCode> ITEMS_2023 = ConsistentReportFactory.itemCodes(2023);
    private static final List<FunctionCode> ITEMS_2024 = ConsistentReportFactory.itemCodes(2024);

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
        return consistentReports(Arbitraries.of(2023, 2024), 8, 3);
    }

    /**
     * Consistent reports of a given edition year.
     *
     * @param year 2023 or 2024
     * @return the arbitrary
     */
    public static Arbitrary<FinalAccountReport> consistentReports(int year) {
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

    static Arbitrary<ReportSpec> specs(Arbitrary<Integer> years, int maxLeaves, int maxProjects) {
        return years.flatMap(year -> {
            List<FunctionCode> items = year <= 2023 ? ITEMS_2023 : ITEMS_2024;
            Arbitrary<Long> money = Arbitraries.longs().between(0, 50_000_000L).edgeCases(c -> c.add(0L));
            Arbitrary<ReportSpec.Leaf> leaf = Combinators.combine(Arbitraries.of(items), money, money, money,
                    Arbitraries.longs().between(0, 1_000_000L)).as(ReportSpec.Leaf::new);
            Arbitrary<List<ReportSpec.Leaf>> leaves = leaf.list().ofMinSize(1).ofMaxSize(maxLeaves)
                    .uniqueElements(l -> l.item);
            Arbitrary<ReportSpec.Project> project = Combinators.combine(
                    Arbitraries.strings().withChars("信息会议培训运维专项经费平台建设").ofMinLength(2).ofMaxLength(10),
                    Arbitraries.longs().between(1, 100_000_000L),
                    Arbitraries.integers().between(0, 100),
                    Arbitraries.of(true, false),
                    Arbitraries.longs().between(0, 45).list().ofMinSize(1).ofMaxSize(6))
                    .as((name, budget, pct, weighted, scores) -> new ReportSpec.Project("项目" + name, budget,
                            budget * pct / 100, weighted, scores));
            Arbitrary<List<ReportSpec.Project>> projects = project.list().ofMaxSize(maxProjects)
                    .uniqueElements(p -> p.name);
            return Combinators.combine(
                    Arbitraries.strings().withChars("吉林省政务服务中心办公厅局委").ofMinLength(2).ofMaxLength(12),
                    Arbitraries.of(true, false), Arbitraries.of(true, false),
                    Arbitraries.longs().between(0, 10_000_000L), Arbitraries.longs().between(0, 100_000L),
                    leaves, projects)
                    .as((dept, consolidated, blankZeros, beginning, slack, ls, ps) -> new ReportSpec(
                            dept + "（本级）", year, consolidated, blankZeros, beginning, slack, ls, ps));
        });
    }
}
