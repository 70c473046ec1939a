package io.github.juesuan.amount;

import io.github.juesuan.spi.InvalidInputException;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in 万元 (ten thousand yuan), the unit of every final-account table.
 *
 * <p>Amounts are exact decimals ({@link BigDecimal}); binary floating point is never involved.
 * Equality is by value: {@code 7698.9} equals {@code 7698.90}. {@link #toString()} is the
 * canonical form, with at least two decimals ({@code "7698.90"}, {@code "-3.00"}); a value with
 * more decimals keeps them, so {@code Amount.parse(a.toString()).equals(a)} always holds.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {

    /** Zero 万元. */
    public static final Amount ZERO = new Amount(BigDecimal.ZERO, 0);

    /** The largest number of digits before the decimal point (10^30 万元 is far beyond any budget). */
    public static final int MAX_INTEGER_DIGITS = 30;
    /** The largest number of decimals an amount may carry. */
    public static final int MAX_DECIMALS = 16;

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** A number whose integer part is grouped by thousands separators: {@code -42,590.81}. */
    private static final Pattern THOUSANDS = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?");

    /**
     * The largest magnitude that {@link #toHundredthsOr(long)} gives (inclusive, either sign): 10^15
     * hundredths are 10^13 万元, far beyond any budget, and a sum of up to 9,000 such figures still fits a
     * {@code long}.
     */
    public static final long MAX_HUNDREDTHS = 1_000_000_000_000_000L;

    /** Not a whole number of hundredths within {@link #MAX_HUNDREDTHS}: {@link #hundredths} then holds this. */
    private static final long NO_HUNDREDTHS = Long.MIN_VALUE;

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L};

    /** The value with trailing zeros stripped; its scale may be negative. */
    private final BigDecimal value;

    /** The value × 100 when that is a whole number within ±{@link #MAX_HUNDREDTHS}, else {@link #NO_HUNDREDTHS}. */
    private final long hundredths;

    /** {@link #toBigDecimal()}, made when first asked for (a benign race: any thread makes an equal value). */
    private BigDecimal scaled;

    private Amount(BigDecimal value, long hundredths) {
        this.value = value;
        this.hundredths = hundredths;
    }

    /** An amount of a stripped value whose unscaled value and scale are known. */
    private static Amount stripped(BigDecimal value, long unscaled, int scale) {
        long h = NO_HUNDREDTHS;
        if (scale >= 0 && scale <= 2) {
            long f = POWERS_OF_TEN[2 - scale];
            if (within(unscaled, MAX_HUNDREDTHS / f)) {
                h = unscaled * f;
            }
        } else if (scale < 0 && scale >= -15) {
            // a whole number of tens, hundreds...: u × 10^(2 - s) when it stays within the range
            if (within(unscaled, MAX_HUNDREDTHS / 100)) {
                long h0 = unscaled * 100;
                for (int k = scale; k < 0 && h0 != NO_HUNDREDTHS; k++) {
                    h0 = within(h0, MAX_HUNDREDTHS / 10) ? h0 * 10 : NO_HUNDREDTHS;
                }
                h = h0;
            }
        }
        return new Amount(value, h);
    }

    /**
     * Obtains an amount of the given number of 万元.
     *
     * @param wanYuan the amount in 万元, not null
     * @return the amount
     * @throws IllegalArgumentException if it has more than {@link #MAX_INTEGER_DIGITS} integer
     *         digits or more than {@link #MAX_DECIMALS} decimals, so that {@link #toString()}
     *         always parses back
     */
    public static Amount of(BigDecimal wanYuan) {
        Objects.requireNonNull(wanYuan, "wanYuan");
        if (wanYuan.signum() == 0) {
            return ZERO;
        }
        BigDecimal v = wanYuan.stripTrailingZeros();
        // long: a huge exponent (1E+2147483647) overflows an int
        if ((long) v.precision() - v.scale() > MAX_INTEGER_DIGITS || v.scale() > MAX_DECIMALS) {
            // a huge exponent is named in scientific notation: its plain form would not fit a string
            String shown = Math.abs((long) wanYuan.scale()) > 64 ? wanYuan.toString() : wanYuan.toPlainString();
            throw new InvalidInputException(ProblemMessage.of("problem.value.amount.tooManyDigits", "'" + shown + "'",
                    MAX_INTEGER_DIGITS, MAX_DECIMALS));
        }
        if (v.scale() <= 2 && v.precision() <= 18) {
            // the unscaled value fits a long: the hundredths come from it
            return stripped(v, v.unscaledValue().longValue(), v.scale());
        }
        return new Amount(v, NO_HUNDREDTHS);
    }

    /**
     * Obtains an amount of {@code unscaledValue × 10^-scale} 万元, as
     * {@link BigDecimal#valueOf(long, int)}: the same amount as {@code of(BigDecimal.valueOf(unscaledValue, scale))},
     * without the intermediate decimal (for readers that take the digits of a number themselves).
     *
     * @param unscaledValue the digits of the amount, as a whole number
     * @param scale the number of decimals ({@code 7698.92} is {@code 769892} with scale {@code 2})
     * @return the amount
     * @throws IllegalArgumentException as {@link #of(BigDecimal)}, if it has more than
     *         {@link #MAX_INTEGER_DIGITS} integer digits or more than {@link #MAX_DECIMALS} decimals
     */
    public static Amount ofUnscaled(long unscaledValue, int scale) {
        if (unscaledValue == 0) {
            return ZERO;
        }
        // strip trailing zeros as BigDecimal.stripTrailingZeros does for a value that fits a long
        long u = unscaledValue;
        int s = scale;
        while (u % 10 == 0 && s != Integer.MIN_VALUE) {
            u /= 10;
            s--;
        }
        // a long has at most 19 digits: only a scale below 19 - MAX_INTEGER_DIGITS can exceed the limit
        if (s > MAX_DECIMALS || s < 19 - MAX_INTEGER_DIGITS && digits(u) - (long) s > MAX_INTEGER_DIGITS) {
            return of(BigDecimal.valueOf(unscaledValue, scale)); // out of range: the same complaint
        }
        return stripped(BigDecimal.valueOf(u, s), u, s);
    }

    /** Tells whether {@code -limit <= x <= limit} (not through Math.abs, which keeps Long.MIN_VALUE negative). */
    private static boolean within(long x, long limit) {
        return x >= -limit && x <= limit;
    }

    /** The number of decimal digits of a whole number other than zero. */
    private static int digits(long u) {
        if (u == Long.MIN_VALUE) {
            return 19;
        }
        long a = Math.abs(u);
        int n = 1;
        while (a >= 10) {
            a /= 10;
            n++;
        }
        return n;
    }

    /**
     * Obtains an amount from its strict decimal form, such as {@code "7698.92"} or {@code "-0.5"}.
     *
     * @param wanYuan a plain decimal number, not null
     * @return the amount
     * @throws IllegalArgumentException if the text is not a plain decimal number
     */
    public static Amount of(String wanYuan) {
        Objects.requireNonNull(wanYuan, "wanYuan");
        if (!isPlainDecimal(wanYuan)) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.amount.notDecimal", Text.quote(wanYuan)));
        }
        return of(new BigDecimal(wanYuan));
    }

    /**
     * Obtains an amount of a whole number of 万元.
     *
     * @param wanYuan the amount in 万元
     * @return the amount
     */
    public static Amount of(long wanYuan) {
        return of(BigDecimal.valueOf(wanYuan));
    }

    /**
     * Obtains an amount from a number of 元 (yuan).
     *
     * @param yuan the amount in 元, not null
     * @return the same amount in 万元, exact
     */
    public static Amount ofYuan(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        return of(yuan.movePointLeft(4));
    }

    /**
     * Parses an amount as reports print it: {@code "7698.92"}, {@code "42,590.81"}, full-width
     * digits ({@code "７６９８．９２"}), a leading minus or plus, surrounding white space. Commas
     * are accepted only as thousands separators in the integer part ({@code "1,5"} is rejected,
     * not read as 15).
     * A blank cell or a dash placeholder is rejected: use {@link #parseOrZero(CharSequence)} where
     * the caller decides that they mean zero.
     *
     * @param text the printed amount, not null
     * @return the amount
     * @throws IllegalArgumentException naming the text if it is not an amount
     */
    public static Amount parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = normalise(text);
        if (s.isEmpty() || isPlaceholder(s)) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.amount.blank", Text.quote(text)));
        }
        if (!isPlainDecimal(s)) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.amount.notNumber", Text.quote(text)));
        }
        return of(new BigDecimal(s));
    }

    /**
     * Parses an amount like {@link #parse(CharSequence)}, but reads a blank cell or a dash
     * placeholder ({@code "-"}, {@code "—"}, {@code "－"}) as zero.
     *
     * @param text the printed amount, not null
     * @return the amount, zero for blank or a placeholder
     * @throws IllegalArgumentException naming the text if it is neither blank nor an amount
     */
    public static Amount parseOrZero(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = normalise(text);
        if (s.isEmpty() || isPlaceholder(s)) {
            return ZERO;
        }
        return parse(text);
    }

    /**
     * Tells whether text is blank or a dash placeholder, which tables print for "nothing".
     *
     * @param text the printed cell, not null
     * @return true if blank or a placeholder
     */
    public static boolean isBlankOrPlaceholder(CharSequence text) {
        String s = normalise(text);
        return s.isEmpty() || isPlaceholder(s);
    }

    /**
     * Adds up amounts exactly.
     *
     * @param amounts the amounts, not null, no null elements
     * @return the sum, zero if there are none
     */
    public static Amount sum(Iterable<Amount> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Amount a : amounts) {
            total = total.add(Objects.requireNonNull(a, "amount").value);
        }
        return of(total);
    }

    /**
     * Adds up amounts exactly.
     *
     * @param amounts the amounts, no null elements
     * @return the sum, zero if there are none
     */
    public static Amount sum(Amount... amounts) {
        return sum(java.util.Arrays.asList(amounts));
    }

    /**
     * Folds width, removes spaces, a leading plus sign and valid thousands separators. Commas
     * that are not thousands separators ({@code "1,5"}, {@code "12,34.5"}) are kept, so that the
     * result is not a plain decimal and is rejected: reading {@code "1,5"} as 15 would silently
     * turn a decimal comma into a factor of ten.
     */
    private static String normalise(CharSequence text) {
        String s = Text.foldWidth(text.toString());
        if (s.indexOf(' ') >= 0) {
            s = s.replace(" ", "");
        }
        // U+2212 MINUS SIGN, sometimes produced by PDF extraction
        if (!s.isEmpty() && s.charAt(0) == '\u2212') {
            s = "-" + s.substring(1);
        }
        if (s.length() > 1 && s.charAt(0) == '+' && s.charAt(1) != '-' && s.charAt(1) != '+') {
            s = s.substring(1);
        }
        if (s.indexOf(',') >= 0 && THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return s;
    }

    private static boolean isPlaceholder(String s) {
        return s.equals("-") || s.equals("—") || s.equals("——") || s.equals("--") || s.equals("–")
                || s.equals("/");
    }

    private static boolean isPlainDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (n == 0 || n > 64) {
            return false;
        }
        if (s.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        boolean dot = false;
        int fraction = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (dot) {
                    fraction++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0 && !(dot && fraction == 0 && s.endsWith("."));
    }

    /**
     * Gets the amount in 万元 as a decimal with at least two decimals.
     *
     * @return the amount in 万元
     */
    public BigDecimal toBigDecimal() {
        BigDecimal d = scaled;
        if (d == null) {
            d = value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
            scaled = d;
        }
        return d;
    }

    /**
     * Gets the amount as a whole number of hundredths of 万元 (百元, the unit of the tables' last printed
     * digit), for exact sums in {@code long} arithmetic: {@code 7698.92} gives {@code 769892},
     * {@code -3.50} gives {@code -350} (decimals are counted without trailing zeros).
     *
     * @param otherwise what to return when the amount has more than two decimals or more than
     *        {@link #MAX_HUNDREDTHS} hundredths in magnitude (use {@link #toBigDecimal()} then); choose a
     *        value outside ±{@code MAX_HUNDREDTHS}, such as {@link Long#MIN_VALUE}
     * @return the amount × 100, or {@code otherwise}
     */
    public long toHundredthsOr(long otherwise) {
        long h = hundredths;
        return h == NO_HUNDREDTHS ? otherwise : h;
    }

    /**
     * Converts to 元 (yuan), exactly.
     *
     * @return the amount in 元
     */
    public BigDecimal toYuan() {
        BigDecimal yuan = value.multiply(TEN_THOUSAND);
        return yuan.scale() < 0 ? yuan.setScale(0, RoundingMode.UNNECESSARY) : yuan;
    }

    /**
     * Gets the number of decimals that the value needs (0 for 100, 2 for 7698.92).
     *
     * @return the number of significant decimal places, never negative
     */
    public int getDecimalPlaces() {
        return Math.max(0, value.scale());
    }

    /**
     * Returns this plus another amount.
     *
     * @param other the amount to add, not null
     * @return the sum
     */
    public Amount plus(Amount other) {
        return of(value.add(other.value));
    }

    /**
     * Returns this minus another amount.
     *
     * @param other the amount to subtract, not null
     * @return the difference
     */
    public Amount minus(Amount other) {
        return of(value.subtract(other.value));
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return the negated amount
     */
    public Amount negated() {
        return of(value.negate());
    }

    /**
     * Returns the absolute value.
     *
     * @return this amount without its sign
     */
    public Amount abs() {
        return value.signum() < 0 ? negated() : this;
    }

    /**
     * Rounds to a number of decimals, half up, as the tables are rounded from 元.
     *
     * @param decimals the number of decimals
     * @return the rounded amount
     */
    public Amount rounded(int decimals) {
        return of(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /**
     * Tells whether this is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Tells whether this is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * Gets the sign: -1, 0 or 1.
     *
     * @return the signum
     */
    public int signum() {
        return value.signum();
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Amount && ((Amount) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The canonical form: a plain decimal with at least two decimals, such as {@code "7698.90"}.
     *
     * @return the canonical text
     */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
