package io.github.juesuan.report;

/**
 * The expenditure-side lines of 公开01表 below its rows per 类.
 */
public enum SummaryExpenditureLine {
    /** 本年支出合计. */
    TOTAL_EXPENDITURE("本年支出合计"),
    /** 结余分配. */
    SURPLUS_DISTRIBUTION("结余分配"),
    /** 年末结转和结余. */
    ENDING_BALANCE("年末结转和结余"),
    /** 总计. */
    GRAND_TOTAL("总计");

    private final String label;
    /** The row key, made once: the validation asks for it per check. */
    private final RowKey rowKey;

    SummaryExpenditureLine(String label) {
        this.label = label;
        this.rowKey = RowKey.line(label);
    }

    /**
     * Gets the label as the template prints it.
     *
     * @return the label
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets the row key of the line in the uniform cell view.
     *
     * @return the row key
     */
    public RowKey getRowKey() {
        return rowKey;
    }
}
