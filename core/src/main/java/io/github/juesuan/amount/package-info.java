/**
 * Exact quantities printed in department final accounts (部门决算): amounts of money, rates,
 * points of a performance self-evaluation and fiscal years.
 *
 * <ul>
 *   <li>{@link io.github.juesuan.amount.Amount}: an amount of money in 万元 (ten thousand yuan),
 *       the unit of every table. Amounts are exact decimals; binary floating point is never
 *       used. The tables are produced in 元 and rounded to 万元, so a printed total may differ
 *       from the sum of its printed parts by 0.01–0.02 (尾数误差); the amount type keeps what is
 *       printed and leaves tolerances to the validator.</li>
 *   <li>{@link io.github.juesuan.amount.Rate}: a percentage such as an execution rate (执行率)
 *       or a share of a total.</li>
 *   <li>{@link io.github.juesuan.amount.Score}: a weight (权重), score (得分, 自评得分) or total
 *       score (总分) of a project performance self-evaluation (项目支出绩效自评表).</li>
 *   <li>{@link io.github.juesuan.amount.FiscalYear}: a fiscal year (预算年度/决算年度), which in
 *       China is the calendar year.</li>
 * </ul>
 *
 * <p>Every type follows the same vocabulary: {@code of} is a strict factory, {@code parse} reads
 * text as reports print it (surrounding spaces, full-width digits such as {@code ７６９８．９２},
 * thousands separators such as {@code 42,590.81}), {@code toString()} is the canonical form and
 * {@code parse(x.toString()).equals(x)} always holds. Equality is by value: {@code 7698.9} equals
 * {@code 7698.90}. Malformed text is rejected with an {@link java.lang.IllegalArgumentException}
 * whose message names the value and the reason. An empty table cell (空白) is not an amount:
 * {@link io.github.juesuan.amount.Amount#parseOrZero(CharSequence)} is there for callers that
 * decide it means zero.
 */
package io.github.juesuan.amount;
