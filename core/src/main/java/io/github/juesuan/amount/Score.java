package io.github.juesuan.amount;

import io.github.juesuan.spi.InvalidInputException;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.internal.Text;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Points of a performance self-evaluation (绩效自评): a weight (权重), a score (得分, 自评得分) or a
 * total score (总分), such as {@code 25}, {@code 87.00} or {@code 7.5}.
 *
 * <p>Equality is by value ({@code 87} equals {@code 87.00}); {@link #toString()} is the plain
 * decimal without trailing zeros, and {@code Score.parse(s.toString()).equals(s)} always holds.
 */
public final class Score implements Comparable<Score> {

    /** Zero points. */
    public static final Score ZERO = new Score(BigDecimal.ZERO);

    private final BigDecimal points;

    /** The points × 100 when that is a whole number (at most two decimals), else {@link Long#MIN_VALUE}. */
    private final long hundredths;

    private Score(BigDecimal points) {
        this.points = points;
        // at most 12 integer digits and 12 decimals (checked by of): × 100 always fits a long
        this.hundredths = points.scale() <= 2 ? points.movePointRight(2).longValueExact() : Long.MIN_VALUE;
    }

    /**
     * Gets the points as a whole number of hundredths, for exact sums in {@code long} arithmetic:
     * {@code 7.5} gives {@code 750}, {@code 87.00} gives {@code 8700} (decimals are counted without trailing
     * zeros). A score has at most 12 integer digits, so the result is below 10^14 in magnitude.
     *
     * @param otherwise what to return when the score has more than two decimals; choose a value no score
     *        gives, such as {@link Long#MIN_VALUE}
     * @return the points × 100, or {@code otherwise}
     */
    public long toHundredthsOr(long otherwise) {
        return hundredths == Long.MIN_VALUE ? otherwise : hundredths;
    }

    /**
     * Obtains a score.
     *
     * @param points the points, not null
     * @return the score
     * @throws IllegalArgumentException if it has more than 12 digits before or after the point
     */
    public static Score of(BigDecimal points) {
        Objects.requireNonNull(points, "points");
        if (points.signum() == 0) {
            return ZERO;
        }
        BigDecimal v = points.stripTrailingZeros();
        if ((long) v.precision() - v.scale() > 12 || v.scale() > 12) { // long: a huge exponent overflows an int
            // a huge exponent is named in scientific notation: its plain form would not fit a string
            throw new InvalidInputException(ProblemMessage.of("problem.value.score.tooManyDigits", "'"
                    + (Math.abs((long) points.scale()) > 64 ? points.toString() : points.toPlainString()) + "'", 12, 12));
        }
        return new Score(v);
    }

    /**
     * Obtains a score of whole points.
     *
     * @param points the points
     * @return the score
     */
    public static Score of(long points) {
        return of(BigDecimal.valueOf(points));
    }

    /**
     * Parses a score as printed: {@code "25"}, {@code "87.00"}, {@code "７"}, with spaces and an
     * optional {@code 分} suffix.
     *
     * @param text the printed score, not null
     * @return the score
     * @throws IllegalArgumentException naming the text if it is not a number of points
     */
    public static Score parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = Text.foldWidth(text.toString()).replace(" ", "");
        if (s.endsWith("分")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.matches("-?[0-9]{1,12}(\\.[0-9]{1,12})?")) {
            throw new InvalidInputException(ProblemMessage.of("problem.value.score.notNumber", Text.quote(text)));
        }
        return of(new BigDecimal(s));
    }

    /**
     * Adds up scores exactly.
     *
     * @param scores the scores, no null elements
     * @return the sum
     */
    public static Score sum(Iterable<Score> scores) {
        BigDecimal t = BigDecimal.ZERO;
        for (Score s : scores) {
            t = t.add(s.points);
        }
        return of(t);
    }

    /**
     * Gets the points.
     *
     * @return the points
     */
    public BigDecimal getPoints() {
        return points;
    }

    /**
     * Returns this plus another score.
     *
     * @param other the other score
     * @return the sum
     */
    public Score plus(Score other) {
        return of(points.add(other.points));
    }

    @Override
    public int compareTo(Score other) {
        return points.compareTo(other.points);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Score && ((Score) obj).points.equals(points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        return points.toPlainString();
    }
}
