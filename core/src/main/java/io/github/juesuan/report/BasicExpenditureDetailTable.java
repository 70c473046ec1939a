package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 公开06表 一般公共预算财政拨款基本支出决算明细表: basic expenditure of the general public budget by economic classification, with the totals 人员经费合计 and 公用经费合计.
 *
 * <p>Rows keep their printed order. Sums are not checked here: a report that does not add up
 * loads, and the validator reports it.
 */
@Value.Immutable
@JuesuanStyle
public abstract class BasicExpenditureDetailTable implements CodedTable<EconomicCode, BasicExpenditureColumn, BasicExpenditureRow> {

    BasicExpenditureDetailTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T06;
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

    @Override
    @Valid
    @NotNull
    public abstract List<BasicExpenditureRow> getRows();

    /**
     * 06 prints no 合计 row; its totals are {@link #getPersonnelTotal()} and
     * {@link #getPublicUseTotal()}.
     *
     * @return always empty
     */
    @Override
    public Optional<Map<BasicExpenditureColumn, Amount>> getTotal() {
        return Optional.empty();
    }

    /**
     * Gets the line 人员经费合计.
     *
     * @return the amount, empty if blank
     */
    public abstract Optional<Amount> getPersonnelTotal();

    /**
     * Gets the line 公用经费合计.
     *
     * @return the amount, empty if blank
     */
    public abstract Optional<Amount> getPublicUseTotal();

    /** The row key of the line 人员经费合计. */
    public static final RowKey PERSONNEL_TOTAL = RowKey.line("人员经费合计");
    /** The row key of the line 公用经费合计. */
    public static final RowKey PUBLIC_USE_TOTAL = RowKey.line("公用经费合计");

    @Override
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>(getRows().size() + 2);
        for (BasicExpenditureRow r : getRows()) {
            out.add(Cell.of(TableId.T06, keyOf(r), r.getName(), BasicExpenditureColumn.AMOUNT,
                    r.get(BasicExpenditureColumn.AMOUNT)));
        }
        out.add(Cell.of(TableId.T06, PERSONNEL_TOTAL, BasicExpenditureColumn.AMOUNT, getPersonnelTotal()));
        out.add(Cell.of(TableId.T06, PUBLIC_USE_TOTAL, BasicExpenditureColumn.AMOUNT, getPublicUseTotal()));
        return out;
    }

    @Override
    public List<BasicExpenditureColumn> columns() {
        return COLUMNS;
    }

    /** The columns, made once (the validation asks for them per table and rule). */
    private static final List<BasicExpenditureColumn> COLUMNS = List.of(BasicExpenditureColumn.values());

    @Override
    public RowKey keyOf(BasicExpenditureRow row) {
        return RowKey.of(row.getCode());
    }

    @Value.Check
    void check() {
        Tables.checkUniqueCodes(TableId.T06, getRows());
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BasicExpenditureDetailTable}. */
    public static final class Builder extends ImmutableBasicExpenditureDetailTable.Builder {
        Builder() {
        }
    }
}
