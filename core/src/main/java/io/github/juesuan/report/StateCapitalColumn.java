package io.github.juesuan.report;

/**
 * The columns of 公开08表 国有资本经营预算财政拨款支出决算表. The 2023 edition is a 收入支出 table (eight columns); the 2024 edition lists 本年支出 only (three columns).
 */
public enum StateCapitalColumn implements TableColumn {
    /** 年初结转和结余/合计. */
    BEGINNING_BALANCE("年初结转和结余/合计", "Beginning carry-over and balance", "2023"),
    /** 年初结转和结余/结转. */
    BEGINNING_CARRYOVER("年初结转和结余/结转", "Beginning carry-over", "2023"),
    /** 年初结转和结余/结余. */
    BEGINNING_SURPLUS("年初结转和结余/结余", "Beginning surplus", "2023"),
    /** 本年收入. */
    INCOME("本年收入", "Income of the year", "2023"),
    /** 本年支出/合计. */
    EXPENDITURE("本年支出/合计", "Expenditure of the year", "both"),
    /** 本年支出/基本支出. */
    EXPENDITURE_BASIC("本年支出/基本支出", "Basic expenditure", "2024"),
    /** 本年支出/项目支出. */
    EXPENDITURE_PROJECT("本年支出/项目支出", "Project expenditure", "2024"),
    /** 年末结转和结余/合计. */
    ENDING_BALANCE("年末结转和结余/合计", "Ending carry-over and balance", "2023"),
    /** 年末结转和结余/结转. */
    ENDING_CARRYOVER("年末结转和结余/结转", "Ending carry-over", "2023"),
    /** 年末结转和结余/结余. */
    ENDING_SURPLUS("年末结转和结余/结余", "Ending surplus", "2023");

    private final String chinese;
    private final String english;
    private final String editions;

    StateCapitalColumn(String chinese, String english, String editions) {
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
    public static java.util.List<StateCapitalColumn> of(TableEdition edition) {
        return ByEdition.COLUMNS.get(java.util.Objects.requireNonNull(edition, "edition"));
    }

    /** The columns of each edition, worked out once (the validation asks for them per table and rule). */
    private static final class ByEdition {
        static final java.util.Map<TableEdition, java.util.List<StateCapitalColumn>> COLUMNS =
                Tables.byEdition(values(), StateCapitalColumn::isIn);
    }
}
