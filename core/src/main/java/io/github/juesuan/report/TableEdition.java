package io.github.juesuan.report;

/**
 * A layout edition of the tables. Most tables have kept their columns; 公开07表 and 公开08表
 * differ between the 2023 and the 2024 templates seen in real reports.
 */
public enum TableEdition {
    /** The 2023 template: 07 splits carry-overs into 基本支出结转 / 项目支出结转和结余; 08 is a 收入支出 table. */
    E2023(2023),
    /** The 2024 template: 07 has six columns; 08 lists 本年支出 only. */
    E2024(2024);

    private final int year;

    TableEdition(int year) {
        this.year = year;
    }

    /**
     * Gets the template year.
     *
     * @return the year
     */
    public int getYear() {
        return year;
    }

    /**
     * Gets the edition a report of a fiscal year uses: 2023 for years up to 2023, 2024 after.
     *
     * @param fiscalYear the fiscal year of the report
     * @return the edition
     */
    public static TableEdition forYear(int fiscalYear) {
        return fiscalYear <= 2023 ? E2023 : E2024;
    }
}
