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
 * 公开03表 支出决算表: expenditure by functional classification.
 *
 * <p>Rows keep their printed order. Sums are not checked here: a report that does not add up
 * loads, and the validator reports it.
 */
@Value.Immutable
@JuesuanStyle
public abstract class ExpenditureTable implements CodedTable<FunctionCode, ExpenditureColumn, ExpenditureRow> {

    ExpenditureTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T03;
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
    public abstract List<ExpenditureRow> getRows();

    @Override
    public abstract Optional<Map<ExpenditureColumn, Amount>> getTotal();

    @Override
    public List<ExpenditureColumn> columns() {
        return COLUMNS;
    }

    /** The columns, made once (the validation asks for them per table and rule). */
    private static final List<ExpenditureColumn> COLUMNS = List.of(ExpenditureColumn.values());

    @Override
    public RowKey keyOf(ExpenditureRow row) {
        return RowKey.of(row.getCode());
    }

    @Value.Check
    void check() {
        Tables.checkUniqueCodes(TableId.T03, getRows());
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ExpenditureTable}. */
    public static final class Builder extends ImmutableExpenditureTable.Builder {
        Builder() {
        }
    }
}
