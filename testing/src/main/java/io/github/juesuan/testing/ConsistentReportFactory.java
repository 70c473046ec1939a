package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.EconomicCatalog;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
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
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a report that satisfies every invariant of domain.md exactly, from a small description
 * ({@link ReportSpec}): the leaf 项 with their personnel, public-use and project expenditure and
 * their non-appropriated income. Everything else (款 and 类 roll-ups, 合计 rows, 01, 04, 06, 09,
 * the 绩效自评表) is derived, so a shrunk spec still gives a consistent report.
 */
final class ConsistentReportFactory {

    private ConsistentReportFactory() {
    }

    static FinalAccountReport build(ReportSpec spec) {
        FiscalYear year = FiscalYear.of(spec.year);
        TableEdition edition = TableEdition.forYear(spec.year);
        FunctionCatalog catalog = FunctionCatalog.forYear(year);

        // leaf figures by 项, in code order
        TreeMap<FunctionCode, long[]> leaves = new TreeMap<>();
        for (ReportSpec.Leaf l : spec.leaves) {
            leaves.put(l.item, new long[] {l.personnel, l.publicUse, l.project, l.otherIncome});
        }
        // roll up to 款 and 类: [personnel, publicUse, project, otherIncome]
        TreeMap<FunctionCode, long[]> all = new TreeMap<>();
        for (Map.Entry<FunctionCode, long[]> e : leaves.entrySet()) {
            FunctionCode c = e.getKey();
            add(all, c, e.getValue());
            add(all, c.getSectionCode().orElseThrow(), e.getValue());
            add(all, c.getClassCode(), e.getValue());
        }
        long[] grand = new long[4];
        for (Map.Entry<FunctionCode, long[]> e : all.entrySet()) {
            if (e.getKey().getLevel() == io.github.juesuan.classification.CodeLevel.CLASS) {
                for (int i = 0; i < 4; i++) {
                    grand[i] += e.getValue()[i];
                }
            }
        }
        long fiscal = grand[0] + grand[1] + grand[2];
        long other = grand[3];
        long beginning = spec.beginningBalance;

        FinalAccountReport.Builder b = FinalAccountReport.builder()
                .department(spec.department)
                .fiscalYear(year)
                .scope(spec.consolidated ? ReportScope.CONSOLIDATED : ReportScope.SELF)
                .addConsolidatedUnits(spec.department);

        // 02 收入决算表: fiscal income = expenditure of the row; other income on top
        IncomeTable.Builder t02 = IncomeTable.builder().edition(edition)
                .total(amounts(IncomeColumn.class, spec.blankZeros,
                        IncomeColumn.TOTAL, fiscal + other, IncomeColumn.FISCAL_APPROPRIATION, fiscal,
                        IncomeColumn.OTHER, other));
        // 03 支出决算表
        ExpenditureTable.Builder t03 = ExpenditureTable.builder().edition(edition)
                .total(amounts(ExpenditureColumn.class, spec.blankZeros,
                        ExpenditureColumn.TOTAL, fiscal, ExpenditureColumn.BASIC, grand[0] + grand[1],
                        ExpenditureColumn.PROJECT, grand[2]));
        // 05 一般公共预算财政拨款支出决算表
        GeneralBudgetExpenditureTable.Builder t05 = GeneralBudgetExpenditureTable.builder().edition(edition)
                .total(amounts(GeneralBudgetColumn.class, spec.blankZeros,
                        GeneralBudgetColumn.TOTAL, fiscal, GeneralBudgetColumn.BASIC, grand[0] + grand[1],
                        GeneralBudgetColumn.PERSONNEL, grand[0], GeneralBudgetColumn.PUBLIC_USE, grand[1],
                        GeneralBudgetColumn.PROJECT, grand[2]));
        for (Map.Entry<FunctionCode, long[]> e : all.entrySet()) {
            FunctionCode c = e.getKey();
            long[] v = e.getValue();
            String name = catalog.nameOf(c).orElse("科目" + c);
            long exp = v[0] + v[1] + v[2];
            t02.addRows(IncomeRow.builder().code(c).name(name).amounts(amounts(IncomeColumn.class, spec.blankZeros,
                    IncomeColumn.TOTAL, exp + v[3], IncomeColumn.FISCAL_APPROPRIATION, exp,
                    IncomeColumn.OTHER, v[3])).build());
            t03.addRows(ExpenditureRow.builder().code(c).name(name).amounts(amounts(ExpenditureColumn.class,
                    spec.blankZeros, ExpenditureColumn.TOTAL, exp, ExpenditureColumn.BASIC, v[0] + v[1],
                    ExpenditureColumn.PROJECT, v[2])).build());
            t05.addRows(GeneralBudgetExpenditureRow.builder().code(c).name(name).amounts(amounts(
                    GeneralBudgetColumn.class, spec.blankZeros, GeneralBudgetColumn.TOTAL, exp,
                    GeneralBudgetColumn.BASIC, v[0] + v[1], GeneralBudgetColumn.PERSONNEL, v[0],
                    GeneralBudgetColumn.PUBLIC_USE, v[1], GeneralBudgetColumn.PROJECT, v[2])).build());
        }
        b.income(t02.build()).expenditure(t03.build()).generalBudgetExpenditure(t05.build());

        // 01 收入支出决算总表
        IncomeExpenditureSummaryTable.Builder t01 = IncomeExpenditureSummaryTable.builder().edition(edition);
        putIf(t01, SummaryIncomeLine.GENERAL_BUDGET, fiscal, spec.blankZeros);
        putIf(t01, SummaryIncomeLine.OTHER, other, spec.blankZeros);
        putIf(t01, SummaryIncomeLine.TOTAL_INCOME, fiscal + other, spec.blankZeros);
        putIf(t01, SummaryIncomeLine.BEGINNING_BALANCE, beginning, spec.blankZeros);
        putIf(t01, SummaryIncomeLine.GRAND_TOTAL, fiscal + other + beginning, spec.blankZeros);
        // 04 财政拨款收入支出决算总表
        FiscalSummaryTable.Builder t04 = FiscalSummaryTable.builder().edition(edition);
        putIf(t04, FiscalIncomeLine.GENERAL_BUDGET, fiscal, spec.blankZeros);
        putIf(t04, FiscalIncomeLine.TOTAL_INCOME, fiscal, spec.blankZeros);
        putIf(t04, FiscalIncomeLine.BEGINNING_BALANCE, beginning, spec.blankZeros);
        putIf(t04, FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, beginning, spec.blankZeros);
        putIf(t04, FiscalIncomeLine.GRAND_TOTAL, fiscal + beginning, spec.blankZeros);
        int ordinal = 0;
        for (Map.Entry<FunctionCode, long[]> e : all.entrySet()) {
            FunctionCode c = e.getKey();
            if (c.getLevel() != io.github.juesuan.classification.CodeLevel.CLASS) {
                continue;
            }
            long exp = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
            String label = ORDINALS[Math.min(ordinal++, ORDINALS.length - 1)] + "、"
                    + catalog.nameOf(c).orElse("科目" + c);
            Map<io.github.juesuan.report.SummaryColumn, Amount> s = new EnumMap<>(io.github.juesuan.report.SummaryColumn.class);
            if (exp != 0 || !spec.blankZeros) {
                s.put(io.github.juesuan.report.SummaryColumn.EXPENDITURE, cents(exp));
            }
            t01.addExpenditureRows(SummaryExpenditureRow.builder().code(c).name(label).amounts(s).build());
            t04.addExpenditureRows(FiscalSummaryRow.builder().code(c).name(label).amounts(amounts(
                    FiscalSummaryColumn.class, spec.blankZeros, FiscalSummaryColumn.EXPENDITURE_TOTAL, exp,
                    FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, exp)).build());
        }
        putIf(t01, SummaryExpenditureLine.TOTAL_EXPENDITURE, fiscal, spec.blankZeros);
        putIf(t01, SummaryExpenditureLine.ENDING_BALANCE, other + beginning, spec.blankZeros);
        putIf(t01, SummaryExpenditureLine.GRAND_TOTAL, fiscal + other + beginning, spec.blankZeros);
        t04.putExpenditureLines(FiscalExpenditureLine.TOTAL_EXPENDITURE, amounts(FiscalSummaryColumn.class,
                spec.blankZeros, FiscalSummaryColumn.EXPENDITURE_TOTAL, fiscal,
                FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, fiscal));
        t04.putExpenditureLines(FiscalExpenditureLine.ENDING_BALANCE, amounts(FiscalSummaryColumn.class,
                spec.blankZeros, FiscalSummaryColumn.EXPENDITURE_TOTAL, beginning,
                FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, beginning));
        t04.putExpenditureLines(FiscalExpenditureLine.GRAND_TOTAL, amounts(FiscalSummaryColumn.class,
                spec.blankZeros, FiscalSummaryColumn.EXPENDITURE_TOTAL, fiscal + beginning,
                FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, fiscal + beginning));
        b.summary(t01.build()).fiscalSummary(t04.build());

        // 06 and 09: personnel split over 30101/30102/30302, public use over 30201/30212/30217/30231
        long personnel = grand[0];
        long publicUse = grand[1];
        long overseas = publicUse / 10;
        long vehicleOperation = publicUse / 5;
        long reception = publicUse / 20;
        long office = publicUse - overseas - vehicleOperation - reception;
        long salary = personnel * 6 / 10;
        long allowance = personnel * 3 / 10;
        long pension = personnel - salary - allowance;
        Map<String, Long> econ = new LinkedHashMap<>();
        econ.put("301", salary + allowance);
        econ.put("30101", salary);
        econ.put("30102", allowance);
        econ.put("302", publicUse);
        econ.put("30201", office);
        econ.put("30212", overseas);
        econ.put("30217", reception);
        econ.put("30231", vehicleOperation);
        econ.put("303", pension);
        econ.put("30302", pension);
        EconomicCatalog ecat = EconomicCatalog.forYear(year);
        BasicExpenditureDetailTable.Builder t06 = BasicExpenditureDetailTable.builder().edition(edition);
        new TreeMap<>(econ).forEach((code, v) -> {
            EconomicCode ec = EconomicCode.of(code);
            t06.addRows(BasicExpenditureRow.builder().code(ec).name(ecat.nameOf(ec).orElse("科目" + code))
                    .amounts(amounts(io.github.juesuan.report.BasicExpenditureColumn.class, spec.blankZeros,
                            io.github.juesuan.report.BasicExpenditureColumn.AMOUNT, v))
                    .build());
        });
        if (personnel != 0 || !spec.blankZeros) {
            t06.personnelTotal(cents(personnel));
        }
        if (publicUse != 0 || !spec.blankZeros) {
            t06.publicUseTotal(cents(publicUse));
        }
        b.basicExpenditureDetail(t06.build());
        long vehicles = vehicleOperation;
        long threeTotal = overseas + vehicles + reception;
        b.threePublicExpenses(ThreePublicExpensesTable.builder().amounts(amounts(ThreePublicExpensesColumn.class,
                spec.blankZeros,
                ThreePublicExpensesColumn.BUDGET_TOTAL, threeTotal + spec.threeBudgetSlack,
                ThreePublicExpensesColumn.BUDGET_OVERSEAS, overseas,
                ThreePublicExpensesColumn.BUDGET_VEHICLES, vehicles + spec.threeBudgetSlack,
                ThreePublicExpensesColumn.BUDGET_VEHICLE_PURCHASE, spec.threeBudgetSlack,
                ThreePublicExpensesColumn.BUDGET_VEHICLE_OPERATION, vehicles,
                ThreePublicExpensesColumn.BUDGET_RECEPTION, reception,
                ThreePublicExpensesColumn.FINAL_TOTAL, threeTotal,
                ThreePublicExpensesColumn.FINAL_OVERSEAS, overseas,
                ThreePublicExpensesColumn.FINAL_VEHICLES, vehicles,
                ThreePublicExpensesColumn.FINAL_VEHICLE_PURCHASE, 0L,
                ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION, vehicles,
                ThreePublicExpensesColumn.FINAL_RECEPTION, reception)).build());

        // 07 and 08: declared empty, with a blank 合计 row as the templates print it
        b.governmentFund(GovernmentFundTable.builder().edition(edition)
                .emptyStatement("本单位没有政府性基金预算财政拨款。").total(Map.of()).build());
        b.stateCapital(StateCapitalTable.builder().edition(edition)
                .emptyStatement("本单位没有国有资本经营预算财政拨款。").total(Map.of()).build());

        for (ReportSpec.Project p : spec.projects) {
            b.addPerformanceEvaluations(evaluation(p, spec.department));
        }
        b.addNarrative(NarrativeSection.of(ReportPart.EXPLANATION, "一、收入支出决算总体情况说明",
                spec.year + "年度收入、支出总计" + cents(fiscal + other + beginning) + "万元。"));
        return b.build();
    }

    private static ProjectPerformanceEvaluation evaluation(ReportSpec.Project p, String department) {
        Amount budget = cents(p.budget);
        Amount executed = cents(p.executed);
        Rate rate = p.budget == 0 ? Rate.ofPercent(BigDecimal.ZERO)
                : Rate.ratio(executed, budget, 2);
        ProjectPerformanceEvaluation.Builder e = ProjectPerformanceEvaluation.builder()
                .projectName(p.name).competentDepartment(department).implementingUnit(department)
                .expectedGoal("完成" + p.name + "年度任务。").actualOutcome("已完成。");
        boolean weighted = p.weighted;
        e.addFunding(FundingRow.builder().source(FundingSource.TOTAL).initialBudget(budget).fullYearBudget(budget)
                .executed(executed).executionRate(rate).score(Score.of(weighted ? 10 : 0)).build());
        e.addFunding(FundingRow.builder().source(FundingSource.CURRENT_APPROPRIATION).initialBudget(budget)
                .fullYearBudget(budget).executed(executed).executionRate(rate).build());
        e.addFunding(FundingRow.builder().source(FundingSource.PRIOR_YEAR_CARRYOVER).initialBudget(Amount.ZERO)
                .fullYearBudget(Amount.ZERO).executed(Amount.ZERO).executionRate(Rate.ofPercent(BigDecimal.ZERO))
                .build());
        e.addFunding(FundingRow.builder().source(FundingSource.OTHER).initialBudget(Amount.ZERO)
                .fullYearBudget(Amount.ZERO).executed(Amount.ZERO).executionRate(Rate.ofPercent(BigDecimal.ZERO))
                .build());
        // weights of the indicators add up to 90 (the funds carry 10)
        int n = p.indicatorScores.size();
        long totalScore = weighted ? 10 : 0;
        for (int i = 0; i < n; i++) {
            long weight = i < n - 1 ? 90 / n : 90 - (90 / n) * (n - 1);
            long score = Math.min(weight, p.indicatorScores.get(i));
            PerformanceIndicator.Builder ind = PerformanceIndicator.builder()
                    .level1(i % 2 == 0 ? "产出指标" : "效益指标").level2(i % 2 == 0 ? "数量指标" : "社会效益指标")
                    .name("指标" + (i + 1)).target("≥" + (90 + i) + "%").actual((90 + i + (score < weight ? -5 : 1)) + "%");
            if (weighted) {
                ind.weight(Score.of(weight)).score(Score.of(score));
                totalScore += score;
            }
            e.addIndicators(ind.build());
        }
        if (weighted) {
            e.totalScore(Score.of(totalScore));
        }
        return e.build();
    }

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二",
        "二十三", "二十四", "二十五", "二十六"};

    private static void add(Map<FunctionCode, long[]> m, FunctionCode c, long[] v) {
        long[] t = m.computeIfAbsent(c, k -> new long[4]);
        for (int i = 0; i < 4; i++) {
            t[i] += v[i];
        }
    }

    static Amount cents(long cents) {
        return Amount.of(BigDecimal.valueOf(cents, 2));
    }

    @SafeVarargs
    private static <C extends Enum<C>> Map<C, Amount> amounts(Class<C> type, boolean blankZeros, Object... pairs) {
        Map<C, Amount> m = new EnumMap<>(type);
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            C c = (C) pairs[i];
            long v = (Long) pairs[i + 1];
            if (v != 0 || !blankZeros) {
                m.put(c, cents(v));
            }
        }
        return m;
    }

    private static void putIf(IncomeExpenditureSummaryTable.Builder b, SummaryIncomeLine l, long v, boolean blankZeros) {
        if (v != 0 || !blankZeros) {
            b.putIncome(l, cents(v));
        }
    }

    private static void putIf(IncomeExpenditureSummaryTable.Builder b, SummaryExpenditureLine l, long v,
            boolean blankZeros) {
        if (v != 0 || !blankZeros) {
            b.putExpenditureLines(l, cents(v));
        }
    }

    private static void putIf(FiscalSummaryTable.Builder b, FiscalIncomeLine l, long v, boolean blankZeros) {
        if (v != 0 || !blankZeros) {
            b.putIncome(l, cents(v));
        }
    }

    static List<FunctionCode> itemCodes(int edition) {
        List<FunctionCode> out = new ArrayList<>();
        FunctionCatalog.edition(edition).entries().forEach(e -> {
            if (e.getCode().getLevel() == io.github.juesuan.classification.CodeLevel.ITEM) {
                out.add(e.getCode());
            }
        });
        return out;
    }
}
