/**
 * Test support for tools that use Juesuan, shipped in main scope (artifact {@code juesuan-testing}).
 *
 * <ul>
 *   <li>{@link io.github.juesuan.testing.ReportArbitraries} and {@link io.github.juesuan.testing.ReportShape}:
 *       jqwik arbitraries for the value types and for whole reports (部门决算) that satisfy every
 *       invariant exactly, of a configurable shape: number of 类/款/项 rows, 2023 or 2024 edition,
 *       本级 or 汇总, each of 公开01表 … 公开09表 with figures, declared empty (本单位没有…) or absent,
 *       公开07表 and 公开08表 with consistent figures, 项目支出绩效自评表 with or without weights.
 *       Reports are derived from small descriptions, so they shrink to small reports that still add up.</li>
 *   <li>{@link io.github.juesuan.testing.JuesuanDomain}: a jqwik domain, so that
 *       {@code @ForAll FinalAccountReport} needs no provider method.</li>
 *   <li>{@link io.github.juesuan.testing.Mutations}: mutators that break one rule of the catalogue
 *       (校验规则) in a consistent report and describe the finding to expect
 *       ({@link io.github.juesuan.testing.Mutation}).</li>
 *   <li>{@link io.github.juesuan.testing.JuesuanAssertions} / {@link io.github.juesuan.testing.FindingsAssert}:
 *       AssertJ assertions over findings ({@code assertThat(findings).hasRule(id).atCell(table, row, column)}).</li>
 *   <li>{@link io.github.juesuan.testing.SampleReports}: real published reports rebuilt by hand
 *       through the model's builders (every table 公开01表 … 公开09表, every 项目支出绩效自评表,
 *       the prose of 第一部分, 第三部分 and 第四部分), with the original extracted text, as golden
 *       fixtures for readers, writers and validators. Their figures are typed, not parsed, and the
 *       documents' own mistakes are kept and listed.</li>
 * </ul>
 */
package io.github.juesuan.testing;
