/**
 * Project performance self-evaluations (项目支出绩效自评表), one per project.
 *
 * <p>A {@link io.github.juesuan.performance.ProjectPerformanceEvaluation} holds 项目名称, 主管部门,
 * 实施单位, the funding grid (资金情况: 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金 ×
 * 年初预算数, 全年预算数, 全年执行数, 执行率, 得分), the overall goal (预期目标) and outcome
 * (实际完成情况), the indicators (绩效指标: 一级/二级/三级指标, 年度指标值, 实际完成值, 权重,
 * 自评得分, 偏差原因分析及改进措施) and 总分. Targets and actual values are parsed into
 * {@link io.github.juesuan.performance.IndicatorValue} (comparator, number, unit) with the
 * printed text kept. Editions without 权重/得分 columns leave those empty.
 */
@JuesuanStyle
package io.github.juesuan.performance;

import io.github.juesuan.internal.JuesuanStyle;
