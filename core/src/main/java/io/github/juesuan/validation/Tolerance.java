package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The policy that tells a rounding difference (尾数误差) from a real mismatch.
 *
 * <p>The tables are produced in 元 and printed in 万元 with two decimals, so every printed figure may
 * be off its true value by up to half a unit of the last decimal, 0.005 万元. An equation between
 * <i>n</i> printed figures (the total and its parts, or the two sides of a tie) can therefore be off
 * by up to <i>n</i> × 0.005 万元 even when the underlying 元 figures agree exactly. That is the
 * {@linkplain #derived() derived} policy, the default. {@linkplain #exact() Exact} counts every
 * difference as a mismatch; {@linkplain #fixed(Amount) fixed} allows one amount whatever the number of
 * terms.
 *
 * <p>A difference of zero always passes; a non-zero difference within the allowance is reported with
 * outcome {@link Outcome#ROUNDING} and severity {@link Severity#ROUNDING}; anything larger fails.
 *
 * <p>执行率 (execution rates) are checked against the rate computed from the printed amounts. Under the
 * derived and fixed policies the allowance for a rate is derived from the rounding of the two amounts
 * and of the printed rate itself (a rate printed with one decimal is allowed half of 0.1); under the
 * exact policy the printed rate must equal the computed rate at the printed number of decimals.
 */
public final class Tolerance {

    /** Half a unit of the last printed decimal of an amount in 万元: 0.005. */
    public static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private enum Kind {
        EXACT,
        DERIVED,
        FIXED
    }

    private static final Tolerance EXACT = new Tolerance(Kind.EXACT, BigDecimal.ZERO);
    private static final Tolerance DERIVED = new Tolerance(Kind.DERIVED, HALF_CENT);

    private final Kind kind;
    private final BigDecimal amount;

    private Tolerance(Kind kind, BigDecimal amount) {
        this.kind = kind;
        this.amount = amount;
    }

    /**
     * Gets the exact policy: any difference is a mismatch.
     *
     * @return the policy
     */
    public static Tolerance exact() {
        return EXACT;
    }

    /**
     * Gets the derived policy (the default): an equation between <i>n</i> printed figures may be off by
     * <i>n</i> × 0.005 万元.
     *
     * @return the policy
     */
    public static Tolerance derived() {
        return DERIVED;
    }

    /**
     * Gets a fixed policy: any difference up to this amount is rounding, whatever the number of terms.
     *
     * @param allowance the allowance in 万元, not negative
     * @return the policy
     */
    public static Tolerance fixed(Amount allowance) {
        Objects.requireNonNull(allowance, "allowance");
        if (allowance.isNegative()) {
            throw new IllegalArgumentException("a rounding allowance cannot be negative: " + allowance);
        }
        return new Tolerance(Kind.FIXED, allowance.toBigDecimal());
    }

    /**
     * Gets the allowance for an equation between printed amounts.
     *
     * @param roundedTerms the number of printed (non-blank) figures in the equation, both sides counted
     * @return the allowance in 万元
     */
    public BigDecimal allowance(int roundedTerms) {
        switch (kind) {
            case EXACT:
                return BigDecimal.ZERO;
            case DERIVED:
                return HALF_CENT.multiply(BigDecimal.valueOf(Math.max(0, roundedTerms)));
            default:
                return amount;
        }
    }

    /**
     * Tells whether this is the exact policy.
     *
     * @return true if exact
     */
    public boolean isExact() {
        return kind == Kind.EXACT;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tolerance && ((Tolerance) obj).kind == kind
                && ((Tolerance) obj).amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        switch (kind) {
            case EXACT:
                return "Tolerance[exact]";
            case DERIVED:
                return "Tolerance[derived: n × 0.005]";
            default:
                return "Tolerance[fixed: " + amount.toPlainString() + "]";
        }
    }
}
