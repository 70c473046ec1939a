package io.github.juesuan.amount;

import io.github.juesuan.spi.InvalidInputException;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.internal.Text;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal year (预算年度/决算年度). China's fiscal year is the calendar year.
 *
 * <p>{@link #toString()} is the four-digit year; {@code parse} also accepts {@code "2024年"},
 * {@code "2024 年度"} and full-width digits.
 */
public final class FiscalYear implements Comparable<FiscalYear> {

    /** The earliest year accepted. */
    public static final int MIN = 1949;
    /** The latest year accepted. */
    public static final int MAX = 2999;

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})\\s*(年度|年)?");

    private final int year;

    private FiscalYear(int year) {
        this.year = year;
    }

    /**
     * Obtains a fiscal year.
     *
     * @param year the year, from 1949 to 2999
     * @return the fiscal year
     * @throws IllegalArgumentException if the year is out of range
     */
    public static FiscalYear of(int year) {
        if (year < MIN || year > MAX) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.fiscalYear.range", "'" + year + "'", MIN, MAX));
        }
        return new FiscalYear(year);
    }

    /**
     * Parses {@code "2024"}, {@code "2024年"}, {@code "2024 年度"}.
     *
     * @param text the text, not null
     * @return the fiscal year
     * @throws IllegalArgumentException naming the text if it is not a year
     */
    public static FiscalYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(Text.foldWidth(text.toString()));
        if (!m.matches()) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.fiscalYear.notDigits", Text.quote(text)));
        }
        return of(Integer.parseInt(m.group(1)));
    }

    /**
     * Gets the year as a number.
     *
     * @return the year
     */
    public int getValue() {
        return year;
    }

    /**
     * Returns the previous fiscal year.
     *
     * @return the year before
     * @throws IllegalArgumentException if this is the earliest year accepted, {@link #MIN}
     */
    public FiscalYear previous() {
        return of(year - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FiscalYear && ((FiscalYear) obj).year == year;
    }

    @Override
    public int hashCode() {
        return year;
    }

    /**
     * The canonical form: the four-digit year, such as {@code "2024"}.
     *
     * @return the year as text
     */
    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
