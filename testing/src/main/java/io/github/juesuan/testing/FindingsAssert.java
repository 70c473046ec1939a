package io.github.juesuan.testing;

import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions over the findings of a validator (or of any tool that reports
 * {@link Finding}s). Assertions narrow a selection step by step: {@link #hasRule(String)} selects the
 * findings of a rule, {@link #atCell(TableId, String, String)} keeps those at a cell,
 * {@link #withSeverity(Severity)} those of a severity, and each step fails, listing every finding, when
 * nothing is left.
 *
 * <pre>{@code
 * JuesuanAssertions.assertThat(result)
 *         .hasRule("INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS")
 *         .atCell(TableId.T03, "20101", "TOTAL")
 *         .withSeverity(Severity.ERROR);
 * JuesuanAssertions.assertThat(consistentResult).hasNoFindingsAbove(Severity.ROUNDING);
 * }</pre>
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

    private final List<Finding> selection;
    private final String selected;

    FindingsAssert(List<Finding> actual) {
        this(actual, actual, "");
    }

    private FindingsAssert(List<Finding> actual, List<Finding> selection, String selected) {
        super(actual, FindingsAssert.class);
        this.selection = selection;
        this.selected = selected;
    }

    private FindingsAssert narrow(Predicate<Finding> p, String what) {
        isNotNull();
        List<Finding> left = selection.stream().filter(p).collect(Collectors.toList());
        String now = selected.isEmpty() ? what : selected + ", " + what;
        if (left.isEmpty()) {
            failWithMessage("%nExpecting a finding %s but there is none among:%n%s", now, list(actual));
        }
        FindingsAssert next = new FindingsAssert(actual, left, now);
        next.info.overridingErrorMessage(info.overridingErrorMessage());
        if (info.descriptionText() != null && !info.descriptionText().isEmpty()) {
            next.as(info.descriptionText());
        }
        return next;
    }

    private static String list(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (no findings)";
        }
        return findings.stream().map(f -> "  " + f).collect(Collectors.joining(System.lineSeparator()));
    }

    /**
     * Selects the findings of a rule (failures, rounding or not assessed).
     *
     * @param ruleId the rule id, such as {@code INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE}
     * @return an assertion over those findings
     */
    public FindingsAssert hasRule(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return narrow(f -> f.getRuleId().equals(ruleId), "of rule " + ruleId);
    }

    /**
     * Keeps the failures (outcome {@link Outcome#FAILED}) of the selection.
     *
     * @return an assertion over those findings
     */
    public FindingsAssert failed() {
        return narrow(f -> f.getOutcome() == Outcome.FAILED, "that failed");
    }

    /**
     * Keeps the findings at a cell, given as printed: the table, the row (a code such as {@code 2010101} or a
     * line such as {@code 合计}) and the column id (such as {@code TOTAL}, see {@code TableColumn#getId()}).
     *
     * @param table the table, not null
     * @param row the code or line label
     * @param columnId the column id
     * @return an assertion over those findings
     */
    public FindingsAssert atCell(TableId table, String row, String columnId) {
        return narrow(f -> f.getTable().map(t -> t == table).orElse(false)
                && f.getRow().map(r -> r.getValue().equals(row)).orElse(false)
                && f.getColumn().map(c -> c.getId().equals(columnId)).orElse(false),
                "at " + table.getLabel() + "[" + row + ", " + columnId + "]");
    }

    /**
     * Keeps the findings about a row (at any column of it, or at the row itself).
     *
     * @param table the table, not null
     * @param row the code or line label
     * @return an assertion over those findings
     */
    public FindingsAssert atRow(TableId table, String row) {
        return narrow(f -> f.getTable().map(t -> t == table).orElse(false)
                && f.getRow().map(r -> r.getValue().equals(row)).orElse(false),
                "at " + table.getLabel() + "[" + row + "]");
    }

    /**
     * Keeps the findings at a location, or whose likely culprit is that location.
     *
     * @param location the location, not null
     * @return an assertion over those findings
     */
    public FindingsAssert at(Location location) {
        Objects.requireNonNull(location, "location");
        return narrow(f -> f.getLocation().equals(location)
                || f.getLikelyCulprit().map(location::equals).orElse(false), "at " + location);
    }

    /**
     * Keeps the findings of a severity.
     *
     * @param severity the severity, not null
     * @return an assertion over those findings
     */
    public FindingsAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(f -> f.getSeverity() == severity, "with severity " + severity);
    }

    /**
     * Keeps the findings whose difference printed − expected equals a number (compared by value).
     *
     * @param difference the difference, such as {@code new BigDecimal("-12.34")}
     * @return an assertion over those findings
     */
    public FindingsAssert withDifference(BigDecimal difference) {
        Objects.requireNonNull(difference, "difference");
        return narrow(f -> f.getDifference().map(d -> d.compareTo(difference) == 0).orElse(false),
                "with difference " + difference.toPlainString());
    }

    /**
     * Keeps the findings whose likely culprit is a location.
     *
     * @param culprit the location, not null
     * @return an assertion over those findings
     */
    public FindingsAssert withLikelyCulprit(Location culprit) {
        Objects.requireNonNull(culprit, "culprit");
        return narrow(f -> f.getLikelyCulprit().map(culprit::equals).orElse(false), "with likely culprit " + culprit);
    }

    /**
     * Checks that no finding of the selection is of a rule.
     *
     * @param ruleId the rule id
     * @return this assertion
     */
    public FindingsAssert hasNoRule(String ruleId) {
        isNotNull();
        List<Finding> of = selection.stream().filter(f -> f.getRuleId().equals(ruleId)).collect(Collectors.toList());
        if (!of.isEmpty()) {
            failWithMessage("%nExpecting no finding of rule %s but found:%n%s", ruleId, list(of));
        }
        return this;
    }

    /**
     * Checks that no finding of the selection is more severe than a severity;
     * {@code hasNoFindingsAbove(Severity.ROUNDING)} means "no warning and no error".
     *
     * @param severity the threshold, not null
     * @return this assertion
     */
    public FindingsAssert hasNoFindingsAbove(Severity severity) {
        isNotNull();
        List<Finding> above = selection.stream().filter(f -> f.getSeverity().isAbove(severity))
                .collect(Collectors.toList());
        if (!above.isEmpty()) {
            failWithMessage("%nExpecting no finding above %s but found %d:%n%s", severity, above.size(), list(above));
        }
        return this;
    }

    /**
     * Checks that the selection has exactly a number of findings.
     *
     * @param count the number
     * @return this assertion
     */
    public FindingsAssert hasCount(int count) {
        isNotNull();
        if (selection.size() != count) {
            failWithMessage("%nExpecting %d finding(s)%s but found %d:%n%s", count,
                    selected.isEmpty() ? "" : " " + selected, selection.size(), list(selection));
        }
        return this;
    }

    /**
     * Checks that the tool found what a {@link Mutation} describes: a failure of its rule at its location
     * (or with its location as likely culprit), with its severity and difference when it has one.
     *
     * @param mutation the mutation, not null
     * @return an assertion over the matching findings
     */
    public FindingsAssert reports(Mutation mutation) {
        FindingsAssert a = hasRule(mutation.getRuleId()).failed().at(mutation.getLocation())
                .withSeverity(mutation.getSeverity());
        return mutation.getDifference().isPresent() ? a.withDifference(mutation.getDifference().get()) : a;
    }

    /**
     * Gets the findings selected so far.
     *
     * @return the selection
     */
    public List<Finding> selection() {
        return selection;
    }
}
