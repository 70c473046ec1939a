package io.github.juesuan.performance;

import io.github.juesuan.amount.Score;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A 项目支出绩效自评表: the self-evaluation of one project's performance, with its funding grid, its
 * overall goal and outcome, its indicators and its total score. Editions without 权重/得分 columns
 * leave those empty.
 */
@Value.Immutable
@JuesuanStyle
public abstract class ProjectPerformanceEvaluation {

    ProjectPerformanceEvaluation() {
    }

    /**
     * Gets 项目名称.
     *
     * @return the project name
     */
    @NotNull
    public abstract String getProjectName();

    /**
     * Gets 主管部门.
     *
     * @return the competent department, empty if not printed
     */
    public abstract Optional<String> getCompetentDepartment();

    /**
     * Gets 实施单位.
     *
     * @return the implementing unit, empty if not printed
     */
    public abstract Optional<String> getImplementingUnit();

    /**
     * Gets the funding rows (资金情况) in printed order.
     *
     * @return the rows
     */
    @Valid
    @NotNull
    public abstract List<FundingRow> getFunding();

    /**
     * Gets 年度总体目标/预期目标.
     *
     * @return the expected goal, possibly empty
     */
    @Value.Default
    public String getExpectedGoal() {
        return "";
    }

    /**
     * Gets 年度总体目标/实际完成情况.
     *
     * @return the actual outcome, possibly empty
     */
    @Value.Default
    public String getActualOutcome() {
        return "";
    }

    /**
     * Gets the indicators in printed order.
     *
     * @return the indicators
     */
    @Valid
    @NotNull
    public abstract List<PerformanceIndicator> getIndicators();

    /**
     * Gets 总分.
     *
     * @return the total score, empty if not printed
     */
    public abstract Optional<Score> getTotalScore();

    /**
     * Finds a funding row.
     *
     * @param source the row
     * @return the row, empty if not printed
     */
    public Optional<FundingRow> findFunding(FundingSource source) {
        // a loop, not a stream: the validation asks for the 合计 row several times per project
        var fs0 = getFunding();
        for (int fIndex0 = 0; fIndex0 < fs0.size(); fIndex0++) {
            FundingRow f = fs0.get(fIndex0);
            if (f.getSource() == source) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The funds' weight (资金执行 / 预算执行率 分值), which the table never prints: 100 − Σ 权重 of the indicators.
     *
     * @return the weight, empty when there are no indicators, an indicator prints no weight, or the weights leave
     *         nothing (100 or more)
     */
    public Optional<BigDecimal> fundsWeight() {
        var is = getIndicators();
        if (is.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < is.size(); k++) {
            Optional<Score> w = is.get(k).getWeight();
            if (w.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(w.get().getPoints());
        }
        BigDecimal left = ONE_HUNDRED.subtract(sum);
        return left.signum() > 0 ? Optional.of(left) : Optional.empty();
    }

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    /**
     * Tells whether the table has 权重 columns (any indicator has a weight).
     *
     * @return true if weighted
     */
    public boolean hasWeights() {
        var is1 = getIndicators();
        for (int iIndex1 = 0; iIndex1 < is1.size(); iIndex1++) {
            PerformanceIndicator i = is1.get(iIndex1);
            if (i.getWeight().isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    void check() {
        java.util.Set<FundingSource> seen = java.util.EnumSet.noneOf(FundingSource.class);
        var fs2 = getFunding();
        for (int fIndex2 = 0; fIndex2 < fs2.size(); fIndex2++) {
            FundingRow f = fs2.get(fIndex2);
            if (!seen.add(f.getSource())) {
                throw new IllegalStateException("项目支出绩效自评表 of " + getProjectName() + " has two "
                        + f.getSource().getLabel() + " rows");
            }
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

    /** Builds a {@link ProjectPerformanceEvaluation}. */
    public static final class Builder extends ImmutableProjectPerformanceEvaluation.Builder {
        Builder() {
        }
    }
}
