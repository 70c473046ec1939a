package io.github.juesuan.performance;

/**
 * The rows of the funding grid (资金情况) of a 项目支出绩效自评表.
 */
public enum FundingSource {
    /** 年度资金总额 (some documents print 年度资金总和): the sum of the three rows below. */
    TOTAL("年度资金总额"),
    /** 当年财政拨款. */
    CURRENT_APPROPRIATION("当年财政拨款"),
    /** 上年结转资金. */
    PRIOR_YEAR_CARRYOVER("上年结转资金"),
    /** 其他资金. */
    OTHER("其他资金");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    /**
     * Gets the usual label.
     *
     * @return the label
     */
    public String getLabel() {
        return label;
    }
}
