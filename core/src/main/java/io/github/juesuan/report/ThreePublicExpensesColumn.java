package io.github.juesuan.report;

/**
 * The columns of 公开09表 财政拨款“三公”经费支出决算表: 预算数 (columns 1–6) and 决算数 (7–12).
 */
public enum ThreePublicExpensesColumn implements TableColumn {
    /** 预算数/合计. */
    BUDGET_TOTAL("预算数/合计", "Budget: total"),
    /** 预算数/因公出国（境）费. */
    BUDGET_OVERSEAS("预算数/因公出国（境）费", "Budget: official overseas travel"),
    /** 预算数/公务用车购置及运行维护费/小计. */
    BUDGET_VEHICLES("预算数/公务用车购置及运行维护费/小计", "Budget: official vehicles"),
    /** 预算数/公务用车购置及运行维护费/公务用车购置费. */
    BUDGET_VEHICLE_PURCHASE("预算数/公务用车购置及运行维护费/公务用车购置费", "Budget: vehicle purchase"),
    /** 预算数/公务用车购置及运行维护费/公务用车运行维护费. */
    BUDGET_VEHICLE_OPERATION("预算数/公务用车购置及运行维护费/公务用车运行维护费", "Budget: vehicle operation and maintenance"),
    /** 预算数/公务接待费. */
    BUDGET_RECEPTION("预算数/公务接待费", "Budget: official reception"),
    /** 决算数/合计. */
    FINAL_TOTAL("决算数/合计", "Final: total"),
    /** 决算数/因公出国（境）费. */
    FINAL_OVERSEAS("决算数/因公出国（境）费", "Final: official overseas travel"),
    /** 决算数/公务用车购置及运行维护费/小计. */
    FINAL_VEHICLES("决算数/公务用车购置及运行维护费/小计", "Final: official vehicles"),
    /** 决算数/公务用车购置及运行维护费/公务用车购置费. */
    FINAL_VEHICLE_PURCHASE("决算数/公务用车购置及运行维护费/公务用车购置费", "Final: vehicle purchase"),
    /** 决算数/公务用车购置及运行维护费/公务用车运行维护费. */
    FINAL_VEHICLE_OPERATION("决算数/公务用车购置及运行维护费/公务用车运行维护费", "Final: vehicle operation and maintenance"),
    /** 决算数/公务接待费. */
    FINAL_RECEPTION("决算数/公务接待费", "Final: official reception");

    private final String chinese;
    private final String english;

    ThreePublicExpensesColumn(String chinese, String english) {
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
