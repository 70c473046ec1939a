package io.github.juesuan.performance;

import io.github.juesuan.amount.Score;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator row (绩效指标) of a 项目支出绩效自评表: 一级/二级/三级指标, 年度指标值, 实际完成值,
 * 权重, 自评得分 and 偏差原因分析及改进措施. Levels are kept as printed; a level a document leaves
 * blank because it continues the row above is filled by the reader.
 */
@Value.Immutable
@JuesuanStyle
public abstract class PerformanceIndicator {

    PerformanceIndicator() {
    }

    /**
     * Gets 一级指标 (产出指标, 效益指标, 满意度指标, 成本指标).
     *
     * @return the first level
     */
    @NotNull
    public abstract String getLevel1();

    /**
     * Gets 二级指标 (数量指标, 质量指标, …).
     *
     * @return the second level
     */
    @NotNull
    public abstract String getLevel2();

    /**
     * Gets 三级指标, the indicator's own name.
     *
     * @return the name
     */
    @NotNull
    public abstract String getName();

    /**
     * Gets 年度指标值, the target.
     *
     * @return the target
     */
    @NotNull
    public abstract IndicatorValue getTarget();

    /**
     * Gets 实际完成值, the actual value.
     *
     * @return the actual value
     */
    @NotNull
    public abstract IndicatorValue getActual();

    /**
     * Gets 权重.
     *
     * @return the weight, empty where the edition has no weights or the cell is blank
     */
    public abstract Optional<Score> getWeight();

    /**
     * Gets 自评得分.
     *
     * @return the score, empty where the edition has no scores or the cell is blank
     */
    public abstract Optional<Score> getScore();

    /**
     * Gets 偏差原因分析及改进措施, possibly empty.
     *
     * @return the text
     */
    @Value.Default
    public String getDeviationAnalysis() {
        return "";
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PerformanceIndicator}. */
    public static final class Builder extends ImmutablePerformanceIndicator.Builder {
        Builder() {
        }

        /**
         * Sets the target from its printed text.
         *
         * @param text the printed 年度指标值
         * @return this builder
         */
        public Builder target(String text) {
            return (Builder) target(IndicatorValue.parse(text));
        }

        /**
         * Sets the actual value from its printed text.
         *
         * @param text the printed 实际完成值
         * @return this builder
         */
        public Builder actual(String text) {
            return (Builder) actual(IndicatorValue.parse(text));
        }
    }
}
