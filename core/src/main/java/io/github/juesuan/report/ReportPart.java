package io.github.juesuan.report;

/**
 * The four parts of a published report.
 */
public enum ReportPart {
    /** 第一部分 部门概况. */
    OVERVIEW("第一部分", "部门概况"),
    /** 第二部分 部门决算表. */
    TABLES("第二部分", "部门决算表"),
    /** 第三部分 情况说明. */
    EXPLANATION("第三部分", "部门决算情况说明"),
    /** 第四部分 名词解释. */
    GLOSSARY("第四部分", "名词解释");

    private final String ordinal;
    private final String title;

    ReportPart(String ordinal, String title) {
        this.ordinal = ordinal;
        this.title = title;
    }

    /**
     * Gets {@code 第一部分} … {@code 第四部分}.
     *
     * @return the ordinal
     */
    public String getOrdinal() {
        return ordinal;
    }

    /**
     * Gets the usual title.
     *
     * @return the title
     */
    public String getTitle() {
        return title;
    }
}
