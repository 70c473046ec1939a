/**
 * The published report and its tables (部门决算表).
 *
 * <p>{@link io.github.juesuan.report.FinalAccountReport} holds one report: the department and
 * fiscal year, 第一部分 部门概况 (duties, internal bodies, the consolidated units), the public table
 * set 公开01表 … 公开09表, the 项目支出绩效自评表 (package {@code io.github.juesuan.performance}), the
 * structured facts of 第三部分 ({@link io.github.juesuan.report.OtherMatters}) and the prose by
 * heading ({@link io.github.juesuan.report.NarrativeSection}).
 *
 * <p>Each table is its own type with named columns (an enum per table implementing
 * {@link io.github.juesuan.report.TableColumn}). Tables keyed by functional code (02 收入决算表,
 * 03 支出决算表, 05 一般公共预算财政拨款支出决算表, 07 政府性基金, 08 国有资本经营) and by economic
 * code (06 基本支出决算明细表) implement {@link io.github.juesuan.report.CodedTable}; 01 收入支出决算总表
 * and 04 财政拨款收入支出决算总表 hold named lines and rows per 类; 09 “三公”经费 holds one row of
 * twelve cells. 07 and 08 changed between the 2023 and 2024 templates: both layouts are
 * representable ({@link io.github.juesuan.report.TableEdition}).
 *
 * <p>Three facts are kept apart: a table absent from the document ({@code Optional.empty()}), a
 * table printed but declared empty ("本单位没有…", kept in {@code getEmptyStatement()}), and a
 * table with figures. A blank cell (absent from a row's amounts) is kept apart from a printed zero:
 * blank counts as zero for arithmetic, but a writer prints it blank again. The names a document
 * prints beside codes are kept even where they differ from the catalog.
 *
 * <p>Every table answers {@link io.github.juesuan.report.ReportTable#cells()}, a uniform view of
 * (table, row key, column, amount) that validators, writers and exports use without a case per
 * table. Structural truths (no duplicate codes in a table, a figure only in a column its edition
 * prints) are checked when a value is built; sums are not: a report that does not add up loads,
 * and {@code io.github.juesuan.validation} reports it.
 */
@JuesuanStyle
package io.github.juesuan.report;

import io.github.juesuan.internal.JuesuanStyle;
