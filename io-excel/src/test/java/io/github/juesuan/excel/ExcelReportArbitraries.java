package io.github.juesuan.excel;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
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
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.StateCapitalRow;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.report.UnitKind;
import io.github.juesuan.report.VehicleCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Reports exercising what {@code ReportArbitraries.consistentReports()} does not: every table
 * with random figures (blank versus zero), 07 and 08 in both editions with figures, declared-empty
 * tables with notes, 合计 rows absent or blank, prose, 第三部分 facts, duties and bodies, and
 * 绩效自评表 with rates and scores of several scales. Figures need not add up.
 */
final class ExcelReportArbitraries {

    private static final String[] NAMES = {"行政运行", "一般行政管理事务", "机关服务", "其他政府办公厅（室）及相关机构事务支出",
        "事业运行", "住房公积金", "科目“甲”", "Name with ASCII & <xml> chars"};
    private static final String[] TEXTS = {"完成年度任务。", "已完成。", "按时完成各项工作，群众满意度较高。", "",
        "多行\n文本", "含有“引号”和<尖括号>&符号"};

    private ExcelReportArbitraries() {
    }

    static Arbitrary<FinalAccountReport> reports() {
        return Arbitraries.randomValue(ExcelReportArbitraries::report);
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static Amount amount(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return Amount.ZERO;
            case 1:
                return Amount.of(BigDecimal.valueOf(-r.nextInt(100_000), 2));
            case 2:
                return Amount.of(BigDecimal.valueOf(r.nextLong() % 100_000_000_000L, 2));
            default:
                return Amount.of(BigDecimal.valueOf(r.nextInt(10_000_000), 2));
        }
    }

    private static <C extends Enum<C>> Map<C, Amount> amounts(Random r, Class<C> type, List<C> cols) {
        Map<C, Amount> m = new EnumMap<>(type);
        for (C c : cols) {
            if (r.nextInt(3) > 0) {
                m.put(c, amount(r));
            }
        }
        return m;
    }

    private static List<FunctionCode> codes(Random r, int max) {
        Set<String> out = new LinkedHashSet<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String cls = String.valueOf(201 + r.nextInt(30));
            out.add(cls);
            if (r.nextBoolean()) {
                String sec = cls + String.format("%02d", 1 + r.nextInt(99));
                out.add(sec);
                if (r.nextBoolean()) {
                    out.add(sec + String.format("%02d", 1 + r.nextInt(99)));
                }
            }
        }
        List<FunctionCode> list = new ArrayList<>();
        out.forEach(c -> list.add(FunctionCode.of(c)));
        return list;
    }

    private static List<FunctionCode> classCodes(Random r, int max) {
        Set<String> out = new LinkedHashSet<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf(201 + r.nextInt(30)));
        }
        List<FunctionCode> list = new ArrayList<>();
        out.forEach(c -> list.add(FunctionCode.of(c)));
        return list;
    }

    private static List<String> notes(Random r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add("注：本表反映部门本年度情况" + i + "。");
        }
        return out;
    }

    private static String statement(Random r) {
        return r.nextBoolean() ? "本单位没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。"
                : "本单位2024年度没有国有资本经营预算财政拨款收支。";
    }

    static FinalAccountReport report(Random r) {
        TableEdition edition = r.nextBoolean() ? TableEdition.E2023 : TableEdition.E2024;
        int year = edition == TableEdition.E2023 ? 2023 : 2024;
        FinalAccountReport.Builder b = FinalAccountReport.builder().department("测试部门" + r.nextInt(100))
                .fiscalYear(FiscalYear.of(year)).scope(r.nextBoolean() ? ReportScope.SELF : ReportScope.CONSOLIDATED);
        if (r.nextBoolean()) {
            b.unitKind(UnitKind.values()[r.nextInt(UnitKind.values().length)]);
        }
        if (r.nextBoolean()) {
            b.publicationDate(LocalDate.of(year + 1, 1 + r.nextInt(12), 1 + r.nextInt(28)));
        }
        for (int i = 0; i < r.nextInt(3); i++) {
            b.addConsolidatedUnits("单位" + i);
        }
        for (int i = 0; i < r.nextInt(3); i++) {
            b.addDuties("职责" + i + "：负责相关工作。");
        }
        for (int i = 0; i < r.nextInt(3); i++) {
            b.addInternalBodies("处室" + i);
        }
        if (r.nextInt(4) > 0) {
            IncomeExpenditureSummaryTable.Builder t = IncomeExpenditureSummaryTable.builder().edition(edition);
            for (SummaryIncomeLine l : SummaryIncomeLine.values()) {
                if (r.nextBoolean()) {
                    t.putIncome(l, amount(r));
                }
            }
            for (FunctionCode c : classCodes(r, 30)) {
                Map<SummaryColumn, Amount> m = new EnumMap<>(SummaryColumn.class);
                if (r.nextBoolean()) {
                    m.put(SummaryColumn.EXPENDITURE, amount(r));
                }
                t.addExpenditureRows(SummaryExpenditureRow.builder().code(c).name(pick(r, NAMES)).amounts(m).build());
            }
            for (SummaryExpenditureLine l : SummaryExpenditureLine.values()) {
                if (r.nextBoolean()) {
                    t.putExpenditureLines(l, amount(r));
                }
            }
            b.summary(t.notes(notes(r)).build());
        }
        if (r.nextInt(4) > 0) {
            IncomeTable.Builder t = IncomeTable.builder().edition(edition).notes(notes(r));
            if (r.nextBoolean()) {
                t.total(amounts(r, IncomeColumn.class, List.of(IncomeColumn.values())));
            }
            for (FunctionCode c : codes(r, 6)) {
                t.addRows(IncomeRow.builder().code(c).name(pick(r, NAMES))
                        .amounts(amounts(r, IncomeColumn.class, List.of(IncomeColumn.values()))).build());
            }
            b.income(t.build());
        }
        if (r.nextInt(4) > 0) {
            ExpenditureTable.Builder t = ExpenditureTable.builder().edition(edition);
            if (r.nextBoolean()) {
                t.total(amounts(r, ExpenditureColumn.class, List.of(ExpenditureColumn.values())));
            }
            for (FunctionCode c : codes(r, 6)) {
                t.addRows(ExpenditureRow.builder().code(c).name(pick(r, NAMES))
                        .amounts(amounts(r, ExpenditureColumn.class, List.of(ExpenditureColumn.values()))).build());
            }
            b.expenditure(t.build());
        }
        if (r.nextInt(4) > 0) {
            FiscalSummaryTable.Builder t = FiscalSummaryTable.builder().edition(edition);
            for (FiscalIncomeLine l : FiscalIncomeLine.values()) {
                if (r.nextBoolean()) {
                    t.putIncome(l, amount(r));
                }
            }
            for (FunctionCode c : classCodes(r, 8)) {
                t.addExpenditureRows(FiscalSummaryRow.builder().code(c).name(pick(r, NAMES))
                        .amounts(amounts(r, FiscalSummaryColumn.class, FiscalSummaryRow.COLUMNS)).build());
            }
            for (FiscalExpenditureLine l : FiscalExpenditureLine.values()) {
                if (r.nextBoolean()) {
                    t.putExpenditureLines(l, amounts(r, FiscalSummaryColumn.class, FiscalSummaryRow.COLUMNS));
                }
            }
            b.fiscalSummary(t.build());
        }
        if (r.nextInt(4) > 0) {
            GeneralBudgetExpenditureTable.Builder t = GeneralBudgetExpenditureTable.builder().edition(edition);
            if (r.nextBoolean()) {
                t.total(amounts(r, GeneralBudgetColumn.class, List.of(GeneralBudgetColumn.values())));
            }
            for (FunctionCode c : codes(r, 5)) {
                t.addRows(GeneralBudgetExpenditureRow.builder().code(c).name(pick(r, NAMES))
                        .amounts(amounts(r, GeneralBudgetColumn.class, List.of(GeneralBudgetColumn.values()))).build());
            }
            b.generalBudgetExpenditure(t.build());
        }
        if (r.nextInt(4) > 0) {
            BasicExpenditureDetailTable.Builder t = BasicExpenditureDetailTable.builder().edition(edition);
            Set<String> econ = new LinkedHashSet<>();
            String[] classes = {"301", "302", "303", "307", "310", "399"};
            for (int i = 0; i < r.nextInt(14); i++) {
                String cls = classes[r.nextInt(classes.length)];
                econ.add(r.nextBoolean() ? cls : cls + String.format("%02d", 1 + r.nextInt(99)));
            }
            for (String c : econ) {
                t.addRows(BasicExpenditureRow.builder().code(EconomicCode.of(c)).name(pick(r, NAMES))
                        .amounts(amounts(r, BasicExpenditureColumn.class, List.of(BasicExpenditureColumn.values())))
                        .build());
            }
            if (r.nextBoolean()) {
                t.personnelTotal(amount(r));
            }
            if (r.nextBoolean()) {
                t.publicUseTotal(amount(r));
            }
            b.basicExpenditureDetail(t.build());
        }
        if (r.nextInt(4) > 0) {
            GovernmentFundTable.Builder t = GovernmentFundTable.builder().edition(edition).notes(notes(r));
            List<GovernmentFundColumn> cols = GovernmentFundColumn.of(edition);
            if (r.nextBoolean()) {
                t.emptyStatement(statement(r));
                if (r.nextBoolean()) {
                    t.total(Map.of());
                }
            } else {
                if (r.nextBoolean()) {
                    t.total(amounts(r, GovernmentFundColumn.class, cols));
                }
                for (FunctionCode c : codes(r, 4)) {
                    t.addRows(GovernmentFundRow.builder().code(c).name(pick(r, NAMES))
                            .amounts(amounts(r, GovernmentFundColumn.class, cols)).build());
                }
            }
            b.governmentFund(t.build());
        }
        if (r.nextInt(4) > 0) {
            StateCapitalTable.Builder t = StateCapitalTable.builder().edition(edition).notes(notes(r));
            List<StateCapitalColumn> cols = StateCapitalColumn.of(edition);
            if (r.nextBoolean()) {
                t.emptyStatement(statement(r));
            } else {
                if (r.nextBoolean()) {
                    t.total(amounts(r, StateCapitalColumn.class, cols));
                }
                for (FunctionCode c : codes(r, 4)) {
                    t.addRows(StateCapitalRow.builder().code(c).name(pick(r, NAMES))
                            .amounts(amounts(r, StateCapitalColumn.class, cols)).build());
                }
            }
            b.stateCapital(t.build());
        }
        if (r.nextInt(4) > 0) {
            ThreePublicExpensesTable.Builder t = ThreePublicExpensesTable.builder().edition(edition)
                    .amounts(amounts(r, ThreePublicExpensesColumn.class, List.of(ThreePublicExpensesColumn.values())));
            if (r.nextInt(4) == 0) {
                t.emptyStatement("本单位没有“三公”经费支出。");
            }
            b.threePublicExpenses(t.notes(notes(r)).build());
        }
        for (int i = 0; i < r.nextInt(3); i++) {
            b.addPerformanceEvaluations(evaluation(r, i));
        }
        for (int i = 0; i < r.nextInt(4); i++) {
            b.addNarrative(NarrativeSection.of(ReportPart.values()[r.nextInt(4)], "标题" + i, pick(r, TEXTS)));
        }
        if (r.nextBoolean()) {
            b.otherMatters(otherMatters(r));
        }
        return b.build();
    }

    private static BigDecimal scaled(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 100 + 1), 2).setScale(r.nextInt(3), java.math.RoundingMode.DOWN);
    }

    private static ProjectPerformanceEvaluation evaluation(Random r, int i) {
        ProjectPerformanceEvaluation.Builder e = ProjectPerformanceEvaluation.builder().projectName("项目" + i)
                .expectedGoal(pick(r, TEXTS)).actualOutcome(pick(r, TEXTS));
        if (r.nextBoolean()) {
            e.competentDepartment("主管部门" + i);
        }
        if (r.nextBoolean()) {
            e.implementingUnit("实施单位" + i);
        }
        for (FundingSource s : FundingSource.values()) {
            if (r.nextInt(4) == 0) {
                continue;
            }
            FundingRow.Builder f = FundingRow.builder().source(s);
            if (r.nextBoolean()) {
                f.initialBudget(amount(r));
            }
            if (r.nextBoolean()) {
                f.fullYearBudget(amount(r));
            }
            if (r.nextBoolean()) {
                f.executed(amount(r));
            }
            if (r.nextBoolean()) {
                f.executionRate(Rate.ofPercent(scaled(r, 100)));
            }
            if (s == FundingSource.TOTAL && r.nextBoolean()) {
                f.score(Score.of(scaled(r, 10)));
            }
            e.addFunding(f.build());
        }
        String[] targets = {"≥90%", "=100%", "≤85场次", ">7 亿条", "2023 年 12 月 31 日", "有所提高", "完成", ""};
        for (int k = 0; k < r.nextInt(4); k++) {
            PerformanceIndicator.Builder ind = PerformanceIndicator.builder()
                    .level1(k % 2 == 0 ? "产出指标" : "效益指标").level2(k % 2 == 0 ? "数量指标" : "社会效益指标")
                    .name("指标" + k).target(pick(r, targets)).actual(pick(r, targets));
            if (r.nextBoolean()) {
                ind.weight(Score.of(scaled(r, 30)));
            }
            if (r.nextBoolean()) {
                ind.score(Score.of(scaled(r, 30)));
            }
            if (r.nextBoolean()) {
                ind.deviationAnalysis("偏差原因" + k);
            }
            e.addIndicators(ind.build());
        }
        if (r.nextBoolean()) {
            e.totalScore(Score.of(scaled(r, 100)));
        }
        return e.build();
    }

    private static OtherMatters otherMatters(Random r) {
        OtherMatters.Builder o = OtherMatters.builder();
        if (r.nextBoolean()) {
            o.operatingExpenses(amount(r));
        }
        if (r.nextBoolean()) {
            o.operatingExpensesChange(amount(r));
        }
        if (r.nextBoolean()) {
            GovernmentProcurement.Builder p = GovernmentProcurement.builder();
            if (r.nextBoolean()) {
                p.total(amount(r));
            }
            if (r.nextBoolean()) {
                p.goods(amount(r));
            }
            if (r.nextBoolean()) {
                p.smeShare(Rate.ofPercent(scaled(r, 100)));
            }
            if (r.nextBoolean()) {
                p.smallMicroAmount(amount(r));
            }
            o.procurement(p.build());
        }
        if (r.nextBoolean()) {
            StateAssets.Builder a = StateAssets.builder();
            if (r.nextBoolean()) {
                a.vehicleTotal(r.nextInt(20));
            }
            for (int i = 0; i < r.nextInt(3); i++) {
                a.addVehicles(VehicleCount.of("车辆类型" + i, r.nextInt(10)));
            }
            if (r.nextBoolean()) {
                a.equipmentOverOneMillion(r.nextInt(5));
            }
            if (r.nextBoolean()) {
                a.text("截至年末，本部门共有车辆若干辆。");
            }
            o.assets(a.build());
        }
        return o.build();
    }
}
