package io.github.juesuan.validation;

import io.github.juesuan.report.TableColumn;

/**
 * The columns of a 项目支出绩效自评表, used to locate findings about it (the table is not one of
 * 公开01表…公开09表, so it has no column type in the report model).
 */
public enum PerformanceColumn implements TableColumn {
    /** 年初预算数. */
    INITIAL_BUDGET("年初预算数", "Initial budget"),
    /** 全年预算数. */
    FULL_YEAR_BUDGET("全年预算数", "Full-year budget"),
    /** 全年执行数. */
    EXECUTED("全年执行数", "Executed"),
    /** 执行率. */
    EXECUTION_RATE("执行率", "Execution rate"),
    /** 年度指标值. */
    TARGET("年度指标值", "Annual target"),
    /** 实际完成值. */
    ACTUAL("实际完成值", "Actual value"),
    /** 权重. */
    WEIGHT("权重", "Weight"),
    /** 得分 / 自评得分 / 总分. */
    SCORE("得分", "Score");

    private final String chinese;
    private final String english;

    PerformanceColumn(String chinese, String english) {
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
