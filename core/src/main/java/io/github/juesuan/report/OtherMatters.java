package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The structured facts of 第三部分's 其他重要事项: 机关运行经费, 政府采购支出 and 国有资产占用.
 */
@Value.Immutable
@JuesuanStyle
public abstract class OtherMatters {

    OtherMatters() {
    }

    /** @return 机关运行经费支出, empty if not stated */
    public abstract Optional<Amount> getOperatingExpenses();

    /** @return the change of 机关运行经费 on last year (negative for a decrease), empty if not stated */
    public abstract Optional<Amount> getOperatingExpensesChange();

    /** @return 政府采购支出, empty if not stated */
    @Valid
    public abstract Optional<GovernmentProcurement> getProcurement();

    /** @return 国有资产占用, empty if not stated */
    @Valid
    public abstract Optional<StateAssets> getAssets();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OtherMatters}. */
    public static final class Builder extends ImmutableOtherMatters.Builder {
        Builder() {
        }
    }
}
