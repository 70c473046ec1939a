package io.github.juesuan.report;

/**
 * The columns of 公开01表 收入支出决算总表: one amount column per side.
 */
public enum SummaryColumn implements TableColumn {
    /** 收入/决算数. */
    INCOME("收入/决算数", "Income side amount"),
    /** 支出/决算数. */
    EXPENDITURE("支出/决算数", "Expenditure side amount");

    private final String chinese;
    private final String english;

    SummaryColumn(String chinese, String english) {
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
