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
import io.github.juesuan.classification.CodeLevel;
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
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.StateCapitalRow;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
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
import java.util.TreeSet;

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
        boolean bz = spec.blankZeros;

        // general budget: [personnel, publicUse, project, otherIncome] by code, rolled up to 款 and 类
        TreeMap<FunctionCode, long[]> all = new TreeMap<>();
        for (ReportSpec.Leaf l : spec.leaves) {
            rollUp(all, l.item, new long[] {l.personnel, l.publicUse, l.project, l.otherIncome});
        }
        // 07 and 08: one figure per column (by ordinal) for every leaf, rolled up by addition
        TreeMap<FunctionCode, long[]> fund = new TreeMap<>();
        for (ReportSpec.FundLeaf l : spec.fundLeaves) {
            rollUp(fund, l.item, fundVector(l));
        }
        TreeMap<FunctionCode, long[]> capital = new TreeMap<>();
        for (ReportSpec.FundLeaf l : spec.capitalLeaves) {
            rollUp(capital, l.item, capitalVector(l));
        }
        long[] grand = classSum(all, 4);
        long[] gf = classSum(fund, GovernmentFundColumn.values().length);
        long[] gk = classSum(capital, StateCapitalColumn.values().length);
        long fiscal = grand[0] + grand[1] + grand[2];
        long other = grand[3];
        long beginning = spec.beginningBalance;
        long fExp = gf[GovernmentFundColumn.EXPENDITURE.ordinal()];
        long fInc = gf[GovernmentFundColumn.INCOME.ordinal()];
        long fBeg = gf[GovernmentFundColumn.BEGINNING_BALANCE.ordinal()];
        long fEnd = gf[GovernmentFundColumn.ENDING_BALANCE.ordinal()];
        long kExp = gk[StateCapitalColumn.EXPENDITURE.ordinal()];
        long kInc = gk[StateCapitalColumn.INCOME.ordinal()];
        long kBeg = gk[StateCapitalColumn.BEGINNING_BALANCE.ordinal()];
        long kEnd = gk[StateCapitalColumn.ENDING_BALANCE.ordinal()];
        long appropriations = fiscal + fInc + kInc;
        long expenditure = fiscal + fExp + kExp;

        FinalAccountReport.Builder b = FinalAccountReport.builder()
                .department(spec.department)
                .fiscalYear(year)
                .scope(spec.consolidated ? ReportScope.CONSOLIDATED : ReportScope.SELF)
                .addConsolidatedUnits(spec.department);

        TreeSet<FunctionCode> codes = new TreeSet<>(all.keySet());
        codes.addAll(fund.keySet());
        codes.addAll(capital.keySet());
        long[] g0 = new long[4];
        long[] f0 = new long[GovernmentFundColumn.values().length];
        long[] k0 = new long[StateCapitalColumn.values().length];

        // 02 收入决算表: appropriation income = general expenditure + fund income; other income on top
        IncomeTable.Builder t02 = IncomeTable.builder().edition(edition)
                .total(amounts(IncomeColumn.class, bz,
                        IncomeColumn.TOTAL, appropriations + other, IncomeColumn.FISCAL_APPROPRIATION, appropriations,
                        IncomeColumn.OTHER, other));
        // 03 支出决算表: every fund's expenditure
        ExpenditureTable.Builder t03 = ExpenditureTable.builder().edition(edition)
                .total(amounts(ExpenditureColumn.class, bz,
                        ExpenditureColumn.TOTAL, expenditure,
                        ExpenditureColumn.BASIC, grand[0] + grand[1] + gf[FB] + gk[KB],
                        ExpenditureColumn.PROJECT, grand[2] + gf[FP] + gk[KP]));
        for (FunctionCode c : codes) {
            long[] v = all.getOrDefault(c, g0);
            long[] f = fund.getOrDefault(c, f0);
            long[] k = capital.getOrDefault(c, k0);
            String name = catalog.nameOf(c).orElse("科目" + c);
            long exp = v[0] + v[1] + v[2];
            long approp = exp + f[GovernmentFundColumn.INCOME.ordinal()] + k[StateCapitalColumn.INCOME.ordinal()];
            t02.addRows(IncomeRow.builder().code(c).name(name).amounts(amounts(IncomeColumn.class, bz,
                    IncomeColumn.TOTAL, approp + v[3], IncomeColumn.FISCAL_APPROPRIATION, approp,
                    IncomeColumn.OTHER, v[3])).build());
            t03.addRows(ExpenditureRow.builder().code(c).name(name).amounts(amounts(ExpenditureColumn.class, bz,
                    ExpenditureColumn.TOTAL, exp + f[FE] + k[KE],
                    ExpenditureColumn.BASIC, v[0] + v[1] + f[FB] + k[KB],
                    ExpenditureColumn.PROJECT, v[2] + f[FP] + k[KP])).build());
        }
        // 05 一般公共预算财政拨款支出决算表
        GeneralBudgetExpenditureTable.Builder t05 = GeneralBudgetExpenditureTable.builder().edition(edition)
                .total(amounts(GeneralBudgetColumn.class, bz,
                        GeneralBudgetColumn.TOTAL, fiscal, GeneralBudgetColumn.BASIC, grand[0] + grand[1],
                        GeneralBudgetColumn.PERSONNEL, grand[0], GeneralBudgetColumn.PUBLIC_USE, grand[1],
                        GeneralBudgetColumn.PROJECT, grand[2]));
        for (Map.Entry<FunctionCode, long[]> e : all.entrySet()) {
            FunctionCode c = e.getKey();
            long[] v = e.getValue();
            String name = catalog.nameOf(c).orElse("科目" + c);
            t05.addRows(GeneralBudgetExpenditureRow.builder().code(c).name(name).amounts(amounts(
                    GeneralBudgetColumn.class, bz, GeneralBudgetColumn.TOTAL, v[0] + v[1] + v[2],
                    GeneralBudgetColumn.BASIC, v[0] + v[1], GeneralBudgetColumn.PERSONNEL, v[0],
                    GeneralBudgetColumn.PUBLIC_USE, v[1], GeneralBudgetColumn.PROJECT, v[2])).build());
        }
        include(spec, TableId.T02, b, t02.build());
        include(spec, TableId.T03, b, t03.build());
        include(spec, TableId.T05, b, t05.build());

        // 01 收入支出决算总表
        IncomeExpenditureSummaryTable.Builder t01 = IncomeExpenditureSummaryTable.builder().edition(edition);
        putIf(t01, SummaryIncomeLine.GENERAL_BUDGET, fiscal, bz);
        if (!spec.fundLeaves.isEmpty()) {
            putIf(t01, SummaryIncomeLine.GOVERNMENT_FUND, fInc, bz);
        }
        if (!spec.capitalLeaves.isEmpty()) {
            putIf(t01, SummaryIncomeLine.STATE_CAPITAL, kInc, bz);
        }
        putIf(t01, SummaryIncomeLine.OTHER, other, bz);
        putIf(t01, SummaryIncomeLine.TOTAL_INCOME, appropriations + other, bz);
        putIf(t01, SummaryIncomeLine.BEGINNING_BALANCE, beginning + fBeg + kBeg, bz);
        putIf(t01, SummaryIncomeLine.GRAND_TOTAL, appropriations + other + beginning + fBeg + kBeg, bz);
        // 04 财政拨款收入支出决算总表
        FiscalSummaryTable.Builder t04 = FiscalSummaryTable.builder().edition(edition);
        putIf(t04, FiscalIncomeLine.GENERAL_BUDGET, fiscal, bz);
        if (!spec.fundLeaves.isEmpty()) {
            putIf(t04, FiscalIncomeLine.GOVERNMENT_FUND, fInc, bz);
            putIf(t04, FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND, fBeg, bz);
        }
        if (!spec.capitalLeaves.isEmpty()) {
            putIf(t04, FiscalIncomeLine.STATE_CAPITAL, kInc, bz);
            putIf(t04, FiscalIncomeLine.BEGINNING_STATE_CAPITAL, kBeg, bz);
        }
        putIf(t04, FiscalIncomeLine.TOTAL_INCOME, appropriations, bz);
        putIf(t04, FiscalIncomeLine.BEGINNING_BALANCE, beginning + fBeg + kBeg, bz);
        putIf(t04, FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, beginning, bz);
        putIf(t04, FiscalIncomeLine.GRAND_TOTAL, appropriations + beginning + fBeg + kBeg, bz);
        int ordinal = 0;
        for (FunctionCode c : codes) {
            if (c.getLevel() != CodeLevel.CLASS) {
                continue;
            }
            long[] v = all.getOrDefault(c, g0);
            long gExp = v[0] + v[1] + v[2];
            long fe = fund.getOrDefault(c, f0)[FE];
            long ke = capital.getOrDefault(c, k0)[KE];
            String label = ORDINALS[Math.min(ordinal++, ORDINALS.length - 1)] + "、"
                    + catalog.nameOf(c).orElse("科目" + c);
            Map<SummaryColumn, Amount> s = new EnumMap<>(SummaryColumn.class);
            if (gExp + fe + ke != 0 || !bz) {
                s.put(SummaryColumn.EXPENDITURE, cents(gExp + fe + ke));
            }
            t01.addExpenditureRows(SummaryExpenditureRow.builder().code(c).name(label).amounts(s).build());
            t04.addExpenditureRows(FiscalSummaryRow.builder().code(c).name(label).amounts(fiscalRow(bz,
                    gExp + fe + ke, gExp, fe, ke, !spec.fundLeaves.isEmpty(), !spec.capitalLeaves.isEmpty())).build());
        }
        putIf(t01, SummaryExpenditureLine.TOTAL_EXPENDITURE, expenditure, bz);
        putIf(t01, SummaryExpenditureLine.ENDING_BALANCE, other + beginning + fEnd + kEnd, bz);
        putIf(t01, SummaryExpenditureLine.GRAND_TOTAL, expenditure + other + beginning + fEnd + kEnd, bz);
        boolean hasF = !spec.fundLeaves.isEmpty();
        boolean hasK = !spec.capitalLeaves.isEmpty();
        t04.putExpenditureLines(FiscalExpenditureLine.TOTAL_EXPENDITURE,
                fiscalRow(bz, expenditure, fiscal, fExp, kExp, hasF, hasK));
        t04.putExpenditureLines(FiscalExpenditureLine.ENDING_BALANCE,
                fiscalRow(bz, beginning + fEnd + kEnd, beginning, fEnd, kEnd, hasF, hasK));
        t04.putExpenditureLines(FiscalExpenditureLine.GRAND_TOTAL, fiscalRow(bz,
                expenditure + beginning + fEnd + kEnd, fiscal + beginning, fExp + fEnd, kExp + kEnd, hasF, hasK));
        include(spec, TableId.T01, b, t01.build());
        include(spec, TableId.T04, b, t04.build());

        // 06 and 09: personnel split over 30101/30102/30302, public use over 30201/30212/30217/30231
        // (all of it on 30201 when 09 declares that the unit has no “三公” expenses)
        boolean noThree = spec.presenceOf(TableId.T09) == TablePresence.DECLARED_EMPTY;
        long personnel = grand[0];
        long publicUse = grand[1];
        long overseas = noThree ? 0 : publicUse / 10;
        long vehicleOperation = noThree ? 0 : publicUse / 5;
        long reception = noThree ? 0 : publicUse / 20;
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
        if (!noThree) {
            econ.put("30212", overseas);
            econ.put("30217", reception);
            econ.put("30231", vehicleOperation);
        }
        econ.put("303", pension);
        econ.put("30302", pension);
        EconomicCatalog ecat = EconomicCatalog.forYear(year);
        BasicExpenditureDetailTable.Builder t06 = BasicExpenditureDetailTable.builder().edition(edition);
        new TreeMap<>(econ).forEach((code, v) -> {
            EconomicCode ec = EconomicCode.of(code);
            t06.addRows(BasicExpenditureRow.builder().code(ec).name(ecat.nameOf(ec).orElse("科目" + code))
                    .amounts(amounts(BasicExpenditureColumn.class, bz, BasicExpenditureColumn.AMOUNT, v))
                    .build());
        });
        if (personnel != 0 || !bz) {
            t06.personnelTotal(cents(personnel));
        }
        if (publicUse != 0 || !bz) {
            t06.publicUseTotal(cents(publicUse));
        }
        include(spec, TableId.T06, b, t06.build());
        long vehicles = vehicleOperation;
        long threeTotal = overseas + vehicles + reception;
        if (noThree) {
            b.threePublicExpenses(ThreePublicExpensesTable.builder().emptyStatement("本单位没有“三公”经费支出。")
                    .build());
        } else {
            include(spec, TableId.T09, b, ThreePublicExpensesTable.builder().amounts(amounts(
                    ThreePublicExpensesColumn.class, bz,
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
        }

        // 07 and 08: with figures, declared empty (with a blank 合计 row as the templates print it) or absent
        switch (spec.presenceOf(TableId.T07)) {
            case PRESENT:
                b.governmentFund(governmentFund(edition, fund, gf, catalog, bz));
                break;
            case DECLARED_EMPTY:
                b.governmentFund(GovernmentFundTable.builder().edition(edition)
                        .emptyStatement("本单位没有政府性基金预算财政拨款。").total(Map.of()).build());
                break;
            default:
                break;
        }
        switch (spec.presenceOf(TableId.T08)) {
            case PRESENT:
                b.stateCapital(stateCapital(edition, capital, gk, catalog, bz));
                break;
            case DECLARED_EMPTY:
                b.stateCapital(StateCapitalTable.builder().edition(edition)
                        .emptyStatement("本单位没有国有资本经营预算财政拨款。").total(Map.of()).build());
                break;
            default:
                break;
        }

        for (ReportSpec.Project p : spec.projects) {
            b.addPerformanceEvaluations(evaluation(p, spec.department));
        }
        // the 名词解释 of 机关运行经费 as the 上海 template words it, which makes it a part of 06's 公用经费
        b.addNarrative(NarrativeSection.of(ReportPart.GLOSSARY, "十一、机关运行经费", RecallMutations.OPERATING_DEFINITION));
        return ProseWriter.rewrite(b.build());
    }

    private static final int FE = GovernmentFundColumn.EXPENDITURE.ordinal();
    private static final int FB = GovernmentFundColumn.EXPENDITURE_BASIC.ordinal();
    private static final int FP = GovernmentFundColumn.EXPENDITURE_PROJECT.ordinal();
    private static final int KE = StateCapitalColumn.EXPENDITURE.ordinal();
    private static final int KB = StateCapitalColumn.EXPENDITURE_BASIC.ordinal();
    private static final int KP = StateCapitalColumn.EXPENDITURE_PROJECT.ordinal();

    private static void include(ReportSpec spec, TableId id, FinalAccountReport.Builder b, ReportTable t) {
        if (spec.presenceOf(id) == TablePresence.ABSENT) {
            return;
        }
        switch (id) {
            case T01:
                b.summary((IncomeExpenditureSummaryTable) t);
                break;
            case T02:
                b.income((IncomeTable) t);
                break;
            case T03:
                b.expenditure((ExpenditureTable) t);
                break;
            case T04:
                b.fiscalSummary((FiscalSummaryTable) t);
                break;
            case T05:
                b.generalBudgetExpenditure((GeneralBudgetExpenditureTable) t);
                break;
            case T06:
                b.basicExpenditureDetail((BasicExpenditureDetailTable) t);
                break;
            case T09:
                b.threePublicExpenses((ThreePublicExpensesTable) t);
                break;
            default:
                throw new IllegalArgumentException("not included here: " + id);
        }
    }

    /** A 04 expenditure row: 合计 and the three fund columns (the fund columns only when the unit has such funds). */
    private static Map<FiscalSummaryColumn, Amount> fiscalRow(boolean bz, long total, long general, long fundV,
            long capitalV, boolean hasFund, boolean hasCapital) {
        Map<FiscalSummaryColumn, Amount> m = amounts(FiscalSummaryColumn.class, bz,
                FiscalSummaryColumn.EXPENDITURE_TOTAL, total, FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, general);
        if (hasFund && (fundV != 0 || !bz)) {
            m.put(FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND, cents(fundV));
        }
        if (hasCapital && (capitalV != 0 || !bz)) {
            m.put(FiscalSummaryColumn.EXPENDITURE_STATE_CAPITAL, cents(capitalV));
        }
        return m;
    }

    private static long[] fundVector(ReportSpec.FundLeaf l) {
        long[] v = new long[GovernmentFundColumn.values().length];
        long projectEnd = l.beginProject + l.extraProject;
        long surplus = projectEnd / 4;
        v[GovernmentFundColumn.BEGINNING_BASIC_CARRYOVER.ordinal()] = l.beginBasic;
        v[GovernmentFundColumn.BEGINNING_PROJECT_BALANCE.ordinal()] = l.beginProject;
        v[GovernmentFundColumn.BEGINNING_BALANCE.ordinal()] = l.beginBasic + l.beginProject;
        v[GovernmentFundColumn.INCOME_BASIC.ordinal()] = l.basic + l.extraBasic;
        v[GovernmentFundColumn.INCOME_PROJECT.ordinal()] = l.project + l.extraProject;
        v[GovernmentFundColumn.INCOME.ordinal()] = l.basic + l.extraBasic + l.project + l.extraProject;
        v[GovernmentFundColumn.EXPENDITURE_BASIC.ordinal()] = l.basic;
        v[GovernmentFundColumn.EXPENDITURE_PROJECT.ordinal()] = l.project;
        v[GovernmentFundColumn.EXPENDITURE.ordinal()] = l.basic + l.project;
        v[GovernmentFundColumn.ENDING_BASIC_CARRYOVER.ordinal()] = l.beginBasic + l.extraBasic;
        v[GovernmentFundColumn.ENDING_PROJECT_CARRYOVER.ordinal()] = projectEnd - surplus;
        v[GovernmentFundColumn.ENDING_PROJECT_SURPLUS.ordinal()] = surplus;
        v[GovernmentFundColumn.ENDING_BALANCE.ordinal()] = l.beginBasic + l.extraBasic + projectEnd;
        return v;
    }

    private static long[] capitalVector(ReportSpec.FundLeaf l) {
        long[] v = new long[StateCapitalColumn.values().length];
        v[StateCapitalColumn.BEGINNING_CARRYOVER.ordinal()] = l.beginProject;
        v[StateCapitalColumn.BEGINNING_SURPLUS.ordinal()] = l.beginBasic;
        v[StateCapitalColumn.BEGINNING_BALANCE.ordinal()] = l.beginBasic + l.beginProject;
        v[StateCapitalColumn.INCOME.ordinal()] = l.basic + l.project + l.extraBasic + l.extraProject;
        v[StateCapitalColumn.EXPENDITURE_BASIC.ordinal()] = l.basic;
        v[StateCapitalColumn.EXPENDITURE_PROJECT.ordinal()] = l.project;
        v[StateCapitalColumn.EXPENDITURE.ordinal()] = l.basic + l.project;
        v[StateCapitalColumn.ENDING_CARRYOVER.ordinal()] = l.beginProject + l.extraProject;
        v[StateCapitalColumn.ENDING_SURPLUS.ordinal()] = l.beginBasic + l.extraBasic;
        v[StateCapitalColumn.ENDING_BALANCE.ordinal()] = l.beginBasic + l.extraBasic + l.beginProject + l.extraProject;
        return v;
    }

    private static GovernmentFundTable governmentFund(TableEdition edition, TreeMap<FunctionCode, long[]> rows,
            long[] total, FunctionCatalog catalog, boolean bz) {
        List<GovernmentFundColumn> cols = GovernmentFundColumn.of(edition);
        GovernmentFundTable.Builder t = GovernmentFundTable.builder().edition(edition)
                .total(vector(GovernmentFundColumn.class, cols, total, bz));
        rows.forEach((c, v) -> t.addRows(GovernmentFundRow.builder().code(c).name(catalog.nameOf(c).orElse("科目" + c))
                .amounts(vector(GovernmentFundColumn.class, cols, v, bz)).build()));
        return t.build();
    }

    private static StateCapitalTable stateCapital(TableEdition edition, TreeMap<FunctionCode, long[]> rows,
            long[] total, FunctionCatalog catalog, boolean bz) {
        List<StateCapitalColumn> cols = StateCapitalColumn.of(edition);
        StateCapitalTable.Builder t = StateCapitalTable.builder().edition(edition)
                .total(vector(StateCapitalColumn.class, cols, total, bz));
        rows.forEach((c, v) -> t.addRows(StateCapitalRow.builder().code(c).name(catalog.nameOf(c).orElse("科目" + c))
                .amounts(vector(StateCapitalColumn.class, cols, v, bz)).build()));
        return t.build();
    }

    private static <C extends Enum<C>> Map<C, Amount> vector(Class<C> type, List<C> columns, long[] v, boolean bz) {
        Map<C, Amount> m = new EnumMap<>(type);
        for (C c : columns) {
            long x = v[c.ordinal()];
            if (x != 0 || !bz) {
                m.put(c, cents(x));
            }
        }
        return m;
    }

    private static void rollUp(Map<FunctionCode, long[]> m, FunctionCode item, long[] v) {
        add(m, item, v);
        add(m, item.getSectionCode().orElseThrow(), v);
        add(m, item.getClassCode(), v);
    }

    private static long[] classSum(Map<FunctionCode, long[]> m, int width) {
        long[] out = new long[width];
        for (Map.Entry<FunctionCode, long[]> e : m.entrySet()) {
            if (e.getKey().getLevel() == CodeLevel.CLASS) {
                for (int i = 0; i < width; i++) {
                    out[i] += e.getValue()[i];
                }
            }
        }
        return out;
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
        // the funds' 10 points as the formula ProseWriter states: 得分 = 执行率 × 权重, capped at the weight
        long funds = weighted ? rate.getPercent().min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO)
                .divide(BigDecimal.TEN, 0, java.math.RoundingMode.HALF_UP).longValueExact() : 0;
        e.addFunding(FundingRow.builder().source(FundingSource.TOTAL).initialBudget(budget).fullYearBudget(budget)
                .executed(executed).executionRate(rate).score(Score.of(funds)).build());
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
        long totalScore = funds;
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
        long[] t = m.computeIfAbsent(c, k -> new long[v.length]);
        for (int i = 0; i < v.length; i++) {
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
