package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 公开08表 国有资本经营预算财政拨款支出决算表: state capital operation budget appropriation by functional classification, in the 2023 (收入支出) or the 2024 (支出) layout.
 *
 * <p>Rows keep their printed order. Sums are not checked here: a report that does not add up
 * loads, and the validator reports it.
 */
@Value.Immutable
@JuesuanStyle
public abstract class StateCapitalTable implements CodedTable<FunctionCode, StateCapitalColumn, StateCapitalRow> {

    StateCapitalTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T08;
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
    public abstract List<StateCapitalRow> getRows();

    @Override
    public abstract Optional<Map<StateCapitalColumn, Amount>> getTotal();

    @Override
    public List<StateCapitalColumn> columns() {
        return StateCapitalColumn.of(getEdition());
    }

    @Override
    public RowKey keyOf(StateCapitalRow row) {
        return RowKey.of(row.getCode());
    }

    @Value.Check
    void check() {
        Tables.checkUniqueCodes(TableId.T08, getRows());
        List<StateCapitalColumn> cols = columns();
        getTotal().ifPresent(t -> Tables.checkColumns(TableId.T08, getEdition(), cols, "合计 row", t.keySet()));
        for (StateCapitalRow r : getRows()) {
            Tables.checkColumns(TableId.T08, getEdition(), cols, "row " + r.getCode(), r.getAmounts().keySet());
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

    /** Builds a {@link StateCapitalTable}. */
    public static final class Builder extends ImmutableStateCapitalTable.Builder {
        Builder() {
        }
    }
}
