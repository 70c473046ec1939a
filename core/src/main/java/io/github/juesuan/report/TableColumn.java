package io.github.juesuan.report;

/**
 * A column of a table, implemented by one enum per table (such as {@link IncomeColumn}). Column
 * ids are stable: they are the enum constants' names and appear in JSON, findings and exports.
 */
public interface TableColumn {

    /**
     * Gets the stable id, such as {@code TOTAL}.
     *
     * @return the id
     */
    String getId();

    /**
     * Gets the Chinese header, with its group where the table has grouped headers
     * ({@code 本年支出/基本支出}).
     *
     * @return the header
     */
    String getChineseName();

    /**
     * Gets an English header.
     *
     * @return the English header
     */
    String getEnglishName();
}
