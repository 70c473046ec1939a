package io.github.juesuan.report;

/**
 * The income-side lines of 公开04表 财政拨款收入支出决算总表.
 */
public enum FiscalIncomeLine {
    /** 一般公共预算财政拨款. */
    GENERAL_BUDGET("一般公共预算财政拨款"),
    /** 政府性基金预算财政拨款. */
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    /** 国有资本经营预算财政拨款. */
    STATE_CAPITAL("国有资本经营预算财政拨款"),
    /** 本年收入合计. */
    TOTAL_INCOME("本年收入合计"),
    /** 年初财政拨款结转和结余. */
    BEGINNING_BALANCE("年初财政拨款结转和结余"),
    /** 年初结转和结余/一般公共预算财政拨款. */
    BEGINNING_GENERAL_BUDGET("年初结转和结余/一般公共预算财政拨款"),
    /** 年初结转和结余/政府性基金预算财政拨款. */
    BEGINNING_GOVERNMENT_FUND("年初结转和结余/政府性基金预算财政拨款"),
    /** 年初结转和结余/国有资本经营预算财政拨款. */
    BEGINNING_STATE_CAPITAL("年初结转和结余/国有资本经营预算财政拨款"),
    /** 总计. */
    GRAND_TOTAL("总计");

    private final String label;
    /** The row key, made once: the validation asks for it per check. */
    private final RowKey rowKey;

    FiscalIncomeLine(String label) {
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
