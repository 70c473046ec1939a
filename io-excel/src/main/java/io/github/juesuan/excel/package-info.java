/**
 * Excel workbooks of department final accounts (部门决算): writing a report laid out like the
 * published tables, and reading such workbooks back, ours and those made by people and other
 * software.
 *
 * <p>{@link io.github.juesuan.excel.ExcelReportWriter} writes one sheet per table (公开01表 …
 * 公开09表) with the title, the 部门 and 单位：万元 lines, merged multi-row headers, the 栏次 row,
 * 科目代码 as text and amounts as numbers in a two-decimal format (blank cells stay blank, a zero
 * is 0); then 绩效自评表 (one block per project, one under the other in a single sheet), 情况说明
 * (the prose of 第一、三、四部分) and 元数据 (year, scope, 部门决算单位构成, 部门职责, 内设机构,
 * table editions and the facts of 第三部分 as key/value rows), so that reading gives back the very
 * same report.
 *
 * <p>{@link io.github.juesuan.excel.ExcelReportReader} finds the tables by label and title and
 * their columns by header text, whatever the layout; returns an
 * {@link io.github.juesuan.excel.ExcelReadResult}: the report, the SPI
 * {@link io.github.juesuan.spi.Problem}s located by file, sheet and cell (a cell that is not a
 * number, an unknown row; never a silent zero) and the cell every figure came from
 * ({@code 公开03表} {@code E12}). Hostile files (zip bombs, external entities, huge sheets or
 * strings, encrypted or corrupt files) fail with an {@link io.github.juesuan.excel.ExcelReadException}
 * (a {@link io.github.juesuan.spi.ReportReadException}) within the
 * {@link io.github.juesuan.excel.ExcelLimits}.
 *
 * <p>{@link io.github.juesuan.excel.ExcelReportFormat} plugs both into the reader/writer SPI
 * (name {@code excel}, {@code .xlsx} and {@code .xls}); its reader never throws for bad input but
 * returns a failed {@link io.github.juesuan.spi.ReadResult} naming the file.
 *
 * <p>xlsx is written with dhatim fastexcel (streaming, 0.16 MB) and read with the JDK's own zip
 * and StAX, guarded; .xls is read with Apache POI's HSSF when the optional {@code poi} dependency
 * is present.
 */
package io.github.juesuan.excel;
