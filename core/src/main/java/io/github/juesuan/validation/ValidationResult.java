package io.github.juesuan.validation;

import io.github.juesuan.report.TableEdition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a {@link ReportValidator} found in one report: every finding, in table and row order, and the
 * outcome of every rule of the catalogue.
 */
public final class ValidationResult {

    private final TableEdition edition;
    private final List<Finding> findings;
    private final Map<String, Outcome> outcomes;

    ValidationResult(TableEdition edition, List<Finding> findings, Map<String, Outcome> outcomes) {
        this.edition = edition;
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        this.findings = List.copyOf(sorted);
        this.outcomes = Collections.unmodifiableMap(outcomes);
    }

    /**
     * Gets the edition whose rule set was run.
     *
     * @return the edition
     */
    public TableEdition getEdition() {
        return edition;
    }

    /**
     * Gets every finding, ordered by table, row, column and rule id.
     *
     * @return the findings
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Gets the findings of one rule.
     *
     * @param ruleId the rule id, not null
     * @return the findings, in order
     */
    public List<Finding> getFindings(String ruleId) {
        return findings.stream().filter(f -> f.getRuleId().equals(ruleId)).collect(Collectors.toList());
    }

    /**
     * Gets the findings strictly more severe than a severity, the severity itself excluded:
     * {@code getFindingsMoreSevereThan(Severity.ROUNDING)} gives the warnings and errors.
     *
     * @param severity the threshold, not null; findings of exactly this severity are left out
     * @return the findings, in order
     */
    public List<Finding> getFindingsMoreSevereThan(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.getSeverity().isAbove(severity)).collect(Collectors.toList());
    }

    /**
     * Gets the findings of a severity or more severe, the severity itself included:
     * {@code getFindingsAtLeast(Severity.WARNING)} gives the warnings and errors.
     *
     * @param severity the threshold, not null; findings of exactly this severity are kept
     * @return the findings, in order
     */
    public List<Finding> getFindingsAtLeast(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.getSeverity().compareTo(severity) >= 0).collect(Collectors.toList());
    }

    /**
     * Gets the findings strictly more severe than a severity, the severity itself excluded; the
     * same as {@link #getFindingsMoreSevereThan(Severity)}: {@code getFindingsAbove(Severity.ROUNDING)}
     * gives the warnings and errors, and {@code getFindingsAbove(Severity.ERROR)} gives nothing.
     *
     * @param severity the threshold, not null; findings of exactly this severity are left out
     * @return the findings, in order
     * @deprecated the name does not say whether the threshold is included; use
     *     {@link #getFindingsMoreSevereThan(Severity)} (excluded, as here) or
     *     {@link #getFindingsAtLeast(Severity)} (included)
     */
    @Deprecated(since = "0.1.0")
    public List<Finding> getFindingsAbove(Severity severity) {
        return getFindingsMoreSevereThan(severity);
    }

    /**
     * Gets the findings of severity {@link Severity#ERROR}.
     *
     * @return the errors, in order
     */
    public List<Finding> errors() {
        return getFindingsAtLeast(Severity.ERROR);
    }

    /**
     * Tells whether some finding is an {@link Severity#ERROR}.
     *
     * @return true if there is at least one error
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }

    /**
     * Tells whether the report has no warning and no error (rounding and information allowed).
     *
     * @return true if nothing above rounding was found
     */
    public boolean isConsistent() {
        return getFindingsMoreSevereThan(Severity.ROUNDING).isEmpty();
    }

    /**
     * Gets the outcome of a rule: {@link Outcome#PASSED}, {@link Outcome#ROUNDING}, {@link Outcome#FAILED},
     * {@link Outcome#NOT_ASSESSED}, {@link Outcome#DISABLED} or {@link Outcome#NOT_APPLICABLE}.
     *
     * @param ruleId the rule id, not null
     * @return the outcome
     * @throws IllegalArgumentException if the catalogue has no such rule
     */
    public Outcome getOutcome(String ruleId) {
        Outcome o = outcomes.get(ruleId);
        if (o == null) {
            throw new IllegalArgumentException("'" + ruleId + "' is not a rule id of the catalogue");
        }
        return o;
    }

    /**
     * Gets the outcome of every rule of the catalogue, in catalogue order.
     *
     * @return the outcomes by rule id
     */
    public Map<String, Outcome> getOutcomes() {
        return outcomes;
    }

    @Override
    public String toString() {
        return "ValidationResult[" + findings.size() + " findings, " + getFindingsAbove(Severity.ROUNDING).size()
                + " above rounding]";
    }
}
