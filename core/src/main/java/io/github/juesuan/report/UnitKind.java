package io.github.juesuan.report;

/**
 * The kind of a budget unit, where a report states it.
 */
public enum UnitKind {
    /** 行政单位. */
    ADMINISTRATIVE("行政单位"),
    /** 参照公务员法管理的事业单位 (参公单位). */
    CIVIL_SERVICE_MANAGED_INSTITUTION("参照公务员法管理事业单位"),
    /** 事业单位. */
    PUBLIC_INSTITUTION("事业单位"),
    /** Another kind (社会团体, 企业, …). */
    OTHER("其他");

    private final String chinese;

    UnitKind(String chinese) {
        this.chinese = chinese;
    }

    /**
     * Gets the Chinese name.
     *
     * @return the name
     */
    public String getChineseName() {
        return chinese;
    }
}
