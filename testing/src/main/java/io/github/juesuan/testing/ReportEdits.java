package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.GovernmentFundRow;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalRow;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Changes single cells of a report: adds an amount to a cell (a blank cell counts as zero), blanks a
 * 合计 row, renames or adds a row. Every edit returns a new report; the input is left as it was.
 */
final class ReportEdits {

    private ReportEdits() {
    }

    static Amount plus(Optional<Amount> a, BigDecimal d) {
        return Amount.of(a.orElse(Amount.ZERO).toBigDecimal().add(d));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <C> Map<C, Amount> plus(Map<C, Amount> m, Map<? extends TableColumn, BigDecimal> d) {
        Map<C, Amount> out = new HashMap<>(m);
        d.forEach((c, x) -> out.put((C) c, plus(Optional.ofNullable(out.get(c)), x)));
        return out;
    }

    /** Adds amounts to cells of one row (or the 合计 row) of a coded table 02, 03, 05, 07 or 08. */
    static FinalAccountReport coded(FinalAccountReport r, TableId id, RowKey row,
            Map<? extends TableColumn, BigDecimal> d) {
        FinalAccountReport.Builder b = FinalAccountReport.builder(r);
        boolean total = row.equals(RowKey.TOTAL);
        switch (id) {
            case T02: {
                IncomeTable t = r.getIncome().orElseThrow();
                IncomeTable.Builder tb = IncomeTable.builder().from(t);
                if (total) {
                    tb.total(plus(t.getTotal().orElse(Map.of()), d));
                } else {
                    tb.rows(map(t.getRows(), row, x -> IncomeRow.builder().from(x).amounts(plus(x.getAmounts(), d))
                            .build()));
                }
                return b.income(tb.build()).build();
            }
            case T03: {
                ExpenditureTable t = r.getExpenditure().orElseThrow();
                ExpenditureTable.Builder tb = ExpenditureTable.builder().from(t);
                if (total) {
                    tb.total(plus(t.getTotal().orElse(Map.of()), d));
                } else {
                    tb.rows(map(t.getRows(), row, x -> ExpenditureRow.builder().from(x)
                            .amounts(plus(x.getAmounts(), d)).build()));
                }
                return b.expenditure(tb.build()).build();
            }
            case T05: {
                GeneralBudgetExpenditureTable t = r.getGeneralBudgetExpenditure().orElseThrow();
                GeneralBudgetExpenditureTable.Builder tb = GeneralBudgetExpenditureTable.builder().from(t);
                if (total) {
                    tb.total(plus(t.getTotal().orElse(Map.of()), d));
                } else {
                    tb.rows(map(t.getRows(), row, x -> GeneralBudgetExpenditureRow.builder().from(x)
                            .amounts(plus(x.getAmounts(), d)).build()));
                }
                return b.generalBudgetExpenditure(tb.build()).build();
            }
            case T07: {
                GovernmentFundTable t = r.getGovernmentFund().orElseThrow();
                GovernmentFundTable.Builder tb = GovernmentFundTable.builder().from(t);
                if (total) {
                    tb.total(plus(t.getTotal().orElse(Map.of()), d));
                } else {
                    tb.rows(map(t.getRows(), row, x -> GovernmentFundRow.builder().from(x)
                            .amounts(plus(x.getAmounts(), d)).build()));
                }
                return b.governmentFund(tb.build()).build();
            }
            case T08: {
                StateCapitalTable t = r.getStateCapital().orElseThrow();
                StateCapitalTable.Builder tb = StateCapitalTable.builder().from(t);
                if (total) {
                    tb.total(plus(t.getTotal().orElse(Map.of()), d));
                } else {
                    tb.rows(map(t.getRows(), row, x -> StateCapitalRow.builder().from(x)
                            .amounts(plus(x.getAmounts(), d)).build()));
                }
                return b.stateCapital(tb.build()).build();
            }
            default:
                throw new IllegalArgumentException(id.getLabel() + " is not a coded table by functional code");
        }
    }

    /** Blanks the 合计 row of a coded table (printed, no figure). */
    static FinalAccountReport blankTotal(FinalAccountReport r, TableId id) {
        FinalAccountReport.Builder b = FinalAccountReport.builder(r);
        switch (id) {
            case T02:
                return b.income(IncomeTable.builder().from(r.getIncome().orElseThrow()).total(Map.of()).build()).build();
            case T03:
                return b.expenditure(ExpenditureTable.builder().from(r.getExpenditure().orElseThrow()).total(Map.of())
                        .build()).build();
            case T05:
                return b.generalBudgetExpenditure(GeneralBudgetExpenditureTable.builder()
                        .from(r.getGeneralBudgetExpenditure().orElseThrow()).total(Map.of()).build()).build();
            case T07:
                return b.governmentFund(GovernmentFundTable.builder().from(r.getGovernmentFund().orElseThrow())
                        .total(Map.of()).build()).build();
            case T08:
                return b.stateCapital(StateCapitalTable.builder().from(r.getStateCapital().orElseThrow())
                        .total(Map.of()).build()).build();
            default:
                throw new IllegalArgumentException(id.getLabel() + " has no 合计 row of its own");
        }
    }

    /** Renames a row of 03, or adds a row without figures to it. */
    static FinalAccountReport t03Row(FinalAccountReport r, FunctionCode code, String name, boolean add) {
        ExpenditureTable t = r.getExpenditure().orElseThrow();
        List<ExpenditureRow> rows = new ArrayList<>();
        for (ExpenditureRow x : t.getRows()) {
            rows.add(x.getCode().equals(code) ? ExpenditureRow.builder().from(x).name(name).build() : x);
        }
        if (add) {
            rows.add(ExpenditureRow.builder().code(code).name(name).build());
        }
        return FinalAccountReport.builder(r).expenditure(ExpenditureTable.builder().from(t).rows(rows).build()).build();
    }

    static FinalAccountReport without(FinalAccountReport r, TableId id) {
        FinalAccountReport.Builder b = FinalAccountReport.builder(r);
        switch (id) {
            case T01:
                return b.summary(Optional.empty()).build();
            case T02:
                return b.income(Optional.empty()).build();
            case T03:
                return b.expenditure(Optional.empty()).build();
            case T04:
                return b.fiscalSummary(Optional.empty()).build();
            case T05:
                return b.generalBudgetExpenditure(Optional.empty()).build();
            case T06:
                return b.basicExpenditureDetail(Optional.empty()).build();
            case T07:
                return b.governmentFund(Optional.empty()).build();
            case T08:
                return b.stateCapital(Optional.empty()).build();
            default:
                return b.threePublicExpenses(Optional.empty()).build();
        }
    }

    static FinalAccountReport t01Income(FinalAccountReport r, SummaryIncomeLine l, BigDecimal d) {
        IncomeExpenditureSummaryTable t = r.getSummary().orElseThrow();
        Map<SummaryIncomeLine, Amount> m = new HashMap<>(t.getIncome());
        m.put(l, plus(t.get(l), d));
        return FinalAccountReport.builder(r).summary(IncomeExpenditureSummaryTable.builder().from(t).income(m).build())
                .build();
    }

    static FinalAccountReport t01Line(FinalAccountReport r, SummaryExpenditureLine l, BigDecimal d) {
        IncomeExpenditureSummaryTable t = r.getSummary().orElseThrow();
        Map<SummaryExpenditureLine, Amount> m = new HashMap<>(t.getExpenditureLines());
        m.put(l, plus(t.get(l), d));
        return FinalAccountReport.builder(r).summary(IncomeExpenditureSummaryTable.builder().from(t)
                .expenditureLines(m).build()).build();
    }

    static FinalAccountReport t01Class(FinalAccountReport r, FunctionCode c, BigDecimal d) {
        IncomeExpenditureSummaryTable t = r.getSummary().orElseThrow();
        List<SummaryExpenditureRow> rows = new ArrayList<>();
        for (SummaryExpenditureRow x : t.getExpenditureRows()) {
            rows.add(x.getCode().equals(c) ? SummaryExpenditureRow.builder().from(x)
                    .amounts(plus(x.getAmounts(), Map.of(SummaryColumn.EXPENDITURE, d))).build() : x);
        }
        return FinalAccountReport.builder(r).summary(IncomeExpenditureSummaryTable.builder().from(t)
                .expenditureRows(rows).build()).build();
    }

    static FinalAccountReport t04Income(FinalAccountReport r, FiscalIncomeLine l, BigDecimal d) {
        FiscalSummaryTable t = r.getFiscalSummary().orElseThrow();
        Map<FiscalIncomeLine, Amount> m = new HashMap<>(t.getIncome());
        m.put(l, plus(t.get(l), d));
        return FinalAccountReport.builder(r).fiscalSummary(FiscalSummaryTable.builder().from(t).income(m).build())
                .build();
    }

    static FinalAccountReport t04Line(FinalAccountReport r, FiscalExpenditureLine l,
            Map<FiscalSummaryColumn, BigDecimal> d) {
        FiscalSummaryTable t = r.getFiscalSummary().orElseThrow();
        Map<FiscalExpenditureLine, Map<FiscalSummaryColumn, Amount>> m = new HashMap<>(t.getExpenditureLines());
        m.put(l, plus(m.getOrDefault(l, Map.of()), d));
        return FinalAccountReport.builder(r).fiscalSummary(FiscalSummaryTable.builder().from(t).expenditureLines(m)
                .build()).build();
    }

    static FinalAccountReport t04Row(FinalAccountReport r, FunctionCode c, Map<FiscalSummaryColumn, BigDecimal> d) {
        FiscalSummaryTable t = r.getFiscalSummary().orElseThrow();
        List<FiscalSummaryRow> rows = new ArrayList<>();
        for (FiscalSummaryRow x : t.getExpenditureRows()) {
            rows.add(x.getCode().equals(c) ? FiscalSummaryRow.builder().from(x).amounts(plus(x.getAmounts(), d))
                    .build() : x);
        }
        return FinalAccountReport.builder(r).fiscalSummary(FiscalSummaryTable.builder().from(t).expenditureRows(rows)
                .build()).build();
    }

    static FinalAccountReport t06Row(FinalAccountReport r, EconomicCode c, BigDecimal d) {
        BasicExpenditureDetailTable t = r.getBasicExpenditureDetail().orElseThrow();
        List<BasicExpenditureRow> rows = new ArrayList<>();
        for (BasicExpenditureRow x : t.getRows()) {
            rows.add(x.getCode().equals(c) ? BasicExpenditureRow.builder().from(x)
                    .amounts(plus(x.getAmounts(), Map.of(io.github.juesuan.report.BasicExpenditureColumn.AMOUNT, d)))
                    .build() : x);
        }
        return FinalAccountReport.builder(r).basicExpenditureDetail(BasicExpenditureDetailTable.builder().from(t)
                .rows(rows).build()).build();
    }

    static FinalAccountReport t06Total(FinalAccountReport r, boolean personnel, BigDecimal d) {
        BasicExpenditureDetailTable t = r.getBasicExpenditureDetail().orElseThrow();
        BasicExpenditureDetailTable.Builder b = BasicExpenditureDetailTable.builder().from(t);
        if (personnel) {
            b.personnelTotal(plus(t.getPersonnelTotal(), d));
        } else {
            b.publicUseTotal(plus(t.getPublicUseTotal(), d));
        }
        return FinalAccountReport.builder(r).basicExpenditureDetail(b.build()).build();
    }

    static FinalAccountReport t09(FinalAccountReport r, ThreePublicExpensesColumn c, BigDecimal d) {
        ThreePublicExpensesTable t = r.getThreePublicExpenses().orElseThrow();
        Map<ThreePublicExpensesColumn, Amount> m = new HashMap<>(t.getAmounts());
        m.put(c, plus(t.get(c), d));
        return FinalAccountReport.builder(r).threePublicExpenses(ThreePublicExpensesTable.builder().from(t).amounts(m)
                .build()).build();
    }

    /** The coded table of an id, empty if absent or not coded by functional code. */
    @SuppressWarnings("unchecked")
    static Optional<CodedTable<FunctionCode, ?, ? extends CodedRow<FunctionCode, ?>>> coded(FinalAccountReport r,
            TableId id) {
        Optional<?> t;
        switch (id) {
            case T02:
                t = r.getIncome();
                break;
            case T03:
                t = r.getExpenditure();
                break;
            case T05:
                t = r.getGeneralBudgetExpenditure();
                break;
            case T07:
                t = r.getGovernmentFund();
                break;
            case T08:
                t = r.getStateCapital();
                break;
            default:
                t = Optional.empty();
        }
        return (Optional<CodedTable<FunctionCode, ?, ? extends CodedRow<FunctionCode, ?>>>) t;
    }

    private static <R extends CodedRow<FunctionCode, ?>> List<R> map(List<R> rows, RowKey key, UnaryOperator<R> f) {
        List<R> out = new ArrayList<>(rows.size());
        for (R x : rows) {
            out.add(RowKey.of(x.getCode()).equals(key) ? f.apply(x) : x);
        }
        return out;
    }
}
