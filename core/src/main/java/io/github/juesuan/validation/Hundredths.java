package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;

/**
 * Exact sums of amounts in {@code long} hundredths of 万元 ({@link Amount#toHundredthsOr(long)}), the fast
 * path of the checks: every table figure has at most two decimals, so a sum is exact without
 * {@link java.math.BigDecimal}. {@link #NONE} marks a sum that could not be kept in a {@code long} (a figure
 * with more decimals, or beyond the range); the caller then sums in {@code BigDecimal}.
 */
final class Hundredths {

    /** Not an exact sum in hundredths: sum in {@code BigDecimal} instead. */
    static final long NONE = Long.MIN_VALUE;

    private Hundredths() {
    }

    /** {@code sum + a} (a blank cell, null, adds nothing); {@link #NONE} if either cannot be exact. */
    static long plus(long sum, Amount a) {
        if (a == null || sum == NONE) {
            return sum;
        }
        long h = a.toHundredthsOr(NONE);
        if (h == NONE) {
            return NONE;
        }
        long s = sum + h;
        // overflow when both operands have the sign the result lacks
        return ((sum ^ s) & (h ^ s)) < 0 ? NONE : s;
    }

    /** {@code sum - a} (a blank cell, null, takes nothing); {@link #NONE} if either cannot be exact. */
    static long minus(long sum, Amount a) {
        if (a == null || sum == NONE) {
            return sum;
        }
        long h = a.toHundredthsOr(NONE);
        if (h == NONE) {
            return NONE;
        }
        long s = sum - h;
        return ((sum ^ h) & (sum ^ s)) < 0 ? NONE : s;
    }

    /**
     * Tells whether a printed figure (null = blank = zero) is known to equal a sum; false when it differs
     * or when either is not exact in hundredths (then compare in {@code BigDecimal}).
     */
    static boolean equal(Amount printed, long sum) {
        if (sum == NONE) {
            return false;
        }
        return (printed == null ? 0 : printed.toHundredthsOr(NONE)) == sum;
    }
}
