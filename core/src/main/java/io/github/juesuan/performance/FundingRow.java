package io.github.juesuan.performance;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of the funding grid (资金情况, 万元) of a 项目支出绩效自评表: 年初预算数, 全年预算数,
 * 全年执行数, 执行率 and 得分, each blank or as printed. The label is kept as printed
 * ({@code 年度资金总额} or {@code 年度资金总和}).
 */
@Value.Immutable
@JuesuanStyle
public abstract class FundingRow {

    FundingRow() {
    }

    /**
     * Gets which funding row this is.
     *
     * @return the source
     */
    @NotNull
    public abstract FundingSource getSource();

    /**
     * Gets the label as printed; defaults to the usual label.
     *
     * @return the label
     */
    @Value.Default
    public String getLabel() {
        return getSource().getLabel();
    }

    /**
     * Gets 年初预算数.
     *
     * @return the amount, empty if blank
     */
    public abstract Optional<Amount> getInitialBudget();

    /**
     * Gets 全年预算数.
     *
     * @return the amount, empty if blank
     */
    public abstract Optional<Amount> getFullYearBudget();

    /**
     * Gets 全年执行数.
     *
     * @return the amount, empty if blank
     */
    public abstract Optional<Amount> getExecuted();

    /**
     * Gets 执行率 as printed.
     *
     * @return the rate, empty if blank
     */
    public abstract Optional<Rate> getExecutionRate();

    /**
     * Gets 得分 (printed on the 年度资金总额 row only; a dash elsewhere).
     *
     * @return the score, empty if blank or a dash
     */
    public abstract Optional<Score> getScore();

    /**
     * Creates a row from printed cells: 年初预算数, 全年预算数, 全年执行数, 执行率, 得分; blank or a
     * dash is blank.
     *
     * @param source the row
     * @param label the printed label
     * @param cells up to five printed cells
     * @return the row
     * @throws IllegalArgumentException naming the value if a cell does not parse
     */
    public static FundingRow of(FundingSource source, String label, String... cells) {
        Builder b = builder().source(source).label(label);
        String[] c = java.util.Arrays.copyOf(cells, 5);
        if (c[0] != null && !Amount.isBlankOrPlaceholder(c[0])) {
            b.initialBudget(Amount.parse(c[0]));
        }
        if (c[1] != null && !Amount.isBlankOrPlaceholder(c[1])) {
            b.fullYearBudget(Amount.parse(c[1]));
        }
        if (c[2] != null && !Amount.isBlankOrPlaceholder(c[2])) {
            b.executed(Amount.parse(c[2]));
        }
        if (c[3] != null && !Amount.isBlankOrPlaceholder(c[3])) {
            b.executionRate(Rate.parse(c[3]));
        }
        if (c[4] != null && !Amount.isBlankOrPlaceholder(c[4])) {
            b.score(Score.parse(c[4]));
        }
        return b.build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FundingRow}. */
    public static final class Builder extends ImmutableFundingRow.Builder {
        Builder() {
        }
    }
}
