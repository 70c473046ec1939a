package io.github.juesuan.validation;

/**
 * What a rule concluded. A {@link Finding} carries {@link #FAILED}, {@link #ROUNDING} or
 * {@link #NOT_ASSESSED}; {@link ValidationResult#getOutcome(String)} can also answer {@link #PASSED}
 * and {@link #DISABLED}.
 */
public enum Outcome {
    /** The rule was assessed and every check held exactly (通过). */
    PASSED,
    /** The figures differ, but by no more than the rounding allowance (尾数误差). */
    ROUNDING,
    /** The rule does not hold (不符). */
    FAILED,
    /** The rule could not be assessed, for instance because a table it reads is absent (未评估). It did not pass. */
    NOT_ASSESSED,
    /** The rule was switched off by configuration (已停用). */
    DISABLED,
    /** The rule is not part of the rule set of the report's edition (不适用). */
    NOT_APPLICABLE
}
