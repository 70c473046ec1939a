package io.github.juesuan.report;

/**
 * The columns of 公开03表 支出决算表.
 */
public enum ExpenditureColumn implements TableColumn {
    /** 本年支出合计. */
    TOTAL("本年支出合计", "Total expenditure"),
    /** 基本支出. */
    BASIC("基本支出", "Basic expenditure"),
    /** 项目支出. */
    PROJECT("项目支出", "Project expenditure"),
    /** 上缴上级支出. */
    REMITTED_TO_SUPERIOR("上缴上级支出", "Remitted to superior unit"),
    /** 经营支出. */
    OPERATING("经营支出", "Operating expenditure"),
    /** 对附属单位补助支出. */
    SUBSIDY_TO_AFFILIATED("对附属单位补助支出", "Subsidies to affiliated units");

    private final String chinese;
    private final String english;

    ExpenditureColumn(String chinese, String english) {
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
