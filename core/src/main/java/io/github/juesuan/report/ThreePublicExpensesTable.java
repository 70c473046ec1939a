package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 公开09表 财政拨款“三公”经费支出决算表: one row of twelve cells, 预算数 and 决算数 of 合计,
 * 因公出国（境）费, 公务用车购置及运行维护费 (小计, 购置费, 运行维护费) and 公务接待费.
 */
@Value.Immutable
@JuesuanStyle
public abstract class ThreePublicExpensesTable implements ReportTable {

    /** The row key of the table's only row. */
    public static final RowKey ROW = RowKey.line("“三公”经费");

    ThreePublicExpensesTable() {
    }

    @Override
    public TableId getTableId() {
        return TableId.T09;
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
     * Gets the non-blank cells.
     *
     * @return the amounts by column
     */
    @NotNull
    public abstract Map<ThreePublicExpensesColumn, Amount> getAmounts();

    /**
     * Gets one cell.
     *
     * @param column the column
     * @return the amount, empty if blank
     */
    public Optional<Amount> get(ThreePublicExpensesColumn column) {
        return Optional.ofNullable(getAmounts().get(column));
    }

    @Override
    public List<ThreePublicExpensesColumn> columns() {
        return COLUMNS;
    }

    /** The columns, made once (the validation asks for them per table and rule). */
    private static final List<ThreePublicExpensesColumn> COLUMNS = List.of(ThreePublicExpensesColumn.values());

    @Override
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>(12);
        for (ThreePublicExpensesColumn c : ThreePublicExpensesColumn.values()) {
            out.add(Cell.of(TableId.T09, ROW, c, get(c)));
        }
        return out;
    }

    /**
     * Creates the table from its twelve printed cells in column order.
     *
     * @param cells the printed cells, blank or a dash for a blank cell
     * @return the table
     */
    public static ThreePublicExpensesTable of(String... cells) {
        return builder().amounts(Tables.cells(ThreePublicExpensesColumn.class,
                List.of(ThreePublicExpensesColumn.values()), cells)).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ThreePublicExpensesTable}. */
    public static final class Builder extends ImmutableThreePublicExpensesTable.Builder {
        Builder() {
        }
    }
}
