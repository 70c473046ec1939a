package io.github.juesuan.amount;

import io.github.juesuan.spi.InvalidInputException;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage, such as an execution rate (执行率) or a share of a total: {@code 95%},
 * {@code 99.77%}, {@code 4.2%}.
 *
 * <p>The value is held exactly, in percent (never as a binary floating-point number). {@link #toString()} is the canonical form
 * {@code "99.77%"}, and {@code Rate.parse(r.toString()).equals(r)} holds for every rate of at most
 * 30 digits before and 16 after the decimal point, which is every rate a report prints ({@code parse}
 * rejects longer text, whose conversion would take time quadratic in its digits). Equality is by
 * value ({@code 4.2%} equals {@code 4.20%}).
 */
public final class Rate implements Comparable<Rate> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal percent;

    /** The percent × 100 when that is a whole number of at most 17 digits, else {@link Long#MIN_VALUE}. */
    private final long hundredths;

    private Rate(BigDecimal percent) {
        this.percent = percent;
        // long: a huge exponent (1E+2147483647) overflows an int, and is no whole number of hundredths here
        this.hundredths = percent.scale() <= 2 && (long) percent.precision() - percent.scale() <= 15
                ? percent.movePointRight(2).longValueExact() : Long.MIN_VALUE;
    }

    /**
     * Gets the rate as a whole number of hundredths of a percent, for exact comparisons in {@code long}
     * arithmetic: {@code 99.77%} gives {@code 9977}, {@code 100%} gives {@code 10000}, {@code 1.500%} gives
     * {@code 150} (decimals are counted without trailing zeros).
     *
     * @param otherwise what to return when the rate has more than two decimals (or 16 or more integer digits);
     *        choose a value no rate gives, such as {@link Long#MIN_VALUE}
     * @return the percent × 100, or {@code otherwise}
     */
    public long toHundredthsOr(long otherwise) {
        return hundredths == Long.MIN_VALUE ? otherwise : hundredths;
    }

    /** The most digits {@link #parse(CharSequence)} accepts before the decimal point. */
    static final int MAX_DIGITS_BEFORE_POINT = 30;
    /** The most digits {@link #parse(CharSequence)} accepts after the decimal point. */
    static final int MAX_DIGITS_AFTER_POINT = 16;

    /**
     * Obtains a rate from a number of percent.
     *
     * @param percent the rate in percent (95 for 95%), not null
     * @return the rate
     */
    public static Rate ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return new Rate(percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros());
    }

    /**
     * Obtains a rate from a number of percent given as text ({@code "99.77"}); the text is read
     * as {@link #parse(CharSequence)} reads it, so a trailing {@code %} is accepted too.
     *
     * @param percent the rate in percent, not null
     * @return the rate
     * @throws IllegalArgumentException naming the text if it is not a percentage
     */
    public static Rate ofPercent(String percent) {
        return parse(percent);
    }

    /**
     * Computes {@code part / whole} as a percentage rounded half up to the given number of
     * decimals, as 执行率 = 全年执行数 / 全年预算数 is printed.
     *
     * @param part the part, not null
     * @param whole the whole, not null and not zero
     * @param decimals the number of decimals of the percentage
     * @return the rate
     * @throws ArithmeticException if {@code whole} is zero
     */
    public static Rate ratio(Amount part, Amount whole, int decimals) {
        if (whole.isZero()) {
            throw new ArithmeticException("cannot compute a rate of " + part + " over zero");
        }
        // one rounding only: dividing to DECIMAL64 first and then rounding to the decimals
        // rounds twice, and 12.4999999999999999…% became 12.5% and then 13%
        BigDecimal p = part.toBigDecimal().multiply(HUNDRED)
                .divide(whole.toBigDecimal(), decimals, RoundingMode.HALF_UP);
        return ofPercent(p);
    }

    /**
     * Parses a rate as reports print it: {@code "95"}, {@code "99.77%"}, {@code "4.2"},
     * {@code "９５％"}, with surrounding spaces.
     *
     * @param text the printed rate, not null
     * @return the rate
     * @throws IllegalArgumentException naming the text if it is not a percentage, or has more than 30
     *     digits before or 16 after the decimal point
     */
    public static Rate parse(CharSequence text) {
        // (the digit limits are those of Amount: no percentage printed in a report comes near them)
        Objects.requireNonNull(text, "text");
        String s = Text.foldWidth(text.toString()).replace(" ", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.rate.blank", Text.quote(text)));
        }
        try {
            if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new NumberFormatException();
            }
            int point = s.indexOf('.');
            int before = (point < 0 ? s.length() : point) - (s.charAt(0) == '-' ? 1 : 0);
            int after = point < 0 ? 0 : s.length() - point - 1;
            if (before > MAX_DIGITS_BEFORE_POINT || after > MAX_DIGITS_AFTER_POINT) {
                // checked before the conversion, which is quadratic in the digits (a hostile cell of a
                // million digits took minutes)
                throw new InvalidInputException(ProblemMessage.of("problem.value.rate.tooManyDigits", Text.quote(text),
                        MAX_DIGITS_BEFORE_POINT, MAX_DIGITS_AFTER_POINT));
            }
            return ofPercent(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.rate.notPercentage", Text.quote(text)));
        }
    }

    /**
     * Gets the rate in percent (95 for 95%).
     *
     * @return the percentage
     */
    public BigDecimal getPercent() {
        return percent;
    }

    /**
     * Gets the rate as a fraction (0.95 for 95%).
     *
     * @return the fraction
     */
    public BigDecimal toFraction() {
        return percent.movePointLeft(2);
    }

    /**
     * Gets the number of decimals of the percentage as held (2 for 99.77%).
     *
     * @return the number of decimals, never negative
     */
    public int getDecimalPlaces() {
        return Math.max(0, percent.scale());
    }

    @Override
    public int compareTo(Rate other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rate && ((Rate) obj).percent.equals(percent);
    }

    @Override
    public int hashCode() {
        return percent.hashCode();
    }

    /**
     * The canonical form, such as {@code "99.77%"} or {@code "95%"}.
     *
     * @return the canonical text
     */
    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
