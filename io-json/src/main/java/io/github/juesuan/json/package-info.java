/**
 * JSON and JSON Lines for final-account reports (部门决算 as JSON), with Jackson 2.x.
 *
 * <p>One stable format, described in {@code docs/json-format.md} and by a JSON Schema (draft
 * 2020-12) shipped in the jar ({@link io.github.juesuan.json.JsonReports#schema()}); every document
 * carries {@code formatVersion}. Codes (类/款/项, 经济分类) are strings; amounts in 万元 are JSON
 * numbers written from the exact decimal; a blank cell is an absent key, never {@code null} and
 * never {@code 0}; an absent table is an absent key, a declared-empty table (本单位没有…) keeps its
 * {@code emptyStatement}; printed row names are kept as printed.
 *
 * <ul>
 *   <li>{@link io.github.juesuan.json.JsonReports}: the facade (read/write a report from/to a
 *       {@code Path}, stream, reader or string; JSON Lines).</li>
 *   <li>{@link io.github.juesuan.json.JsonLinesReader} / {@link io.github.juesuan.json.JsonLinesWriter}:
 *       many reports per file, one per line, in constant memory.</li>
 *   <li>{@link io.github.juesuan.json.JuesuanJsonModule}: a Jackson module for the application's own
 *       {@code ObjectMapper}; the core model carries no Jackson annotations.</li>
 *   <li>{@link io.github.juesuan.json.JsonReadOptions}: unknown fields (fail or ignore), amounts
 *       with more than two decimals, limits against hostile input.</li>
 *   <li>{@link io.github.juesuan.json.JsonReportFormat}: the {@code json} plug-in of
 *       {@link io.github.juesuan.spi.Formats}.</li>
 * </ul>
 *
 * <p>Bad input gives one {@link io.github.juesuan.spi.ReportReadException} naming the JSON pointer
 * (with file, line and column where known) and the bad value.
 */
package io.github.juesuan.json;
