package io.github.juesuan.excel;

import io.github.juesuan.report.TableDescriptor;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;

/**
 * The names and labels the writer prints and the reader looks for, in one place so that the two
 * agree.
 */
final class Layout {

    /** The sheet of the 项目支出绩效自评表, one block per project. */
    static final String PERFORMANCE_SHEET = "绩效自评表";
    /** The same sheet in a workbook written in English; read, like the Chinese one, by what it prints. */
    static final String PERFORMANCE_SHEET_EN = "Performance self-evaluation";
    /** The title of one 绩效自评表 block. */
    static final String PERFORMANCE_TITLE = "项目支出绩效自评表";
    /** The sheet of the prose sections. */
    static final String NARRATIVE_SHEET = "情况说明";
    /** The sheet of key/value facts that the tables do not show. */
    static final String METADATA_SHEET = "元数据";
    /** The sheet of an annotated copy that lists the findings; the reader skips it. */
    static final String FINDINGS_SHEET = "审核结果";
    /** The same sheet in an annotated copy written in English; the reader skips it too. */
    static final String FINDINGS_SHEET_EN = "Findings";

    static final String DEPARTMENT_PREFIX = "部门：";
    static final String UNIT_LINE = "单位：万元";
    static final String CODE = "科目代码";
    static final String NAME = "科目名称";
    static final String ITEM = "项目";
    static final String COLUMN_NUMBERS = "栏次";
    static final String TOTAL = "合计";
    static final String AMOUNT = "决算数";
    static final String INCOME_SIDE = "收入";
    static final String EXPENDITURE_SIDE = "支出";
    static final String PERSONNEL_TOTAL = "人员经费合计";
    static final String PUBLIC_USE_TOTAL = "公用经费合计";

    // metadata keys
    static final String K_DEPARTMENT = "部门";
    static final String K_YEAR = "年度";
    static final String K_SCOPE = "范围";
    static final String K_UNIT_KIND = "单位性质";
    static final String K_PUBLICATION_DATE = "公开日期";
    static final String K_AMOUNT_UNIT = "金额单位";
    static final String K_UNITS = "部门决算单位构成";
    static final String K_DUTIES = "部门职责";
    static final String K_BODIES = "内设机构";
    static final String K_EDITION = "表版式";
    /** A table whose title the source printed but whose body could not be read (TablePresence.UNREADABLE). */
    static final String K_UNREADABLE = "无法读取的表";
    static final String K_OTHER = "其他事项";
    static final String K_OPERATING = "机关运行经费";
    static final String K_OPERATING_CHANGE = "机关运行经费比上年增减";
    static final String K_PROCUREMENT = "政府采购";
    static final String K_PROC_TOTAL = "政府采购支出总额";
    static final String K_PROC_GOODS = "政府采购货物支出";
    static final String K_PROC_WORKS = "政府采购工程支出";
    static final String K_PROC_SERVICES = "政府采购服务支出";
    static final String K_PROC_SME = "授予中小企业合同金额";
    static final String K_PROC_SME_SHARE = "授予中小企业合同金额占比";
    static final String K_PROC_SMALL = "授予小微企业合同金额";
    static final String K_PROC_SMALL_SHARE = "授予小微企业合同金额占比";
    static final String K_ASSETS = "国有资产占用";
    static final String K_VEHICLE_TOTAL = "车辆总数";
    static final String K_VEHICLE = "车辆";
    static final String K_EQUIPMENT = "单价100万元以上设备";
    static final String K_ASSETS_TEXT = "国有资产占用说明";
    static final String PRESENT = "有";

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private Layout() {
    }

    /**
     * Gets the title a table is printed with in an edition.
     *
     * @param id the table
     * @param edition the edition
     * @return the title
     */
    static String title(TableId id, TableEdition edition) {
        return TableDescriptor.of(id).getTitle(edition);
    }

    /**
     * Gets the column letters of a zero-based column index.
     *
     * @param col the index
     * @return the letters, such as {@code "AB"}
     */
    static String columnLetters(int col) {
        StringBuilder b = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            b.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /**
     * Gets an A1 reference.
     *
     * @param row zero-based row
     * @param col zero-based column
     * @return the reference, such as {@code "E12"}
     */
    static String ref(int row, int col) {
        return columnLetters(col) + (row + 1);
    }
}
