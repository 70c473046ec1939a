package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.internal.JuesuanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 政府采购支出 as 第三部分 states it: the total, split into 货物, 工程 and 服务, and the amounts and
 * shares awarded to 中小企业 and, among them, to 小微企业. Every field is empty where the document
 * does not state it.
 */
@Value.Immutable
@JuesuanStyle
public abstract class GovernmentProcurement {

    GovernmentProcurement() {
    }

    /** @return 政府采购支出总额 */
    public abstract Optional<Amount> getTotal();

    /** @return 政府采购货物支出 */
    public abstract Optional<Amount> getGoods();

    /** @return 政府采购工程支出 */
    public abstract Optional<Amount> getWorks();

    /** @return 政府采购服务支出 */
    public abstract Optional<Amount> getServices();

    /** @return 授予中小企业合同金额 */
    public abstract Optional<Amount> getSmeAmount();

    /** @return 授予中小企业合同金额占政府采购支出总额的比例 */
    public abstract Optional<Rate> getSmeShare();

    /** @return 授予小微企业合同金额 */
    public abstract Optional<Amount> getSmallMicroAmount();

    /** @return 授予小微企业合同金额占授予中小企业合同金额的比例 */
    public abstract Optional<Rate> getSmallMicroShare();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GovernmentProcurement}. */
    public static final class Builder extends ImmutableGovernmentProcurement.Builder {
        Builder() {
        }
    }
}
