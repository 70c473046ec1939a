package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.validation.RuleRun.Term;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Completeness, catalog and 绩效自评表 rules of the catalogue. The loops over lists are indexed (see
 * {@link Checks}).
 */
final class OtherRules {

    private static final Set<TableEdition> BOTH = EnumSet.allOf(TableEdition.class);
    private static final List<TableId> ALL = List.of(TableId.values());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OtherRules() {
    }

    private static Rule rule(String id, RuleFamily family, Severity severity, String zh, String en,
            List<TableId> tables, String formula, Rule.Check check) {
        return new Rule(id, family, severity, zh, en, tables, false, formula, BOTH, check);
    }

    private static Rule perf(String id, Severity severity, String zh, String en, String formula, Rule.Check check) {
        return new Rule(id, RuleFamily.PERF, severity, zh, en, List.of(), true, formula, BOTH, check);
    }

    static void add(List<Rule> out) {
        out.add(rule("COMPLETENESS.TABLE_ABSENT", RuleFamily.COMPLETENESS, Severity.ERROR,
                "公开01表至公开09表均应公开；无数据的表应说明“本单位没有……”",
                "Each of Tables 01 to 09 is published; a table without data says so (本单位没有…)", ALL,
                "each table is present or declared empty; absent = neither table nor statement", run -> {
                    run.assessed();
                    for (TableId id : TableId.values()) {
                        if (run.report().getPresence(id) == TablePresence.ABSENT) {
                            run.fail(Location.of(id), null, null, "tableAbsent");
                        }
                    }
                }));
        out.add(rule("COMPLETENESS.TOTAL_ROW_BLANK", RuleFamily.COMPLETENESS, Severity.ERROR,
                "有数据的表应列示合计行", "A table with figures prints its 合计 row",
                List.of(TableId.T02, TableId.T03, TableId.T05, TableId.T07, TableId.T08),
                "合计 row present and not blank whenever any row has a figure", run -> {
                    FinalAccountReport r = run.report();
                    blankTotal(run, r.getIncome());
                    blankTotal(run, r.getExpenditure());
                    blankTotal(run, r.getGeneralBudgetExpenditure());
                    blankTotal(run, r.getGovernmentFund());
                    blankTotal(run, r.getStateCapital());
                }));

        out.add(rule("CATALOG.UNKNOWN_CODE", RuleFamily.CATALOG, Severity.WARNING,
                "科目编码应见于当年《政府收支分类科目》", "Every code is in the catalog of the report's year",
                List.of(TableId.T01, TableId.T02, TableId.T03, TableId.T04, TableId.T05, TableId.T06, TableId.T07,
                        TableId.T08),
                "functional codes of 01–05, 07, 08 in the 支出功能分类科目 catalog; economic codes of 06 in the "
                        + "部门预算支出经济分类科目 catalog", run -> {
                    FinalAccountReport r = run.report();
                    run.assessed();
                    r.getSummary().ifPresent(t -> Checks.unknownCodes(run, TableId.T01, t.getExpenditureRows(),
                            run.functionCatalog(), RowKey::of));
                    forFunctionTables(r, (id, rows) -> Checks.unknownCodes(run, id, rows, run.functionCatalog(),
                            RowKey::of));
                    r.getBasicExpenditureDetail().ifPresent(t -> Checks.unknownCodes(run, TableId.T06, t.getRows(),
                            run.economicCatalog(), (Function<EconomicCode, RowKey>) RowKey::of));
                }));
        out.add(rule("CATALOG.NAME_MISMATCH", RuleFamily.CATALOG, Severity.WARNING,
                "科目名称应与科目表一致", "Every code is printed with the catalog's name",
                List.of(TableId.T01, TableId.T02, TableId.T03, TableId.T04, TableId.T05, TableId.T06, TableId.T07,
                        TableId.T08),
                "printed name = catalog name, ignoring full/half-width punctuation and spaces", run -> {
                    FinalAccountReport r = run.report();
                    run.assessed();
                    r.getSummary().ifPresent(t -> Checks.names(run, TableId.T01, t.getExpenditureRows(),
                            run.functionCatalog(), RowKey::of));
                    forFunctionTables(r, (id, rows) -> Checks.names(run, id, rows, run.functionCatalog(), RowKey::of));
                    r.getBasicExpenditureDetail().ifPresent(t -> Checks.names(run, TableId.T06, t.getRows(),
                            run.economicCatalog(), (Function<EconomicCode, RowKey>) RowKey::of));
                }));

        out.add(perf("PERF.EXECUTION_RATE", Severity.ERROR, "执行率等于全年执行数除以全年预算数",
                "The execution rate equals executed over full-year budget",
                "执行率 = 全年执行数 / 全年预算数 × 100%, on every funding row (allowance derived from the rounding of the "
                        + "two amounts and of the printed rate)", OtherRules::executionRate));
        out.add(perf("PERF.FUNDING_TOTAL_EQUALS_SUM_OF_SOURCES", Severity.ERROR,
                "年度资金总额等于当年财政拨款、上年结转资金、其他资金之和",
                "年度资金总额 equals the sum of the three funding sources",
                "年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, for 年初预算数, 全年预算数 and 全年执行数",
                run -> {
                    var evaluations = RuleCatalog.evaluations(run);
                    for (int i = 0; i < evaluations.size(); i++) {
                        ProjectPerformanceEvaluation p = evaluations.get(i);
                        Optional<FundingRow> total = p.findFunding(FundingSource.TOTAL);
                        if (total.isEmpty() || p.getFunding().size() < 2 || fundingAddsUp(run, total.get(), p)) {
                            continue;
                        }
                        List<FundingRow> parts = RuleCatalog.parts(p);
                        funding(run, p, total.get(), parts, PerformanceColumn.INITIAL_BUDGET, FundingRow::getInitialBudget);
                        funding(run, p, total.get(), parts, PerformanceColumn.FULL_YEAR_BUDGET,
                                FundingRow::getFullYearBudget);
                        funding(run, p, total.get(), parts, PerformanceColumn.EXECUTED, FundingRow::getExecuted);
                    }
                }));
        out.add(perf("PERF.WEIGHTS_SUM_TO_100", Severity.ERROR, "指标权重与资金执行分值合计为100分",
                "The indicator weights and the funds' share add up to 100 points",
                "Σ 权重 of the indicators + the funds' weight = 100. The funds' weight (资金执行 / 预算执行率 分值) is "
                        + "not printed: it is what the indicators leave, 100 − Σ 权重 (usually 10, the 预算执行率 share "
                        + "that 财预〔2020〕10号 sets in principle). A mismatch only when the printed figures cannot be "
                        + "reconciled: Σ 权重 above 100, or a 得分 printed on the 年度资金总额 row above 100 − Σ 权重 (an "
                        + "unprinted funds' score is checked by PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES). A table without "
                        + "权重 is NOT_ASSESSED", run -> {
                    boolean any = false;
                    var evaluations = RuleCatalog.evaluations(run);
                    List<ProjectPerformanceEvaluation> unweighted = new ArrayList<>();
                    for (int i = 0; i < evaluations.size(); i++) {
                        ProjectPerformanceEvaluation p = evaluations.get(i);
                        if (!p.hasWeights()) {
                            unweighted.add(p);
                            continue;
                        }
                        any = true;
                        weights(run, p);
                    }
                    if (!any) {
                        run.notAssessedBecause("reason.noWeights");
                        return;
                    }
                    for (int i = 0; i < unweighted.size(); i++) {
                        run.notAssessedAt(Location.ofProject(unweighted.get(i).getProjectName(), RowKey.line("合计"),
                                PerformanceColumn.WEIGHT), "projectNoWeights");
                    }
                }));
        out.add(perf("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES", Severity.ERROR, "总分等于各指标自评得分与资金得分之和",
                "The total score equals the indicator scores plus the funds' score",
                "总分 = Σ 自评得分 + 资金执行 得分 (the 得分 of the 年度资金总额 row). Where that 得分 is not printed, the "
                        + "funds' score is derived as 总分 − Σ 自评得分 and must lie within the funds' weight, "
                        + "0 ≤ 总分 − Σ 自评得分 ≤ 100 − Σ 权重 (≤ 100 − Σ 自评得分 when no 权重 is printed). A table "
                        + "with a 总分 but no score to add is NOT_ASSESSED", run -> {
                    boolean any = false;
                    var evaluations = RuleCatalog.evaluations(run);
                    for (int i = 0; i < evaluations.size(); i++) {
                        ProjectPerformanceEvaluation p = evaluations.get(i);
                        if (p.getTotalScore().isEmpty()) {
                            continue;
                        }
                        any = true;
                        totalScore(run, p);
                    }
                    if (!any) {
                        run.notAssessedBecause("reason.noScores");
                    }
                }));
        out.add(perf("PERF.SCORE_NOT_ABOVE_WEIGHT", Severity.ERROR, "自评得分不高于其权重",
                "No indicator scores above its weight", "自评得分 ≤ 权重, for every indicator", run -> {
                    boolean any = false;
                    var evaluations = RuleCatalog.evaluations(run);
                    for (int i = 0; i < evaluations.size(); i++) {
                        ProjectPerformanceEvaluation p = evaluations.get(i);
                        Points points = indicatorPoints(run, p);
                        for (int k = 0; k < points.scores().length; k++) {
                            Score weight = points.weights()[k];
                            Score score = points.scores()[k];
                            if (weight == null || score == null) {
                                continue;
                            }
                            PerformanceIndicator indicator = p.getIndicators().get(k);
                            any = true;
                            run.assessed();
                            if (score.compareTo(weight) > 0) {
                                run.fail(Location.ofProject(p.getProjectName(), RuleCatalog.line(indicator.getName()),
                                        PerformanceColumn.SCORE), weight.getPoints(), score.getPoints(),
                                        "scoreAboveWeight", weight, score);
                            }
                        }
                    }
                    if (!any && !run.report().getPerformanceEvaluations().isEmpty()) {
                        run.notAssessedBecause("reason.noWeights");
                    }
                }));
        out.add(perf("PERF.INDICATOR_TARGET_MET", Severity.INFO, "实际完成值达到年度指标值（仅提示）",
                "The actual value meets the annual target (information only)",
                "实际完成值 meets 年度指标值 (≥, ≤, =, >, < with the same unit; words only when identical)", run -> {
                    boolean any = false;
                    var evaluations = RuleCatalog.evaluations(run);
                    for (int i = 0; i < evaluations.size(); i++) {
                        ProjectPerformanceEvaluation p = evaluations.get(i);
                        var indicators = p.getIndicators();
                        for (int j = 0; j < indicators.size(); j++) {
                            PerformanceIndicator indicator = indicators.get(j);
                            Optional<Boolean> met = indicator.getTarget().isMetBy(indicator.getActual());
                            if (met.isEmpty()) {
                                continue;
                            }
                            any = true;
                            run.assessed();
                            if (!met.get()) {
                                run.fail(Location.ofProject(p.getProjectName(), RuleCatalog.line(indicator.getName()),
                                        PerformanceColumn.ACTUAL), indicator.getTarget().getNumber().orElse(null),
                                        indicator.getActual().getNumber().orElse(null), "indicatorNotMet",
                                        indicator.getTarget().getText(), indicator.getActual().getText());
                            }
                        }
                    }
                    if (!any && !run.report().getPerformanceEvaluations().isEmpty()) {
                        run.notAssessedBecause("reason.notComparable");
                    }
                }));
    }

    private interface TableRows {
        void accept(TableId id, List<? extends CodedRow<FunctionCode, ?>> rows);
    }

    private static void forFunctionTables(FinalAccountReport r, TableRows f) {
        r.getIncome().ifPresent(t -> f.accept(TableId.T02, t.getRows()));
        r.getExpenditure().ifPresent(t -> f.accept(TableId.T03, t.getRows()));
        r.getFiscalSummary().ifPresent(t -> f.accept(TableId.T04, t.getExpenditureRows()));
        r.getGeneralBudgetExpenditure().ifPresent(t -> f.accept(TableId.T05, t.getRows()));
        r.getGovernmentFund().ifPresent(t -> f.accept(TableId.T07, t.getRows()));
        r.getStateCapital().ifPresent(t -> f.accept(TableId.T08, t.getRows()));
    }

    private static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>> void blankTotal(RuleRun run,
            Optional<? extends CodedTable<FunctionCode, C, R>> table) {
        if (table.isEmpty()) {
            return;
        }
        CodedTable<FunctionCode, C, R> t = table.get();
        run.assessed();
        if (Checks.totalUsable(t)) {
            return;
        }
        C first = t.columns().get(0);
        Amount sum = Amount.ZERO;
        var rows = t.getRows();
        for (int i = 0; i < rows.size(); i++) {
            R r = rows.get(i);
            if (r.getCode().getLevel() == CodeLevel.CLASS) {
                sum = sum.plus(r.getOrZero(first));
            }
        }
        run.fail(Location.of(t.getTableId(), RowKey.TOTAL), sum.toBigDecimal(), null, "totalRowBlank",
                RuleRun.plain(sum.toBigDecimal()));
    }

    /**
     * The common case of the funding rule, in one pass: each of the three columns of the 年度资金总额 row equals
     * the sum of the sources in hundredths. False means "not decided here" (a difference, or a figure with
     * more decimals): {@link #funding} then checks column by column.
     */
    private static boolean fundingAddsUp(RuleRun run, FundingRow total, ProjectPerformanceEvaluation p) {
        long initial = 0;
        long budget = 0;
        long executed = 0;
        var funding = p.getFunding();
        for (int i = 0; i < funding.size(); i++) {
            FundingRow f = funding.get(i);
            if (f.getSource() != FundingSource.TOTAL) {
                initial = Hundredths.plus(initial, f.getInitialBudget().orElse(null));
                budget = Hundredths.plus(budget, f.getFullYearBudget().orElse(null));
                executed = Hundredths.plus(executed, f.getExecuted().orElse(null));
            }
        }
        if (Hundredths.equal(total.getInitialBudget().orElse(null), initial)
                && Hundredths.equal(total.getFullYearBudget().orElse(null), budget)
                && Hundredths.equal(total.getExecuted().orElse(null), executed)) {
            run.assessed();
            return true;
        }
        return false;
    }

    /** The weight and the score of each indicator of a project (null when not printed). */
    private record Points(Score[] weights, Score[] scores) {
    }

    /**
     * The weights and scores of a project's indicators, read once per validation for the rules that add
     * or compare them (each read of an optional attribute makes an {@link Optional}).
     */
    private static Points indicatorPoints(RuleRun run, ProjectPerformanceEvaluation p) {
        return run.shared(p, k -> {
            List<PerformanceIndicator> indicators = p.getIndicators();
            Score[] weights = new Score[indicators.size()];
            Score[] scores = new Score[indicators.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = indicators.get(i).getWeight().orElse(null);
                scores[i] = indicators.get(i).getScore().orElse(null);
            }
            return new Points(weights, scores);
        });
    }

    /** The points of a score in hundredths (null = none = 0); {@link Hundredths#NONE} beyond two decimals. */
    private static long points(Score s) {
        return s == null ? 0 : s.toHundredthsOr(Hundredths.NONE);
    }

    /** {@code sum + s} in hundredths (null adds nothing); {@link Hundredths#NONE} propagates. */
    private static long plusPoints(long sum, Score s) {
        if (sum == Hundredths.NONE || s == null) {
            return sum;
        }
        long h = s.toHundredthsOr(Hundredths.NONE);
        if (h == Hundredths.NONE) {
            return Hundredths.NONE;
        }
        long r = sum + h;
        return ((sum ^ r) & (h ^ r)) < 0 ? Hundredths.NONE : r;
    }

    private static void funding(RuleRun run, ProjectPerformanceEvaluation p, FundingRow total, List<FundingRow> parts,
            PerformanceColumn column, Function<FundingRow, Optional<Amount>> get) {
        if (get.apply(total).isEmpty() && parts.stream().allMatch(f -> get.apply(f).isEmpty())) {
            return;
        }
        // the sum first: the terms and their locations are built only for a difference
        long sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            FundingRow f = parts.get(i);
            sum = Hundredths.plus(sum, get.apply(f).orElse(null));
        }
        if (run.holds(get.apply(total).orElse(null), sum)) {
            return;
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            FundingRow f = parts.get(i);
            terms.add(Term.plus(Location.ofProject(p.getProjectName(), RuleCatalog.line(f.getLabel()), column),
                    get.apply(f)));
        }
        run.equation(Location.ofProject(p.getProjectName(), RuleCatalog.line(total.getLabel()), column),
                get.apply(total), terms);
    }

    /**
     * Σ 权重 ≤ 100, and a funds' score printed on the 年度资金总额 row within what the indicators leave
     * (100 − Σ 权重). The funds' weight itself is never printed: it is what the weights leave.
     */
    private static void weights(RuleRun run, ProjectPerformanceEvaluation p) {
        Optional<Score> fundScore = p.findFunding(FundingSource.TOTAL).flatMap(FundingRow::getScore);
        run.assessed();
        // in hundredths first (every printed weight has at most two decimals)
        long hundredths = 0;
        for (Score weight : indicatorPoints(run, p).weights()) {
            hundredths = plusPoints(hundredths, weight);
        }
        long fund = points(fundScore.orElse(null));
        if (hundredths != Hundredths.NONE && fund != Hundredths.NONE) {
            long leftH = 10_000 - hundredths;
            if (leftH >= 0 && fund <= leftH) {
                return;
            }
        }
        BigDecimal sum = weightSum(p);
        BigDecimal left = HUNDRED.subtract(sum);
        boolean ok = left.signum() >= 0
                && (fundScore.isEmpty() || fundScore.get().getPoints().compareTo(left) <= 0);
        if (!ok) {
            run.fail(Location.ofProject(p.getProjectName(), RowKey.line("合计"), PerformanceColumn.WEIGHT),
                    HUNDRED, sum, fundScore.isPresent() ? "weightsSum" : "weightsAbove100", RuleRun.plain(sum),
                    RuleRun.plain(left), RuleCatalog.scoreText(fundScore));
        }
    }

    /** Σ 权重 of a project's indicators (an unprinted weight adds nothing). */
    private static BigDecimal weightSum(ProjectPerformanceEvaluation p) {
        BigDecimal sum = BigDecimal.ZERO;
        var indicators = p.getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            sum = sum.add(indicators.get(i).getWeight().map(Score::getPoints).orElse(BigDecimal.ZERO));
        }
        return sum;
    }

    /**
     * 总分 = Σ 自评得分 + the funds' score; when the funds' score is not printed, 总分 − Σ 自评得分 is the funds'
     * score and must lie within the funds' weight (100 − Σ 权重).
     */
    private static void totalScore(RuleRun run, ProjectPerformanceEvaluation p) {
        Optional<Score> fundScore = p.findFunding(FundingSource.TOTAL).flatMap(FundingRow::getScore);
        Score total = p.getTotalScore().get();
        Score[] scores = indicatorPoints(run, p).scores();
        boolean anyScore = false;
        for (Score sc : scores) {
            anyScore |= sc != null;
        }
        Location at = Location.ofProject(p.getProjectName(), RowKey.line("总分"), PerformanceColumn.SCORE);
        if (!anyScore && fundScore.isEmpty()) {
            run.notAssessedAt(at, "projectNoScores", RuleRun.plain(total.getPoints()));
            return;
        }
        // in hundredths first (every printed score has at most two decimals)
        long sum = points(fundScore.orElse(null));
        for (Score score : scores) {
            sum = plusPoints(sum, score);
        }
        if (fundScore.isPresent() && sum != Hundredths.NONE && sum == points(total)) {
            run.assessed(); // equal: nothing to record, no location to build
            return;
        }
        BigDecimal indicatorSum = BigDecimal.ZERO;
        for (Score sc : scores) {
            indicatorSum = indicatorSum.add(sc == null ? BigDecimal.ZERO : sc.getPoints());
        }
        if (fundScore.isPresent()) {
            BigDecimal expected = indicatorSum.add(fundScore.get().getPoints());
            run.assessed();
            if (total.getPoints().compareTo(expected) != 0) {
                run.compare(at, expected, Optional.of(total.getPoints()), BigDecimal.ZERO, p.getIndicators().size() + 2,
                        Set.of(at));
            }
            return;
        }
        // the funds' score is not printed: what the total leaves after the indicators must fit the funds' weight
        BigDecimal derived = total.getPoints().subtract(indicatorSum);
        boolean weighted = p.hasWeights();
        BigDecimal fundWeight = HUNDRED.subtract(weighted ? weightSum(p) : indicatorSum);
        run.assessed();
        if (derived.signum() >= 0 && derived.compareTo(fundWeight) <= 0) {
            return;
        }
        BigDecimal expected = derived.signum() < 0 ? indicatorSum : indicatorSum.add(fundWeight.max(BigDecimal.ZERO));
        run.fail(at, expected, total.getPoints(), weighted ? "totalScoreDerived" : "totalScoreDerivedUnweighted",
                RuleRun.plain(total.getPoints()), RuleRun.plain(indicatorSum), RuleRun.plain(derived),
                RuleRun.plain(fundWeight));
    }

    private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");

    /**
     * Tells, without dividing, whether a printed rate of at most two decimals is the quotient
     * 100 × executed / budget rounded half up to two decimals: p − 0.005 ≤ 100e/b < p + 0.005, for
     * b &gt; 0 and e, p ≥ 0. False means "not decided here", never "wrong".
     */
    static boolean printedRateIsRounded(BigDecimal printed, Amount executed, Amount budget) {
        long p = printed.scale() <= 2 && (long) printed.precision() - printed.scale() <= 15
                ? printed.movePointRight(2).longValue() : Hundredths.NONE;
        return printedRateIsRounded(p, printed, executed, budget);
    }

    /** {@link #printedRateIsRounded(BigDecimal, Amount, Amount)} given the printed rate in hundredths too. */
    static boolean printedRateIsRounded(long p, BigDecimal printed, Amount executed, Amount budget) {
        long bh = budget.toHundredthsOr(Hundredths.NONE);
        long eh = executed.toHundredthsOr(Hundredths.NONE);
        if (bh > 0 && bh <= Integer.MAX_VALUE && eh >= 0 && eh <= (1L << 48) && p >= 0 && p <= (1L << 29)) {
            // in hundredths, times 200b: (2p − 1)·b ≤ 20000·e < (2p + 1)·b; (2p + 1)·b < 2^62 and
            // 20000·e < 2^63, so no product overflows
            long hundredE = 20_000 * eh;
            return (2 * p - 1) * bh <= hundredE && hundredE < (2 * p + 1) * bh;
        }
        BigDecimal b = budget.toBigDecimal();
        BigDecimal e = executed.toBigDecimal();
        if (b.signum() <= 0 || e.signum() < 0 || printed.signum() < 0 || printed.scale() > 2) {
            return false;
        }
        BigDecimal hundredE = e.multiply(HUNDRED);
        return printed.subtract(HALF_HUNDREDTH).multiply(b).compareTo(hundredE) <= 0
                && hundredE.compareTo(printed.add(HALF_HUNDREDTH).multiply(b)) < 0;
    }

    private static void executionRate(RuleRun run) {
        var evaluations = RuleCatalog.evaluations(run);
        for (int i = 0; i < evaluations.size(); i++) {
            ProjectPerformanceEvaluation p = evaluations.get(i);
            var funding = p.getFunding();
            for (int j = 0; j < funding.size(); j++) {
                FundingRow f = funding.get(j);
                Rate rate = f.getExecutionRate().orElse(null);
                Amount budget = f.getFullYearBudget().orElse(null);
                if (rate == null || budget == null || budget.isZero()) {
                    continue;
                }
                Amount executed = f.getExecuted().orElse(Amount.ZERO);
                BigDecimal printed = rate.getPercent();
                if (printedRateIsRounded(rate.toHundredthsOr(Hundredths.NONE), printed, executed, budget)) {
                    run.assessed();
                    continue;
                }
                BigDecimal exact = executed.toBigDecimal().multiply(HUNDRED).divide(budget.toBigDecimal(),
                        MathContext.DECIMAL64);
                BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP);
                run.assessed();
                if (printed.compareTo(expected) == 0) {
                    continue;
                }
                Location at = Location.ofProject(p.getProjectName(), RuleCatalog.line(f.getLabel()),
                        PerformanceColumn.EXECUTION_RATE);
                // a printed rate is rounding when the intervals of the three printed figures meet (XBRL
                // Calculations 1.1): the amounts ± 0.005 万元, the rate ± half a unit of its last printed decimal,
                // so that a rate printed with fewer decimals (4.2 for 4.1667) is rounding and not a mismatch
                BigDecimal allowance = BigDecimal.ZERO;
                boolean withinRounding = false;
                if (!run.tolerance().isExact()) {
                    BigDecimal e = executed.toBigDecimal();
                    BigDecimal b = budget.toBigDecimal();
                    BigDecimal hp = Intervals.halfUnit(printed);
                    if (e.signum() >= 0 && b.signum() > 0) {
                        allowance = Intervals.shareAllowance(printed, hp, e, Tolerance.HALF_CENT, b, Tolerance.HALF_CENT);
                        withinRounding = Intervals.shareMeets(printed, hp, e, Tolerance.HALF_CENT, b,
                                Tolerance.HALF_CENT);
                    } else {
                        allowance = hp;
                        withinRounding = printed.subtract(exact).abs().compareTo(hp) <= 0;
                    }
                }
                run.record(at, expected, Optional.of(printed), allowance, withinRounding, 3, Set.of(at,
                        Location.ofProject(p.getProjectName(), RuleCatalog.line(f.getLabel()), PerformanceColumn.EXECUTED),
                        Location.ofProject(p.getProjectName(), RuleCatalog.line(f.getLabel()),
                                PerformanceColumn.FULL_YEAR_BUDGET)));
            }
        }
    }
}
