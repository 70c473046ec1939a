package io.github.juesuan.json;

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
import io.github.juesuan.report.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Test fixtures of io-json: a jqwik arbitrary of whole reports covering every table type, blanks
 * and zeros, both editions of 07/08, declared-empty and absent tables, evaluations with and
 * without weights, narrative and other matters; and a small hand-built report for golden files.
 * (The project-wide arbitraries live in the testing module.)
 */
final class TestReports {

    private static final List<String> FUNCTION_CODES = List.of("201", "20103", "2010301", "2010350", "2010399",
            "205", "20502", "2050201", "208", "20805", "2080505", "210", "221", "22102", "2210201");
    private static final List<String> CLASS_CODES = List.of("201", "205", "208", "210", "213", "221", "229");
    private static final List<String> ECONOMIC_CODES = List.of("301", "30101", "30102", "30113", "302", "30201",
            "30211", "30217", "303", "30302", "310", "31002", "399");

    private TestReports() {
    }

    static Arbitrary<Amount> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(c -> Amount.of(BigDecimal.valueOf(c, 2))),
                Arbitraries.of(Amount.ZERO, Amount.of("0.01"), Amount.of("-0.01"), Amount.of("100")));
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of("", "行政运行", "一般公共服务支出", "本单位没有政府性基金预算财政拨款。",
                "注：本表反映部门本年度“三公”经费支出预决算情况。", "quote \" backslash \\ slash / tab\t newline\n",
                "≥90%", "emoji 😀 and 全角１２３"),
                Arbitraries.strings().ofMaxLength(12));
    }

    static <C extends Enum<C>> Arbitrary<Map<C, Amount>> cells(Class<C> type, List<C> cols) {
        return amounts().injectNull(0.35).list().ofSize(cols.size()).map(list -> {
            Map<C, Amount> m = new EnumMap<>(type);
            for (int i = 0; i < cols.size(); i++) {
                if (list.get(i) != null) {
                    m.put(cols.get(i), list.get(i));
                }
            }
            return m;
        });
    }

    /** A row as (code, name, cells). */
    static final class Row<C extends Enum<C>> {
        final String code;
        final String name;
        final Map<C, Amount> cells;

        Row(String code, String name, Map<C, Amount> cells) {
            this.code = code;
            this.name = name;
            this.cells = cells;
        }
    }

    static <C extends Enum<C>> Arbitrary<List<Row<C>>> rows(List<String> codes, Class<C> type, List<C> cols) {
        return Combinators.combine(Arbitraries.of(codes), texts(), cells(type, cols)).as((c, n, m) -> new Row<>(c, n, m))
                .list().ofMaxSize(6).uniqueElements(r -> r.code);
    }

    /** The common head of a table: edition, empty statement (declared empty) and notes. */
    static final class Head {
        final TableEdition edition;
        final Optional<String> empty;
        final List<String> notes;

        Head(TableEdition edition, Optional<String> empty, List<String> notes) {
            this.edition = edition;
            this.empty = empty;
            this.notes = notes;
        }
    }

    static Arbitrary<Head> heads() {
        return Combinators.combine(Arbitraries.of(TableEdition.values()),
                Arbitraries.of("本单位没有该项支出。", "本单位2024年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。").optional(),
                texts().list().ofMaxSize(2)).as(Head::new);
    }

    static <C extends Enum<C>> Arbitrary<Optional<Map<C, Amount>>> totals(Class<C> type, List<C> cols) {
        return Arbitraries.oneOf(Arbitraries.just(Optional.empty()), Arbitraries.just(Optional.of(Map.of())),
                cells(type, cols).map(Optional::of));
    }

    static Arbitrary<IncomeTable> incomeTables() {
        List<IncomeColumn> cols = Arrays.asList(IncomeColumn.values());
        return Combinators.combine(heads(), totals(IncomeColumn.class, cols), rows(FUNCTION_CODES, IncomeColumn.class, cols))
                .as((h, t, rs) -> {
                    IncomeTable.Builder b = IncomeTable.builder();
                    b.edition(h.edition);
                    b.emptyStatement(h.empty);
                    b.notes(h.notes);
                    b.total(t);
                    rs.forEach(r -> b.addRows(IncomeRow.builder().code(FunctionCode.of(r.code)).name(r.name).amounts(r.cells).build()));
                    return b.build();
                });
    }

    static Arbitrary<ExpenditureTable> expenditureTables() {
        List<ExpenditureColumn> cols = Arrays.asList(ExpenditureColumn.values());
        return Combinators.combine(heads(), totals(ExpenditureColumn.class, cols),
                rows(FUNCTION_CODES, ExpenditureColumn.class, cols)).as((h, t, rs) -> {
                    ExpenditureTable.Builder b = ExpenditureTable.builder();
                    b.edition(h.edition);
                    b.emptyStatement(h.empty);
                    b.notes(h.notes);
                    b.total(t);
                    rs.forEach(r -> b.addRows(ExpenditureRow.builder().code(FunctionCode.of(r.code)).name(r.name).amounts(r.cells).build()));
                    return b.build();
                });
    }

    static Arbitrary<GeneralBudgetExpenditureTable> generalBudgetTables() {
        List<GeneralBudgetColumn> cols = Arrays.asList(GeneralBudgetColumn.values());
        return Combinators.combine(heads(), totals(GeneralBudgetColumn.class, cols),
                rows(FUNCTION_CODES, GeneralBudgetColumn.class, cols)).as((h, t, rs) -> {
                    GeneralBudgetExpenditureTable.Builder b = GeneralBudgetExpenditureTable.builder();
                    b.edition(h.edition);
                    b.emptyStatement(h.empty);
                    b.notes(h.notes);
                    b.total(t);
                    rs.forEach(r -> b.addRows(GeneralBudgetExpenditureRow.builder().code(FunctionCode.of(r.code)).name(r.name)
                            .amounts(r.cells).build()));
                    return b.build();
                });
    }

    static Arbitrary<BasicExpenditureDetailTable> basicTables() {
        List<BasicExpenditureColumn> cols = Arrays.asList(BasicExpenditureColumn.values());
        return Combinators.combine(heads(), rows(ECONOMIC_CODES, BasicExpenditureColumn.class, cols),
                amounts().optional(), amounts().optional()).as((h, rs, p, u) -> {
                    BasicExpenditureDetailTable.Builder b = BasicExpenditureDetailTable.builder();
                    b.edition(h.edition);
                    b.emptyStatement(h.empty);
                    b.notes(h.notes);
                    b.personnelTotal(p);
                    b.publicUseTotal(u);
                    rs.forEach(r -> b.addRows(BasicExpenditureRow.builder().code(EconomicCode.of(r.code)).name(r.name)
                            .amounts(r.cells).build()));
                    return b.build();
                });
    }

    static Arbitrary<GovernmentFundTable> governmentFundTables() {
        return heads().flatMap(h -> {
            List<GovernmentFundColumn> cols = GovernmentFundColumn.of(h.edition);
            return Combinators.combine(totals(GovernmentFundColumn.class, cols),
                    rows(FUNCTION_CODES, GovernmentFundColumn.class, cols)).as((t, rs) -> {
                        GovernmentFundTable.Builder b = GovernmentFundTable.builder();
                        b.edition(h.edition);
                        b.emptyStatement(h.empty);
                        b.notes(h.notes);
                        b.total(t);
                        rs.forEach(r -> b.addRows(GovernmentFundRow.builder().code(FunctionCode.of(r.code)).name(r.name)
                                .amounts(r.cells).build()));
                        return b.build();
                    });
        });
    }

    static Arbitrary<StateCapitalTable> stateCapitalTables() {
        return heads().flatMap(h -> {
            List<StateCapitalColumn> cols = StateCapitalColumn.of(h.edition);
            return Combinators.combine(totals(StateCapitalColumn.class, cols),
                    rows(FUNCTION_CODES, StateCapitalColumn.class, cols)).as((t, rs) -> {
                        StateCapitalTable.Builder b = StateCapitalTable.builder();
                        b.edition(h.edition);
                        b.emptyStatement(h.empty);
                        b.notes(h.notes);
                        b.total(t);
                        rs.forEach(r -> b.addRows(StateCapitalRow.builder().code(FunctionCode.of(r.code)).name(r.name)
                                .amounts(r.cells).build()));
                        return b.build();
                    });
        });
    }

    static Arbitrary<IncomeExpenditureSummaryTable> summaryTables() {
        return Combinators.combine(heads(), cells(SummaryIncomeLine.class, Arrays.asList(SummaryIncomeLine.values())),
                Combinators.combine(Arbitraries.of(CLASS_CODES), texts(), amounts().optional()).as((c, n, a) -> {
                    SummaryExpenditureRow.Builder b = SummaryExpenditureRow.builder();
                    b.code(FunctionCode.of(c));
                    b.name(n);
                    a.ifPresent(x -> b.putAmounts(SummaryColumn.EXPENDITURE, x));
                    return b.build();
                }).list().ofMaxSize(5).uniqueElements(SummaryExpenditureRow::getCode),
                cells(SummaryExpenditureLine.class, Arrays.asList(SummaryExpenditureLine.values())))
                .as((h, inc, rs, lines) -> {
                    IncomeExpenditureSummaryTable.Builder b = IncomeExpenditureSummaryTable.builder();
                    b.edition(h.edition);
                    b.emptyStatement(h.empty);
                    b.notes(h.notes);
                    b.income(inc);
                    b.expenditureRows(rs);
                    b.expenditureLines(lines);
                    return b.build();
                });
    }

    static Arbitrary<FiscalSummaryTable> fiscalSummaryTables() {
        Arbitrary<Map<FiscalSummaryColumn, Amount>> rowCells = cells(FiscalSummaryColumn.class, FiscalSummaryRow.COLUMNS);
        return Combinators.combine(heads(), cells(FiscalIncomeLine.class, Arrays.asList(FiscalIncomeLine.values())),
                Combinators.combine(Arbitraries.of(CLASS_CODES), texts(), rowCells).as((c, n, m) -> {
                    FiscalSummaryRow.Builder b = FiscalSummaryRow.builder();
                    b.code(FunctionCode.of(c));
                    b.name(n);
                    b.amounts(m);
                    return b.build();
                }).list().ofMaxSize(5).uniqueElements(FiscalSummaryRow::getCode),
                Arbitraries.maps(Arbitraries.of(FiscalExpenditureLine.values()), rowCells).ofMaxSize(3))
                .as((h, inc, rs, lines) -> {
                    FiscalSummaryTable.Builder b = FiscalSummaryTable.builder();
                    b.edition(h.edition);
                    b.emptyStatement(h.empty);
                    b.notes(h.notes);
                    b.income(inc);
                    b.expenditureRows(rs);
                    b.expenditureLines(lines);
                    return b.build();
                });
    }

    static Arbitrary<ThreePublicExpensesTable> threePublicTables() {
        return Combinators.combine(heads(), cells(ThreePublicExpensesColumn.class, Arrays.asList(ThreePublicExpensesColumn.values())))
                .as((h, m) -> {
                    ThreePublicExpensesTable.Builder b = ThreePublicExpensesTable.builder();
                    b.edition(h.edition);
                    b.emptyStatement(h.empty);
                    b.notes(h.notes);
                    b.amounts(m);
                    return b.build();
                });
    }

    static Arbitrary<Score> scores() {
        return Arbitraries.longs().between(0, 10_000).map(c -> Score.of(BigDecimal.valueOf(c, 2)));
    }

    static Arbitrary<Rate> rates() {
        return Arbitraries.longs().between(0, 20_000).map(c -> Rate.ofPercent(BigDecimal.valueOf(c, 2)));
    }

    static Arbitrary<ProjectPerformanceEvaluation> evaluations() {
        Arbitrary<FundingRow> funding = Combinators.combine(Arbitraries.of(FundingSource.values()), texts().optional(),
                amounts().optional(), amounts().optional(), amounts().optional(), rates().optional(), scores().optional())
                .as((s, label, a, b, c, r, sc) -> {
                    FundingRow.Builder fb = FundingRow.builder();
                    fb.source(s);
                    label.ifPresent(fb::label);
                    fb.initialBudget(a);
                    fb.fullYearBudget(b);
                    fb.executed(c);
                    fb.executionRate(r);
                    fb.score(sc);
                    return fb.build();
                });
        Arbitrary<PerformanceIndicator> indicator = Combinators.combine(Arbitraries.of("产出指标", "效益指标", "满意度指标"),
                Arbitraries.of("数量指标", "质量指标", "时效指标"), texts(),
                Arbitraries.of("≥90%", "=100%", "≤85场次", ">7 亿条", "2023 年 12 月 31 日", "有所提高", "完成", ""),
                texts(), Arbitraries.of(true, false), scores(), texts())
                .as((l1, l2, name, target, actual, weighted, sc, dev) -> {
                    PerformanceIndicator.Builder ib = PerformanceIndicator.builder();
                    ib.level1(l1);
                    ib.level2(l2);
                    ib.name(name);
                    ib.target(target);
                    ib.actual(actual);
                    if (weighted) {
                        ib.weight(sc);
                        ib.score(sc);
                    }
                    ib.deviationAnalysis(dev);
                    return ib.build();
                });
        return Combinators.combine(texts(), texts().optional(), texts().optional(),
                funding.list().ofMaxSize(4).uniqueElements(FundingRow::getSource), texts(), texts(),
                indicator.list().ofMaxSize(4), scores().optional()).as((name, dep, unit, f, goal, outcome, ind, total) -> {
                    ProjectPerformanceEvaluation.Builder b = ProjectPerformanceEvaluation.builder();
                    b.projectName(name);
                    b.competentDepartment(dep);
                    b.implementingUnit(unit);
                    b.funding(f);
                    b.expectedGoal(goal);
                    b.actualOutcome(outcome);
                    b.indicators(ind);
                    b.totalScore(total);
                    return b.build();
                });
    }

    static Arbitrary<OtherMatters> otherMatters() {
        Arbitrary<GovernmentProcurement> procurement = Combinators.combine(amounts().optional(), amounts().optional(),
                amounts().optional(), amounts().optional(), amounts().optional(), rates().optional(), rates().optional())
                .as((t, g, w, s, sme, share, micro) -> {
                    GovernmentProcurement.Builder b = GovernmentProcurement.builder();
                    b.total(t);
                    b.goods(g);
                    b.works(w);
                    b.services(s);
                    b.smeAmount(sme);
                    b.smeShare(share);
                    b.smallMicroShare(micro);
                    return b.build();
                });
        Arbitrary<StateAssets> assets = Combinators.combine(Arbitraries.integers().between(0, 500).optional(),
                Combinators.combine(Arbitraries.of("一般公务用车", "执法执勤用车", "特种专业技术用车"), Arbitraries.integers().between(0, 99))
                        .as(VehicleCount::of).list().ofMaxSize(3),
                Arbitraries.integers().between(0, 50).optional(), texts()).as((t, v, e, text) -> {
                    StateAssets.Builder b = StateAssets.builder();
                    b.vehicleTotal(t);
                    b.vehicles(v);
                    b.equipmentOverOneMillion(e);
                    b.text(text);
                    return b.build();
                });
        return Combinators.combine(amounts().optional(), amounts().optional(), procurement.optional(), assets.optional())
                .as((op, ch, p, a) -> {
                    OtherMatters.Builder b = OtherMatters.builder();
                    b.operatingExpenses(op);
                    b.operatingExpensesChange(ch);
                    b.procurement(p);
                    b.assets(a);
                    return b.build();
                });
    }

    /** Whole reports: each table absent, declared empty or present, independently. */
    static Arbitrary<FinalAccountReport> reports() {
        return Builders.withBuilder(FinalAccountReport::builder)
                .use(texts().filter(s -> !s.isBlank())).in((b, v) -> { b.department(v); return b; })
                .use(Arbitraries.integers().between(2019, 2026)).in((b, v) -> { b.fiscalYear(FiscalYear.of(v)); return b; })
                .use(Arbitraries.of(ReportScope.values())).in((b, v) -> { b.scope(v); return b; })
                .use(Arbitraries.of(UnitKind.values()).optional()).in((b, v) -> { b.unitKind(v); return b; })
                .use(Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)).optional())
                .in((b, v) -> { b.publicationDate(v); return b; })
                .use(texts().list().ofMaxSize(3)).in((b, v) -> { b.consolidatedUnits(v); return b; })
                .use(texts().list().ofMaxSize(3)).in((b, v) -> { b.duties(v); return b; })
                .use(texts().list().ofMaxSize(3)).in((b, v) -> { b.internalBodies(v); return b; })
                .use(summaryTables().optional()).in((b, v) -> { b.summary(v); return b; })
                .use(incomeTables().optional()).in((b, v) -> { b.income(v); return b; })
                .use(expenditureTables().optional()).in((b, v) -> { b.expenditure(v); return b; })
                .use(fiscalSummaryTables().optional()).in((b, v) -> { b.fiscalSummary(v); return b; })
                .use(generalBudgetTables().optional()).in((b, v) -> { b.generalBudgetExpenditure(v); return b; })
                .use(basicTables().optional()).in((b, v) -> { b.basicExpenditureDetail(v); return b; })
                .use(governmentFundTables().optional()).in((b, v) -> { b.governmentFund(v); return b; })
                .use(stateCapitalTables().optional()).in((b, v) -> { b.stateCapital(v); return b; })
                .use(threePublicTables().optional()).in((b, v) -> { b.threePublicExpenses(v); return b; })
                .use(evaluations().list().ofMaxSize(2)).in((b, v) -> { b.performanceEvaluations(v); return b; })
                .use(otherMatters().optional()).in((b, v) -> { b.otherMatters(v); return b; })
                .use(Combinators.combine(Arbitraries.of(ReportPart.values()), texts(), texts()).as(NarrativeSection::of)
                        .list().ofMaxSize(3)).in((b, v) -> { b.narrative(v); return b; })
                .build(FinalAccountReport.Builder::build);
    }

    /**
     * A small hand-built report with one of everything: present, declared-empty and absent tables,
     * blanks and zeros, 07 in the 2023 edition, evaluations with and without weights.
     */
    static FinalAccountReport small() {
        FinalAccountReport.Builder b = FinalAccountReport.builder();
        b.department("示例单位（本级）");
        b.fiscalYear(FiscalYear.of(2024));
        b.unitKind(UnitKind.ADMINISTRATIVE);
        b.publicationDate(LocalDate.of(2025, 9, 1));
        b.addConsolidatedUnits("示例单位本级");
        b.addDuties("负责示例工作。");
        b.addInternalBodies("办公室", "财务处");
        IncomeExpenditureSummaryTable.Builder s = IncomeExpenditureSummaryTable.builder();
        s.income(SummaryIncomeLine.GENERAL_BUDGET, "120.50").income(SummaryIncomeLine.TOTAL_INCOME, "120.50")
                .income(SummaryIncomeLine.BEGINNING_BALANCE, "0.00").income(SummaryIncomeLine.GRAND_TOTAL, "120.50");
        s.addExpenditureRows(SummaryExpenditureRow.of("201", "一般公共服务支出", "100.50"),
                SummaryExpenditureRow.of("208", "社会保障和就业支出", "20.00"));
        s.expenditure(SummaryExpenditureLine.TOTAL_EXPENDITURE, "120.50").expenditure(SummaryExpenditureLine.GRAND_TOTAL, "120.50");
        b.summary(s.build());
        IncomeTable.Builder inc = IncomeTable.builder();
        inc.total(Map.of());
        inc.addRows(IncomeRow.of("201", "一般公共服务支出", "100.50", "100.50", "", "0.00"),
                IncomeRow.of("2010301", "行政运行", "100.50", "100.50"));
        b.income(inc.build());
        ExpenditureTable.Builder exp = ExpenditureTable.builder();
        exp.total(Tables2.map(ExpenditureColumn.class, ExpenditureColumn.TOTAL, "120.50"));
        exp.addRows(ExpenditureRow.of("201", "一般公共服务支出", "100.50", "80.00", "20.50"),
                ExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "100.50", "80.00", "20.50"),
                ExpenditureRow.of("2010301", "行政运行", "80.00", "80.00", "-"));
        exp.addNotes("注：本表反映部门本年度各项支出情况。");
        b.expenditure(exp.build());
        BasicExpenditureDetailTable.Builder d = BasicExpenditureDetailTable.builder();
        d.addRows(BasicExpenditureRow.of("301", "工资福利支出", "60.00"), BasicExpenditureRow.of("30101", "基本工资", "60.00"),
                BasicExpenditureRow.of("302", "商品和服务支出", ""));
        d.personnelTotal(Amount.of("60.00"));
        b.basicExpenditureDetail(d.build());
        GovernmentFundTable.Builder gf = GovernmentFundTable.builder();
        gf.edition(TableEdition.E2023);
        gf.emptyStatement("本单位2024年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。");
        b.governmentFund(gf.build());
        b.threePublicExpenses(ThreePublicExpensesTable.of("3.00", "0.00", "2.00", "", "2.00", "1.00",
                "2.50", "0.00", "1.80", "", "1.80", "0.70"));
        ProjectPerformanceEvaluation.Builder p = ProjectPerformanceEvaluation.builder();
        p.projectName("政府信息公开工作经费");
        p.competentDepartment("示例单位");
        p.addFunding(FundingRow.of(FundingSource.TOTAL, "年度资金总额", "24.00", "24.00", "1.00", "4.17", "10"));
        p.addFunding(FundingRow.of(FundingSource.CURRENT_APPROPRIATION, "当年财政拨款", "24.00", "24.00", "1.00", "4.2"));
        PerformanceIndicator.Builder i = PerformanceIndicator.builder();
        i.level1("产出指标");
        i.level2("数量指标");
        i.name("公开信息条数");
        i.target("≥90%");
        i.actual("95%");
        i.weight(Score.of(20));
        i.score(Score.of(20));
        p.addIndicators(i.build());
        PerformanceIndicator.Builder j = PerformanceIndicator.builder();
        j.level1("满意度指标");
        j.level2("服务对象满意度指标");
        j.name("群众满意度");
        j.target("有所提高");
        j.actual("完成");
        j.deviationAnalysis("无偏差");
        p.addIndicators(j.build());
        p.totalScore(Score.parse("87.00"));
        b.addPerformanceEvaluations(p.build());
        OtherMatters.Builder o = OtherMatters.builder();
        o.operatingExpenses(Amount.of("20.00"));
        GovernmentProcurement.Builder gp = GovernmentProcurement.builder();
        gp.total(Amount.of("10.00"));
        gp.smeShare(Rate.ofPercent("100"));
        o.procurement(gp.build());
        StateAssets.Builder sa = StateAssets.builder();
        sa.vehicleTotal(1);
        sa.addVehicles(VehicleCount.of("一般公务用车", 1));
        o.assets(sa.build());
        b.otherMatters(o.build());
        b.addNarrative(NarrativeSection.of(ReportPart.EXPLANATION, "一、收入支出决算总体情况说明", "2024年度收、支总计120.50万元。"));
        return b.build();
    }

    /** Tiny helper for a one-cell map. */
    static final class Tables2 {
        private Tables2() {
        }

        static <C extends Enum<C>> Map<C, Amount> map(Class<C> type, C column, String amount) {
            Map<C, Amount> m = new EnumMap<>(type);
            m.put(column, Amount.of(amount));
            return m;
        }
    }
}
