/**
 * Validation of a department final accounts report (部门决算): the rules that a correct report obeys, and
 * the validator that checks them and returns <em>all</em> findings.
 *
 * <p>The {@link io.github.juesuan.validation.RuleCatalog} lists every rule with a stable id, a family, a
 * default {@link io.github.juesuan.validation.Severity}, a Chinese and an English description, the tables
 * it reads and the formula in words. The families are:
 * <ul>
 * <li>{@code INTRA} 表内平衡: in every coded table (公开02、03、05、07、08表) each 类 row = Σ 款 rows,
 * each 款 row = Σ 项 rows, 合计 = Σ 类 rows; in every row the total column = Σ part columns; the balance
 * lines of 公开01表 and 公开04表 (本年收入合计, 本年支出合计, the two 总计 equal); 公开06表 人员经费合计 and
 * 公用经费合计; 公开09表 “三公”经费 sums for 预算数 and 决算数;</li>
 * <li>{@code INTER} 表间勾稽: the same figure in two tables (03 合计 = 01 本年支出合计, 05 = 04 一般公共预算
 * column, 06 totals = 05 totals, …);</li>
 * <li>{@code COMPLETENESS} 完整性: a table absent without a “本单位没有……” statement, a blank 合计 row;</li>
 * <li>{@code CATALOG} 科目: codes unknown to the bundled 《政府收支分类科目》 catalogs, or printed with
 * another name;</li>
 * <li>{@code PERF} 绩效自评: 项目支出绩效自评表 execution rates (执行率), funding sums, weights (权重), scores
 * (自评得分, 总分), and whether each indicator met its target (information only);</li>
 * <li>{@code NARR} 情况说明: the figures that 第三部分 repeats from the tables and the 绩效自评表 (收支总计,
 * 本年收入合计, 基本支出, 类 and 项 amounts and shares, 人员经费, the “三公” figures, each project's 自评得分,
 * budget, 执行数 and rate), found by {@link io.github.juesuan.report.NarrativeSection#getFigures()} and
 * compared at the precision the prose prints them.</li>
 * </ul>
 * {@code docs/rules.md} and the Bean Validation message bundles are generated from the catalogue.
 *
 * <p>The tables are rounded from 元 to 万元 (“金额单位转换时可能存在尾数误差”), so a sum may differ from its
 * parts by a cent or two. The {@link io.github.juesuan.validation.Tolerance} derives the allowance from the
 * number of printed figures in each equation (<i>n</i> × 0.005 万元), and a difference within it is a
 * {@link io.github.juesuan.validation.Severity#ROUNDING rounding} finding, distinct from a mismatch.
 *
 * <p>A {@link io.github.juesuan.validation.Finding} is a value: rule id, severity, outcome, location (table,
 * row key, column), expected, actual and difference, a Chinese and an English message, and, when several
 * failures hang on one cell, that cell as the likely culprit. A rule that reads a table the document lacks
 * is reported as {@link io.github.juesuan.validation.Outcome#NOT_ASSESSED not assessed}, never as passed.
 *
 * <p>{@link io.github.juesuan.validation.ReportValidator} is configured by id (switch off, re-grade), by
 * locale, by tolerance and by edition: the 2023 and 2024 layouts of 公开07表 and 公开08表 get their own rules.
 * {@link io.github.juesuan.validation.ConsistentReport} bridges to {@code jakarta.validation.Validator}.
 */
package io.github.juesuan.validation;
