package io.github.juesuan.validation;

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
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Single-cell changes of a report, for the validation tests. "" makes the cell blank. */
final class Mutations {

    private Mutations() {
    }

    static <C extends Enum<C>> Map<C, Amount> with(Class<C> type, Map<C, Amount> m, C column, String value) {
        Map<C, Amount> out = new EnumMap<>(type);
        out.putAll(m);
        if (value.isEmpty()) {
            out.remove(column);
        } else {
            out.put(column, Amount.of(value));
        }
        return out;
    }

    static FinalAccountReport t03(FinalAccountReport r, String code, ExpenditureColumn c, String v) {
        ExpenditureTable t = r.getExpenditure().orElseThrow();
        ExpenditureTable.Builder b = ExpenditureTable.builder();
        b.from(t);
        if (code.equals("合计")) {
            b.total(with(ExpenditureColumn.class, t.getTotal().orElseThrow(), c, v));
        } else {
            List<ExpenditureRow> rows = new ArrayList<>();
            for (ExpenditureRow row : t.getRows()) {
                if (row.getCode().equals(FunctionCode.of(code))) {
                    ExpenditureRow.Builder rb = ExpenditureRow.builder();
                    rb.from(row);
                    rb.amounts(with(ExpenditureColumn.class, row.getAmounts(), c, v));
                    row = rb.build();
                }
                rows.add(row);
            }
            b.rows(rows);
        }
        return rebuild(r).expenditure(b.build()).build();
    }

    static FinalAccountReport t02(FinalAccountReport r, String code, IncomeColumn c, String v) {
        IncomeTable t = r.getIncome().orElseThrow();
        IncomeTable.Builder b = IncomeTable.builder();
        b.from(t);
        if (code.equals("合计")) {
            b.total(with(IncomeColumn.class, t.getTotal().orElseThrow(), c, v));
        } else {
            List<IncomeRow> rows = new ArrayList<>();
            for (IncomeRow row : t.getRows()) {
                if (row.getCode().equals(FunctionCode.of(code))) {
                    IncomeRow.Builder rb = IncomeRow.builder();
                    rb.from(row);
                    rb.amounts(with(IncomeColumn.class, row.getAmounts(), c, v));
                    row = rb.build();
                }
                rows.add(row);
            }
            b.rows(rows);
        }
        return rebuild(r).income(b.build()).build();
    }

    static FinalAccountReport t05(FinalAccountReport r, String code, GeneralBudgetColumn c, String v) {
        GeneralBudgetExpenditureTable t = r.getGeneralBudgetExpenditure().orElseThrow();
        GeneralBudgetExpenditureTable.Builder b = GeneralBudgetExpenditureTable.builder();
        b.from(t);
        if (code.equals("合计")) {
            b.total(with(GeneralBudgetColumn.class, t.getTotal().orElseThrow(), c, v));
        } else {
            List<GeneralBudgetExpenditureRow> rows = new ArrayList<>();
            for (GeneralBudgetExpenditureRow row : t.getRows()) {
                if (row.getCode().equals(FunctionCode.of(code))) {
                    GeneralBudgetExpenditureRow.Builder rb = GeneralBudgetExpenditureRow.builder();
                    rb.from(row);
                    rb.amounts(with(GeneralBudgetColumn.class, row.getAmounts(), c, v));
                    row = rb.build();
                }
                rows.add(row);
            }
            b.rows(rows);
        }
        return rebuild(r).generalBudgetExpenditure(b.build()).build();
    }

    static FinalAccountReport t04Row(FinalAccountReport r, String code, FiscalSummaryColumn c, String v) {
        FiscalSummaryTable t = r.getFiscalSummary().orElseThrow();
        List<FiscalSummaryRow> rows = new ArrayList<>();
        for (FiscalSummaryRow row : t.getExpenditureRows()) {
            if (row.getCode().equals(FunctionCode.of(code))) {
                FiscalSummaryRow.Builder rb = FiscalSummaryRow.builder();
                rb.from(row);
                rb.amounts(with(FiscalSummaryColumn.class, row.getAmounts(), c, v));
                row = rb.build();
            }
            rows.add(row);
        }
        FiscalSummaryTable.Builder b = FiscalSummaryTable.builder();
        b.from(t);
        b.expenditureRows(rows);
        return rebuild(r).fiscalSummary(b.build()).build();
    }

    static FinalAccountReport t06(FinalAccountReport r, String code, String v) {
        BasicExpenditureDetailTable t = r.getBasicExpenditureDetail().orElseThrow();
        BasicExpenditureDetailTable.Builder b = BasicExpenditureDetailTable.builder();
        b.from(t);
        if (code.equals("人员经费合计")) {
            b.personnelTotal(Amount.of(v));
        } else if (code.equals("公用经费合计")) {
            b.publicUseTotal(Amount.of(v));
        } else {
            List<BasicExpenditureRow> rows = new ArrayList<>();
            for (BasicExpenditureRow row : t.getRows()) {
                if (row.getCode().equals(EconomicCode.of(code))) {
                    BasicExpenditureRow.Builder rb = BasicExpenditureRow.builder();
                    rb.from(row);
                    rb.amounts(with(BasicExpenditureColumn.class, row.getAmounts(), BasicExpenditureColumn.AMOUNT, v));
                    row = rb.build();
                }
                rows.add(row);
            }
            b.rows(rows);
        }
        return rebuild(r).basicExpenditureDetail(b.build()).build();
    }

    static FinalAccountReport t09(FinalAccountReport r, ThreePublicExpensesColumn c, String v) {
        ThreePublicExpensesTable t = r.getThreePublicExpenses().orElseThrow();
        ThreePublicExpensesTable.Builder b = ThreePublicExpensesTable.builder();
        b.from(t);
        b.amounts(with(ThreePublicExpensesColumn.class, t.getAmounts(), c, v));
        return rebuild(r).threePublicExpenses(b.build()).build();
    }

    static FinalAccountReport.Builder rebuild(FinalAccountReport r) {
        return FinalAccountReport.builder(r);
    }
}
