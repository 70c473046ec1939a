/**
 * Reads published department final-account reports (部门决算) from the text extracted from their
 * PDFs.
 *
 * <p>Most reports reach their users as PDFs; data teams turn them into text with various tools.
 * {@link io.github.juesuan.text.TextReportReader} reads such text into the report model of
 * {@code io.github.juesuan.report}: the title (部门, 年度, 本级/汇总), 第一部分 部门概况 (部门职责,
 * 内设机构, 部门决算单位构成), every 公开NN表 the document contains, every 项目支出绩效自评表, the
 * prose of 第三部分 情况说明 by heading (with the facts on 机关运行经费, 政府采购 and 国有资产占用) and
 * 第四部分 名词解释 (one section per term).
 *
 * <p>Tables come as tab-separated cells or as Markdown pipe tables, with header rows broken over
 * lines, 科目代码 in one column or split over 类/款/项 columns, thousands separators
 * ({@code 42,590.81}), full-width digits, blank cells and "—" placeholders, rows shifted by an
 * extra empty cell, and tables that continue after a page break with their title, label, header
 * rows and 栏次 row repeated. They are found by their titles and their
 * 公开NN表 labels, not by their position. A table missing from the text, or present only as its
 * title (its page was an image), is absent; a table with a statement "本单位没有…" is declared
 * empty (see {@link io.github.juesuan.report.TablePresence}).
 *
 * <p>Reading never throws on a messy but recognisable document: it returns a
 * {@link io.github.juesuan.text.TextReadResult} with the report, a list of warnings (the SPI's
 * {@link io.github.juesuan.spi.Problem}: a cell that does not parse, a row whose code cannot be
 * placed, a table that is not recognised, each with its line and cell) and the provenance of every
 * table cell (an {@link io.github.juesuan.spi.SourceLocation} with file, line and cell number), so
 * that a finding can point a person at the line of the document to look at.
 * {@link io.github.juesuan.text.TextReportFormat} plugs the reader into the reader SPI. It throws {@link IllegalArgumentException} only
 * when the text is not a final-account report at all, or is beyond the
 * {@link io.github.juesuan.text.TextLimits} (document size, lines, line length, cells per row; a
 * table longer than its limit is read as unreadable instead): an
 * {@link io.github.juesuan.spi.InvalidInputException}, whose {@code getMessage()} is English and
 * whose {@code getMessage(Locale)} is Chinese or English. One value that does not parse (an
 * amount, a rate, a score, a count) is one warning naming the value and its line and column, never
 * the loss of the report; reading takes time linear in the text.
 */
package io.github.juesuan.text;
