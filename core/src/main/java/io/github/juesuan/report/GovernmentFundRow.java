package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A row of GovernmentFund table (07): a code, the name the document prints, and the
 * non-blank cells by {@link GovernmentFundColumn}.
 */
@Value.Immutable
@JuesuanStyle
public abstract class GovernmentFundRow implements CodedRow<FunctionCode, GovernmentFundColumn> {

    GovernmentFundRow() {
    }

    @Override
    @NotNull
    public abstract FunctionCode getCode();

    @Override
    @NotNull
    public abstract String getName();

    @Override
    @NotNull
    public abstract Map<GovernmentFundColumn, Amount> getAmounts();

    /**
     * Creates a row from its cells as printed, in the column order of {@code columns}; a blank or
     * dash cell is blank.
     *
     * @param code the code, such as {@code "2010301"}
     * @param name the printed name
     * @param columns the printed columns, in order
     * @param cells the printed cells, at most one per column
     * @return the row
     * @throws IllegalArgumentException naming the value if a code or cell does not parse
     */
    public static GovernmentFundRow of(String code, String name, List<GovernmentFundColumn> columns, String... cells) {
        return builder().code(FunctionCode.parse(code)).name(name)
                .amounts(Tables.cells(GovernmentFundColumn.class, columns, cells)).build();
    }

    /**
     * Creates a row from its cells as printed, in the order of {@link GovernmentFundColumn#values()}.
     *
     * @param code the code, such as {@code "2010301"}
     * @param name the printed name
     * @param cells the printed cells
     * @return the row
     * @throws IllegalArgumentException naming the value if a code or cell does not parse
     */
    public static GovernmentFundRow of(String code, String name, String... cells) {
        return of(code, name, List.of(GovernmentFundColumn.values()), cells);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GovernmentFundRow}. */
    public static final class Builder extends ImmutableGovernmentFundRow.Builder {
        Builder() {
        }
    }
}
