package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.Text;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ProseFigure;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The 情况说明 rules (family {@link RuleFamily#NARR}): the figures that 第三部分 repeats from the tables
 * must equal the table cells (domain.md, "Narrative"). A figure is found by its label in the section
 * whose heading names the subject (see {@link ProseFigure}); a figure the prose does not state is not
 * checked, and a rule whose section is missing is not assessed.
 *
 * <p>The comparison keeps the printed precision: a prose figure printed with fewer than two decimals
 * ({@code 6209.1}) may differ from its cell by half a unit of its last digit (reported as rounding); a
 * figure printed in 元 that equals the cell in 万元 is reported as a unit slip.
 */
final class NarrativeRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NarrativeRules() {
    }

    /** The sections of 第三部分, found by the words of their headings. */
    enum Topic {
        /** 一、收入支出决算总体情况说明. */
        OVERALL("收入支出决算总体情况说明", h -> h.contains("收入支出决算总体情况") && !h.contains("财政拨款")),
        /** 二、收入决算情况说明. */
        INCOME("收入决算情况说明", h -> h.contains("收入决算情况") && !h.contains("支出") && !h.contains("财政拨款")),
        /** 三、支出决算情况说明. */
        EXPENDITURE("支出决算情况说明", h -> h.contains("支出决算情况") && !h.contains("收入") && !h.contains("财政拨款")),
        /** 四、财政拨款收入支出决算总体情况说明. */
        FISCAL("财政拨款收入支出决算总体情况说明", h -> h.contains("财政拨款收入支出决算总体情况")),
        /** 五、一般公共预算财政拨款支出决算情况说明. */
        GENERAL_BUDGET("一般公共预算财政拨款支出决算情况说明",
                h -> h.contains("一般公共预算财政拨款支出决算") && !h.contains("基本支出")),
        /** 六、一般公共预算财政拨款基本支出决算情况说明. */
        BASIC("一般公共预算财政拨款基本支出决算情况说明", h -> h.contains("基本支出决算")),
        /** 九、财政拨款“三公”经费支出决算情况说明. */
        THREE_PUBLIC("“三公”经费支出决算情况说明", h -> h.contains("三公")),
        /** 十、绩效评价情况说明. */
        PERFORMANCE("绩效评价情况说明", h -> h.contains("绩效"));

        private final String heading;
        private final Predicate<String> matches;

        Topic(String heading, Predicate<String> matches) {
            this.heading = heading;
            this.matches = matches;
        }
    }

    static void add(List<Rule> out) {
        Severity warning = Severity.WARNING;
        out.add(rule("NARR.T01.TOTALS", warning,
                "情况说明中的收支总计、收入和支出合计与公开01表一致",
                "The narrative's income and expenditure totals equal Table 01", List.of(TableId.T01),
                "第三部分 一: 收入总计 = 01 收入 总计, 支出总计 = 01 支出 总计 (收、支总计: both); 二: 本年收入合计, 财政拨款收入 "
                        + "(= the three 财政拨款 lines), 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入 = 01; "
                        + "三: 本年支出合计 = 01",
                NarrativeRules::totals));
        out.add(rule("NARR.T04.TOTALS", warning,
                "情况说明中的财政拨款收支总计、收入和支出合计与公开04表一致",
                "The narrative's appropriation income and expenditure totals equal Table 04", List.of(TableId.T04),
                "第三部分 四: 财政拨款收、支总计 = 04 收入 总计 and 支出 总计, 收入总计 = 04 收入 总计, 支出总计 = 04 支出 "
                        + "总计 合计; 本年收入合计 and a bare 财政拨款收入 = 04 本年收入合计, 本年支出合计 = 04 本年支出合计 合计",
                NarrativeRules::fiscalTotals));
        out.add(rule("NARR.T03.KINDS", warning,
                "情况说明中的基本支出、项目支出等与公开03表合计行一致",
                "The narrative's basic, project and other expenditure equal Table 03's 合计 row", List.of(TableId.T03),
                "第三部分 三: 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出 = 03 合计 row",
                NarrativeRules::kinds));
        out.add(rule("NARR.T05.AMOUNTS", warning,
                "情况说明中的一般公共预算财政拨款支出及各类、各项决算数与公开05表一致",
                "The narrative's general-budget expenditure, per 类 and per 项, equals Table 05", List.of(TableId.T05),
                "第三部分 五: 一般公共预算财政拨款支出 = 05 合计, each time it is stated (（一）, （二）, and the 支出决算 that "
                        + "opens （三）); each 类 named with an amount = its 05 row; "
                        + "each 类（类）款（款）项（项） 支出决算 = its 05 row (a figure in 元 equal to the cell in 万元 is a unit slip)",
                NarrativeRules::generalBudget));
        out.add(rule("NARR.SHARES", warning,
                "情况说明中的占比与其金额相符，各类金额之和等于总数",
                "Each share the narrative states matches its amounts, and the 类 amounts add up to the total",
                List.of(TableId.T05),
                "第三部分 二: 占 p% = source / 本年收入合计 × 100; 三: 基本支出, 项目支出… / 本年支出合计 and 人员经费, 公用经费 / "
                        + "基本支出; 五: 类 amount / 一般公共预算财政拨款支出 (all to the printed decimals, from the prose's own "
                        + "figures); without 公开05表, when the 类 shares add up to 100%, Σ 类 amounts = the total",
                NarrativeRules::shares));
        out.add(rule("NARR.T05.BASIC", warning,
                "情况说明中的基本支出、人员经费、公用经费与公开05表合计行一致",
                "The narrative's basic, personnel and public-use expenditure equal Table 05's 合计 row",
                List.of(TableId.T05),
                "第三部分 六: 基本支出, 人员经费, 公用经费 = 05 合计 row",
                NarrativeRules::basic));
        out.add(rule("NARR.T09.THREE_PUBLIC", warning,
                "情况说明中的“三公”经费预算数、决算数与公开09表一致",
                "The narrative's “三公” budget and final figures equal Table 09", List.of(TableId.T09),
                "第三部分 九: “三公”经费, 因公出国（境）费, 公务用车购置及运行费, 公务用车购置费, 公务用车运行维护费, "
                        + "公务接待费: 预算 and 支出决算 = 09",
                NarrativeRules::threePublic));
        out.add(new Rule("NARR.PERF.PROJECTS", RuleFamily.NARR, warning,
                "情况说明中各项目的自评得分、全年预算数、执行数、执行率与其绩效自评表一致",
                "The narrative's score, budget, executed amount and rate of each project equal its 绩效自评表",
                List.of(), true,
                "第三部分 十: per project named with 自评: 自评得分 = 总分, 全年预算数, 执行数, 完成预算的/执行率 = "
                        + "年度资金总额 row", EnumSet.allOf(TableEdition.class), stated(NarrativeRules::performance)));
    }

    private static Rule rule(String id, Severity severity, String zh, String en, List<TableId> tables,
            String formula, Rule.Check check) {
        return new Rule(id, RuleFamily.NARR, severity, zh, en, tables, false, formula,
                EnumSet.allOf(TableEdition.class), stated(check));
    }

    /** The check, then "not assessed" if the prose stated none of the figures it compares (never "passed"). */
    private static Rule.Check stated(Rule.Check check) {
        return run -> {
            check.run(run);
            if (!run.wasAssessed()) {
                run.notAssessedBecause("reason.noFigures");
            }
        };
    }

    // ---- the rules

    private static void totals(RuleRun run) {
        FinalAccountReport r = run.report();
        Optional<IncomeExpenditureSummaryTable> t = run.need(TableId.T01, r.getSummary());
        if (t.isEmpty()) {
            return;
        }
        IncomeExpenditureSummaryTable t01 = t.get();
        section(run, Topic.OVERALL).ifPresent(s -> {
            Optional<ProseFigure> both = first(run, s, BOTH_TOTALS);
            if (both.isPresent()) {
                claim(run, s, both.get(), RuleCatalog.t01(SummaryIncomeLine.GRAND_TOTAL),
                        t01.get(SummaryIncomeLine.GRAND_TOTAL));
                claim(run, s, both.get(), RuleCatalog.t01(SummaryExpenditureLine.GRAND_TOTAL),
                        t01.get(SummaryExpenditureLine.GRAND_TOTAL));
            }
            first(run, s, INCOME_GRAND_TOTAL).ifPresent(f -> claim(run, s, f,
                    RuleCatalog.t01(SummaryIncomeLine.GRAND_TOTAL), t01.get(SummaryIncomeLine.GRAND_TOTAL)));
            firstExcept(run, s, EXPENDITURE_GRAND_TOTAL, BOTH_TOTALS)
                    .ifPresent(f -> claim(run, s, f, RuleCatalog.t01(SummaryExpenditureLine.GRAND_TOTAL),
                            t01.get(SummaryExpenditureLine.GRAND_TOTAL)));
        });
        section(run, Topic.INCOME).ifPresent(s -> {
            first(run, s, TOTAL_INCOME).ifPresent(f -> claim(run, s, f,
                    RuleCatalog.t01(SummaryIncomeLine.TOTAL_INCOME), t01.get(SummaryIncomeLine.TOTAL_INCOME)));
            for (SummaryIncomeLine l : List.of(SummaryIncomeLine.GENERAL_BUDGET, SummaryIncomeLine.GOVERNMENT_FUND,
                    SummaryIncomeLine.STATE_CAPITAL)) {
                first(run, s, l.getLabel()).ifPresent(f -> claim(run, s, f, RuleCatalog.t01(l), t01.get(l)));
            }
            // a bare 财政拨款收入 is the three lines together
            Optional<ProseFigure> fiscal = firstExcept(run, s, FISCAL_INCOME, BUDGET_FISCAL_INCOME);
            if (fiscal.isPresent()) {
                ProseFigure f = fiscal.get();
                BigDecimal sum = BigDecimal.ZERO;
                boolean any = false;
                for (SummaryIncomeLine l : List.of(SummaryIncomeLine.GENERAL_BUDGET, SummaryIncomeLine.GOVERNMENT_FUND,
                        SummaryIncomeLine.STATE_CAPITAL)) {
                    Optional<Amount> a = t01.get(l);
                    if (a.isPresent()) {
                        any = true;
                        sum = sum.add(a.get().toBigDecimal());
                    }
                }
                claim(run, s, f, RuleCatalog.t01(SummaryIncomeLine.GENERAL_BUDGET),
                        any ? Optional.of(Amount.of(sum)) : Optional.empty());
            }
            for (SummaryIncomeLine l : List.of(SummaryIncomeLine.SUPERIOR_SUBSIDY, SummaryIncomeLine.BUSINESS,
                    SummaryIncomeLine.OPERATING, SummaryIncomeLine.AFFILIATED_REMITTANCE, SummaryIncomeLine.OTHER)) {
                first(run, s, l.getLabel()).ifPresent(f -> claim(run, s, f, RuleCatalog.t01(l), t01.get(l)));
            }
        });
        section(run, Topic.EXPENDITURE).ifPresent(s -> first(run, s, TOTAL_EXPENDITURE).ifPresent(f -> claim(run, s, f,
                RuleCatalog.t01(SummaryExpenditureLine.TOTAL_EXPENDITURE),
                t01.get(SummaryExpenditureLine.TOTAL_EXPENDITURE))));
    }

    /** 四: the totals of 公开04表, as 一 states those of 01. */
    private static void fiscalTotals(RuleRun run) {
        Optional<FiscalSummaryTable> table = run.need(TableId.T04, run.report().getFiscalSummary());
        if (table.isEmpty()) {
            return;
        }
        FiscalSummaryTable t = table.get();
        section(run, Topic.FISCAL).ifPresent(s -> {
            Location incomeTotal = RuleCatalog.t04(FiscalIncomeLine.GRAND_TOTAL);
            Location expenditureTotal = RuleCatalog.t04(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_TOTAL);
            Optional<ProseFigure> both = first(run, s, BOTH_TOTALS);
            if (both.isPresent()) {
                claim(run, s, both.get(), incomeTotal, t.get(FiscalIncomeLine.GRAND_TOTAL));
                claim(run, s, both.get(), expenditureTotal,
                        t.get(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_TOTAL));
            }
            // the totals of all funds: not one fund's (「一般公共预算财政拨款支出总计」), not both in one phrase
            firstExcept(run, s, INCOME_GRAND_TOTAL, FUND_INCOME_TOTAL)
                    .ifPresent(f -> claim(run, s, f, incomeTotal, t.get(FiscalIncomeLine.GRAND_TOTAL)));
            firstExcept(run, s, EXPENDITURE_GRAND_TOTAL, BOTH_TOTALS_OR_FUND_EXPENDITURE_TOTAL)
                    .ifPresent(f -> claim(run, s, f, expenditureTotal,
                            t.get(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_TOTAL)));
            Location totalIncome = RuleCatalog.t04(FiscalIncomeLine.TOTAL_INCOME);
            first(run, s, TOTAL_INCOME).ifPresent(f -> claim(run, s, f, totalIncome,
                    t.get(FiscalIncomeLine.TOTAL_INCOME)));
            // 「2024 年度财政拨款收入 7697.03 万元」: the year's appropriations, 本年收入合计 (not one fund's:
            // 「一般公共预算财政拨款收入」)
            firstExcept(run, s, FISCAL_INCOME, BUDGET_FISCAL_INCOME).ifPresent(f -> claim(run, s, f, totalIncome,
                    t.get(FiscalIncomeLine.TOTAL_INCOME)));
            first(run, s, TOTAL_EXPENDITURE).ifPresent(f -> claim(run, s, f,
                    RuleCatalog.t04(FiscalExpenditureLine.TOTAL_EXPENDITURE, FiscalSummaryColumn.EXPENDITURE_TOTAL),
                    t.get(FiscalExpenditureLine.TOTAL_EXPENDITURE, FiscalSummaryColumn.EXPENDITURE_TOTAL)));
        });
    }

    private static void kinds(RuleRun run) {
        run.need(TableId.T03, run.report().getExpenditure()).ifPresent(t -> section(run, Topic.EXPENDITURE)
                .ifPresent(s -> {
                    for (ExpenditureColumn c : List.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT,
                            ExpenditureColumn.REMITTED_TO_SUPERIOR, ExpenditureColumn.OPERATING,
                            ExpenditureColumn.SUBSIDY_TO_AFFILIATED)) {
                        first(run, s, c.getChineseName()).ifPresent(f -> claim(run, s, f,
                                Location.of(TableId.T03, RowKey.TOTAL, c), t.getTotal(c)));
                    }
                }));
    }

    private static void generalBudget(RuleRun run) {
        Optional<GeneralBudgetExpenditureTable> table = run.need(TableId.T05, run.report().getGeneralBudgetExpenditure());
        if (table.isEmpty()) {
            return;
        }
        GeneralBudgetExpenditureTable t = table.get();
        section(run, Topic.GENERAL_BUDGET).ifPresent(s -> {
            var figures = s.getFigures();
            // the total, each time it is stated: （一） and （二） 「一般公共预算财政拨款支出 a 万元」, and the opening of
            // （三） 「…支出年初预算为 b 万元，支出决算为 a 万元」, a bare 支出决算 before the first （项）
            Location total = Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.TOTAL);
            int firstItem = indexOfMarker(s.getText(), 0, "项");
            for (int i = 0; i < figures.size(); i++) {
                ProseFigure f = figures.get(i);
                if (f.getUnit().isMoney() && (GENERAL_BUDGET_EXPENDITURE.endOf(f)
                        || f.getLabel().equals(FINAL.word(0)) && (firstItem < 0 || f.getOffset() < firstItem))
                        && ofThisYear(run, f.getLabel())) {
                    claim(run, s, f, total, t.getTotal(GeneralBudgetColumn.TOTAL));
                }
            }
            for (int i = 0; i < figures.size(); i++) {
                ProseFigure f = figures.get(i);
                if (f.getUnit().isMoney()) {
                    classOf(run, t, f).ifPresent(row -> claim(run, s, f,
                            Location.of(TableId.T05, t.keyOf(row), GeneralBudgetColumn.TOTAL),
                            row.get(GeneralBudgetColumn.TOTAL)));
                }
            }
            items(run, s, t);
        });
    }

    /** 1. 一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 …，支出决算为 … 万元. */
    private static void items(RuleRun run, NarrativeSection s, GeneralBudgetExpenditureTable t) {
        String text = s.getText();
        List<ProseFigure> figures = s.getFigures();
        int from = 0;
        int next = indexOfMarker(text, 0, "项");
        while (next >= 0) {
            int item = next;
            next = indexOfMarker(text, item + 3, "项");
            int limit = next < 0 ? text.length() : next;
            // the names are between the markers of this item only (from the end of the previous one)
            int sectionMark = lastMarker(text, item, from, "款");
            String itemName = sectionMark < 0 ? "" : text.substring(sectionMark + 3, item);
            int classMark = sectionMark < 0 ? -1 : lastMarker(text, sectionMark, from, "类");
            String sectionName = classMark < 0 ? "" : text.substring(classMark + 3, sectionMark);
            for (int k = firstAt(figures, item); k < figures.size() && figures.get(k).getOffset() < limit; k++) {
                ProseFigure f = figures.get(k);
                if (f.getUnit().isMoney()
                        && FINAL.endOf(f)) {
                    itemRow(run, t, itemName, sectionName).ifPresent(row -> claim(run, s, f,
                            Location.of(TableId.T05, t.keyOf(row), GeneralBudgetColumn.TOTAL),
                            row.get(GeneralBudgetColumn.TOTAL)));
                    break;
                }
            }
            from = item + 3;
        }
    }

    /** The parts of 本年收入合计 that 二 states with a share. */
    private static final List<Part> INCOME_PARTS = List.of(SummaryIncomeLine.GENERAL_BUDGET,
            SummaryIncomeLine.SUPERIOR_SUBSIDY, SummaryIncomeLine.BUSINESS, SummaryIncomeLine.OPERATING,
            SummaryIncomeLine.AFFILIATED_REMITTANCE, SummaryIncomeLine.OTHER).stream()
            // the cells made here, not by RuleCatalog.t01: that would start RuleCatalog's initialisation, which
            // adds these rules, while this class is half initialised
            .map(l -> new Part(l == SummaryIncomeLine.GENERAL_BUDGET ? "财政拨款收入" : l.getLabel(),
                    Location.of(TableId.T01, l.getRowKey(), SummaryColumn.INCOME)))
            .collect(Collectors.toUnmodifiableList());
    /** The parts of 本年支出合计 that 三 states with a share. */
    private static final List<Part> EXPENDITURE_PARTS = List.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT,
            ExpenditureColumn.REMITTED_TO_SUPERIOR, ExpenditureColumn.OPERATING,
            ExpenditureColumn.SUBSIDY_TO_AFFILIATED).stream()
            .map(c -> new Part(c.getChineseName(), Location.of(TableId.T03, RowKey.TOTAL, c)))
            .collect(Collectors.toUnmodifiableList());
    /** The parts of 基本支出 that 三 states with a share. */
    private static final List<Part> BASIC_PARTS = List.of(
            new Part("人员经费", Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.PERSONNEL)),
            new Part("公用经费", Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.PUBLIC_USE)));

    private static void shares(RuleRun run) {
        sectionOf(run, Topic.INCOME).ifPresent(s -> partsOf(run, s, "本年收入合计", INCOME_PARTS));
        sectionOf(run, Topic.EXPENDITURE).ifPresent(s -> {
            partsOf(run, s, "本年支出合计", EXPENDITURE_PARTS);
            partsOf(run, s, "基本支出", BASIC_PARTS);
        });
        section(run, Topic.GENERAL_BUDGET).ifPresent(s -> {
            List<ProseFigure> fs = s.getFigures();
            Optional<GeneralBudgetExpenditureTable> t = run.report().getGeneralBudgetExpenditure();
            ProseFigure total = null;
            List<ProseFigure> classes = new ArrayList<>();
            List<FunctionCode> codes = new ArrayList<>();
            List<ProseFigure> percents = new ArrayList<>();
            for (int i = 0; i < fs.size(); i++) {
                ProseFigure f = fs.get(i);
                if (f.getUnit().isMoney() && GENERAL_BUDGET_EXPENDITURE.endOf(f) && classes.isEmpty()) {
                    total = f;
                    continue;
                }
                if (total == null || !f.getUnit().isMoney()) {
                    continue;
                }
                Optional<FunctionCode> code = classCode(run, t, f);
                if (code.isEmpty()) {
                    continue;
                }
                classes.add(f);
                codes.add(code.get());
                ProseFigure share = i + 1 < fs.size() ? fs.get(i + 1) : null;
                percents.add(share != null && share.getUnit() == ProseFigure.Unit.PERCENT
                        && share.getSentence() == f.getSentence() && SHARE.endOf(share) ? share : null);
            }
            if (total == null || classes.isEmpty()) {
                return;
            }
            run.assessed();
            BigDecimal whole = wan(total);
            BigDecimal sumOfShares = BigDecimal.ZERO;
            BigDecimal halfUnits = BigDecimal.ZERO;
            boolean allShares = true;
            for (int i = 0; i < classes.size(); i++) {
                ProseFigure p = percents.get(i);
                if (p == null) {
                    allShares = false;
                    continue;
                }
                sumOfShares = sumOfShares.add(p.getValue());
                halfUnits = halfUnits.add(halfUnit(p.getValue()));
                if (whole.signum() != 0) {
                    share(run, s, Location.of(TableId.T05, RowKey.of(codes.get(i)), GeneralBudgetColumn.TOTAL),
                            classes.get(i), p, total);
                }
            }
            // without 公开05表 (its pages lost, as in 000) the prose's own sums are all there is to check: the
            // 类 listed make up the whole when their shares add up to 100%; with the table, its roll-up rule
            // and NARR.T05.AMOUNTS already check every figure
            if (t.isEmpty() && allShares && classes.size() > 1
                    && sumOfShares.subtract(HUNDRED).abs().compareTo(halfUnits) <= 0) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < classes.size(); i++) {
                    ProseFigure c = classes.get(i);
                    sum = sum.add(wan(c));
                }
                if (sum.compareTo(whole) != 0) {
                    BigDecimal allowance = run.tolerance().allowance(classes.size() + 1);
                    run.prose(Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.TOTAL), sum, whole,
                            allowance, whole.subtract(sum).abs().compareTo(allowance) <= 0, s, total, "narrativeSum",
                            classes.size());
                }
            }
        });
    }

    /** A part the prose may state with its share: the words of its label and the cell it stands for. */
    private record Part(LabelWords label, Location at) {
        Part(String label, Location at) {
            this(LabelWords.of(label), at);
        }
    }

    /**
     * Checks 「part a 万元，占 p%」 against the first figure labelled {@code whole} in the section: p must be
     * a / whole × 100 to the printed decimals.
     */
    private static void partsOf(RuleRun run, NarrativeSection s, String whole, List<Part> parts) {
        List<ProseFigure> fs = s.getFigures();
        Optional<ProseFigure> w = first(run, s, whole);
        if (w.isEmpty() || wan(w.get()).signum() == 0) {
            return;
        }
        for (int i = 0; i + 1 < fs.size(); i++) {
            ProseFigure f = fs.get(i);
            ProseFigure p = fs.get(i + 1);
            if (f == w.get() || !f.getUnit().isMoney() || p.getUnit() != ProseFigure.Unit.PERCENT
                    || p.getSentence() != f.getSentence() || !SHARE.endOf(p)) {
                continue;
            }
            for (int j = 0; j < parts.size(); j++) {
                Part part = parts.get(j);
                if (part.label().endOf(f)) {
                    share(run, s, part.at(), f, p, w.get());
                    break;
                }
            }
        }
    }

    /**
     * Compares a printed share with part / whole × 100 at the share's printed decimals. A share that differs
     * is rounding when the intervals of the three printed figures meet (XBRL Calculations 1.1: each stands
     * for ± half a unit of its last printed digit), a mismatch otherwise; under the exact policy the two
     * amounts are taken as exact and only the share's own rounding is allowed.
     */
    private static void share(RuleRun run, NarrativeSection s, Location at, ProseFigure part, ProseFigure pct,
            ProseFigure wholeFigure) {
        run.assessed();
        // |p - part × 100 / whole| <= half a unit of p, multiplied out by |whole|: exact, and no division
        // for the common case of a share that agrees
        BigDecimal whole = wan(wholeFigure);
        BigDecimal p = pct.getValue();
        BigDecimal a = wan(part);
        if (p.multiply(whole).subtract(a.multiply(HUNDRED)).abs().compareTo(halfUnit(p).multiply(whole.abs())) > 0) {
            BigDecimal exact = a.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
            BigDecimal expected = exact.setScale(Math.max(0, pct.getValue().scale()), RoundingMode.HALF_UP);
            boolean within = false;
            BigDecimal allowance = null;
            if (!run.tolerance().isExact() && a.signum() >= 0 && whole.signum() > 0) {
                BigDecimal ha = halfUnitWan(part);
                BigDecimal hw = halfUnitWan(wholeFigure);
                within = Intervals.shareMeets(p, halfUnit(p), a, ha, whole, hw);
                allowance = within ? Intervals.shareAllowance(p, halfUnit(p), a, ha, whole, hw) : null;
            }
            run.prose(at, expected, pct.getValue(), allowance, within, s, pct, "narrativeShare",
                    RuleRun.plain(wan(part)), RuleRun.plain(whole));
        }
    }

    /** Half a unit of a money figure's last printed digit, in 万元. */
    private static BigDecimal halfUnitWan(ProseFigure f) {
        return f.getUnit().toWanYuan(halfUnit(f.getValue())).abs();
    }

    private static void basic(RuleRun run) {
        run.need(TableId.T05, run.report().getGeneralBudgetExpenditure()).ifPresent(t -> section(run, Topic.BASIC)
                .ifPresent(s -> {
                    first(run, s, BASIC).ifPresent(f -> claim(run, s, f,
                            Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.BASIC),
                            t.getTotal(GeneralBudgetColumn.BASIC)));
                    if (!Checks.printsPersonnelSplit(run, t)) {
                        return; // 人员经费 and 公用经费 are not columns of this 05 (06 carries them)
                    }
                    first(run, s, PERSONNEL).ifPresent(f -> claim(run, s, f,
                            Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.PERSONNEL),
                            t.getTotal(GeneralBudgetColumn.PERSONNEL)));
                    first(run, s, PUBLIC_USE).ifPresent(f -> claim(run, s, f,
                            Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.PUBLIC_USE),
                            t.getTotal(GeneralBudgetColumn.PUBLIC_USE)));
                }));
    }

    private static void threePublic(RuleRun run) {
        run.need(TableId.T09, run.report().getThreePublicExpenses()).ifPresent(t -> section(run, Topic.THREE_PUBLIC)
                .ifPresent(s -> {
                    for (int k = 0; k < PAIRS.length; k++) {
                        pair(run, s, t, PAIR_BUDGETS[k], PAIR_FINALS[k], PAIRS[k][0], PAIRS[k][1]);
                    }
                    first(run, s, VEHICLE_PURCHASE).ifPresent(f -> claim(run, s, f,
                            t09(ThreePublicExpensesColumn.FINAL_VEHICLE_PURCHASE),
                            t.get(ThreePublicExpensesColumn.FINAL_VEHICLE_PURCHASE)));
                    first(run, s, VEHICLE_OPERATION).ifPresent(f -> claim(run, s, f,
                            t09(ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION),
                            t.get(ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION)));
                }));
    }

    /** The 09 columns stated as 「X预算为 a 万元，支出决算为 b 万元」, and the words of X. */
    private static final ThreePublicExpensesColumn[][] PAIRS = {
        {ThreePublicExpensesColumn.BUDGET_TOTAL, ThreePublicExpensesColumn.FINAL_TOTAL},
        {ThreePublicExpensesColumn.BUDGET_OVERSEAS, ThreePublicExpensesColumn.FINAL_OVERSEAS},
        {ThreePublicExpensesColumn.BUDGET_VEHICLES, ThreePublicExpensesColumn.FINAL_VEHICLES},
        {ThreePublicExpensesColumn.BUDGET_RECEPTION, ThreePublicExpensesColumn.FINAL_RECEPTION}};
    private static final String[][] PAIR_SUBJECTS = {{"三公经费财政拨款支出", "三公经费支出", "三公经费"},
        {"因公出国（境）费"}, {"公务用车购置及运行费", "公务用车购置及运行维护费"}, {"公务接待费"}};
    private static final LabelWords[] PAIR_BUDGETS = new LabelWords[PAIRS.length];
    private static final LabelWords[] PAIR_FINALS = new LabelWords[PAIRS.length];

    static {
        for (int k = 0; k < PAIRS.length; k++) {
            PAIR_BUDGETS[k] = LabelWords.of(suffixed(PAIR_SUBJECTS[k], "预算", "预算数", "支出预算"));
            PAIR_FINALS[k] = LabelWords.of(suffixed(PAIR_SUBJECTS[k], "支出决算", "决算", "决算数", "支出决算数"));
        }
    }

    /** 「X预算为 a 万元，支出决算为 b 万元」 or 「X支出决算为 b 万元」. */
    private static void pair(RuleRun run, NarrativeSection s, ThreePublicExpensesTable t, LabelWords budgets,
            LabelWords finals, ThreePublicExpensesColumn budget, ThreePublicExpensesColumn fin) {
        // the budget and the final figure are looked for each on its own: a report may state one without
        // the other, or state the final figure first (「因公出国（境）费支出决算为 0 万元」 before its 预算)
        List<ProseFigure> fs = s.getFigures();
        boolean budgetSeen = false;
        boolean finalSeen = false;
        for (int i = 0; i < fs.size() && !(budgetSeen && finalSeen); i++) {
            ProseFigure f = fs.get(i);
            if (!f.getUnit().isMoney() || !ofThisYear(run, f.getLabel())) {
                continue;
            }
            if (!budgetSeen && budgets.endOf(f)) {
                budgetSeen = true;
                claim(run, s, f, t09(budget), t.get(budget));
                // the next money figure of the sentence, labelled 支出决算 or 决算
                for (int j = i + 1; !finalSeen && j < fs.size() && fs.get(j).getSentence() == f.getSentence(); j++) {
                    ProseFigure g = fs.get(j);
                    if (g.getUnit().isMoney()) {
                        if (FINALS.endOf(g)) {
                            finalSeen = true;
                            claim(run, s, g, t09(fin), t.get(fin));
                        }
                        break;
                    }
                }
            } else if (!finalSeen && finals.endOf(f)) {
                finalSeen = true;
                claim(run, s, f, t09(fin), t.get(fin));
            }
        }
    }

    private static void performance(RuleRun run) {
        List<ProjectPerformanceEvaluation> ps = RuleCatalog.evaluations(run);
        if (ps.isEmpty()) {
            return;
        }
        section(run, Topic.PERFORMANCE).ifPresent(s -> {
            String text = s.getText();
            int[] ends = TextScan.of(s).mentionEnds(s); // found once, kept with the section
            // each named project's paragraph: from its name to the next project's (names in any order)
            int n = 0;
            int[] starts = new int[ps.size()];
            ProjectPerformanceEvaluation[] named = new ProjectPerformanceEvaluation[ps.size()];
            for (int k = 0; k < ps.size(); k++) {
                ProjectPerformanceEvaluation p = ps.get(k);
                int at = projectMention(text, p.getProjectName(), ends);
                if (at >= 0) {
                    starts[n] = at;
                    named[n++] = p;
                }
            }
            for (int a = 0; a < n; a++) {
                int end = text.length();
                for (int b = 0; b < n; b++) {
                    if (starts[b] > starts[a] && starts[b] < end) {
                        end = starts[b];
                    }
                }
                project(run, s, named[a], starts[a], end);
            }
        });
    }

    private static void project(RuleRun run, NarrativeSection s, ProjectPerformanceEvaluation p, int from, int to) {
        FundingRow total = p.findFunding(FundingSource.TOTAL).orElse(null);
        boolean score = false;
        boolean budget = false;
        boolean executed = false;
        boolean rate = false;
        List<ProseFigure> fs = s.getFigures();
        for (int i = firstAt(fs, from); i < fs.size() && fs.get(i).getOffset() < to; i++) {
            ProseFigure f = fs.get(i);
            ProseFigure.Unit unit = f.getUnit();
            if (!score && unit == ProseFigure.Unit.POINTS && SCORES.endOf(f)
                    && !INDICATOR_SCORE.endOf(f)) {
                score = true;
                run.assessed();
                Score printed = p.getTotalScore().orElse(null);
                if (printed != null && printed.getPoints().compareTo(f.getValue()) != 0) {
                    run.prose(Location.ofProject(p.getProjectName(), RowKey.line("总分"), PerformanceColumn.SCORE),
                            printed.getPoints(), f.getValue(), null, false, s, f, "narrative");
                }
            } else if (!budget && unit.isMoney() && FULL_YEAR_BUDGET.endOf(f)) {
                budget = true;
                Amount a = total == null ? null : total.getFullYearBudget().orElse(null);
                if (a != null && !agrees(run, f, a)) {
                    claim(run, s, f, fundingCell(p, total, PerformanceColumn.FULL_YEAR_BUDGET), Optional.of(a));
                }
            } else if (!executed && unit.isMoney() && EXECUTED.endOf(f)) {
                executed = true;
                Amount a = total == null ? null : total.getExecuted().orElse(null);
                if (a != null && !agrees(run, f, a)) {
                    claim(run, s, f, fundingCell(p, total, PerformanceColumn.EXECUTED), Optional.of(a));
                }
            } else if (!rate && unit == ProseFigure.Unit.PERCENT && RATE.endOf(f)) {
                rate = true;
                Rate printed = total == null ? null : total.getExecutionRate().orElse(null);
                if (printed != null) {
                    run.assessed();
                    BigDecimal tableRate = printed.getPercent();
                    if (!agreesToPrintedDecimals(f.getValue(), tableRate)
                            && !agreesToPrintedDecimals(tableRate, f.getValue())) {
                        // either figure may be printed with fewer decimals than the other
                        BigDecimal diff = f.getValue().subtract(tableRate).abs();
                        // the two printed rates stand for intervals that meet when they differ by at most the
                        // sum of their half-widths
                        BigDecimal half = halfUnit(f.getValue()).add(halfUnit(tableRate));
                        run.prose(fundingCell(p, total, PerformanceColumn.EXECUTION_RATE), tableRate,
                                f.getValue(), half, diff.compareTo(half) <= 0, s, f, "narrative");
                    }
                }
            }
        }
    }

    /** The cell of a project's 合计 funding row, made for a finding only. */
    private static Location fundingCell(ProjectPerformanceEvaluation p, FundingRow total, PerformanceColumn column) {
        return Location.ofProject(p.getProjectName(), RuleCatalog.line(total.getLabel()), column);
    }

    // ---- finding the figures

    /** The index of the first figure at or after an offset (figures are in the order of the text). */
    private static int firstAt(List<ProseFigure> fs, int offset) {
        int lo = 0;
        int hi = fs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (fs.get(mid).getOffset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first 第三部分 section on a topic; not assessed when the report has none. */
    private static Optional<NarrativeSection> section(RuleRun run, Topic topic) {
        Optional<NarrativeSection> s = sectionOf(run, topic);
        if (s.isPresent()) {
            return s;
        }
        run.notAssessedBecause("reason.noNarrative", topic.heading);
        return Optional.empty();
    }

    /** The topics, once ({@code values()} makes an array on every call). */
    private static final Topic[] TOPICS = Topic.values();

    /** The key of the sections by topic, shared by the rules of one validation. */
    private static final Object SECTIONS = new Object();

    /** The first 第三部分 section on a topic (the headings are read once per validation). */
    private static Optional<NarrativeSection> sectionOf(RuleRun run, Topic topic) {
        Map<Topic, NarrativeSection> byTopic = run.shared(SECTIONS, k -> {
            Map<Topic, NarrativeSection> m = new EnumMap<>(Topic.class);
            var sections = run.report().getNarrative();
            for (int i = 0; i < sections.size(); i++) {
                NarrativeSection s = sections.get(i);
                if (s.getPart() != ReportPart.EXPLANATION) {
                    continue;
                }
                String heading = compact(s.getHeading());
                for (Topic t : TOPICS) {
                    if (!m.containsKey(t) && t.matches.test(heading)) {
                        m.put(t, s);
                    }
                }
            }
            return m;
        });
        return Optional.ofNullable(byTopic.get(topic));
    }

    /**
     * The first money figure whose label ends with one of the words, leaving out figures of another year
     * (labels with 上年, 去年 or 同期, or that begin with a year other than the report's).
     */
    private static Optional<ProseFigure> first(RuleRun run, NarrativeSection s, LabelWords words) {
        var figures = s.getFigures();
        for (int i = 0; i < figures.size(); i++) {
            ProseFigure f = figures.get(i);
            if (f.getUnit().isMoney() && words.endOf(f) && ofThisYear(run, f.getLabel())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** {@link #first} of one word. */
    private static Optional<ProseFigure> first(RuleRun run, NarrativeSection s, String word) {
        return first(run, s, LabelWords.of(word));
    }

    /** {@link #first}, leaving out figures whose label ends with one of the {@code except} words. */
    private static Optional<ProseFigure> firstExcept(RuleRun run, NarrativeSection s, LabelWords words,
            LabelWords except) {
        List<ProseFigure> figures = s.getFigures();
        for (int i = 0; i < figures.size(); i++) {
            ProseFigure f = figures.get(i);
            if (f.getUnit().isMoney() && words.endOf(f) && !except.endOf(f)
                    && ofThisYear(run, f.getLabel())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static boolean ofThisYear(RuleRun run, String label) {
        // 上年, 去年 or 同期: one pass over the label, not three searches
        for (int i = label.length() - 2; i >= 0; i--) {
            char c = label.charAt(i);
            char d = label.charAt(i + 1);
            if (d == '年' && (c == '上' || c == '去') || c == '同' && d == '期') {
                return false;
            }
        }
        if (label.length() > 4 && label.charAt(4) == '年' && Character.isDigit(label.charAt(0))) {
            return label.startsWith(Integer.toString(run.report().getFiscalYear().getValue()));
        }
        return true;
    }

    /**
     * The common case of {@link #claim}, decided without a location: the figure, in 万元, equals the cell
     * (null = blank = 0); recorded as assessed. False when {@link #claim} must decide.
     */
    private static boolean agrees(RuleRun run, ProseFigure f, Amount cell) {
        if (wan(f).compareTo(cell == null ? BigDecimal.ZERO : cell.toBigDecimal()) != 0) {
            return false;
        }
        run.assessed();
        return true;
    }

    /**
     * Compares a money figure of the prose with its cell (a blank cell is 0). Prose drops trailing zeros
     * (6209.1 for 6209.10) but does not round 万元, so the figure must equal the cell, within the
     * tolerance's allowance for one rounded figure; a figure in 亿元 may differ by half a unit of its
     * last printed digit plus the cell's half cent, where the two intervals meet (reported as rounding).
     */
    static void claim(RuleRun run, NarrativeSection s, ProseFigure f, Location at, Optional<Amount> cell) {
        BigDecimal expected = cell.map(Amount::toBigDecimal).orElse(BigDecimal.ZERO);
        BigDecimal stated = wan(f);
        if (stated.compareTo(expected) == 0) {
            run.assessed();
            return;
        }
        if (f.getUnit() == ProseFigure.Unit.YUAN && f.getValue().compareTo(expected) == 0) {
            // the figure as stated, in 万元, is the printed number / 10000
            run.prose(at, expected, stated, null, false, s, f, "narrativeUnit");
            return;
        }
        // a figure in 亿元 stands for the interval of its last printed digit: it meets the cell's when they
        // differ by at most the two half-widths; a figure in 万元 only drops trailing zeros (see docs/rounding.md)
        BigDecimal allowance = run.tolerance().isExact() ? BigDecimal.ZERO
                : f.getUnit() == ProseFigure.Unit.YI_YUAN ? halfUnitWan(f).add(Tolerance.HALF_CENT)
                : run.tolerance().allowance(1);
        run.prose(at, expected, stated, allowance, stated.subtract(expected).abs().compareTo(allowance) <= 0, s, f,
                "narrative");
    }

    /**
     * Tells whether a figure printed with fewer decimals is the other figure rounded to them: prose that
     * prints 6209.1 for 6209.10, or 99.4% for 99.44%, agrees with the table.
     */
    private static boolean agreesToPrintedDecimals(BigDecimal printed, BigDecimal exact) {
        int k = Math.max(0, printed.scale());
        return printed.compareTo(exact) == 0
                || exact.scale() > k && exact.setScale(k, RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    /** The figure in 万元. */
    private static BigDecimal wan(ProseFigure f) {
        return f.getUnit().toWanYuan(f.getValue());
    }

    /** Half a unit of the last printed digit: 0.05 for 76.4, 0.5 for 100. */
    private static BigDecimal halfUnit(BigDecimal printed) {
        return Intervals.halfUnit(printed);
    }

    private static Location t09(ThreePublicExpensesColumn c) {
        return T09_CELLS.get(c);
    }

    /** The cells of 09, made once. */
    private static final Map<ThreePublicExpensesColumn, Location> T09_CELLS = new EnumMap<>(
            ThreePublicExpensesColumn.class);

    static {
        for (ThreePublicExpensesColumn c : ThreePublicExpensesColumn.values()) {
            T09_CELLS.put(c, Location.of(TableId.T09, ThreePublicExpensesTable.ROW, c));
        }
    }

    private static String[] suffixed(String[] subjects, String... suffixes) {
        String[] out = new String[subjects.length * suffixes.length];
        int k = 0;
        for (String s : subjects) {
            for (String x : suffixes) {
                out[k++] = s + x;
            }
        }
        return out;
    }

    /** The key of the 05 类 rows by name, shared by the rules of one validation. */
    private static final Object CLASS_NAMES = new Object();

    /** The key of the 05 类 row of each figure, shared by the rules of one validation. */
    private static final Object CLASS_OF_FIGURE = new Object();

    /**
     * The 类 row of 05 that a figure's label names, found once per figure and validation (NARR.T05.AMOUNTS
     * and NARR.SHARES both ask).
     */
    private static Optional<GeneralBudgetExpenditureRow> classOf(RuleRun run, GeneralBudgetExpenditureTable t,
            ProseFigure f) {
        Map<ProseFigure, Optional<GeneralBudgetExpenditureRow>> memo = run.shared(CLASS_OF_FIGURE,
                k -> new IdentityHashMap<>());
        Optional<GeneralBudgetExpenditureRow> row = memo.get(f);
        if (row == null) {
            row = classOf(run, t, f.getLabel());
            memo.put(f, row);
        }
        return row;
    }

    /** The 05 类 rows by {@link #name}, and the last character of each name. */
    private record ClassNames(Map<String, GeneralBudgetExpenditureRow> byName, String lastChars) {
    }

    /** The 类 row of 05 printed (or named by the catalog) as the label. */
    private static Optional<GeneralBudgetExpenditureRow> classOf(RuleRun run, GeneralBudgetExpenditureTable t,
            String label) {
        ClassNames names = run.shared(CLASS_NAMES, k -> {
            Map<String, GeneralBudgetExpenditureRow> m = new HashMap<>();
            var rows = t.getRows();
            for (int i = 0; i < rows.size(); i++) {
                GeneralBudgetExpenditureRow row = rows.get(i);
                if (row.getCode().getLevel() == CodeLevel.CLASS) {
                    run.functionCatalog().nameOf(row.getCode()).ifPresent(n -> m.putIfAbsent(name(n), row));
                }
            }
            // the printed name wins over the catalog's
            for (int i = 0; i < rows.size(); i++) {
                GeneralBudgetExpenditureRow row = rows.get(i);
                if (row.getCode().getLevel() == CodeLevel.CLASS) {
                    m.put(name(row.getName()), row);
                }
            }
            StringBuilder last = new StringBuilder();
            for (String n : m.keySet()) {
                if (!n.isEmpty()) {
                    last.append(n.charAt(n.length() - 1));
                }
            }
            return new ClassNames(m, last.toString());
        });
        // most money figures of 五 name no 类 (「…（项）年初预算」): a label whose name would end with a character
        // that ends no 类 name cannot name one, and is not normalised
        char end = plainEnd(label);
        if (end != 0 && names.lastChars().indexOf(end) < 0) {
            return Optional.empty();
        }
        String l = name(classLabel(label));
        if (l.isEmpty()) {
            return Optional.empty();
        }
        Map<String, GeneralBudgetExpenditureRow> byName = names.byName();
        GeneralBudgetExpenditureRow row = byName.get(l);
        if (row == null) {
            // a heading or a clause glued before the name: the longest name the label ends with
            String best = "";
            for (Map.Entry<String, GeneralBudgetExpenditureRow> e : byName.entrySet()) {
                if (e.getKey().length() > Math.max(1, best.length()) && l.endsWith(e.getKey())) {
                    best = e.getKey();
                    row = e.getValue();
                }
            }
        }
        return Optional.ofNullable(row);
    }

    /**
     * The last character of {@code name(classLabel(label))} when it is plainly the label's last ideograph
     * (after white space): not a bracket of 「（类）」, not a 出 (of a 支出 that {@link #name} drops), nothing
     * that normalisation folds; 0 when that is not plain (then the name is worked out in full).
     */
    static char plainEnd(String label) {
        int i = label.length() - 1;
        while (i >= 0 && isSpace(label.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return 0;
        }
        char c = label.charAt(i);
        if (c < '\u4E00' || c > '\u9FFF' || c == '类' || c == '出') { // 出: 支出, even across white space
            return 0;
        }
        return c;
    }

    /** A 类 as the prose names it, without 「（类）」 and a leading 其中: 「一般公共服务（类）支出」. */
    private static String classLabel(String label) {
        String l = label.replace("（类）", "").replace("(类)", "");
        return l.startsWith("其中") ? l.substring(2) : l;
    }

    /** The 类 code the label names: a 05 row's printed name or the catalog's name of a 类. */
    private static Optional<FunctionCode> classCode(RuleRun run, Optional<GeneralBudgetExpenditureTable> t,
            ProseFigure f) {
        String label = f.getLabel();
        if (t.isPresent()) {
            Optional<GeneralBudgetExpenditureRow> row = classOf(run, t.get(), f);
            if (row.isPresent()) {
                return Optional.of(row.get().getCode());
            }
        }
        String l = classLabel(label);
        if (l.isEmpty() || !l.endsWith("支出")) {
            return Optional.empty();
        }
        var codes = run.functionCatalog().codesNamed(l);
        for (int i = 0; i < codes.size(); i++) {
            FunctionCode c = codes.get(i);
            if (c.getLevel() == CodeLevel.CLASS) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The 项 row of 05 printed with the name, under a 款 printed with the section name when several match. */
    /** A 项 row of 05 and the name of its 款 (null when the 款 row is not printed). */
    private record Item(GeneralBudgetExpenditureRow row, String sectionName) {
    }

    /** The key of the 05 项 rows by name, shared by the rules of one validation. */
    private static final Object ITEM_NAMES = new Object();

    private static Optional<GeneralBudgetExpenditureRow> itemRow(RuleRun run, GeneralBudgetExpenditureTable t,
            String item, String section) {
        // the 项 rows by name, and the name of each one's 款, found once per validation (not per item: a
        // report of hundreds of 项 would make that quadratic)
        Map<String, List<Item>> byName = run.shared(ITEM_NAMES, k -> {
            Map<String, String> sectionNames = new HashMap<>();
            var rows = t.getRows();
            for (int i = 0; i < rows.size(); i++) {
                GeneralBudgetExpenditureRow row = rows.get(i);
                if (row.getCode().getLevel() == CodeLevel.SECTION) {
                    sectionNames.put(row.getCode().toString(), name(row.getName()));
                }
            }
            Map<String, List<Item>> m = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                GeneralBudgetExpenditureRow row = rows.get(i);
                if (row.getCode().getLevel() == CodeLevel.ITEM) {
                    String parent = row.getCode().getParent().map(c -> sectionNames.get(c.toString())).orElse(null);
                    m.computeIfAbsent(name(row.getName()), x -> new java.util.ArrayList<>())
                            .add(new Item(row, parent));
                }
            }
            return m;
        });
        List<Item> rows = byName.getOrDefault(name(item), List.of());
        if (rows.size() == 1) {
            return Optional.of(rows.get(0).row());
        }
        String k = name(section);
        for (int i = 0; i < rows.size(); i++) {
            Item r = rows.get(i);
            if (k.equals(r.sectionName())) {
                return Optional.of(r.row());
            }
        }
        return Optional.empty();
    }

    /**
     * A name as the prose and the tables may both print it: {@link Text#normaliseName} (no white space,
     * full-width brackets folded) without a trailing 支出 (05 prints 「机关事业单位基本养老保险缴费支出」 where the prose says
     * 「机关事业单位基本养老保险缴费（项）」).
     */
    static String name(String printed) {
        String c = Text.normaliseName(printed);
        return c.endsWith("支出") && c.length() > 2 ? c.substring(0, c.length() - 2) : c;
    }

    /** The index of 「（项）」 (or 「(项)」) from {@code from}, -1 if none. */
    private static int indexOfMarker(String text, int from, String level) {
        char l = level.charAt(0);
        // the level's character (String.indexOf is vectorised), then its brackets
        for (int j = text.indexOf(l, Math.max(0, from) + 1); j >= 0 && j + 1 < text.length(); j = text.indexOf(l, j + 1)) {
            char open = text.charAt(j - 1);
            char close = text.charAt(j + 1);
            if ((open == '（' || open == '(') && (close == '）' || close == ')')) {
                return j - 1;
            }
        }
        return -1;
    }

    /** The index of the last 「（款）」 (or 「(款)」) that starts in {@code [from, before)}, -1 if none. */
    private static int lastMarker(String text, int before, int from, String level) {
        char l = level.charAt(0);
        for (int j = text.lastIndexOf(l, Math.min(before, text.length() - 2)); j >= from + 1; j = text.lastIndexOf(l, j - 1)) {
            char open = text.charAt(j - 1);
            char close = text.charAt(j + 1);
            if ((open == '（' || open == '(') && (close == '）' || close == ')')) {
                return j - 1;
            }
        }
        return -1;
    }

    /**
     * Where a project's name may end in a text: before 自评, 项目自评, 绩效自评 or 项目绩效自评 (white space allowed
     * between), in ascending order. Found in one pass over the text, so that each project is looked for only
     * there (searching the whole section once per project cost 10 µs for 001's 16 projects).
     */
    static int[] mentionEnds(String text) {
        int[] ends = new int[16];
        int n = 0;
        for (int q = text.indexOf("自评"); q >= 0; q = text.indexOf("自评", q + 1)) {
            int e0 = backSpace(text, q);
            n = insert(ends = room(ends, n), n, e0);
            if (text.startsWith("绩效", e0 - 2)) {
                int e1 = backSpace(text, e0 - 2);
                n = insert(ends = room(ends, n), n, e1);
                if (text.startsWith("项目", e1 - 2)) {
                    n = insert(ends = room(ends, n), n, backSpace(text, e1 - 2));
                }
            }
            if (text.startsWith("项目", e0 - 2)) {
                n = insert(ends = room(ends, n), n, backSpace(text, e0 - 2));
            }
        }
        return java.util.Arrays.copyOf(ends, n);
    }

    /** The array, grown when it has no room for one more. */
    private static int[] room(int[] a, int n) {
        return n < a.length ? a : java.util.Arrays.copyOf(a, 2 * a.length);
    }

    /**
     * Inserts a value into the first {@code n} values of an ascending array without duplicates, keeping it so;
     * the new count. The ends come nearly in order (each 自评 after the last), so this seldom moves any.
     */
    private static int insert(int[] a, int n, int v) {
        int i = n;
        while (i > 0 && a[i - 1] > v) {
            i--;
        }
        if (i > 0 && a[i - 1] == v) {
            return n;
        }
        System.arraycopy(a, i, a, i + 1, n - i);
        a[i] = v;
        return n + 1;
    }

    /** The index after the last character before {@code i} that is not white space. */
    private static int backSpace(String text, int i) {
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Where the paragraph of a project begins: its name followed by 自评 (white space ignored), -1 if not
     * named; the first such place, looked for at the {@link #mentionEnds} only.
     */
    static int projectMention(String text, String name, int[] ends) {
        String n = compact(name);
        if (n.isEmpty()) {
            return -1;
        }
        int length = n.length();
        char first = n.charAt(0);
        char last = n.charAt(length - 1);
        for (int e : ends) {
            int at = e - length;
            if (at >= 0 && text.charAt(e - 1) == last && text.charAt(at) == first && text.startsWith(n, at)
                    && followedBySelfEvaluation(text, e) && startsClause(text, at)) {
                return at;
            }
        }
        return -1;
    }

    private static final String[] BEFORE_SELF_EVALUATION = {"项目", "绩效"};

    /** Tells whether 自评, 项目自评, 绩效自评 or 项目绩效自评 follows {@code i} (white space ignored). */
    private static boolean followedBySelfEvaluation(String text, int i) {
        int after = skipSpace(text, i);
        for (String word : BEFORE_SELF_EVALUATION) {
            if (text.startsWith(word, after)) {
                after = skipSpace(text, after + word.length());
            }
        }
        return text.startsWith("自评", after);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Tells whether the text before {@code at} ends a paragraph, a clause or a list number. */
    static boolean startsClause(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = text.charAt(k);
        return c == '\n' || c == '\r' || c == '。' || c == '：' || c == ':' || c == '；' || c == '，' || c == '、'
                || c == '）' || c == ')' || c == '.' || c == '．' || c == '\u3000' || c == '“' || c == '》';
    }

    /** The text without white space. */
    static String compact(String s) {
        boolean space = false;
        for (int i = 0; i < s.length() && !space; i++) {
            space = isSpace(s.charAt(i));
        }
        if (!space) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** White space or the ideographic space (no white space lies above U+3000, where the text's characters are). */
    private static boolean isSpace(char c) {
        return c <= '\u3000' && (c == '\u3000' || Character.isWhitespace(c));
    }

    // ---- the words that labels end with, as constants (a varargs call would make its array every time)

    private static final LabelWords BOTH_TOTALS = LabelWords.of("收、支总计", "收支总计", "收入、支出总计", "收入支出总计", "收入和支出总计");
    private static final LabelWords FUND_INCOME_TOTAL = LabelWords.of("预算财政拨款收入总计");
    private static final LabelWords BOTH_TOTALS_OR_FUND_EXPENDITURE_TOTAL = LabelWords.of("收、支总计", "收支总计", "收入、支出总计",
        "收入支出总计", "收入和支出总计", "预算财政拨款支出总计");
    private static final LabelWords FISCAL_INCOME = LabelWords.of("财政拨款收入");
    private static final LabelWords BUDGET_FISCAL_INCOME = LabelWords.of("预算财政拨款收入");
    private static final LabelWords FINAL = LabelWords.of("支出决算");
    private static final LabelWords GENERAL_BUDGET_EXPENDITURE = LabelWords.of("一般公共预算财政拨款支出");
    private static final LabelWords SHARE = LabelWords.of("占", "占比");
    private static final LabelWords FINALS = LabelWords.of("支出决算", "决算", "决算数");
    private static final LabelWords SCORES = LabelWords.of("自评得分", "自评总分", "总分", "评价得分", "绩效得分");
    private static final LabelWords INDICATOR_SCORE = LabelWords.of("指标得分");
    private static final LabelWords FULL_YEAR_BUDGET = LabelWords.of("全年预算数", "全年预算", "项目预算数");
    private static final LabelWords EXECUTED = LabelWords.of("执行数");
    private static final LabelWords RATE = LabelWords.of("完成预算的", "执行率");
    private static final LabelWords INCOME_GRAND_TOTAL = LabelWords.of("收入总计");
    private static final LabelWords EXPENDITURE_GRAND_TOTAL = LabelWords.of("支出总计");
    private static final LabelWords TOTAL_INCOME = LabelWords.of("本年收入合计");
    private static final LabelWords TOTAL_EXPENDITURE = LabelWords.of("本年支出合计");
    private static final LabelWords BASIC = LabelWords.of("基本支出");
    private static final LabelWords PERSONNEL = LabelWords.of("人员经费");
    private static final LabelWords PUBLIC_USE = LabelWords.of("公用经费");
    private static final LabelWords VEHICLE_PURCHASE = LabelWords.of("公务用车购置费支出", "公务用车购置费支出决算", "公务用车购置支出");
    private static final LabelWords VEHICLE_OPERATION = LabelWords.of("公务用车运行维护费支出", "公务用车运行维护费支出决算",
        "公务用车运行维护支出");
}
