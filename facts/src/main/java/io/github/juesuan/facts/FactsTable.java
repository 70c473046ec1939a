package io.github.juesuan.facts;

import static io.github.juesuan.facts.FactsType.AMOUNT;
import static io.github.juesuan.facts.FactsType.BOOLEAN;
import static io.github.juesuan.facts.FactsType.FIGURE;
import static io.github.juesuan.facts.FactsType.INTEGER;
import static io.github.juesuan.facts.FactsType.STRING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four tidy tables of the facts of reports, each with a fixed, versioned schema
 * ({@link #SCHEMA_VERSION}): {@link #CELLS} (one row per table cell), {@link #FINDINGS} (one row per
 * finding of the validator), {@link #REPORTS} (one row per input) and {@link #PERFORMANCE} (one row
 * per line of a 项目支出绩效自评表). Every table starts with the columns {@code source} and
 * {@code source_sha256}, which join the tables and name the file a row came from.
 *
 * <p>{@link #toMarkdown()} documents every column; {@code docs/facts.md} is generated from it.
 */
public enum FactsTable {

    /** One row per cell of every table of the public set (公开01表 … 公开09表), blank cells included. */
    CELLS("cells", "One row per cell of 公开01表 … 公开09表, blank cells included, in printed order.", List.of(
            source(), sha(), department(), fiscalYear(), scope(),
            FactsColumn.of("table_id", STRING, "The table, `T01` … `T09`."),
            FactsColumn.of("table_label", STRING, "The table's label as printed, `公开01表` … `公开09表`."),
            FactsColumn.of("table_title", STRING, "The table's title (2024 template), such as `支出决算表`."),
            FactsColumn.of("table_edition", INTEGER, "The layout edition of the table, `2023` or `2024` (07 and 08 differ)."),
            FactsColumn.of("row_number", INTEGER, "The position of the row in the table, from 1, in printed order."),
            FactsColumn.of("row_kind", STRING, "`FUNCTION_CODE` (支出功能分类科目), `ECONOMIC_CODE` (部门预算支出经济分类科目) or `LINE` (a named line such as 合计)."),
            FactsColumn.of("row_key", STRING, "The code, or the line's label (`合计`, `本年收入合计`, …): with `column_id`, the key of the cell in its table."),
            FactsColumn.of("code", STRING, "The classification code; null for a line."),
            FactsColumn.of("code_level", STRING, "`类`, `款` or `项`; null for a line. Sum one level only: 类 rows include their 款 and 项 rows."),
            FactsColumn.of("parent_code", STRING, "The code one level up (the 类 of a 款, the 款 of a 项); null for a 类 and for a line."),
            FactsColumn.of("class_code", STRING, "The 类 the code belongs to (itself for a 类); null for a line."),
            FactsColumn.of("row_name", STRING, "The row's name as printed (beside the code, or the line's label)."),
            FactsColumn.of("catalog_name", STRING, "The code's name in the bundled catalog of the report's year; null if the catalog does not know the code, and for a line."),
            FactsColumn.of("column_id", STRING, "The column's stable id, such as `TOTAL`, `BASIC`, `PROJECT` (as in findings and JSON)."),
            FactsColumn.of("column_number", INTEGER, "The column's 栏次: its position in the printed table, from 1."),
            FactsColumn.of("column_name", STRING, "The column's Chinese header, with its group (`本年支出/基本支出`)."),
            FactsColumn.of("amount", AMOUNT, "The amount in 万元, exact; null for a blank cell."),
            FactsColumn.of("blank", BOOLEAN, "True if the cell is printed blank (blank is not zero: `amount` is then null)."))),

    /** One row per finding of the validator. */
    FINDINGS("findings", "One row per finding of the validator (every severity, NOT_ASSESSED included), in the validator's order.", List.of(
            source(), sha(), department(), fiscalYear(),
            FactsColumn.of("finding_number", INTEGER, "The position of the finding in the report's findings, from 1."),
            FactsColumn.of("rule_id", STRING, "The rule's stable id, such as `INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS` (see docs/rules.md)."),
            FactsColumn.of("family", STRING, "The rule's family: `INTRA`, `INTER`, `COMPLETENESS`, `CATALOG`, `PERF` or `NARR`."),
            FactsColumn.of("severity", STRING, "`INFO`, `ROUNDING`, `WARNING` or `ERROR`."),
            FactsColumn.of("outcome", STRING, "`FAILED`, `ROUNDING` (within the rounding allowance) or `NOT_ASSESSED` (a table it needs is absent)."),
            FactsColumn.of("table_id", STRING, "The table, `T01` … `T09`; null for a finding in a 绩效自评表 or about the whole report."),
            FactsColumn.of("table_label", STRING, "The table's label, `公开03表`; for a 绩效自评表, `项目支出绩效自评表（project）`."),
            FactsColumn.of("row_key", STRING, "The row's code or line label; null if the finding is about a whole table."),
            FactsColumn.of("column_id", STRING, "The column's id; null if the finding is about a whole row or table."),
            FactsColumn.of("project", STRING, "The project of a 项目支出绩效自评表; null for the other tables and for a finding about the 绩效自评表 of no one project."),
            FactsColumn.of("expected", FIGURE, "What the rule computes (万元; percent for 执行率; points for scores)."),
            FactsColumn.of("actual", FIGURE, "What the document prints; null for a blank cell or when there is none."),
            FactsColumn.of("difference", FIGURE, "`actual - expected`."),
            FactsColumn.of("allowance", FIGURE, "The rounding allowance the rule granted, if any."),
            FactsColumn.of("likely_culprit", STRING, "The cell that most likely holds the mistake, such as `公开06表[302, AMOUNT]`, if the validator could tell."),
            FactsColumn.of("message_zh", STRING, "The message in Chinese."),
            FactsColumn.of("message_en", STRING, "The message in English."))),

    /** One row per input, whether it could be read or not. */
    REPORTS("reports", "One row per input, read or not: what was read, how many problems and findings, which tables.", List.of(
            source(), sha(),
            FactsColumn.of("department", STRING, "The unit (部门/单位) as printed; null if no report could be read."),
            FactsColumn.of("fiscal_year", INTEGER, "The fiscal year of the report; null if no report could be read."),
            FactsColumn.of("scope", STRING, "`SELF` (本级) or `CONSOLIDATED` (汇总); null if no report could be read."),
            FactsColumn.of("read_status", STRING, "`READ` (a report, no error among the problems), `READ_WITH_ERRORS` (a report, recovered from errors) or `FAILED` (no report)."),
            FactsColumn.of("reason", STRING, "The first error met in reading, with its location; null if there was none."),
            FactsColumn.of("problem_count", INTEGER, "The number of problems met in reading (warnings and errors)."),
            FactsColumn.of("problem_errors", INTEGER, "The number of those problems that are errors."),
            FactsColumn.of("validated", BOOLEAN, "True if the report was validated (the finding counts are then set)."),
            FactsColumn.of("findings_total", INTEGER, "The number of findings; null if not validated."),
            FactsColumn.of("findings_error", INTEGER, "Findings of severity ERROR; null if not validated."),
            FactsColumn.of("findings_warning", INTEGER, "Findings of severity WARNING; null if not validated."),
            FactsColumn.of("findings_rounding", INTEGER, "Findings of severity ROUNDING; null if not validated."),
            FactsColumn.of("findings_info", INTEGER, "Findings of severity INFO; null if not validated."),
            FactsColumn.of("findings_not_assessed", INTEGER, "Findings whose outcome is NOT_ASSESSED (counted in their severity too); null if not validated."),
            FactsColumn.of("tables_present", INTEGER, "Tables of 公开01表 … 公开09表 printed with figures; null if no report."),
            FactsColumn.of("tables_empty", INTEGER, "Tables printed and declared empty (本单位没有…); null if no report."),
            FactsColumn.of("tables_absent", INTEGER, "Tables missing from the document; null if no report."),
            FactsColumn.of("tables_unreadable", INTEGER, "Tables the document has but whose figures could not be read (a presence other than the three above); null if no report."),
            FactsColumn.of("table_presence", STRING, "Each table's presence, such as `T01=PRESENT;T02=PRESENT;…;T08=DECLARED_EMPTY;T09=PRESENT`; null if no report."),
            FactsColumn.of("cell_count", INTEGER, "The number of rows this report has in `cells`; null if no report."),
            FactsColumn.of("project_count", INTEGER, "The number of 项目支出绩效自评表; null if no report."))),

    /** One row per line of a 项目支出绩效自评表. */
    PERFORMANCE("performance", "One row per line of each 项目支出绩效自评表: the project, its funding rows (资金情况) and its indicators (绩效指标).", List.of(
            source(), sha(), department(), fiscalYear(),
            FactsColumn.of("project_number", INTEGER, "The position of the project's table in the report, from 1."),
            FactsColumn.of("project", STRING, "项目名称, as printed."),
            FactsColumn.of("line_kind", STRING, "`PROJECT` (one per project: units and 总分), `FUNDING` (a row of 资金情况) or `INDICATOR` (a row of 绩效指标)."),
            FactsColumn.of("line_number", INTEGER, "The position of the line within its project, from 1 (the PROJECT line is 1)."),
            FactsColumn.of("competent_department", STRING, "主管部门 (PROJECT line)."),
            FactsColumn.of("implementing_unit", STRING, "实施单位 (PROJECT line)."),
            FactsColumn.of("funding_source", STRING, "`TOTAL` (年度资金总额), `CURRENT_APPROPRIATION` (当年财政拨款), `PRIOR_YEAR_CARRYOVER` (上年结转资金) or `OTHER` (其他资金) (FUNDING line)."),
            FactsColumn.of("funding_label", STRING, "The funding row's label as printed (FUNDING line)."),
            FactsColumn.of("initial_budget", AMOUNT, "年初预算数, 万元 (FUNDING line)."),
            FactsColumn.of("full_year_budget", AMOUNT, "全年预算数, 万元 (FUNDING line)."),
            FactsColumn.of("executed", AMOUNT, "全年执行数, 万元 (FUNDING line)."),
            FactsColumn.of("execution_rate", FIGURE, "执行率 as printed, in percent (FUNDING line)."),
            FactsColumn.of("level1", STRING, "一级指标, such as 产出指标 (INDICATOR line)."),
            FactsColumn.of("level2", STRING, "二级指标, such as 数量指标 (INDICATOR line)."),
            FactsColumn.of("indicator", STRING, "三级指标, the indicator's name (INDICATOR line)."),
            FactsColumn.of("target_text", STRING, "年度指标值 as printed, such as `≥90%` or `有所提高` (INDICATOR line)."),
            FactsColumn.of("target_comparison", STRING, "The target's comparison, `≥`, `≤`, `=`, `>` or `<`; null for a target in words."),
            FactsColumn.of("target_number", FIGURE, "The target's number; null for a target in words, or one with more than 6 decimals or 12 integer digits (`target_text` always holds it)."),
            FactsColumn.of("target_unit", STRING, "The target's unit, such as `%` or `场次`; null if none."),
            FactsColumn.of("actual_text", STRING, "实际完成值 as printed (INDICATOR line)."),
            FactsColumn.of("actual_number", FIGURE, "The actual value's number, under the same rule as `target_number`."),
            FactsColumn.of("weight", FIGURE, "权重, points; null where the edition has no weights."),
            FactsColumn.of("score", FIGURE, "自评得分 (INDICATOR line), 得分 of the funds (FUNDING line), 总分 (PROJECT line); null where not printed."),
            FactsColumn.of("deviation", STRING, "偏差原因分析及改进措施, as printed (INDICATOR line).")));

    /**
     * The version of the schema of the four tables. It changes when a column is added, removed,
     * renamed or changes meaning; Parquet files carry it in their key-value metadata under
     * {@code juesuan.facts.schema_version}.
     */
    public static final String SCHEMA_VERSION = "1";

    private final String name;
    private final String description;
    private final List<FactsColumn> columns;
    private final Map<String, Integer> index = new HashMap<>();

    FactsTable(String name, String description, List<FactsColumn> columns) {
        this.name = name;
        this.description = description;
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            if (index.put(columns.get(i).getName(), i) != null) {
                throw new IllegalStateException("column " + columns.get(i).getName() + " twice in " + name);
            }
        }
    }

    /**
     * Gets the table's name, which is also the base name of its file: {@code cells},
     * {@code findings}, {@code reports} or {@code performance}.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Gets what one row of the table is.
     *
     * @return the description
     */
    public String getDescription() {
        return description;
    }

    /**
     * Gets the columns, in the order they are written.
     *
     * @return the columns
     */
    public List<FactsColumn> getColumns() {
        return columns;
    }

    /**
     * Finds the position of a column.
     *
     * @param columnName the column's name
     * @return its position, from 0
     * @throws IllegalArgumentException naming the column if the table has none of that name
     */
    public int indexOf(String columnName) {
        Integer i = index.get(columnName);
        if (i == null) {
            throw new IllegalArgumentException("'" + columnName + "' is not a column of " + name + ": expected one of "
                    + index.keySet());
        }
        return i;
    }

    /**
     * Documents the four tables in Markdown: for each, every column with its type and meaning.
     *
     * @return the Markdown text of {@code docs/facts.md}'s schema section
     */
    public static String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Schema version ").append(SCHEMA_VERSION).append(".\n");
        for (FactsTable t : values()) {
            sb.append("\n### `").append(t.name).append("`\n\n").append(t.description).append("\n\n");
            sb.append("| column | type | meaning |\n| --- | --- | --- |\n");
            for (FactsColumn c : t.columns) {
                sb.append("| `").append(c.getName()).append("` | ").append(c.getType().getSqlType()).append(" | ")
                        .append(c.getDescription().replace("|", "\\|")).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static FactsColumn source() {
        return FactsColumn.of("source", STRING, "The input's name as given to the writer (usually its file name): with `source_sha256`, the key that joins the four tables.");
    }

    private static FactsColumn sha() {
        return FactsColumn.of("source_sha256", STRING, "The SHA-256 of the input's bytes, 64 lower-case hex digits; null if the bytes were not given.");
    }

    private static FactsColumn department() {
        return FactsColumn.of("department", STRING, "The unit (部门/单位) as printed on the report.");
    }

    private static FactsColumn fiscalYear() {
        return FactsColumn.of("fiscal_year", INTEGER, "The fiscal year of the report, such as 2024.");
    }

    private static FactsColumn scope() {
        return FactsColumn.of("scope", STRING, "`SELF` (本级) or `CONSOLIDATED` (汇总).");
    }
}
