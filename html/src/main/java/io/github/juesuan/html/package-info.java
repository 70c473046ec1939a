/**
 * HTML review reports (审核报告) for the people who act on findings: 财政 staff and auditors, who
 * would rather look at the table with the wrong cell marked than read a list.
 *
 * <p>{@link io.github.juesuan.html.HtmlReportWriter} writes one self-contained page per report:
 * the tables 公开01表…公开09表 and each 项目支出绩效自评表 as published, every finding at its cell
 * (highlighted in the colour of its severity: 错误 error, 警告 warning, 尾差 rounding, 提示 info) and
 * linked both ways, the findings grouped by severity and rule with 应为 (expected), 实为 (actual) and
 * 差额 (difference), filters by severity, rule family and table, the problems met while reading
 * (读取问题), where each figure was read in its source, and inline SVG charts (expenditure by 类;
 * 全年预算数 against 全年执行数 for each project). It also writes an index page for a folder of
 * reports, sortable by any column.
 *
 * <p>What a page shows is a {@link io.github.juesuan.html.Review}: the source name, the report and
 * its reading problems, its {@link io.github.juesuan.validation.ValidationResult} and a
 * {@link io.github.juesuan.spi.SourceLocator} that knows where each figure was read. The pages
 * load nothing from the network, work from a {@code file://} URL and escape everything a report
 * says, since reports are untrusted input. Chinese and English ({@code Locale}); the findings'
 * messages are printed in the page's language.
 */
package io.github.juesuan.html;
