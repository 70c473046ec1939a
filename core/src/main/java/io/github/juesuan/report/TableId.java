package io.github.juesuan.report;

import java.util.Optional;

/**
 * The tables of the public set (公开01表 … 公开09表).
 */
public enum TableId {
    /** 公开01表 收入支出决算总表. */
    T01("公开01表", "收入支出决算总表", "Income and expenditure summary"),
    /** 公开02表 收入决算表. */
    T02("公开02表", "收入决算表", "Income"),
    /** 公开03表 支出决算表. */
    T03("公开03表", "支出决算表", "Expenditure"),
    /** 公开04表 财政拨款收入支出决算总表. */
    T04("公开04表", "财政拨款收入支出决算总表", "Fiscal appropriation income and expenditure summary"),
    /** 公开05表 一般公共预算财政拨款支出决算表. */
    T05("公开05表", "一般公共预算财政拨款支出决算表", "General public budget appropriation expenditure"),
    /** 公开06表 一般公共预算财政拨款基本支出决算明细表. */
    T06("公开06表", "一般公共预算财政拨款基本支出决算明细表", "General public budget basic expenditure detail"),
    /** 公开07表 政府性基金预算财政拨款收入支出决算表. */
    T07("公开07表", "政府性基金预算财政拨款收入支出决算表", "Government fund budget appropriation"),
    /** 公开08表 国有资本经营预算财政拨款支出决算表. */
    T08("公开08表", "国有资本经营预算财政拨款支出决算表", "State capital operation budget appropriation"),
    /** 公开09表 财政拨款“三公”经费支出决算表. */
    T09("公开09表", "财政拨款“三公”经费支出决算表", "Three public expenses");

    private final String label;
    private final String title;
    private final String englishTitle;

    TableId(String label, String title, String englishTitle) {
        this.label = label;
        this.title = title;
        this.englishTitle = englishTitle;
    }

    /**
     * Gets the label printed at the top right, such as {@code 公开03表}.
     *
     * @return the label
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets the Chinese title of the 2024 template, such as {@code 支出决算表}.
     *
     * @return the title
     */
    public String getTitle() {
        return title;
    }

    /**
     * Gets an English title.
     *
     * @return the English title
     */
    public String getEnglishTitle() {
        return englishTitle;
    }

    /**
     * Gets the table number, 1 to 9.
     *
     * @return the number
     */
    public int getNumber() {
        return ordinal() + 1;
    }

    /**
     * Finds a table by its number.
     *
     * @param number 1 to 9
     * @return the table, empty if there is none
     */
    public static Optional<TableId> ofNumber(int number) {
        return number >= 1 && number <= 9 ? Optional.of(values()[number - 1]) : Optional.empty();
    }

    /**
     * Parses {@code "公开03表"}, {@code "公开 03 表"}, {@code "T03"} or {@code "03"}.
     *
     * @param text the text, not null
     * @return the table
     * @throws IllegalArgumentException naming the text if it names no table
     */
    public static TableId parse(CharSequence text) {
        String s = io.github.juesuan.internal.Text.normaliseName(text.toString());
        String digits = s.replace("公开", "").replace("表", "").replace("T", "");
        if (digits.matches("0?[1-9]")) {
            return values()[Integer.parseInt(digits) - 1];
        }
        throw new IllegalArgumentException(io.github.juesuan.internal.Text.quote(text)
                + " is not a table of the public set: expected 公开01表 to 公开09表");
    }
}
