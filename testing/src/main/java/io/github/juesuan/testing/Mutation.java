package io.github.juesuan.testing;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report changed on purpose so that it breaks one rule of the catalogue, and the finding a
 * validator should report for it: the rule, where ({@link #getLocation()}), with which severity and
 * (for rules that compare figures) which difference printed − expected.
 *
 * <p>Some invariants are implied by others (for example, when 公开03表's 类 rows equal 公开01表's and
 * 03 adds up, 01's 本年支出合计 equals the sum of its 类 rows too): a mutation that breaks such a rule
 * necessarily breaks another; those are listed in {@link #getAlsoBroken()}, and then the mutated
 * cell is the likely culprit of both findings.
 *
 * @see Mutations#breakRule(FinalAccountReport, String, java.util.Random)
 */
public final class Mutation {

    private final String ruleId;
    private final Severity severity;
    private final FinalAccountReport original;
    private final FinalAccountReport report;
    private final Location location;
    private final BigDecimal difference;
    private final List<Location> mutatedCells;
    private final Set<String> alsoBroken;
    private final String description;

    Mutation(String ruleId, Severity severity, FinalAccountReport original, FinalAccountReport report,
            Location location, BigDecimal difference, List<Location> mutatedCells, Set<String> alsoBroken,
            String description) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.original = original;
        this.report = report;
        this.location = location;
        this.difference = difference;
        this.mutatedCells = List.copyOf(mutatedCells);
        this.alsoBroken = Set.copyOf(alsoBroken);
        this.description = description;
    }

    /**
     * Gets the id of the rule the mutation breaks.
     *
     * @return the rule id
     */
    public String getRuleId() {
        return ruleId;
    }

    /**
     * Gets the severity the standard validator gives the finding (the rule's default severity).
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Gets the report before the mutation.
     *
     * @return the original report
     */
    public FinalAccountReport getOriginal() {
        return original;
    }

    /**
     * Gets the mutated report.
     *
     * @return the report that breaks the rule
     */
    public FinalAccountReport getReport() {
        return report;
    }

    /**
     * Gets where the validator reports the broken rule: the cell on the left of the broken equation
     * (the figure that no longer equals the sum of the others), a row (unknown code, name, blank 合计
     * row) or a whole table (absent table).
     *
     * @return the location of the expected finding
     */
    public Location getLocation() {
        return location;
    }

    /**
     * Gets the expected difference printed − expected of the finding at {@link #getLocation()}, for
     * rules that compare figures (in 万元, percent or points).
     *
     * @return the difference, empty when the rule does not compare figures or the difference depends on
     *         the report
     */
    public Optional<BigDecimal> getDifference() {
        return Optional.ofNullable(difference);
    }

    /**
     * Gets the cells the mutation changed.
     *
     * @return the changed cells (for a removed table, the table; for a renamed or added row, the row)
     */
    public List<Location> getMutatedCells() {
        return mutatedCells;
    }

    /**
     * Gets the other rules that the mutation necessarily breaks, because they imply the broken rule
     * together with rules it keeps; empty for most rules.
     *
     * @return the rule ids
     */
    public Set<String> getAlsoBroken() {
        return alsoBroken;
    }

    /**
     * Gets a description of the change in English, naming the cells and amounts.
     *
     * @return the description
     */
    public String getDescription() {
        return description;
    }

    /**
     * Describes the expected finding, such as
     * {@code ERROR INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS at 公开03表[20101, TOTAL], difference -12.34}.
     *
     * @return the description
     */
    public String describeExpectedFinding() {
        return severity + " " + ruleId + " at " + location
                + (difference == null ? "" : ", difference " + difference.toPlainString());
    }

    @Override
    public String toString() {
        return "Mutation[" + describeExpectedFinding() + "; " + description + "]";
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Mutation)) {
            return false;
        }
        Mutation m = (Mutation) obj;
        return ruleId.equals(m.ruleId) && report.equals(m.report) && location.equals(m.location)
                && Objects.equals(difference, m.difference) && original.equals(m.original);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, report, location, difference);
    }
}
