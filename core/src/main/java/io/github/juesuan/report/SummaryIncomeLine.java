package io.github.juesuan.report;

/**
 * The income-side lines of 公开01表 收入支出决算总表.
 */
public enum SummaryIncomeLine {
    /** 一般公共预算财政拨款收入. */
    GENERAL_BUDGET("一般公共预算财政拨款收入"),
    /** 政府性基金预算财政拨款收入. */
    GOVERNMENT_FUND("政府性基金预算财政拨款收入"),
    /** 国有资本经营预算财政拨款收入. */
    STATE_CAPITAL("国有资本经营预算财政拨款收入"),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入"),
    /** 事业收入. */
    BUSINESS("事业收入"),
    /** 经营收入. */
    OPERATING("经营收入"),
    /** 附属单位上缴收入. */
    AFFILIATED_REMITTANCE("附属单位上缴收入"),
    /** 其他收入. */
    OTHER("其他收入"),
    /** 本年收入合计. */
    TOTAL_INCOME("本年收入合计"),
    /** 使用非财政拨款结余（含专用结余）. */
    USE_OF_NON_FISCAL_BALANCE("使用非财政拨款结余（含专用结余）"),
    /** 年初结转和结余. */
    BEGINNING_BALANCE("年初结转和结余"),
    /** 总计. */
    GRAND_TOTAL("总计");

    private final String label;
    /** The row key, made once: the validation asks for it per check. */
    private final RowKey rowKey;

    SummaryIncomeLine(String label) {
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
