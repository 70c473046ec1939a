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
 * 公开07表 政府性基金预算财政拨款收入支出决算表: government fund budget appropriation income and expenditure by functional classification, in the 2023 or the 2024 layout.
 *
 * <p>Rows keep their printed order. Sums are not checked here: a report that does not add up
 * loads, and the validator reports it.
 */
@Value.Immutable
@JuesuanStyle
public abstract class GovernmentFundTable implements CodedTable<FunctionCode, GovernmentFundColumn, GovernmentFundRow> {

    GovernmentFundTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T07;
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
    public abstract List<GovernmentFundRow> getRows();

    @Override
    public abstract Optional<Map<GovernmentFundColumn, Amount>> getTotal();

    @Override
    public List<GovernmentFundColumn> columns() {
        return GovernmentFundColumn.of(getEdition());
    }

    @Override
    public RowKey keyOf(GovernmentFundRow row) {
        return RowKey.of(row.getCode());
    }

    @Value.Check
    void check() {
        Tables.checkUniqueCodes(TableId.T07, getRows());
        List<GovernmentFundColumn> cols = columns();
        getTotal().ifPresent(t -> Tables.checkColumns(TableId.T07, getEdition(), cols, "合计 row", t.keySet()));
        for (GovernmentFundRow r : getRows()) {
            Tables.checkColumns(TableId.T07, getEdition(), cols, "row " + r.getCode(), r.getAmounts().keySet());
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

    /** Builds a {@link GovernmentFundTable}. */
    public static final class Builder extends ImmutableGovernmentFundTable.Builder {
        Builder() {
        }
    }
}
