package io.github.juesuan.validation;

import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found: a broken invariant, a difference within rounding, or the fact that the
 * rule could not be assessed. A finding names its {@linkplain #getRuleId() rule}, its
 * {@linkplain #getSeverity() severity}, its {@linkplain #getOutcome() outcome}, where it is (table,
 * row key, column), the expected and printed figures and their difference, and a message in Chinese
 * and in English.
 *
 * <p>Findings are values: equal when every field is equal, serialisable, and ordered by table, row,
 * column and then rule id, which is the order {@link ValidationResult#getFindings()} lists them in.
 *
 * <p>For amounts, {@linkplain #getExpected() expected}, {@linkplain #getActual() actual} and
 * {@linkplain #getDifference() difference} are in 万元; for 执行率 in percent; for scores in points.
 * A printed blank cell has an empty {@link #getActual()}: blank is not zero.
 */
public final class Finding implements Comparable<Finding>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getLocation)
            .thenComparing(Finding::getRuleId)
            .thenComparing(Finding::getOutcome)
            .thenComparing(Finding::messageEn);

    private final String ruleId;
    private final Severity severity;
    private final Outcome outcome;
    private final Location location;
    private final BigDecimal expected;
    private final BigDecimal actual;
    private final BigDecimal difference;
    private final BigDecimal allowance;
    /** The messages; null until first asked for when a {@link MessageSource} formats them. */
    private String messageZh;
    private String messageEn;
    private final Location likelyCulprit;
    private final Locale locale;
    /** Formats the messages on first use (most findings of a run are never printed); null when given. */
    private final transient MessageSource source;

    /**
     * Formats the two messages of a finding when they are first asked for. Its values must be
     * immutable: it may run in any thread, and more than once.
     */
    interface MessageSource {
        String zh();

        String en();
    }

    Finding(String ruleId, Severity severity, Outcome outcome, Location location, BigDecimal expected,
            BigDecimal actual, BigDecimal difference, BigDecimal allowance, String messageZh, String messageEn,
            Location likelyCulprit, Locale locale) {
        this(ruleId, severity, outcome, location, expected, actual, difference, allowance,
                Objects.requireNonNull(messageZh, "messageZh"), Objects.requireNonNull(messageEn, "messageEn"), null,
                likelyCulprit, locale);
    }

    Finding(String ruleId, Severity severity, Outcome outcome, Location location, BigDecimal expected,
            BigDecimal actual, BigDecimal difference, BigDecimal allowance, MessageSource source,
            Location likelyCulprit, Locale locale) {
        this(ruleId, severity, outcome, location, expected, actual, difference, allowance, null, null,
                Objects.requireNonNull(source, "source"), likelyCulprit, locale);
    }

    private Finding(String ruleId, Severity severity, Outcome outcome, Location location, BigDecimal expected,
            BigDecimal actual, BigDecimal difference, BigDecimal allowance, String messageZh, String messageEn,
            MessageSource source, Location likelyCulprit, Locale locale) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.PASSED || outcome == Outcome.DISABLED || outcome == Outcome.NOT_APPLICABLE) {
            throw new IllegalArgumentException("a finding cannot have outcome " + outcome);
        }
        this.locale = Objects.requireNonNull(locale, "locale");
        this.location = Objects.requireNonNull(location, "location").inLanguageOf(locale);
        this.expected = expected;
        this.actual = actual;
        this.difference = difference;
        this.allowance = allowance;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.source = source;
        this.likelyCulprit = likelyCulprit == null ? null : likelyCulprit.inLanguageOf(locale);
    }

    Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, outcome, location, expected, actual, difference, allowance,
                messageZh, messageEn, source, likelyCulprit, locale);
    }

    Finding withLikelyCulprit(Location culprit, String noteZh, String noteEn) {
        return new Finding(ruleId, severity, outcome, location, expected, actual, difference, allowance,
                messageZh() + noteZh, messageEn() + noteEn, culprit, locale);
    }

    /** The Chinese message, formatted on first use (a benign race: every thread formats the same text). */
    private String messageZh() {
        String m = messageZh;
        if (m == null) {
            m = source.zh();
            messageZh = m;
        }
        return m;
    }

    /** The English message, formatted on first use. */
    private String messageEn() {
        String m = messageEn;
        if (m == null) {
            m = source.en();
            messageEn = m;
        }
        return m;
    }

    /** Formats the messages before the default serial form (the same fields as ever) is written. */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        messageZh();
        messageEn();
        out.defaultWriteObject();
    }

    /**
     * Gets the id of the rule, such as {@code INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS}.
     *
     * @return the rule id
     */
    public String getRuleId() {
        return ruleId;
    }

    /**
     * Gets the severity: the rule's (possibly re-graded) severity for a failure, {@link Severity#ROUNDING}
     * for a difference within the rounding allowance, {@link Severity#INFO} for a rule not assessed.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Gets the outcome: {@link Outcome#FAILED}, {@link Outcome#ROUNDING} or {@link Outcome#NOT_ASSESSED}.
     *
     * @return the outcome
     */
    public Outcome getOutcome() {
        return outcome;
    }

    /**
     * Gets where the finding is.
     *
     * @return the location
     */
    public Location getLocation() {
        return location;
    }

    /**
     * Gets the table, empty for a 项目支出绩效自评表 (see {@link Location#getProject()}).
     *
     * @return the table
     */
    public Optional<TableId> getTable() {
        return location.getTable();
    }

    /**
     * Gets the row key (a code or a line name such as 合计).
     *
     * @return the row, empty for a finding about a whole table
     */
    public Optional<RowKey> getRow() {
        return location.getRow();
    }

    /**
     * Gets the column.
     *
     * @return the column, empty for a finding about a whole row or table
     */
    public Optional<TableColumn> getColumn() {
        return location.getColumn();
    }

    /**
     * Gets the expected figure (what the other figures say this cell should be).
     *
     * @return the expected figure, empty when the rule does not compare figures
     */
    public Optional<BigDecimal> getExpected() {
        return Optional.ofNullable(expected);
    }

    /**
     * Gets the printed figure.
     *
     * @return the printed figure, empty when the cell is blank or the rule does not compare figures
     */
    public Optional<BigDecimal> getActual() {
        return Optional.ofNullable(actual);
    }

    /**
     * Gets the difference actual − expected (a blank cell counts as zero here).
     *
     * @return the difference, empty when the rule does not compare figures
     */
    public Optional<BigDecimal> getDifference() {
        return Optional.ofNullable(difference);
    }

    /**
     * Gets the rounding allowance the difference was measured against.
     *
     * @return the allowance, empty when the rule does not compare figures
     */
    public Optional<BigDecimal> getAllowance() {
        return Optional.ofNullable(allowance);
    }

    /**
     * Gets the cell that, alone, explains this finding and the other failures around it: when several
     * ties fail and one cell is part of every one of them, that cell is the likely culprit.
     *
     * @return the likely culprit, empty if no single cell explains the failures
     */
    public Optional<Location> getLikelyCulprit() {
        return Optional.ofNullable(likelyCulprit);
    }

    /**
     * Gets the message in the locale the validator was configured with.
     *
     * @return the message
     */
    public String getMessage() {
        return getMessage(locale);
    }

    /**
     * Gets the message in Chinese (for any {@code zh} locale) or English (for any other locale).
     *
     * @param locale the locale, not null
     * @return the message
     */
    public String getMessage(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? messageZh() : messageEn();
    }

    /**
     * Tells whether this finding is more severe than rounding: a real failure of severity
     * {@link Severity#WARNING} or {@link Severity#ERROR}.
     *
     * @return true if above rounding
     */
    public boolean isAboveRounding() {
        return severity.isAbove(Severity.ROUNDING);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) obj;
        return ruleId.equals(f.ruleId) && severity == f.severity && outcome == f.outcome
                && location.equals(f.location) && Objects.equals(expected, f.expected)
                && Objects.equals(actual, f.actual) && Objects.equals(difference, f.difference)
                && Objects.equals(allowance, f.allowance) && messageZh().equals(f.messageZh())
                && messageEn().equals(f.messageEn()) && Objects.equals(likelyCulprit, f.likelyCulprit)
                && locale.equals(f.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, outcome, location, expected, actual, difference, messageEn());
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + location + " " + outcome
                + (difference == null ? "" : " diff " + difference.toPlainString());
    }
}
