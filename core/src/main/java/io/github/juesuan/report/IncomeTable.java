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
 * 公开02表 收入决算表: income by functional classification.
 *
 * <p>Rows keep their printed order. Sums are not checked here: a report that does not add up
 * loads, and the validator reports it.
 */
@Value.Immutable
@JuesuanStyle
public abstract class IncomeTable implements CodedTable<FunctionCode, IncomeColumn, IncomeRow> {

    IncomeTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T02;
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
    public abstract List<IncomeRow> getRows();

    @Override
    public abstract Optional<Map<IncomeColumn, Amount>> getTotal();

    @Override
    public List<IncomeColumn> columns() {
        return COLUMNS;
    }

    /** The columns, made once (the validation asks for them per table and rule). */
    private static final List<IncomeColumn> COLUMNS = List.of(IncomeColumn.values());

    @Override
    public RowKey keyOf(IncomeRow row) {
        return RowKey.of(row.getCode());
    }

    @Value.Check
    void check() {
        Tables.checkUniqueCodes(TableId.T02, getRows());
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link IncomeTable}. */
    public static final class Builder extends ImmutableIncomeTable.Builder {
        Builder() {
        }
    }
}
