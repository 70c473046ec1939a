package io.github.juesuan.report;

/**
 * The columns of 公开06表 一般公共预算财政拨款基本支出决算明细表.
 */
public enum BasicExpenditureColumn implements TableColumn {
    /** 决算数. */
    AMOUNT("决算数", "Final amount");

    private final String chinese;
    private final String english;

    BasicExpenditureColumn(String chinese, String english) {
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
