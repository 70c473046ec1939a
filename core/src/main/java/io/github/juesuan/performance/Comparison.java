package io.github.juesuan.performance;

import java.math.BigDecimal;

/**
 * The comparator of a quantitative indicator target: ≥ ≤ = &gt; &lt;.
 */
public enum Comparison {
    /** ≥ (also printed {@code >=}). */
    AT_LEAST("≥"),
    /** ≤ (also printed {@code <=}). */
    AT_MOST("≤"),
    /** =. */
    EQUAL("="),
    /** &gt;. */
    GREATER(">"),
    /** &lt;. */
    LESS("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Gets the canonical symbol.
     *
     * @return the symbol
     */
    public String getSymbol() {
        return symbol;
    }

    /**
     * Tells whether an actual value meets a target with this comparator.
     *
     * @param actual the actual value
     * @param target the target value
     * @return true if met
     */
    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        switch (this) {
            case AT_LEAST:
                return c >= 0;
            case AT_MOST:
                return c <= 0;
            case EQUAL:
                return c == 0;
            case GREATER:
                return c > 0;
            default:
                return c < 0;
        }
    }
}
