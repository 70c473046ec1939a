package io.github.juesuan.report;

/**
 * The columns of 公开02表 收入决算表.
 */
public enum IncomeColumn implements TableColumn {
    /** 本年收入合计. */
    TOTAL("本年收入合计", "Total income"),
    /** 财政拨款收入. */
    FISCAL_APPROPRIATION("财政拨款收入", "Fiscal appropriation income"),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入", "Subsidy from superior unit"),
    /** 事业收入. */
    BUSINESS("事业收入", "Public service income"),
    /** 经营收入. */
    OPERATING("经营收入", "Operating income"),
    /** 附属单位上缴收入. */
    AFFILIATED_REMITTANCE("附属单位上缴收入", "Remittance from affiliated units"),
    /** 其他收入. */
    OTHER("其他收入", "Other income");

    private final String chinese;
    private final String english;

    IncomeColumn(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String getId() {
        return name();
    }

    @Override
    public String getChineseName() {
        return chinese;
    }

    @Override
    public String getEnglishName() {
        return english;
    }
}
