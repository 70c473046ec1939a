package io.github.juesuan.validation;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The {@link ConstraintValidator} of {@link ConsistentReport}: runs a {@link ReportValidator} and turns
 * each finding above the threshold into a violation at the offending cell.
 */
public final class ConsistentReportValidator implements ConstraintValidator<ConsistentReport, FinalAccountReport> {

    /** The prefix of the message keys of the rules in {@code ContributorValidationMessages}. */
    public static final String RULE_KEY_PREFIX = "io.github.juesuan.validation.rule.";

    private ReportValidator validator = ReportValidator.standard();
    private Severity minimum = Severity.ROUNDING;

    /** Creates the validator; Bean Validation calls {@link #initialize(ConsistentReport)}. */
    public ConsistentReportValidator() {
    }

    @Override
    public void initialize(ConsistentReport annotation) {
        this.validator = ReportValidator.builder().disable(annotation.disabledRules()).build();
        this.minimum = annotation.minimumSeverity();
    }

    @Override
    public boolean isValid(FinalAccountReport report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        boolean valid = true;
        for (Finding f : validator.validate(report).getFindings()) {
            if (!f.getSeverity().isAbove(minimum) || f.getOutcome() == Outcome.NOT_ASSESSED) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            String template = "{" + RULE_KEY_PREFIX + f.getRuleId() + "}" + escape(details(f));
            Location at = f.getLocation();
            String property = at.getTable().map(ConsistentReportValidator::property).orElse("performanceEvaluations");
            String list = "rows";
            ConstraintValidatorContext.ConstraintViolationBuilder b = context.buildConstraintViolationWithTemplate(template);
            if (at.getTable().isEmpty()) {
                // performanceEvaluations[project].rows[row].COLUMN
                String column = at.getColumn().map(c -> c.getId()).orElse("row");
                b.addPropertyNode(property).addPropertyNode("rows").inIterable().atKey(at.getProject().orElse(""))
                        .addPropertyNode(column).inIterable().atKey(at.getRow().map(RowKeyText::of).orElse(""))
                        .addConstraintViolation();
            } else if (at.getRow().isEmpty()) {
                b.addPropertyNode(property).addConstraintViolation();
            } else if (at.getColumn().isEmpty()) {
                b.addPropertyNode(property).addPropertyNode(list).addPropertyNode("row").inIterable()
                        .atKey(at.getRow().get().getValue()).addConstraintViolation();
            } else {
                b.addPropertyNode(property).addPropertyNode(list).addPropertyNode(at.getColumn().get().getId())
                        .inIterable().atKey(at.getRow().get().getValue()).addConstraintViolation();
            }
        }
        return valid;
    }

    private static String details(Finding f) {
        if (f.getDifference().isEmpty()) {
            return "";
        }
        return " (" + f.getExpected().map(RuleRun::plain).orElse("-") + " ≠ "
                + f.getActual().map(RuleRun::plain).orElse("-") + ", Δ " + RuleRun.plain(f.getDifference().get()) + ")";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    /** The text of a row key in a property path. */
    private static final class RowKeyText {
        static String of(io.github.juesuan.report.RowKey k) {
            return k.getValue();
        }
    }

    static String property(TableId id) {
        switch (id) {
            case T01:
                return "summary";
            case T02:
                return "income";
            case T03:
                return "expenditure";
            case T04:
                return "fiscalSummary";
            case T05:
                return "generalBudgetExpenditure";
            case T06:
                return "basicExpenditureDetail";
            case T07:
                return "governmentFund";
            case T08:
                return "stateCapital";
            default:
                return "threePublicExpenses";
        }
    }

}
