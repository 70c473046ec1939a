package io.github.juesuan.validation;

import static io.github.juesuan.validation.Checks.at;
import static io.github.juesuan.validation.Checks.totalFor;
import static io.github.juesuan.validation.RuleCatalog.t01;
import static io.github.juesuan.validation.RuleCatalog.t04;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
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
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.validation.RuleRun.Term;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ties between tables (表间勾稽) of the catalogue. */
final class InterTies {

    private static final Set<TableEdition> BOTH = EnumSet.allOf(TableEdition.class);

    private InterTies() {
    }

    private static Rule rule(String id, Severity severity, String zh, String en, List<TableId> tables, String formula,
            Rule.Check check) {
        return new Rule(id, RuleFamily.INTER, severity, zh, en, tables, false, formula, BOTH, check);
    }

    private static List<Term> appropriations01(IncomeExpenditureSummaryTable s) {
        return List.of(Term.plus(t01(SummaryIncomeLine.GENERAL_BUDGET), s.get(SummaryIncomeLine.GENERAL_BUDGET)),
                Term.plus(t01(SummaryIncomeLine.GOVERNMENT_FUND), s.get(SummaryIncomeLine.GOVERNMENT_FUND)),
                Term.plus(t01(SummaryIncomeLine.STATE_CAPITAL), s.get(SummaryIncomeLine.STATE_CAPITAL)));
    }

    static void add(List<Rule> out) {
        Severity error = Severity.ERROR;
        out.add(rule("INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE", error,
                "支出决算表合计等于收入支出决算总表本年支出合计", "Table 03's total equals Table 01's 本年支出合计",
                List.of(TableId.T01, TableId.T03), "03 合计 本年支出合计(1) = 01 本年支出合计", run -> {
                    FinalAccountReport r = run.report();
                    Optional<IncomeExpenditureSummaryTable> s = run.need(TableId.T01, r.getSummary());
                    Optional<ExpenditureTable> e = run.need(TableId.T03, r.getExpenditure());
                    if (s.isEmpty() || e.isEmpty()) {
                        return;
                    }
                    totalFor(run, e.get(), ExpenditureColumn.TOTAL).ifPresent(total -> run.equation(
                            at(TableId.T03, RowKey.TOTAL, ExpenditureColumn.TOTAL), total, List.of(Term.plus(
                                    t01(SummaryExpenditureLine.TOTAL_EXPENDITURE),
                                    s.get().get(SummaryExpenditureLine.TOTAL_EXPENDITURE)))));
                }));
        out.add(rule("INTER.T03_CLASSES_EQUAL_T01_CLASSES", error,
                "支出决算表各类支出等于收入支出决算总表同类支出", "Each 类 of Table 03 equals the same 类 in Table 01",
                List.of(TableId.T01, TableId.T03), "03 类 row 本年支出合计(1) = 01 expenditure row of the same 类", run -> {
                    FinalAccountReport r = run.report();
                    Optional<IncomeExpenditureSummaryTable> s = run.need(TableId.T01, r.getSummary());
                    Optional<ExpenditureTable> e = run.need(TableId.T03, r.getExpenditure());
                    if (s.isEmpty() || e.isEmpty()) {
                        return;
                    }
                    run.assessed();
                    for (FunctionCode c : Checks.classes(s.get().getExpenditureRows(), e.get().getRows())) {
                        Optional<Amount> a03 = e.get().findRow(c).flatMap(x -> x.get(ExpenditureColumn.TOTAL));
                        Optional<Amount> a01 = s.get().findExpenditureRow(c).flatMap(SummaryExpenditureRow::getAmount);
                        run.equation(at(TableId.T03, RowKey.of(c), ExpenditureColumn.TOTAL), a03,
                                List.of(Term.plus(t01(c), a01)));
                    }
                }));
        out.add(rule("INTER.T02_TOTAL_EQUALS_T01_INCOME", error,
                "收入决算表合计等于收入支出决算总表本年收入合计", "Table 02's total equals Table 01's 本年收入合计",
                List.of(TableId.T01, TableId.T02), "02 合计 本年收入合计(1) = 01 本年收入合计", run -> {
                    FinalAccountReport r = run.report();
                    Optional<IncomeExpenditureSummaryTable> s = run.need(TableId.T01, r.getSummary());
                    Optional<IncomeTable> i = run.need(TableId.T02, r.getIncome());
                    if (s.isEmpty() || i.isEmpty()) {
                        return;
                    }
                    totalFor(run, i.get(), IncomeColumn.TOTAL).ifPresent(total -> run.equation(
                            at(TableId.T02, RowKey.TOTAL, IncomeColumn.TOTAL), total, List.of(Term.plus(
                                    t01(SummaryIncomeLine.TOTAL_INCOME), s.get().get(SummaryIncomeLine.TOTAL_INCOME)))));
                }));
        out.add(rule("INTER.T02_APPROPRIATION_EQUALS_T01_APPROPRIATIONS", error,
                "收入决算表财政拨款收入合计等于收入支出决算总表三项财政拨款收入之和",
                "Table 02's appropriation income total equals the sum of Table 01's three appropriation lines",
                List.of(TableId.T01, TableId.T02), "02 合计 财政拨款收入(2) = 01 一般公共预算 + 政府性基金预算 + "
                        + "国有资本经营预算 财政拨款收入", run -> {
                    FinalAccountReport r = run.report();
                    Optional<IncomeExpenditureSummaryTable> s = run.need(TableId.T01, r.getSummary());
                    Optional<IncomeTable> i = run.need(TableId.T02, r.getIncome());
                    if (s.isEmpty() || i.isEmpty()) {
                        return;
                    }
                    totalFor(run, i.get(), IncomeColumn.FISCAL_APPROPRIATION).ifPresent(total -> run.equation(
                            at(TableId.T02, RowKey.TOTAL, IncomeColumn.FISCAL_APPROPRIATION), total,
                            appropriations01(s.get())));
                }));
        out.add(rule("INTER.T04_INCOME_EQUALS_T01_APPROPRIATIONS", error,
                "财政拨款收入支出决算总表本年收入合计等于收入支出决算总表三项财政拨款收入之和",
                "Table 04's 本年收入合计 equals the sum of Table 01's three appropriation lines",
                List.of(TableId.T01, TableId.T04), "04 本年收入合计 = 01 一般公共预算 + 政府性基金预算 + 国有资本经营预算 财政拨款收入",
                run -> {
                    FinalAccountReport r = run.report();
                    Optional<IncomeExpenditureSummaryTable> s = run.need(TableId.T01, r.getSummary());
                    Optional<FiscalSummaryTable> f = run.need(TableId.T04, r.getFiscalSummary());
                    if (s.isEmpty() || f.isEmpty()) {
                        return;
                    }
                    run.equation(t04(FiscalIncomeLine.TOTAL_INCOME), f.get().get(FiscalIncomeLine.TOTAL_INCOME),
                            appropriations01(s.get()));
                }));
        out.add(rule("INTER.T05_TOTAL_EQUALS_T04_GENERAL_BUDGET", error,
                "一般公共预算财政拨款支出决算表合计等于财政拨款收入支出决算总表一般公共预算财政拨款本年支出合计",
                "Table 05's total equals Table 04's general public budget expenditure total",
                List.of(TableId.T04, TableId.T05), "05 合计 = 04 本年支出合计, 一般公共预算财政拨款 column", run -> {
                    FinalAccountReport r = run.report();
                    Optional<FiscalSummaryTable> f = run.need(TableId.T04, r.getFiscalSummary());
                    Optional<GeneralBudgetExpenditureTable> g = run.need(TableId.T05, r.getGeneralBudgetExpenditure());
                    if (f.isEmpty() || g.isEmpty()) {
                        return;
                    }
                    totalFor(run, g.get(), GeneralBudgetColumn.TOTAL).ifPresent(total -> run.equation(
                            at(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.TOTAL), total, List.of(Term.plus(
                                    t04(FiscalExpenditureLine.TOTAL_EXPENDITURE,
                                            FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET),
                                    f.get().get(FiscalExpenditureLine.TOTAL_EXPENDITURE,
                                            FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET)))));
                }));
        out.add(rule("INTER.T05_CLASSES_EQUAL_T04_GENERAL_BUDGET", error,
                "一般公共预算财政拨款支出决算表各类支出等于财政拨款收入支出决算总表同类一般公共预算财政拨款支出",
                "Each 类 of Table 05 equals the same 类 of Table 04's general public budget column",
                List.of(TableId.T04, TableId.T05), "05 类 row 合计 = 04 row of the same 类, 一般公共预算财政拨款 column", run -> {
                    FinalAccountReport r = run.report();
                    Optional<FiscalSummaryTable> f = run.need(TableId.T04, r.getFiscalSummary());
                    Optional<GeneralBudgetExpenditureTable> g = run.need(TableId.T05, r.getGeneralBudgetExpenditure());
                    if (f.isEmpty() || g.isEmpty()) {
                        return;
                    }
                    run.assessed();
                    List<FiscalSummaryRow> withGeneral = new ArrayList<>();
                    var expenditureRows = f.get().getExpenditureRows();
                    for (int i = 0; i < expenditureRows.size(); i++) {
                        FiscalSummaryRow row = expenditureRows.get(i);
                        if (row.get(FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET).map(a -> !a.isZero()).orElse(false)) {
                            withGeneral.add(row);
                        }
                    }
                    for (FunctionCode c : Checks.classes(withGeneral, g.get().getRows())) {
                        Optional<Amount> a05 = g.get().findRow(c).flatMap(x -> x.get(GeneralBudgetColumn.TOTAL));
                        Optional<Amount> a04 = f.get().findExpenditureRow(c)
                                .flatMap(x -> x.get(FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET));
                        run.equation(at(TableId.T05, RowKey.of(c), GeneralBudgetColumn.TOTAL), a05, List.of(Term.plus(
                                at(TableId.T04, RowKey.of(c), FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET), a04)));
                    }
                }));
        out.add(rule("INTER.T06_PERSONNEL_EQUALS_T05_PERSONNEL", error,
                "基本支出明细表人员经费合计等于一般公共预算财政拨款支出决算表人员经费合计",
                "Table 06's 人员经费合计 equals Table 05's personnel total", List.of(TableId.T05, TableId.T06),
                "06 人员经费合计 = 05 合计 人员经费 (NOT_ASSESSED when 05 prints no 人员经费 / 公用经费 columns)",
                run -> t06vs05(run, true)));
        out.add(rule("INTER.T06_PUBLIC_USE_EQUALS_T05_PUBLIC_USE", error,
                "基本支出明细表公用经费合计等于一般公共预算财政拨款支出决算表公用经费合计",
                "Table 06's 公用经费合计 equals Table 05's public-use total", List.of(TableId.T05, TableId.T06),
                "06 公用经费合计 = 05 合计 公用经费 (NOT_ASSESSED when 05 prints no 人员经费 / 公用经费 columns)",
                run -> t06vs05(run, false)));
        out.add(rule("INTER.T07_EXPENDITURE_EQUALS_T04_GOVERNMENT_FUND", error,
                "政府性基金表本年支出合计等于财政拨款收入支出决算总表政府性基金预算财政拨款本年支出合计",
                "Table 07's expenditure total equals Table 04's government fund expenditure total",
                List.of(TableId.T04, TableId.T07), "07 合计 本年支出 = 04 本年支出合计, 政府性基金预算财政拨款 column "
                        + "(a table declared empty counts as zero)", run -> {
                    FinalAccountReport r = run.report();
                    Optional<FiscalSummaryTable> f = run.need(TableId.T04, r.getFiscalSummary());
                    if (r.getGovernmentFund().isEmpty()) {
                        run.need(TableId.T07, r.getGovernmentFund());
                    }
                    if (f.isEmpty() || r.getGovernmentFund().isEmpty()) {
                        return;
                    }
                    totalFor(run, r.getGovernmentFund().get(), GovernmentFundColumn.EXPENDITURE).ifPresent(total ->
                            run.equation(at(TableId.T07, RowKey.TOTAL, GovernmentFundColumn.EXPENDITURE), total,
                                    List.of(Term.plus(t04(FiscalExpenditureLine.TOTAL_EXPENDITURE,
                                            FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND),
                                            f.get().get(FiscalExpenditureLine.TOTAL_EXPENDITURE,
                                                    FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND)))));
                }));
        out.add(rule("INTER.T08_EXPENDITURE_EQUALS_T04_STATE_CAPITAL", error,
                "国有资本经营预算表本年支出合计等于财政拨款收入支出决算总表国有资本经营预算财政拨款本年支出合计",
                "Table 08's expenditure total equals Table 04's state capital expenditure total",
                List.of(TableId.T04, TableId.T08), "08 合计 本年支出 = 04 本年支出合计, 国有资本经营预算财政拨款 column "
                        + "(a table declared empty counts as zero)", run -> {
                    FinalAccountReport r = run.report();
                    Optional<FiscalSummaryTable> f = run.need(TableId.T04, r.getFiscalSummary());
                    if (r.getStateCapital().isEmpty()) {
                        run.need(TableId.T08, r.getStateCapital());
                    }
                    if (f.isEmpty() || r.getStateCapital().isEmpty()) {
                        return;
                    }
                    totalFor(run, r.getStateCapital().get(), StateCapitalColumn.EXPENDITURE).ifPresent(total ->
                            run.equation(at(TableId.T08, RowKey.TOTAL, StateCapitalColumn.EXPENDITURE), total,
                                    List.of(Term.plus(t04(FiscalExpenditureLine.TOTAL_EXPENDITURE,
                                            FiscalSummaryColumn.EXPENDITURE_STATE_CAPITAL),
                                            f.get().get(FiscalExpenditureLine.TOTAL_EXPENDITURE,
                                                    FiscalSummaryColumn.EXPENDITURE_STATE_CAPITAL)))));
                }));
        out.add(rule("INTER.T09_FINAL_NOT_BELOW_T06_BASIC", Severity.WARNING,
                "“三公”经费决算数不少于基本支出明细表中的同项支出（项目支出也可列支，仅作警告）",
                "Table 09's final figures are not below the matching basic expenditure of Table 06 (projects may pay "
                        + "them too, so only a warning)", List.of(TableId.T06, TableId.T09),
                "09 决算数 因公出国（境）费 ≥ 06 30212; 公务用车运行维护费 ≥ 06 30231; 公务接待费 ≥ 06 30217", run -> {
                    FinalAccountReport r = run.report();
                    Optional<BasicExpenditureDetailTable> d = run.need(TableId.T06, r.getBasicExpenditureDetail());
                    Optional<ThreePublicExpensesTable> t = run.need(TableId.T09, r.getThreePublicExpenses());
                    if (d.isEmpty() || t.isEmpty()) {
                        return;
                    }
                    run.assessed();
                    atLeast(run, d.get(), t.get(), "30212", ThreePublicExpensesColumn.FINAL_OVERSEAS);
                    atLeast(run, d.get(), t.get(), "30231", ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION);
                    atLeast(run, d.get(), t.get(), "30217", ThreePublicExpensesColumn.FINAL_RECEPTION);
                }));
    }

    private static void atLeast(RuleRun run, BasicExpenditureDetailTable d, ThreePublicExpensesTable t, String code,
            ThreePublicExpensesColumn column) {
        Optional<Amount> basic = d.findRow(EconomicCode.of(code)).flatMap(x -> x.get(BasicExpenditureColumn.AMOUNT));
        if (basic.isEmpty()) {
            return;
        }
        Amount printed = t.get(column).orElse(Amount.ZERO);
        if (printed.compareTo(basic.get()) < 0) {
            run.fail(at(TableId.T09, ThreePublicExpensesTable.ROW, column), basic.get().toBigDecimal(),
                    printed.toBigDecimal(), "atLeast", RuleRun.plain(basic.get().toBigDecimal()),
                    RuleRun.plain(printed.toBigDecimal()));
        }
    }

    private static void t06vs05(RuleRun run, boolean personnel) {
        FinalAccountReport r = run.report();
        Optional<GeneralBudgetExpenditureTable> g = run.need(TableId.T05, r.getGeneralBudgetExpenditure());
        Optional<BasicExpenditureDetailTable> d = run.need(TableId.T06, r.getBasicExpenditureDetail());
        if (g.isEmpty() || d.isEmpty() || !Checks.printsPersonnelSplit(run, g.get())) {
            return;
        }
        GeneralBudgetColumn col = personnel ? GeneralBudgetColumn.PERSONNEL : GeneralBudgetColumn.PUBLIC_USE;
        RowKey key = personnel ? BasicExpenditureDetailTable.PERSONNEL_TOTAL : BasicExpenditureDetailTable.PUBLIC_USE_TOTAL;
        Optional<Amount> printed = personnel ? d.get().getPersonnelTotal() : d.get().getPublicUseTotal();
        totalFor(run, g.get(), col).ifPresent(total -> run.equation(at(TableId.T06, key, BasicExpenditureColumn.AMOUNT),
                printed, List.of(Term.plus(at(TableId.T05, RowKey.TOTAL, col), total))));
    }

}
