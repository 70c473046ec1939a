package io.github.juesuan.html;

import io.github.juesuan.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fixed words of the pages, in Chinese (any {@code zh} locale) or English (any other). */
final class Labels {

    /** The severities, most severe first, as the pages list them. */
    static final List<Severity> SEVERITIES_DOWN = List.of(Severity.ERROR, Severity.WARNING, Severity.ROUNDING,
            Severity.INFO);

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"审核报告", "Review report"}),
            Map.entry("index.title", new String[] {"审核报告索引", "Review reports"}),
            Map.entry("source", new String[] {"来源", "Source"}),
            Map.entry("department", new String[] {"单位", "Department"}),
            Map.entry("year", new String[] {"年度", "Year"}),
            Map.entry("unit", new String[] {"金额单位：万元", "Amounts in 万元 (10,000 yuan)"}),
            Map.entry("summary", new String[] {"概要", "Summary"}),
            Map.entry("findings", new String[] {"审核结果", "Findings"}),
            Map.entry("noFindings", new String[] {"未发现问题。", "No findings."}),
            Map.entry("problems", new String[] {"读取问题", "Reading problems"}),
            Map.entry("noProblems", new String[] {"读取时未遇到问题。", "The source was read without problems."}),
            Map.entry("noReport", new String[] {"未能读出报告，以下为读取问题。",
                "No report could be read from this source; the reading problems follow."}),
            Map.entry("tables", new String[] {"决算表", "Tables"}),
            Map.entry("charts", new String[] {"图表", "Charts"}),
            Map.entry("chart.byClass", new String[] {"按功能分类（类）的支出", "Expenditure by functional class (类)"}),
            Map.entry("chart.budgetExec", new String[] {"全年预算数与全年执行数", "Full-year budget against execution"}),
            Map.entry("chart.none", new String[] {"报告中没有公开03表或公开05表的类数据。",
                "The report has no 类 rows in 公开03表 or 公开05表."}),
            Map.entry("filters", new String[] {"筛选", "Filters"}),
            Map.entry("filter.severity", new String[] {"严重程度", "Severity"}),
            Map.entry("filter.family", new String[] {"规则类别", "Rule family"}),
            Map.entry("filter.table", new String[] {"表", "Table"}),
            Map.entry("col.no", new String[] {"序号", "No."}),
            Map.entry("col.severity", new String[] {"严重程度", "Severity"}),
            Map.entry("col.rule", new String[] {"规则", "Rule"}),
            Map.entry("col.location", new String[] {"位置", "Location"}),
            Map.entry("col.expected", new String[] {"应为", "Expected"}),
            Map.entry("col.actual", new String[] {"实为", "Actual"}),
            Map.entry("col.difference", new String[] {"差额", "Difference"}),
            Map.entry("col.message", new String[] {"说明", "Message"}),
            Map.entry("col.source", new String[] {"来源位置", "Source location"}),
            Map.entry("col.value", new String[] {"原值", "Value"}),
            Map.entry("col.code", new String[] {"科目编码", "Code"}),
            Map.entry("col.name", new String[] {"科目名称 / 项目", "Name"}),
            Map.entry("col.file", new String[] {"文件", "File"}),
            Map.entry("col.problems", new String[] {"读取问题", "Problems"}),
            Map.entry("col.total", new String[] {"合计", "Total"}),
            Map.entry("likelyCulprit", new String[] {"最可能的错误单元格", "likely culprit"}),
            Map.entry("notInPage", new String[] {"（不在本页所示单元格中）", "(not a cell shown on this page)"}),
            Map.entry("declaredEmpty", new String[] {"本表声明为空", "Declared empty"}),
            Map.entry("notes", new String[] {"注", "Notes"}),
            Map.entry("perf.department", new String[] {"主管部门", "Competent department"}),
            Map.entry("perf.unit", new String[] {"实施单位", "Implementing unit"}),
            Map.entry("perf.funding", new String[] {"资金情况（万元）", "Funding (万元)"}),
            Map.entry("perf.funds", new String[] {"资金", "Funds"}),
            Map.entry("perf.goal", new String[] {"年度总体目标", "Annual goal"}),
            Map.entry("perf.expected", new String[] {"预期目标", "Expected goal"}),
            Map.entry("perf.outcome", new String[] {"实际完成情况", "Actual outcome"}),
            Map.entry("perf.indicators", new String[] {"绩效指标", "Indicators"}),
            Map.entry("perf.level1", new String[] {"一级指标", "Level 1"}),
            Map.entry("perf.level2", new String[] {"二级指标", "Level 2"}),
            Map.entry("perf.level3", new String[] {"三级指标", "Indicator"}),
            Map.entry("perf.deviation", new String[] {"偏差原因分析及改进措施", "Deviation analysis"}),
            Map.entry("perf.totalScore", new String[] {"总分", "Total score"}),
            Map.entry("perf.budget", new String[] {"全年预算数", "Full-year budget"}),
            Map.entry("perf.executed", new String[] {"全年执行数", "Executed"}),
            Map.entry("perf", new String[] {"项目支出绩效自评表", "Project performance self-evaluation"}),
            Map.entry("sortHint", new String[] {"点击表头排序", "Click a header to sort"}),
            Map.entry("count.findings", new String[] {"条审核结果", "findings"}),
            Map.entry("generated", new String[] {"由 Juesuan 生成，离线可用，不加载任何外部资源。",
                "Made by Juesuan; works offline and loads nothing from the network."}));

    private final int index;
    private final Locale locale;

    Labels(Locale locale) {
        this.locale = locale;
        this.index = isChinese(locale) ? 0 : 1;
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    boolean chinese() {
        return index == 0;
    }

    Locale locale() {
        return locale;
    }

    /** The HTML {@code lang} of the page. */
    String lang() {
        return chinese() ? "zh-CN" : "en";
    }

    String get(String key) {
        String[] w = WORDS.get(key);
        if (w == null) {
            throw new IllegalStateException("no label '" + key + "'");
        }
        return w[index];
    }
}
