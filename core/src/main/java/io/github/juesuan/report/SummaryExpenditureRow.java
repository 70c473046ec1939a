package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row per 类 on the expenditure side of 公开01表: the 类 code, the printed label (such as
 * {@code 一、一般公共服务支出}, numbering kept) and the amount in {@link SummaryColumn#EXPENDITURE}.
 */
@Value.Immutable
@JuesuanStyle
public abstract class SummaryExpenditureRow implements CodedRow<FunctionCode, SummaryColumn> {

    SummaryExpenditureRow() {
    }

    @Override
    @NotNull
    public abstract FunctionCode getCode();

    @Override
    @NotNull
    public abstract String getName();

    @Override
    @NotNull
    public abstract Map<SummaryColumn, Amount> getAmounts();

    @Value.Check
    void check() {
        if (getCode().getLevel() != io.github.juesuan.classification.CodeLevel.CLASS) {
            throw new IllegalStateException("公开01表 lists expenditure by 类, but row " + getCode() + " is a "
                    + getCode().getLevel().getChineseName());
        }
        if (getAmounts().containsKey(SummaryColumn.INCOME)) {
            throw new IllegalStateException("公开01表 expenditure row " + getCode() + " has a figure in the income column");
        }
    }

    /**
     * Creates a row.
     *
     * @param code the 类 code, such as {@code "201"}
     * @param name the printed label
     * @param amount the printed amount, blank or a dash for a blank cell
     * @return the row
     */
    public static SummaryExpenditureRow of(String code, String name, String amount) {
        Builder b = builder().code(FunctionCode.parse(code)).name(name);
        if (!Amount.isBlankOrPlaceholder(amount)) {
            b.putAmounts(SummaryColumn.EXPENDITURE, Amount.parse(amount));
        }
        return b.build();
    }

    /**
     * Gets the amount.
     *
     * @return the amount, empty if blank
     */
    public Optional<Amount> getAmount() {
        return get(SummaryColumn.EXPENDITURE);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SummaryExpenditureRow}. */
    public static final class Builder extends ImmutableSummaryExpenditureRow.Builder {
        Builder() {
        }
    }
}
