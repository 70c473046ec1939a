package io.github.juesuan.validation;

import static io.github.juesuan.validation.Checks.at;
import static io.github.juesuan.validation.Checks.functionRollUp;
import static io.github.juesuan.validation.Checks.rowSum;
import static io.github.juesuan.validation.Checks.totalOfClasses;
import static io.github.juesuan.validation.Checks.totalFor;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.ExpenseKind;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
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
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.validation.RuleRun.Term;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of validation rules: the single list that the {@link ReportValidator} runs and that
 * {@code docs/rules.md} and the Bean Validation message bundles are generated from.
 *
 * <p>Rules are listed in a fixed order: within-table rules (roll-ups, row totals, the 01 and 04
 * balance lines, 06 and 09), ties between tables, completeness, catalog and 绩效自评表 rules.
 * {@link #forEdition(TableEdition)} gives the rule set of one layout year: rules for the 2023 layouts
 * of 公开07表 and 公开08表 differ from the 2024 ones.
 */
public final class RuleCatalog {

    private static final Set<TableEdition> BOTH = EnumSet.allOf(TableEdition.class);
    private static final Set<TableEdition> E2023 = EnumSet.of(TableEdition.E2023);
    private static final Set<TableEdition> E2024 = EnumSet.of(TableEdition.E2024);
    private static final List<TableId> CODED = List.of(TableId.T02, TableId.T03, TableId.T05, TableId.T07,
            TableId.T08);

    private static final RuleCatalog STANDARD = new RuleCatalog(buildRules());

    private final Map<String, Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (m.put(r.getId(), r) != null) {
                throw new IllegalStateException("rule id " + r.getId() + " is defined twice");
            }
        }
        this.rules = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Gets the standard catalogue.
     *
     * @return the catalogue
     */
    public static RuleCatalog standard() {
        return STANDARD;
    }

    /**
     * Gets every rule, in catalogue order.
     *
     * @return the rules
     */
    public List<Rule> getRules() {
        return List.copyOf(rules.values());
    }

    /** The rules in catalogue order, without the copy {@link #getRules()} makes for callers. */
    java.util.Collection<Rule> rules() {
        return rules.values();
    }

    /**
     * Gets the rules that apply to a table edition (layout year), in catalogue order.
     *
     * @param edition the edition, not null
     * @return the rules
     */
    public List<Rule> forEdition(TableEdition edition) {
        return rules.values().stream().filter(r -> r.appliesTo(edition)).collect(Collectors.toList());
    }

    /**
     * Finds a rule by id.
     *
     * @param id the id, not null
     * @return the rule, empty if unknown
     */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * Gets a rule by id.
     *
     * @param id the id, not null
     * @return the rule
     * @throws IllegalArgumentException naming the id if the catalogue has no such rule
     */
    public Rule get(String id) {
        Rule r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("'" + id + "' is not a rule id of the catalogue (ids look like "
                    + "INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS)");
        }
        return r;
    }

    // ------------------------------------------------------------------------------------------------

    private static Rule rule(String id, RuleFamily family, Severity severity, String zh, String en,
            List<TableId> tables, String formula, Set<TableEdition> editions, Rule.Check check) {
        return new Rule(id, family, severity, zh, en, tables, false, formula, editions, check);
    }

    private static Rule perf(String id, Severity severity, String zh, String en, String formula, Rule.Check check) {
        return new Rule(id, RuleFamily.PERF, severity, zh, en, List.of(), true, formula, BOTH, check);
    }

    private static List<Rule> buildRules() {
        List<Rule> out = new ArrayList<>();
        RuleFamily intra = RuleFamily.INTRA;
        RuleFamily inter = RuleFamily.INTER;
        Severity error = Severity.ERROR;

        // ---- roll-ups by code level
        out.add(rule("INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", intra, error,
                "款行等于其所属项行之和", "Each 款 row equals the sum of its 项 rows", CODED,
                "款 row = Σ 项 rows of that 款, in every column", BOTH, run -> {
                    FinalAccountReport r = run.report();
                    functionRollUp(run, run.need(TableId.T02, r.getIncome()), CodeLevel.SECTION);
                    functionRollUp(run, run.need(TableId.T03, r.getExpenditure()), CodeLevel.SECTION);
                    functionRollUp(run, run.need(TableId.T05, r.getGeneralBudgetExpenditure()), CodeLevel.SECTION);
                    functionRollUp(run, run.need(TableId.T07, r.getGovernmentFund()), CodeLevel.SECTION);
                    functionRollUp(run, run.need(TableId.T08, r.getStateCapital()), CodeLevel.SECTION);
                }));
        out.add(rule("INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS", intra, error,
                "类行等于其所属款行之和", "Each 类 row equals the sum of its 款 rows",
                List.of(TableId.T02, TableId.T03, TableId.T05, TableId.T06, TableId.T07, TableId.T08),
                "类 row = Σ 款 rows of that 类, in every column (functional codes; economic codes in 06)", BOTH, run -> {
                    FinalAccountReport r = run.report();
                    functionRollUp(run, run.need(TableId.T02, r.getIncome()), CodeLevel.CLASS);
                    functionRollUp(run, run.need(TableId.T03, r.getExpenditure()), CodeLevel.CLASS);
                    functionRollUp(run, run.need(TableId.T05, r.getGeneralBudgetExpenditure()), CodeLevel.CLASS);
                    run.need(TableId.T06, r.getBasicExpenditureDetail()).ifPresent(t -> Checks.rollUp(run, t,
                            CodeLevel.CLASS, EconomicCode::getLevel, EconomicCode::getParent));
                    functionRollUp(run, run.need(TableId.T07, r.getGovernmentFund()), CodeLevel.CLASS);
                    functionRollUp(run, run.need(TableId.T08, r.getStateCapital()), CodeLevel.CLASS);
                }));
        out.add(rule("INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES", intra, error,
                "合计行等于各类行之和", "The 合计 row equals the sum of the 类 rows", CODED,
                "合计 = Σ 类 rows, in every column", BOTH, run -> {
                    FinalAccountReport r = run.report();
                    totalOfClasses(run, run.need(TableId.T02, r.getIncome()));
                    totalOfClasses(run, run.need(TableId.T03, r.getExpenditure()));
                    totalOfClasses(run, run.need(TableId.T05, r.getGeneralBudgetExpenditure()));
                    totalOfClasses(run, run.need(TableId.T07, r.getGovernmentFund()));
                    totalOfClasses(run, run.need(TableId.T08, r.getStateCapital()));
                }));

        // ---- row totals of coded tables
        out.add(rule("INTRA.ROW.T02_TOTAL_EQUALS_SUM_OF_SOURCES", intra, error,
                "收入决算表每行本年收入合计等于各项收入之和", "In every row of Table 02, total income equals the sum of its sources",
                List.of(TableId.T02), "本年收入合计(1) = 财政拨款收入(2) + 上级补助收入(3) + 事业收入(4) + 经营收入(5) + "
                        + "附属单位上缴收入(6) + 其他收入(7)", BOTH,
                run -> rowSum(run, run.need(TableId.T02, run.report().getIncome()), IncomeColumn.TOTAL,
                        IncomeColumn.FISCAL_APPROPRIATION, IncomeColumn.SUPERIOR_SUBSIDY, IncomeColumn.BUSINESS,
                        IncomeColumn.OPERATING, IncomeColumn.AFFILIATED_REMITTANCE, IncomeColumn.OTHER)));
        out.add(rule("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS", intra, error,
                "支出决算表每行本年支出合计等于各类支出之和", "In every row of Table 03, total expenditure equals the sum of its kinds",
                List.of(TableId.T03), "本年支出合计(1) = 基本支出(2) + 项目支出(3) + 上缴上级支出(4) + 经营支出(5) + "
                        + "对附属单位补助支出(6)", BOTH,
                run -> rowSum(run, run.need(TableId.T03, run.report().getExpenditure()), ExpenditureColumn.TOTAL,
                        ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT, ExpenditureColumn.REMITTED_TO_SUPERIOR,
                        ExpenditureColumn.OPERATING, ExpenditureColumn.SUBSIDY_TO_AFFILIATED)));
        out.add(rule("INTRA.ROW.T05_TOTAL_EQUALS_BASIC_PLUS_PROJECT", intra, error,
                "一般公共预算财政拨款支出决算表每行合计等于基本支出加项目支出",
                "In every row of Table 05, the total equals basic plus project expenditure", List.of(TableId.T05),
                "合计 = 基本支出 小计 + 项目支出", BOTH,
                run -> rowSum(run, run.need(TableId.T05, run.report().getGeneralBudgetExpenditure()),
                        GeneralBudgetColumn.TOTAL, GeneralBudgetColumn.BASIC, GeneralBudgetColumn.PROJECT)));
        out.add(rule("INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE", intra, error,
                "一般公共预算财政拨款支出决算表每行基本支出等于人员经费加公用经费",
                "In every row of Table 05, basic expenditure equals personnel plus public-use expenses",
                List.of(TableId.T05), "基本支出 小计 = 人员经费 + 公用经费 (NOT_ASSESSED when the table prints no "
                        + "人员经费 / 公用经费 columns, as the 上海 template)", BOTH,
                run -> rowSum(run, run.need(TableId.T05, run.report().getGeneralBudgetExpenditure())
                        .filter(t -> Checks.printsPersonnelSplit(run, t)),
                        GeneralBudgetColumn.BASIC, GeneralBudgetColumn.PERSONNEL, GeneralBudgetColumn.PUBLIC_USE)));
        out.add(rule("INTRA.ROW.T07_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT", intra, error,
                "政府性基金表每行本年支出等于基本支出加项目支出",
                "In every row of Table 07, expenditure equals basic plus project expenditure", List.of(TableId.T07),
                "本年支出 小计 = 基本支出 + 项目支出", BOTH,
                run -> rowSum(run, run.need(TableId.T07, run.report().getGovernmentFund()),
                        GovernmentFundColumn.EXPENDITURE, GovernmentFundColumn.EXPENDITURE_BASIC,
                        GovernmentFundColumn.EXPENDITURE_PROJECT)));
        out.add(rule("INTRA.ROW.T07_BALANCE_CARRIES_FORWARD", intra, error,
                "政府性基金表每行年初结转和结余加本年收入减本年支出等于年末结转和结余",
                "In every row of Table 07, opening balance plus income minus expenditure equals the closing balance",
                List.of(TableId.T07), "年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余", BOTH,
                run -> run.need(TableId.T07, run.report().getGovernmentFund()).ifPresent(t -> {
                    run.assessed();
                    var lines = Checks.lines(t, true);
                    for (int i = 0; i < lines.size(); i++) {
                        Checks.Line<GovernmentFundColumn> l = lines.get(i);
                        run.equation(at(TableId.T07, l.key(), GovernmentFundColumn.ENDING_BALANCE),
                                l.get(GovernmentFundColumn.ENDING_BALANCE), List.of(
                                        Term.plus(at(TableId.T07, l.key(), GovernmentFundColumn.BEGINNING_BALANCE),
                                                l.get(GovernmentFundColumn.BEGINNING_BALANCE)),
                                        Term.plus(at(TableId.T07, l.key(), GovernmentFundColumn.INCOME),
                                                l.get(GovernmentFundColumn.INCOME)),
                                        Term.minus(at(TableId.T07, l.key(), GovernmentFundColumn.EXPENDITURE),
                                                l.get(GovernmentFundColumn.EXPENDITURE))));
                    }
                })));
        out.add(rule("INTRA.ROW.T07_2023_BALANCES_EQUAL_SUM_OF_PARTS", intra, error,
                "政府性基金表（2023年版）每行年初、本年收入、年末各栏等于其分栏之和",
                "In every row of Table 07 (2023 layout), opening balance, income and closing balance equal their parts",
                List.of(TableId.T07), "年初结转和结余 = 基本支出结转 + 项目支出结转和结余; 本年收入 = 基本支出 + 项目支出; "
                        + "年末结转和结余 = 基本支出结转 + 项目支出结转 + 项目支出结余", E2023,
                run -> {
                    Optional<GovernmentFundTable> t = run.need(TableId.T07, run.report().getGovernmentFund());
                    rowSum(run, t, GovernmentFundColumn.BEGINNING_BALANCE,
                            GovernmentFundColumn.BEGINNING_BASIC_CARRYOVER, GovernmentFundColumn.BEGINNING_PROJECT_BALANCE);
                    rowSum(run, t, GovernmentFundColumn.INCOME, GovernmentFundColumn.INCOME_BASIC,
                            GovernmentFundColumn.INCOME_PROJECT);
                    rowSum(run, t, GovernmentFundColumn.ENDING_BALANCE, GovernmentFundColumn.ENDING_BASIC_CARRYOVER,
                            GovernmentFundColumn.ENDING_PROJECT_CARRYOVER, GovernmentFundColumn.ENDING_PROJECT_SURPLUS);
                }));
        out.add(rule("INTRA.ROW.T08_EXPENDITURE_EQUALS_BASIC_PLUS_PROJECT", intra, error,
                "国有资本经营预算表（2024年版）每行本年支出合计等于基本支出加项目支出",
                "In every row of Table 08 (2024 layout), expenditure equals basic plus project expenditure",
                List.of(TableId.T08), "本年支出 合计 = 基本支出 + 项目支出", E2024,
                run -> rowSum(run, run.need(TableId.T08, run.report().getStateCapital()),
                        StateCapitalColumn.EXPENDITURE, StateCapitalColumn.EXPENDITURE_BASIC,
                        StateCapitalColumn.EXPENDITURE_PROJECT)));
        out.add(rule("INTRA.ROW.T08_2023_BALANCE_CARRIES_FORWARD", intra, error,
                "国有资本经营预算表（2023年版）每行年初结转和结余加本年收入减本年支出等于年末结转和结余，且结转加结余等于合计",
                "In every row of Table 08 (2023 layout), opening balance plus income minus expenditure equals the "
                        + "closing balance, and each balance equals carry-over plus surplus",
                List.of(TableId.T08), "年初 合计 + 本年收入 − 本年支出 = 年末 合计; 年初 合计 = 结转 + 结余; 年末 合计 = 结转 + 结余",
                E2023, run -> {
                    Optional<StateCapitalTable> t = run.need(TableId.T08, run.report().getStateCapital());
                    rowSum(run, t, StateCapitalColumn.BEGINNING_BALANCE, StateCapitalColumn.BEGINNING_CARRYOVER,
                            StateCapitalColumn.BEGINNING_SURPLUS);
                    rowSum(run, t, StateCapitalColumn.ENDING_BALANCE, StateCapitalColumn.ENDING_CARRYOVER,
                            StateCapitalColumn.ENDING_SURPLUS);
                    t.ifPresent(table -> {
                        var lines = Checks.lines(table, true);
                        for (int i = 0; i < lines.size(); i++) {
                            Checks.Line<StateCapitalColumn> l = lines.get(i);
                            run.equation(at(TableId.T08, l.key(), StateCapitalColumn.ENDING_BALANCE),
                                    l.get(StateCapitalColumn.ENDING_BALANCE), List.of(
                                            Term.plus(at(TableId.T08, l.key(), StateCapitalColumn.BEGINNING_BALANCE),
                                                    l.get(StateCapitalColumn.BEGINNING_BALANCE)),
                                            Term.plus(at(TableId.T08, l.key(), StateCapitalColumn.INCOME),
                                                    l.get(StateCapitalColumn.INCOME)),
                                            Term.minus(at(TableId.T08, l.key(), StateCapitalColumn.EXPENDITURE),
                                                    l.get(StateCapitalColumn.EXPENDITURE))));
                        }
                    });
                }));

        // ---- 公开01表
        out.add(rule("INTRA.T01.TOTAL_INCOME_EQUALS_SUM_OF_SOURCES", intra, error,
                "收入支出决算总表本年收入合计等于各项收入之和", "In Table 01, 本年收入合计 equals the sum of the income lines",
                List.of(TableId.T01), "本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + "
                        + "国有资本经营预算财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入", BOTH,
                run -> run.need(TableId.T01, run.report().getSummary()).ifPresent(t -> {
                    List<Term> terms = new ArrayList<>();
                    for (SummaryIncomeLine l : List.of(SummaryIncomeLine.GENERAL_BUDGET,
                            SummaryIncomeLine.GOVERNMENT_FUND, SummaryIncomeLine.STATE_CAPITAL,
                            SummaryIncomeLine.SUPERIOR_SUBSIDY, SummaryIncomeLine.BUSINESS, SummaryIncomeLine.OPERATING,
                            SummaryIncomeLine.AFFILIATED_REMITTANCE, SummaryIncomeLine.OTHER)) {
                        terms.add(Term.plus(t01(l), t.get(l)));
                    }
                    run.equation(t01(SummaryIncomeLine.TOTAL_INCOME), t.get(SummaryIncomeLine.TOTAL_INCOME), terms);
                })));
        out.add(rule("INTRA.T01.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES", intra, error,
                "收入支出决算总表本年支出合计等于各类支出之和", "In Table 01, 本年支出合计 equals the sum of the 类 rows",
                List.of(TableId.T01), "本年支出合计 = Σ 类 rows of the expenditure side", BOTH,
                run -> run.need(TableId.T01, run.report().getSummary()).ifPresent(t -> {
                    // the sum first, in hundredths: the terms and their cells are made only for a difference
                    long sum = 0;
                    List<SummaryExpenditureRow> rows = t.getExpenditureRows();
                    for (int i = 0; i < rows.size(); i++) {
                        sum = Hundredths.plus(sum, rows.get(i).getAmount().orElse(null));
                    }
                    if (run.holds(t.get(SummaryExpenditureLine.TOTAL_EXPENDITURE).orElse(null), sum)) {
                        return;
                    }
                    List<Term> terms = new ArrayList<>();
                    var expenditureRows = t.getExpenditureRows();
                    for (int i = 0; i < expenditureRows.size(); i++) {
                        SummaryExpenditureRow r = expenditureRows.get(i);
                        terms.add(Term.plus(t01(r.getCode()), r.getAmount()));
                    }
                    run.equation(t01(SummaryExpenditureLine.TOTAL_EXPENDITURE),
                            t.get(SummaryExpenditureLine.TOTAL_EXPENDITURE), terms);
                })));
        out.add(rule("INTRA.T01.INCOME_GRAND_TOTAL", intra, error,
                "收入支出决算总表收入总计等于本年收入合计加使用非财政拨款结余加年初结转和结余",
                "In Table 01, the income 总计 equals 本年收入合计 plus use of non-appropriation balance plus the "
                        + "opening balance", List.of(TableId.T01),
                "收入 总计 = 本年收入合计 + 使用非财政拨款结余（含专用结余） + 年初结转和结余", BOTH,
                run -> run.need(TableId.T01, run.report().getSummary()).ifPresent(t -> run.equation(
                        t01(SummaryIncomeLine.GRAND_TOTAL), t.get(SummaryIncomeLine.GRAND_TOTAL), List.of(
                                Term.plus(t01(SummaryIncomeLine.TOTAL_INCOME), t.get(SummaryIncomeLine.TOTAL_INCOME)),
                                Term.plus(t01(SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE),
                                        t.get(SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE)),
                                Term.plus(t01(SummaryIncomeLine.BEGINNING_BALANCE),
                                        t.get(SummaryIncomeLine.BEGINNING_BALANCE)))))));
        out.add(rule("INTRA.T01.EXPENDITURE_GRAND_TOTAL", intra, error,
                "收入支出决算总表支出总计等于本年支出合计加结余分配加年末结转和结余",
                "In Table 01, the expenditure 总计 equals 本年支出合计 plus surplus distribution plus the closing balance",
                List.of(TableId.T01), "支出 总计 = 本年支出合计 + 结余分配 + 年末结转和结余", BOTH,
                run -> run.need(TableId.T01, run.report().getSummary()).ifPresent(t -> run.equation(
                        t01(SummaryExpenditureLine.GRAND_TOTAL), t.get(SummaryExpenditureLine.GRAND_TOTAL), List.of(
                                Term.plus(t01(SummaryExpenditureLine.TOTAL_EXPENDITURE),
                                        t.get(SummaryExpenditureLine.TOTAL_EXPENDITURE)),
                                Term.plus(t01(SummaryExpenditureLine.SURPLUS_DISTRIBUTION),
                                        t.get(SummaryExpenditureLine.SURPLUS_DISTRIBUTION)),
                                Term.plus(t01(SummaryExpenditureLine.ENDING_BALANCE),
                                        t.get(SummaryExpenditureLine.ENDING_BALANCE)))))));
        out.add(rule("INTRA.T01.GRAND_TOTALS_BALANCE", intra, error,
                "收入支出决算总表收支两侧总计相等", "In Table 01, the income and expenditure 总计 are equal",
                List.of(TableId.T01), "收入 总计 = 支出 总计", BOTH,
                run -> run.need(TableId.T01, run.report().getSummary()).ifPresent(t -> run.equation(
                        t01(SummaryExpenditureLine.GRAND_TOTAL), t.get(SummaryExpenditureLine.GRAND_TOTAL), List.of(
                                Term.plus(t01(SummaryIncomeLine.GRAND_TOTAL), t.get(SummaryIncomeLine.GRAND_TOTAL)))))));

        // ---- 公开04表
        out.add(rule("INTRA.T04.TOTAL_INCOME_EQUALS_SUM_OF_FUNDS", intra, error,
                "财政拨款收入支出决算总表本年收入合计等于三项财政拨款之和",
                "In Table 04, 本年收入合计 equals the sum of the three appropriations", List.of(TableId.T04),
                "本年收入合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款", BOTH,
                run -> run.need(TableId.T04, run.report().getFiscalSummary()).ifPresent(t -> run.equation(
                        t04(FiscalIncomeLine.TOTAL_INCOME), t.get(FiscalIncomeLine.TOTAL_INCOME), List.of(
                                Term.plus(t04(FiscalIncomeLine.GENERAL_BUDGET), t.get(FiscalIncomeLine.GENERAL_BUDGET)),
                                Term.plus(t04(FiscalIncomeLine.GOVERNMENT_FUND), t.get(FiscalIncomeLine.GOVERNMENT_FUND)),
                                Term.plus(t04(FiscalIncomeLine.STATE_CAPITAL), t.get(FiscalIncomeLine.STATE_CAPITAL)))))));
        out.add(rule("INTRA.T04.BEGINNING_BALANCE_EQUALS_SUM_OF_FUNDS", intra, error,
                "财政拨款收入支出决算总表年初财政拨款结转和结余等于其三项之和",
                "In Table 04, the opening appropriation balance equals the sum of its three fund kinds",
                List.of(TableId.T04), "年初财政拨款结转和结余 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 (when the split is printed)",
                BOTH, run -> run.need(TableId.T04, run.report().getFiscalSummary()).ifPresent(t -> {
                    run.assessed();
                    List<FiscalIncomeLine> parts = List.of(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET,
                            FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND, FiscalIncomeLine.BEGINNING_STATE_CAPITAL);
                    boolean split = false;
                    for (int i = 0; i < parts.size() && !split; i++) {
                        split = t.get(parts.get(i)).isPresent();
                    }
                    if (!split) {
                        return;
                    }
                    List<Term> terms = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        FiscalIncomeLine p = parts.get(i);
                        terms.add(Term.plus(t04(p), t.get(p)));
                    }
                    run.equation(t04(FiscalIncomeLine.BEGINNING_BALANCE), t.get(FiscalIncomeLine.BEGINNING_BALANCE),
                            terms);
                })));
        out.add(rule("INTRA.T04.TOTAL_EXPENDITURE_EQUALS_SUM_OF_CLASSES", intra, error,
                "财政拨款收入支出决算总表本年支出合计等于各类支出之和（每栏）",
                "In Table 04, 本年支出合计 equals the sum of the 类 rows, in every column", List.of(TableId.T04),
                "本年支出合计 = Σ 类 rows, for 合计 and each fund column", BOTH,
                run -> run.need(TableId.T04, run.report().getFiscalSummary()).ifPresent(t -> {
                    var columns = FiscalSummaryRow.COLUMNS;
                    for (int i = 0; i < columns.size(); i++) {
                        FiscalSummaryColumn c = columns.get(i);
                        long sum = 0;
                        List<FiscalSummaryRow> rows = t.getExpenditureRows();
                        for (int j = 0; j < rows.size(); j++) {
                            sum = Hundredths.plus(sum, rows.get(j).getAmounts().get(c));
                        }
                        if (run.holds(t.get(FiscalExpenditureLine.TOTAL_EXPENDITURE, c).orElse(null), sum)) {
                            continue;
                        }
                        List<Term> terms = new ArrayList<>();
                        var expenditureRows = t.getExpenditureRows();
                        for (int j = 0; j < expenditureRows.size(); j++) {
                            FiscalSummaryRow r = expenditureRows.get(j);
                            terms.add(Term.plus(at(TableId.T04, RowKey.of(r.getCode()), c), r.get(c)));
                        }
                        run.equation(t04(FiscalExpenditureLine.TOTAL_EXPENDITURE, c),
                                t.get(FiscalExpenditureLine.TOTAL_EXPENDITURE, c), terms);
                    }
                })));
        out.add(rule("INTRA.T04.ROW_TOTAL_EQUALS_SUM_OF_FUNDS", intra, error,
                "财政拨款收入支出决算总表支出每行合计等于三项财政拨款之和",
                "In every expenditure row of Table 04, 合计 equals the sum of the three fund columns",
                List.of(TableId.T04), "合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款", BOTH,
                run -> run.need(TableId.T04, run.report().getFiscalSummary()).ifPresent(t -> {
                    run.assessed();
                    Map<RowKey, Map<FiscalSummaryColumn, Amount>> rows = new LinkedHashMap<>();
                    var expenditureRows = t.getExpenditureRows();
                    for (int i = 0; i < expenditureRows.size(); i++) {
                        FiscalSummaryRow r = expenditureRows.get(i);
                        rows.put(RowKey.of(r.getCode()), r.getAmounts());
                    }
                    for (FiscalExpenditureLine l : FiscalExpenditureLine.values()) {
                        if (t.getExpenditureLines().containsKey(l)) {
                            rows.put(l.getRowKey(), t.getExpenditureLines().get(l));
                        }
                    }
                    rows.forEach((k, m) -> run.equation(at(TableId.T04, k, FiscalSummaryColumn.EXPENDITURE_TOTAL),
                            Optional.ofNullable(m.get(FiscalSummaryColumn.EXPENDITURE_TOTAL)), List.of(
                                    fund(k, m, FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET),
                                    fund(k, m, FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND),
                                    fund(k, m, FiscalSummaryColumn.EXPENDITURE_STATE_CAPITAL))));
                })));
        out.add(rule("INTRA.T04.INCOME_GRAND_TOTAL", intra, error,
                "财政拨款收入支出决算总表收入总计等于本年收入合计加年初财政拨款结转和结余",
                "In Table 04, the income 总计 equals 本年收入合计 plus the opening balance", List.of(TableId.T04),
                "收入 总计 = 本年收入合计 + 年初财政拨款结转和结余", BOTH,
                run -> run.need(TableId.T04, run.report().getFiscalSummary()).ifPresent(t -> run.equation(
                        t04(FiscalIncomeLine.GRAND_TOTAL), t.get(FiscalIncomeLine.GRAND_TOTAL), List.of(
                                Term.plus(t04(FiscalIncomeLine.TOTAL_INCOME), t.get(FiscalIncomeLine.TOTAL_INCOME)),
                                Term.plus(t04(FiscalIncomeLine.BEGINNING_BALANCE),
                                        t.get(FiscalIncomeLine.BEGINNING_BALANCE)))))));
        out.add(rule("INTRA.T04.EXPENDITURE_GRAND_TOTAL", intra, error,
                "财政拨款收入支出决算总表支出总计等于本年支出合计加年末财政拨款结转和结余（每栏）",
                "In Table 04, the expenditure 总计 equals 本年支出合计 plus the closing balance, in every column",
                List.of(TableId.T04), "支出 总计 = 本年支出合计 + 年末财政拨款结转和结余, for 合计 and each fund column", BOTH,
                run -> run.need(TableId.T04, run.report().getFiscalSummary()).ifPresent(t -> {
                    var columns = FiscalSummaryRow.COLUMNS;
                    for (int i = 0; i < columns.size(); i++) {
                        FiscalSummaryColumn c = columns.get(i);
                        run.equation(t04(FiscalExpenditureLine.GRAND_TOTAL, c),
                                t.get(FiscalExpenditureLine.GRAND_TOTAL, c), List.of(
                                        Term.plus(t04(FiscalExpenditureLine.TOTAL_EXPENDITURE, c),
                                                t.get(FiscalExpenditureLine.TOTAL_EXPENDITURE, c)),
                                        Term.plus(t04(FiscalExpenditureLine.ENDING_BALANCE, c),
                                                t.get(FiscalExpenditureLine.ENDING_BALANCE, c))));
                    }
                })));
        out.add(rule("INTRA.T04.GRAND_TOTALS_BALANCE", intra, error,
                "财政拨款收入支出决算总表收支两侧总计相等", "In Table 04, the income and expenditure 总计 are equal",
                List.of(TableId.T04), "收入 总计 = 支出 总计 (合计 column)", BOTH,
                run -> run.need(TableId.T04, run.report().getFiscalSummary()).ifPresent(t -> run.equation(
                        t04(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_TOTAL),
                        t.get(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_TOTAL), List.of(
                                Term.plus(t04(FiscalIncomeLine.GRAND_TOTAL), t.get(FiscalIncomeLine.GRAND_TOTAL)))))));

        // ---- 公开06表
        out.add(rule("INTRA.T06.PERSONNEL_TOTAL_EQUALS_301_PLUS_303", intra, error,
                "基本支出明细表人员经费合计等于工资福利支出（301）加对个人和家庭的补助（303）",
                "In Table 06, 人员经费合计 equals 301 plus 303", List.of(TableId.T06),
                "人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助", BOTH,
                run -> run.need(TableId.T06, run.report().getBasicExpenditureDetail()).ifPresent(
                        t -> kindTotal(run, t, ExpenseKind.PERSONNEL))));
        out.add(rule("INTRA.T06.PUBLIC_USE_TOTAL_EQUALS_OTHER_CLASSES", intra, error,
                "基本支出明细表公用经费合计等于301、303以外各类之和",
                "In Table 06, 公用经费合计 equals the sum of the classes other than 301 and 303", List.of(TableId.T06),
                "公用经费合计 = 302 + 307 + 310 + 399 (every 类 except 301 and 303)", BOTH,
                run -> run.need(TableId.T06, run.report().getBasicExpenditureDetail()).ifPresent(
                        t -> kindTotal(run, t, ExpenseKind.PUBLIC_USE))));

        // ---- 公开09表
        out.add(rule("INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS", intra, error,
                "“三公”经费合计等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和（预算数、决算数）",
                "In Table 09, the total equals overseas travel plus vehicles plus reception, for budget and final",
                List.of(TableId.T09), "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 小计 + 公务接待费, for 预算数 and 决算数",
                BOTH, run -> run.need(TableId.T09, run.report().getThreePublicExpenses()).ifPresent(t -> {
                    t09(run, t, ThreePublicExpensesColumn.BUDGET_TOTAL, ThreePublicExpensesColumn.BUDGET_OVERSEAS,
                            ThreePublicExpensesColumn.BUDGET_VEHICLES, ThreePublicExpensesColumn.BUDGET_RECEPTION);
                    t09(run, t, ThreePublicExpensesColumn.FINAL_TOTAL, ThreePublicExpensesColumn.FINAL_OVERSEAS,
                            ThreePublicExpensesColumn.FINAL_VEHICLES, ThreePublicExpensesColumn.FINAL_RECEPTION);
                })));
        out.add(rule("INTRA.T09.VEHICLES_EQUAL_PURCHASE_PLUS_OPERATION", intra, error,
                "公务用车购置及运行维护费小计等于购置费加运行维护费（预算数、决算数）",
                "In Table 09, the vehicle subtotal equals purchase plus operation, for budget and final",
                List.of(TableId.T09), "公务用车购置及运行维护费 小计 = 公务用车购置费 + 公务用车运行维护费, for 预算数 and 决算数",
                BOTH, run -> run.need(TableId.T09, run.report().getThreePublicExpenses()).ifPresent(t -> {
                    t09(run, t, ThreePublicExpensesColumn.BUDGET_VEHICLES,
                            ThreePublicExpensesColumn.BUDGET_VEHICLE_PURCHASE,
                            ThreePublicExpensesColumn.BUDGET_VEHICLE_OPERATION);
                    t09(run, t, ThreePublicExpensesColumn.FINAL_VEHICLES,
                            ThreePublicExpensesColumn.FINAL_VEHICLE_PURCHASE,
                            ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION);
                })));

        InterTies.add(out);
        OtherRules.add(out);
        NarrativeRules.add(out);
        TextRules.add(out);
        ProseLogicRules.add(out);
        RecallRules.add(out);
        return out;
    }

    /**
     * The cells of the lines of 01 and 04, made once (the checks name them on every validation); a holder
     * class, so that they exist before {@link #STANDARD} is built, whatever the order of the fields.
     */
    private static final class Cells {
        static final Map<SummaryIncomeLine, Location> T01_INCOME = new EnumMap<>(SummaryIncomeLine.class);
        static final Map<SummaryExpenditureLine, Location> T01_EXPENDITURE =
                new EnumMap<>(SummaryExpenditureLine.class);
        static final Map<FiscalIncomeLine, Location> T04_INCOME = new EnumMap<>(FiscalIncomeLine.class);
        static final Map<FiscalExpenditureLine, Map<FiscalSummaryColumn, Location>> T04_EXPENDITURE =
                new EnumMap<>(FiscalExpenditureLine.class);

        static {
            for (SummaryIncomeLine l : SummaryIncomeLine.values()) {
                T01_INCOME.put(l, Location.of(TableId.T01, l.getRowKey(), SummaryColumn.INCOME));
            }
            for (SummaryExpenditureLine l : SummaryExpenditureLine.values()) {
                T01_EXPENDITURE.put(l, Location.of(TableId.T01, l.getRowKey(), SummaryColumn.EXPENDITURE));
            }
            for (FiscalIncomeLine l : FiscalIncomeLine.values()) {
                T04_INCOME.put(l, Location.of(TableId.T04, l.getRowKey(), FiscalSummaryColumn.INCOME));
            }
            for (FiscalExpenditureLine l : FiscalExpenditureLine.values()) {
                Map<FiscalSummaryColumn, Location> m = new EnumMap<>(FiscalSummaryColumn.class);
                for (FiscalSummaryColumn c : FiscalSummaryColumn.values()) {
                    m.put(c, Location.of(TableId.T04, l.getRowKey(), c));
                }
                T04_EXPENDITURE.put(l, m);
            }
        }
    }

    static Location t01(SummaryIncomeLine l) {
        return Cells.T01_INCOME.get(l);
    }

    static Location t01(SummaryExpenditureLine l) {
        return Cells.T01_EXPENDITURE.get(l);
    }

    static Location t01(FunctionCode classCode) {
        return Location.of(TableId.T01, RowKey.of(classCode), SummaryColumn.EXPENDITURE);
    }

    static Location t04(FiscalIncomeLine l) {
        return Cells.T04_INCOME.get(l);
    }

    static Location t04(FiscalExpenditureLine l, FiscalSummaryColumn c) {
        return Cells.T04_EXPENDITURE.get(l).get(c);
    }

    private static Term fund(RowKey k, Map<FiscalSummaryColumn, Amount> m, FiscalSummaryColumn c) {
        return Term.plus(at(TableId.T04, k, c), Optional.ofNullable(m.get(c)));
    }

    private static void t09(RuleRun run, ThreePublicExpensesTable t, ThreePublicExpensesColumn total,
            ThreePublicExpensesColumn... parts) {
        List<Term> terms = new ArrayList<>();
        for (ThreePublicExpensesColumn p : parts) {
            terms.add(Term.plus(at(TableId.T09, ThreePublicExpensesTable.ROW, p), t.get(p)));
        }
        run.equation(at(TableId.T09, ThreePublicExpensesTable.ROW, total), t.get(total), terms);
    }

    private static void kindTotal(RuleRun run, BasicExpenditureDetailTable t, ExpenseKind kind) {
        boolean hasClassRows = false;
        List<BasicExpenditureRow> rows = t.getRows();
        for (int i = 0; i < rows.size() && !hasClassRows; i++) {
            hasClassRows = rows.get(i).getCode().getLevel() == CodeLevel.CLASS;
        }
        CodeLevel summed = hasClassRows ? CodeLevel.CLASS : CodeLevel.SECTION;
        Optional<Amount> printed = kind == ExpenseKind.PERSONNEL ? t.getPersonnelTotal() : t.getPublicUseTotal();
        // the sum first, in hundredths: the terms and their cells are made only for a difference
        long sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            BasicExpenditureRow r = rows.get(i);
            if (r.getCode().getLevel() == summed && r.getCode().getExpenseKind() == kind) {
                sum = Hundredths.plus(sum, r.getAmounts().get(BasicExpenditureColumn.AMOUNT));
            }
        }
        if (run.holds(printed.orElse(null), sum)) {
            return;
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BasicExpenditureRow r = rows.get(i);
            if (r.getCode().getLevel() == summed && r.getCode().getExpenseKind() == kind) {
                terms.add(Term.plus(at(TableId.T06, t.keyOf(r), BasicExpenditureColumn.AMOUNT),
                        r.get(BasicExpenditureColumn.AMOUNT)));
            }
        }
        RowKey key = kind == ExpenseKind.PERSONNEL ? BasicExpenditureDetailTable.PERSONNEL_TOTAL
                : BasicExpenditureDetailTable.PUBLIC_USE_TOTAL;
        run.equation(at(TableId.T06, key, BasicExpenditureColumn.AMOUNT), printed, terms);
    }

    // ------------------------------------------------------------------------------------------------
    // Markdown

    /**
     * Renders the catalogue as the Markdown of {@code docs/rules.md}.
     *
     * @return the Markdown text, with LF line ends
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Validation rules (校验规则)\n\n");
        sb.append("<!-- Generated from io.github.juesuan.validation.RuleCatalog: do not edit by hand. -->\n");
        sb.append("<!-- Regenerate: mvn -pl core test -Dtest=RuleDocsTest -Djuesuan.regenerate=true -->\n\n");
        sb.append("Every rule has a stable id, a default severity (ERROR, WARNING, INFO; a difference within the ")
                .append("rounding allowance is reported as ROUNDING whatever the rule's severity), the tables it reads ")
                .append("and the layout editions it applies to. A rule whose tables are absent is reported as ")
                .append("NOT_ASSESSED, never as passed.\n\n");
        sb.append("Rounding allowance (default, `Tolerance.derived()`): an equation between *n* printed figures ")
                .append("may be off by *n* × 0.005 万元; rates and shares are read as intervals of their printed ")
                .append("decimals (XBRL Calculations 1.1): see [rounding.md](rounding.md).\n\n");
        for (RuleFamily f : RuleFamily.values()) {
            List<Rule> rs = rules.values().stream().filter(r -> r.getFamily() == f).collect(Collectors.toList());
            if (rs.isEmpty()) {
                continue;
            }
            sb.append("## ").append(f.name()).append(": ").append(f.getEnglishName()).append(" (")
                    .append(f.getChineseName()).append(")\n\n");
            sb.append("| id | severity | tables | editions | 说明 | description | formula |\n");
            sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (Rule r : rs) {
                String tables = r.getTables().stream().map(t -> String.format("%02d", t.getNumber()))
                        .collect(Collectors.joining(", "));
                if (r.readsPerformanceEvaluations()) {
                    tables = tables.isEmpty() ? "绩效自评表" : tables + ", 绩效自评表";
                }
                String editions = r.getEditions().size() == TableEdition.values().length ? "all"
                        : r.getEditions().stream().sorted().map(e -> Integer.toString(e.getYear()))
                                .collect(Collectors.joining(", "));
                sb.append("| `").append(r.getId()).append("` | ").append(r.getSeverity()).append(" | ")
                        .append(tables).append(" | ").append(editions).append(" | ").append(md(r.getDescriptionZh()))
                        .append(" | ").append(md(r.getDescriptionEn())).append(" | ").append(md(r.getFormula()))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    static String scoreText(Optional<Score> s) {
        return s.map(Score::toString).orElse("—");
    }

    static boolean isClass(CodedRow<FunctionCode, ?> r) {
        return r.getCode().getLevel() == CodeLevel.CLASS;
    }

    static <C extends Enum<C> & io.github.juesuan.report.TableColumn, R extends CodedRow<FunctionCode, C>>
            Optional<R> classRow(CodedTable<FunctionCode, C, R> t, FunctionCode c) {
        return t.findRow(c);
    }

    static List<ProjectPerformanceEvaluation> evaluations(RuleRun run) {
        List<ProjectPerformanceEvaluation> e = run.report().getPerformanceEvaluations();
        if (e.isEmpty()) {
            run.notAssessedBecause("reason.noEvaluations");
        }
        return e;
    }

    static RowKey line(String label) {
        return label == null || label.isBlank() ? RowKey.line("（未命名）") : RowKey.line(label);
    }

    static List<FundingRow> parts(ProjectPerformanceEvaluation p) {
        List<FundingRow> out = new ArrayList<>();
        var funding = p.getFunding();
        for (int i = 0; i < funding.size(); i++) {
            FundingRow f = funding.get(i);
            if (f.getSource() != FundingSource.TOTAL) {
                out.add(f);
            }
        }
        return out;
    }

    static boolean hasScore(PerformanceIndicator i) {
        return i.getScore().isPresent();
    }

    static boolean declaredEmptyOrPresent(FinalAccountReport r, TableId id) {
        TablePresence p = r.getPresence(id);
        return p == TablePresence.PRESENT || p == TablePresence.DECLARED_EMPTY;
    }
}
