package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 公开04表 财政拨款收入支出决算总表: income and expenditure of appropriated funds only. The income
 * side holds the lines of {@link FiscalIncomeLine} (column {@link FiscalSummaryColumn#INCOME});
 * the expenditure side one row per 类 and the lines of {@link FiscalExpenditureLine}, each with a
 * 合计 and one column per fund kind ({@link FiscalSummaryRow#COLUMNS}).
 */
@Value.Immutable
@JuesuanStyle
public abstract class FiscalSummaryTable implements ReportTable {

    FiscalSummaryTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T04;
    }

    /**
     * {@inheritDoc} Defaults to the 2024 edition.
     */
    @Override
    @Value.Default
    public TableEdition getEdition() {
        return TableEdition.E2024;
    }

    @Override
    public abstract Optional<String> getEmptyStatement();

    @Override
    public abstract List<String> getNotes();

    /**
     * Gets the non-blank income lines.
     *
     * @return the income amounts by line
     */
    @NotNull
    public abstract Map<FiscalIncomeLine, Amount> getIncome();

    /**
     * Gets the expenditure rows per 类, in printed order.
     *
     * @return the rows
     */
    @Valid
    @NotNull
    public abstract List<FiscalSummaryRow> getExpenditureRows();

    /**
     * Gets the non-blank cells of the expenditure lines: line, then column.
     *
     * @return the amounts by line and column
     */
    @NotNull
    public abstract Map<FiscalExpenditureLine, Map<FiscalSummaryColumn, Amount>> getExpenditureLines();

    /**
     * Gets one income line.
     *
     * @param line the line
     * @return the amount, empty if blank
     */
    public Optional<Amount> get(FiscalIncomeLine line) {
        return Optional.ofNullable(getIncome().get(line));
    }

    /**
     * Gets one cell of an expenditure line.
     *
     * @param line the line
     * @param column an expenditure column
     * @return the amount, empty if blank
     */
    public Optional<Amount> get(FiscalExpenditureLine line, FiscalSummaryColumn column) {
        Map<FiscalSummaryColumn, Amount> m = getExpenditureLines().get(line);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(column));
    }

    /**
     * Finds the expenditure row of a 类.
     *
     * @param classCode the 类 code
     * @return the row, empty if none
     */
    public Optional<FiscalSummaryRow> findExpenditureRow(FunctionCode classCode) {
        return getExpenditureRows().stream().filter(r -> r.getCode().equals(classCode)).findFirst();
    }

    @Override
    public List<FiscalSummaryColumn> columns() {
        return COLUMNS;
    }

    /** The columns, made once (the validation asks for them per table and rule). */
    private static final List<FiscalSummaryColumn> COLUMNS = List.of(FiscalSummaryColumn.values());

    @Override
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (FiscalIncomeLine l : FiscalIncomeLine.values()) {
            out.add(Cell.of(TableId.T04, l.getRowKey(), FiscalSummaryColumn.INCOME, get(l)));
        }
        for (FiscalSummaryRow r : getExpenditureRows()) {
            for (FiscalSummaryColumn c : FiscalSummaryRow.COLUMNS) {
                out.add(Cell.of(TableId.T04, RowKey.of(r.getCode()), r.getName(), c, r.get(c)));
            }
        }
        for (FiscalExpenditureLine l : FiscalExpenditureLine.values()) {
            for (FiscalSummaryColumn c : FiscalSummaryRow.COLUMNS) {
                out.add(Cell.of(TableId.T04, l.getRowKey(), c, get(l, c)));
            }
        }
        return out;
    }

    @Value.Check
    void check() {
        Tables.checkUniqueCodes(TableId.T04, getExpenditureRows());
        for (Map.Entry<FiscalExpenditureLine, Map<FiscalSummaryColumn, Amount>> e : getExpenditureLines().entrySet()) {
            if (e.getValue().containsKey(FiscalSummaryColumn.INCOME)) {
                throw new IllegalStateException("公开04表 line " + e.getKey().getLabel()
                        + " has a figure in the income column");
            }
        }
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FiscalSummaryTable}. */
    public static final class Builder extends ImmutableFiscalSummaryTable.Builder {
        Builder() {
        }

        /**
         * Sets an income line from its printed text; blank or a dash leaves it blank.
         *
         * @param line the line
         * @param printed the printed amount
         * @return this builder
         */
        public Builder income(FiscalIncomeLine line, String printed) {
            if (!Amount.isBlankOrPlaceholder(printed)) {
                putIncome(line, Amount.parse(printed));
            }
            return this;
        }

        /**
         * Sets an expenditure line from its printed cells: 合计, 一般公共预算, 政府性基金, 国有资本经营.
         *
         * @param line the line
         * @param cells the printed cells
         * @return this builder
         */
        public Builder expenditure(FiscalExpenditureLine line, String... cells) {
            Map<FiscalSummaryColumn, Amount> m = new EnumMap<>(
                    Tables.cells(FiscalSummaryColumn.class, FiscalSummaryRow.COLUMNS, cells));
            putExpenditureLines(line, m);
            return this;
        }
    }
}
