package io.github.juesuan.report;

/**
 * The columns of 公开04表 财政拨款收入支出决算总表: the income side has one amount column; the expenditure side has a total and one column per fund kind.
 */
public enum FiscalSummaryColumn implements TableColumn {
    /** 收入/决算数. */
    INCOME("收入/决算数", "Income side amount"),
    /** 支出/合计. */
    EXPENDITURE_TOTAL("支出/合计", "Expenditure: total"),
    /** 支出/一般公共预算财政拨款. */
    EXPENDITURE_GENERAL_BUDGET("支出/一般公共预算财政拨款", "Expenditure: general public budget"),
    /** 支出/政府性基金预算财政拨款. */
    EXPENDITURE_GOVERNMENT_FUND("支出/政府性基金预算财政拨款", "Expenditure: government fund budget"),
    /** 支出/国有资本经营预算财政拨款. */
    EXPENDITURE_STATE_CAPITAL("支出/国有资本经营预算财政拨款", "Expenditure: state capital operation budget");

    private final String chinese;
    private final String english;

    FiscalSummaryColumn(String chinese, String english) {
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
