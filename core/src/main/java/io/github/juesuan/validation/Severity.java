package io.github.juesuan.validation;

/**
 * How much a finding matters, from least to most: {@link #INFO}, {@link #ROUNDING}, {@link #WARNING},
 * {@link #ERROR}. The natural order of the constants is that order, so
 * {@code severity.compareTo(Severity.ROUNDING) > 0} means "above rounding".
 */
public enum Severity {
    /** Information only (提示): an indicator that missed its target, a rule that could not be assessed. */
    INFO("提示", "info"),
    /** A difference within the rounding allowance (尾数误差): the tables are rounded from 元 to 万元. */
    ROUNDING("尾差", "rounding"),
    /** Probably wrong, but legitimate reasons exist (警告): an unknown code, a name unlike the catalog's. */
    WARNING("警告", "warning"),
    /** A broken invariant (错误): figures that must agree do not. */
    ERROR("错误", "error");

    private final String chineseName;
    private final String englishName;

    Severity(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Gets the Chinese name, such as 错误.
     *
     * @return the name
     */
    public String getChineseName() {
        return chineseName;
    }

    /**
     * Gets the English name, such as error.
     *
     * @return the name
     */
    public String getEnglishName() {
        return englishName;
    }

    /**
     * Tells whether this severity is strictly above another.
     *
     * @param other the other severity, not null
     * @return true if this is more severe
     */
    public boolean isAbove(Severity other) {
        return compareTo(other) > 0;
    }
}
