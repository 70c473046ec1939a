package io.github.juesuan.report;

/**
 * The columns of 公开07表 政府性基金预算财政拨款收入支出决算表. The 2023 edition has all thirteen columns; the 2024 edition only those whose {@link #isIn2024()} is true.
 */
public enum GovernmentFundColumn implements TableColumn {
    /** 年初结转和结余. */
    BEGINNING_BALANCE("年初结转和结余", "Beginning carry-over and balance", "both"),
    /** 年初结转和结余/基本支出结转. */
    BEGINNING_BASIC_CARRYOVER("年初结转和结余/基本支出结转", "Beginning basic carry-over", "2023"),
    /** 年初结转和结余/项目支出结转和结余. */
    BEGINNING_PROJECT_BALANCE("年初结转和结余/项目支出结转和结余", "Beginning project carry-over and balance", "2023"),
    /** 本年收入. */
    INCOME("本年收入", "Income of the year", "both"),
    /** 本年收入/基本支出. */
    INCOME_BASIC("本年收入/基本支出", "Income for basic expenditure", "2023"),
    /** 本年收入/项目支出. */
    INCOME_PROJECT("本年收入/项目支出", "Income for project expenditure", "2023"),
    /** 本年支出/小计. */
    EXPENDITURE("本年支出/小计", "Expenditure of the year", "both"),
    /** 本年支出/基本支出. */
    EXPENDITURE_BASIC("本年支出/基本支出", "Basic expenditure", "both"),
    /** 本年支出/项目支出. */
    EXPENDITURE_PROJECT("本年支出/项目支出", "Project expenditure", "both"),
    /** 年末结转和结余. */
    ENDING_BALANCE("年末结转和结余", "Ending carry-over and balance", "both"),
    /** 年末结转和结余/基本支出结转. */
    ENDING_BASIC_CARRYOVER("年末结转和结余/基本支出结转", "Ending basic carry-over", "2023"),
    /** 年末结转和结余/项目支出结转. */
    ENDING_PROJECT_CARRYOVER("年末结转和结余/项目支出结转", "Ending project carry-over", "2023"),
    /** 年末结转和结余/项目支出结余. */
    ENDING_PROJECT_SURPLUS("年末结转和结余/项目支出结余", "Ending project surplus", "2023");

    private final String chinese;
    private final String english;
    private final String editions;

    GovernmentFundColumn(String chinese, String english, String editions) {
        this.chinese = chinese;
        this.english = english;
        this.editions = editions;
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

    /**
     * Tells whether the column exists in an edition of the table.
     *
     * @param edition the edition
     * @return true if the edition prints this column
     */
    public boolean isIn(TableEdition edition) {
        return editions.equals("both") || editions.equals(Integer.toString(edition.getYear()));
    }

    /**
     * Tells whether the 2024 edition prints this column.
     *
     * @return true if in the 2024 edition
     */
    public boolean isIn2024() {
        return isIn(TableEdition.E2024);
    }

    /**
     * Gets the columns of an edition in printed order.
     *
     * @param edition the edition
     * @return the columns
     */
    public static java.util.List<GovernmentFundColumn> of(TableEdition edition) {
        return ByEdition.COLUMNS.get(java.util.Objects.requireNonNull(edition, "edition"));
    }

    /** The columns of each edition, worked out once (the validation asks for them per table and rule). */
    private static final class ByEdition {
        static final java.util.Map<TableEdition, java.util.List<GovernmentFundColumn>> COLUMNS =
                Tables.byEdition(values(), GovernmentFundColumn::isIn);
    }
}
