package io.github.juesuan.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The interval reading of printed figures (XBRL Calculations 1.1, "round to nearest"): a figure printed with
 * <i>d</i> decimals stands for every value in [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ], and a relation between printed
 * figures is inconsistent only when no choice of values within their intervals satisfies it. Exact decimal
 * arithmetic throughout; see {@code docs/rounding.md} for where the validator reads figures otherwise.
 */
final class Intervals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Intervals() {
    }

    /** Half a unit of the last printed digit: 0.05 for 76.4, 0.5 for 100, 0.005 for 2106.66. */
    static BigDecimal halfUnit(BigDecimal printed) {
        return BigDecimal.valueOf(5, Math.max(0, printed.scale()) + 1);
    }

    /**
     * Tells whether a printed percentage can be {@code part / whole × 100} for some values of the three
     * figures within their intervals: [p − hp, p + hp] meets [100(a − ha) / (w + hw), 100(a + ha) / (w − hw)],
     * multiplied out so that nothing is divided. For a non-positive whole interval (a whole of less than its
     * half-width) any share can be had: consistent.
     *
     * @param p the printed percentage, hp its half-width
     * @param a the part (non-negative), ha its half-width
     * @param w the whole (positive), hw its half-width
     */
    static boolean shareMeets(BigDecimal p, BigDecimal hp, BigDecimal a, BigDecimal ha, BigDecimal w, BigDecimal hw) {
        BigDecimal wLow = w.subtract(hw);
        if (wLow.signum() <= 0 || a.signum() < 0) {
            return true;
        }
        BigDecimal aLow = a.subtract(ha).max(BigDecimal.ZERO);
        // lower end of the share ≤ p + hp:  100·aLow ≤ (p + hp)(w + hw)
        boolean low = aLow.multiply(HUNDRED).compareTo(p.add(hp).multiply(w.add(hw))) <= 0;
        // p − hp ≤ upper end of the share:  (p − hp)(w − hw) ≤ 100(a + ha)
        boolean high = p.subtract(hp).multiply(wLow).compareTo(a.add(ha).multiply(HUNDRED)) <= 0;
        return low && high;
    }

    /**
     * The half-width of the interval of {@code part / whole × 100} on the side of a printed rate, plus the
     * rate's own half-width: how far the printed rate may lie from the exact quotient of the printed amounts
     * when the three intervals meet. Rounded up at four decimals.
     */
    static BigDecimal shareAllowance(BigDecimal printed, BigDecimal hp, BigDecimal a, BigDecimal ha, BigDecimal w,
            BigDecimal hw) {
        BigDecimal exact = a.multiply(HUNDRED).divide(w, MathContext.DECIMAL64);
        BigDecimal side;
        if (printed.compareTo(exact) >= 0) {
            BigDecimal wLow = w.subtract(hw);
            if (wLow.signum() <= 0) {
                return HUNDRED; // any share can be had
            }
            side = a.add(ha).multiply(HUNDRED).divide(wLow, MathContext.DECIMAL64).subtract(exact);
        } else {
            side = exact.subtract(a.subtract(ha).max(BigDecimal.ZERO).multiply(HUNDRED).divide(w.add(hw),
                    MathContext.DECIMAL64));
        }
        return side.add(hp).setScale(4, RoundingMode.UP);
    }
}
