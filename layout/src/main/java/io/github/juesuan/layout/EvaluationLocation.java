package io.github.juesuan.layout;

import io.github.juesuan.performance.FundingSource;
import java.util.List;
import java.util.Map;

/**
 * Where a 项目支出绩效自评表 was read: the line of its 项目名称, the line of each funding row, the
 * line of each indicator (in the order of
 * {@link io.github.juesuan.performance.ProjectPerformanceEvaluation#getIndicators()}) and the line
 * of 总分 (0 if not printed).
 *
 * @param projectLine the line of 项目名称
 * @param fundingLines the line of each funding row
 * @param indicatorLines the line of each indicator
 * @param totalScoreLine the line of 总分, 0 if none
 */
public record EvaluationLocation(int projectLine, Map<FundingSource, Integer> fundingLines,
        List<Integer> indicatorLines, int totalScoreLine) {

    /**
     * Creates a location, copying the collections.
     *
     * @param projectLine the line of 项目名称
     * @param fundingLines the line of each funding row
     * @param indicatorLines the line of each indicator
     * @param totalScoreLine the line of 总分, 0 if none
     */
    public EvaluationLocation {
        fundingLines = Map.copyOf(fundingLines);
        indicatorLines = List.copyOf(indicatorLines);
    }
}
