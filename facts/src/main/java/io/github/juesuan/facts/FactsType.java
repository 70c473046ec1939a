package io.github.juesuan.facts;

/**
 * The type of a column of the facts tables, the same in every format: how CSV and JSON Lines
 * print a value and which Parquet type stores it.
 */
public enum FactsType {
    /** Text, UTF-8 ({@code VARCHAR}; Parquet {@code BYTE_ARRAY} annotated {@code STRING}). */
    STRING("VARCHAR"),
    /** A 32-bit whole number ({@code INTEGER}; Parquet {@code INT32}). */
    INTEGER("INTEGER"),
    /** {@code true} or {@code false} ({@code BOOLEAN}; Parquet {@code BOOLEAN}). */
    BOOLEAN("BOOLEAN"),
    /**
     * An amount in 万元, exact, two decimals: {@code DECIMAL(18,2)} (Parquet {@code INT64}
     * annotated {@code DECIMAL(18,2)}); a JSON string such as {@code "7841.66"}.
     */
    AMOUNT("DECIMAL(18,2)"),
    /**
     * A figure that may be a percentage or points as well as 万元 (the expected and actual figures
     * of findings, rates, scores, weights), exact to the 元 and 分 of a 万元 figure (a unit slip such as
     * 11.33 元 is 0.001133 万元): {@code DECIMAL(18,6)}; a JSON string.
     */
    FIGURE("DECIMAL(18,6)");

    private final String sqlType;

    FactsType(String sqlType) {
        this.sqlType = sqlType;
    }

    /**
     * Gets the SQL type of the column, as DuckDB and Spark name it.
     *
     * @return such as {@code DECIMAL(18,2)}
     */
    public String getSqlType() {
        return sqlType;
    }

    /**
     * Gets the number of digits of a decimal type, as in {@code DECIMAL(18,2)}.
     *
     * @return 18 for {@link #AMOUNT} and {@link #FIGURE}, 0 otherwise
     */
    public int getPrecision() {
        return isDecimal() ? 18 : 0;
    }

    /**
     * Gets the number of decimals of a decimal type.
     *
     * @return 2 for {@link #AMOUNT}, 6 for {@link #FIGURE}, 0 otherwise
     */
    public int getScale() {
        return this == AMOUNT ? 2 : this == FIGURE ? 6 : 0;
    }

    /**
     * Tells whether the type is a decimal.
     *
     * @return true for {@link #AMOUNT} and {@link #FIGURE}
     */
    public boolean isDecimal() {
        return this == AMOUNT || this == FIGURE;
    }
}
