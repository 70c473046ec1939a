package io.github.juesuan.report;

/**
 * The columns of 公开05表 一般公共预算财政拨款支出决算表.
 */
public enum GeneralBudgetColumn implements TableColumn {
    /** 本年支出/小计. */
    TOTAL("本年支出/小计", "Total"),
    /** 基本支出/小计. */
    BASIC("基本支出/小计", "Basic expenditure"),
    /** 基本支出/人员经费. */
    PERSONNEL("基本支出/人员经费", "Personnel expenses"),
    /** 基本支出/公用经费. */
    PUBLIC_USE("基本支出/公用经费", "Public-use expenses"),
    /** 项目支出. */
    PROJECT("项目支出", "Project expenditure");

    private final String chinese;
    private final String english;

    GeneralBudgetColumn(String chinese, String english) {
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
