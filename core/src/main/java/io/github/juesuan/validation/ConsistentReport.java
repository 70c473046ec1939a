package io.github.juesuan.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation class-level constraint: the figures of a {@link io.github.juesuan.report.FinalAccountReport}
 * agree (表内平衡, 表间勾稽, completeness, catalog and 绩效自评表 rules of the {@link RuleCatalog}).
 *
 * <p>Each finding of the {@link ReportValidator} above {@link #minimumSeverity()} becomes one constraint
 * violation whose property path points at the offending cell, such as
 * {@code expenditure.rows[2010301].TOTAL} or {@code performanceEvaluations[政府序列会议经费].rows[年度资金总额].EXECUTION_RATE}
 * (table property, then the row key in brackets, then the column id), and whose message is the rule's
 * description from the contributor bundles {@code ContributorValidationMessages} (Chinese and English),
 * followed by the figures: {@code (expected ≠ printed, Δ difference)}.
 */
@Documented
@Constraint(validatedBy = ConsistentReportValidator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentReport {

    /**
     * The message of the constraint as a whole.
     *
     * @return the message template
     */
    String message() default "{io.github.juesuan.validation.ConsistentReport.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Only findings strictly above this severity are violations (default: warnings and errors).
     *
     * @return the threshold
     */
    Severity minimumSeverity() default Severity.ROUNDING;

    /**
     * Rule ids to switch off.
     *
     * @return the ids
     */
    String[] disabledRules() default {};
}
