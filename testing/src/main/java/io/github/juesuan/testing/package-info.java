/**
 * Test support for tools that use Juesuan, shipped in main scope (artifact {@code juesuan-testing}).
 *
 * <ul>
 *   <li>{@link io.github.juesuan.testing.ReportArbitraries}: jqwik arbitraries for the value
 *       types and for whole reports (部门决算) that satisfy every invariant exactly.</li>
 *   <li>{@link io.github.juesuan.testing.SampleReports}: real published reports rebuilt by hand
 *       through the model's builders (every table 公开01表 … 公开09表, every 项目支出绩效自评表,
 *       the prose of 第一部分, 第三部分 and 第四部分), with the original extracted text, as golden
 *       fixtures for readers, writers and validators. Their figures are typed, not parsed, and the
 *       documents' own mistakes are kept and listed.</li>
 * </ul>
 */
package io.github.juesuan.testing;
