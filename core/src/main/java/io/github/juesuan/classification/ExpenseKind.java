package io.github.juesuan.classification;

/**
 * The two kinds of basic expenditure (基本支出) that economic classes belong to.
 */
public enum ExpenseKind {
    /** 人员经费: classes 301 工资福利支出 and 303 对个人和家庭的补助. */
    PERSONNEL("人员经费"),
    /** 公用经费: every other class (302, 307, 309, 310, 399, …). */
    PUBLIC_USE("公用经费");

    private final String chinese;

    ExpenseKind(String chinese) {
        this.chinese = chinese;
    }

    /**
     * Gets the Chinese name.
     *
     * @return 人员经费 or 公用经费
     */
    public String getChineseName() {
        return chinese;
    }
}
