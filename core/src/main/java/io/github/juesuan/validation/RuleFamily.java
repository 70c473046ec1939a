package io.github.juesuan.validation;

/**
 * The families of rules; the first part of a rule id names its family.
 */
public enum RuleFamily {
    /** Within one table: roll-ups by code level, row totals, balance lines (表内平衡). */
    INTRA("表内平衡", "Within one table"),
    /** Between tables: the same figure printed in two tables (表间勾稽). */
    INTER("表间勾稽", "Between tables"),
    /** Tables and rows that must be there (完整性). */
    COMPLETENESS("完整性", "Completeness"),
    /** Codes and names against the bundled classification catalogs (科目). */
    CATALOG("科目", "Classification catalog"),
    /** The 项目支出绩效自评表 (绩效自评). */
    PERF("绩效自评", "Performance self-evaluation"),
    /** The figures that 第三部分 情况说明 repeats from the tables and the 绩效自评表. */
    NARR("情况说明", "Narrative against the tables"),
    /** The wording of the text: placeholders, template instructions, garbled words, years (文字规范). */
    TEXT("文字规范", "Text hygiene and years");

    private final String chineseName;
    private final String englishName;

    RuleFamily(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Gets the Chinese name.
     *
     * @return the name, such as 表内平衡
     */
    public String getChineseName() {
        return chineseName;
    }

    /**
     * Gets the English name.
     *
     * @return the name
     */
    public String getEnglishName() {
        return englishName;
    }
}
