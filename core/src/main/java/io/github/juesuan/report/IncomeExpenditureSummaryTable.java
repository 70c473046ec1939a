package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 公开01表 收入支出决算总表: income and expenditure of all funds. The income side holds the lines of
 * {@link SummaryIncomeLine}; the expenditure side holds one row per 类 (in printed order) and the
 * lines of {@link SummaryExpenditureLine}. A line missing from a map is a blank cell.
 *
 * <p>In the uniform cell view the income lines are in column {@link SummaryColumn#INCOME}, the
 * expenditure rows and lines in {@link SummaryColumn#EXPENDITURE}; both sides have a line 总计,
 * told apart by the column.
 */
@Value.Immutable
@JuesuanStyle
public abstract class IncomeExpenditureSummaryTable implements ReportTable {

    IncomeExpenditureSummaryTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T01;
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
    public abstract Map<SummaryIncomeLine, Amount> getIncome();

    /**
     * Gets the expenditure rows per 类, in printed order.
     *
     * @return the rows
     */
    @Valid
    @NotNull
    public abstract List<SummaryExpenditureRow> getExpenditureRows();

    /**
     * Gets the non-blank expenditure lines (本年支出合计, 结余分配, 年末结转和结余, 总计).
     *
     * @return the amounts by line
     */
    @NotNull
    public abstract Map<SummaryExpenditureLine, Amount> getExpenditureLines();

    /**
     * Gets one income line.
     *
     * @param line the line
     * @return the amount, empty if blank
     */
    public Optional<Amount> get(SummaryIncomeLine line) {
        return Optional.ofNullable(getIncome().get(line));
    }

    /**
     * Gets one expenditure line.
     *
     * @param line the line
     * @return the amount, empty if blank
     */
    public Optional<Amount> get(SummaryExpenditureLine line) {
        return Optional.ofNullable(getExpenditureLines().get(line));
    }

    /**
     * Finds the expenditure row of a 类.
     *
     * @param classCode the 类 code
     * @return the row, empty if none
     */
    public Optional<SummaryExpenditureRow> findExpenditureRow(FunctionCode classCode) {
        for (SummaryExpenditureRow r : getExpenditureRows()) {
            if (r.getCode().equals(classCode)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<SummaryColumn> columns() {
        return COLUMNS;
    }

    /** The columns, made once (the validation asks for them per table and rule). */
    private static final List<SummaryColumn> COLUMNS = List.of(SummaryColumn.values());

    @Override
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (SummaryIncomeLine l : SummaryIncomeLine.values()) {
            out.add(Cell.of(TableId.T01, l.getRowKey(), SummaryColumn.INCOME, get(l)));
        }
        for (SummaryExpenditureRow r : getExpenditureRows()) {
            out.add(Cell.of(TableId.T01, RowKey.of(r.getCode()), r.getName(), SummaryColumn.EXPENDITURE, r.getAmount()));
        }
        for (SummaryExpenditureLine l : SummaryExpenditureLine.values()) {
            out.add(Cell.of(TableId.T01, l.getRowKey(), SummaryColumn.EXPENDITURE, get(l)));
        }
        return out;
    }

    @Value.Check
    void check() {
        Tables.checkUniqueCodes(TableId.T01, getExpenditureRows());
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IncomeExpenditureSummaryTable}. */
    public static final class Builder extends ImmutableIncomeExpenditureSummaryTable.Builder {
        Builder() {
        }

        /**
         * Sets an income line from its printed text; blank or a dash leaves it blank.
         *
         * @param line the line
         * @param printed the printed amount
         * @return this builder
         */
        public Builder income(SummaryIncomeLine line, String printed) {
            if (!Amount.isBlankOrPlaceholder(printed)) {
                putIncome(line, Amount.parse(printed));
            }
            return this;
        }

        /**
         * Sets an expenditure line from its printed text; blank or a dash leaves it blank.
         *
         * @param line the line
         * @param printed the printed amount
         * @return this builder
         */
        public Builder expenditure(SummaryExpenditureLine line, String printed) {
            if (!Amount.isBlankOrPlaceholder(printed)) {
                putExpenditureLines(line, Amount.parse(printed));
            }
            return this;
        }
    }
}
