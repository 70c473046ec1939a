package io.github.juesuan.report;

/**
 * Whether a report covers the budget unit alone or consolidates the units under it.
 */
public enum ReportScope {
    /** 本级: the unit itself. */
    SELF("本级"),
    /** 汇总: the department and the units consolidated into its report. */
    CONSOLIDATED("汇总");

    private final String chinese;

    ReportScope(String chinese) {
        this.chinese = chinese;
    }

    /**
     * Gets the Chinese name.
     *
     * @return 本级 or 汇总
     */
    public String getChineseName() {
        return chinese;
    }
}
