package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.EconomicCatalog;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One run of one rule over one report: gives the check what it reads and collects what it finds. A
 * validation reuses one run for its rules in turn ({@link #start}).
 */
final class RuleRun {

    /** A printed figure in an equation, with its sign. */
    record Term(Location at, Optional<Amount> amount, boolean negative) {

        static Term plus(Location at, Optional<Amount> amount) {
            return new Term(at, amount, false);
        }

        static Term minus(Location at, Optional<Amount> amount) {
            return new Term(at, amount, true);
        }
    }

    /** A finding with the cells it involves, before culprit analysis. */
    record Draft(Finding finding, Set<Location> involved) {
    }

    private Rule rule;
    private final FinalAccountReport report;
    private final Tolerance tolerance;
    private Severity severity;
    private final Locale locale;
    private final FunctionCatalog functionCatalog;
    private final EconomicCatalog economicCatalog;
    private final Map<Object, Object> shared;
    /** The findings so far; a list is made for the first (most rules find nothing). */
    private List<Draft> drafts = List.of();
    private boolean assessed;
    /** Why (part of) the rule could not be assessed, formatted only when a finding's message is asked for. */
    private Finding.MessageSource notAssessedReason;

    RuleRun(Rule rule, FinalAccountReport report, Tolerance tolerance, Severity severity, Locale locale,
            FunctionCatalog functionCatalog, EconomicCatalog economicCatalog) {
        this(rule, report, tolerance, severity, locale, functionCatalog, economicCatalog, new IdentityHashMap<>());
    }

    /**
     * A run that shares with the other rules of one validation what they derive from the report
     * ({@code shared}, keyed by identity: see {@link #shared}).
     */
    RuleRun(Rule rule, FinalAccountReport report, Tolerance tolerance, Severity severity, Locale locale,
            FunctionCatalog functionCatalog, EconomicCatalog economicCatalog, Map<Object, Object> shared) {
        this.rule = rule;
        this.report = report;
        this.tolerance = tolerance;
        this.severity = severity;
        this.locale = locale;
        this.functionCatalog = functionCatalog;
        this.economicCatalog = economicCatalog;
        this.shared = shared;
    }

    /**
     * Makes this the run of another rule of the same validation: what the previous rule found is forgotten
     * (the caller has taken its {@link #drafts()}), what the rules share is kept.
     */
    RuleRun start(Rule nextRule, Severity nextSeverity) {
        rule = nextRule;
        severity = nextSeverity;
        drafts = List.of();
        assessed = false;
        notAssessedReason = null;
        return this;
    }

    /**
     * Something derived from a part of the report (a table's rows grouped by parent, ...), computed once
     * per validation and shared by the rules that need it. The key is compared by identity: the part of
     * the (immutable) report it is derived from, or a constant naming the derivation.
     */
    @SuppressWarnings("unchecked")
    <K, V> V shared(K key, Function<? super K, ? extends V> derive) {
        Object v = shared.get(key);
        if (v == null) {
            v = derive.apply(key);
            shared.put(key, v);
        }
        return (V) v;
    }

    FinalAccountReport report() {
        return report;
    }

    Tolerance tolerance() {
        return tolerance;
    }

    FunctionCatalog functionCatalog() {
        return functionCatalog;
    }

    EconomicCatalog economicCatalog() {
        return economicCatalog;
    }

    /**
     * Gets a table the rule reads; when the document lacks it, records that the rule could not be
     * assessed. A table of an edition the rule does not apply to is skipped silently.
     */
    <T extends ReportTable> Optional<T> need(TableId id, Optional<T> table) {
        if (table.isEmpty()) {
            notAssessedBecause(id, "reason.tableAbsent");
            return Optional.empty();
        }
        if (!rule.appliesTo(table.get().getEdition())) {
            return Optional.empty();
        }
        return table;
    }

    /** Records that part of the rule was assessed. */
    void assessed() {
        assessed = true;
    }

    /**
     * Records why (part of) the rule could not be assessed, as formatted texts; the first reason is kept. Prefer
     * {@link #notAssessedBecause(String, Object...)}, which formats the reason only if its message is printed.
     */
    void notAssessed(String reasonZh, String reasonEn) {
        if (notAssessedReason == null) {
            notAssessedReason = new Finding.MessageSource() {
                @Override
                public String zh() {
                    return reasonZh;
                }

                @Override
                public String en() {
                    return reasonEn;
                }
            };
        }
    }

    /**
     * Records why (part of) the rule could not be assessed: a reason of the bundle ({@code reason.*}) with the same
     * arguments in both languages, formatted only when the finding's message is asked for; the first reason is
     * kept.
     */
    void notAssessedBecause(String reasonKey, Object... args) {
        if (notAssessedReason == null) {
            notAssessedReason = new Finding.MessageSource() {
                @Override
                public String zh() {
                    return Messages.format(true, reasonKey, args);
                }

                @Override
                public String en() {
                    return Messages.format(false, reasonKey, args);
                }
            };
        }
    }

    /** {@link #notAssessedBecause(String, Object...)} for a reason whose one argument is a table's label. */
    void notAssessedBecause(TableId table, String reasonKey) {
        if (notAssessedReason == null) {
            notAssessedReason = new Finding.MessageSource() {
                @Override
                public String zh() {
                    return Messages.format(true, reasonKey, table.getLabel());
                }

                @Override
                public String en() {
                    return Messages.format(false, reasonKey, Location.englishLabel(table));
                }
            };
        }
    }

    /**
     * The fast path of {@link #equation}: tells whether a printed figure (null = blank = zero) equals a sum
     * in hundredths ({@link Hundredths}), and records that the rule was assessed. False when the figures
     * differ or when the sum is {@link Hundredths#NONE}: the caller then calls {@link #equation} with the
     * terms, which decides exactly and records the finding.
     */
    boolean holds(Amount printed, long sum) {
        assessed = true;
        return Hundredths.equal(printed, sum);
    }

    /**
     * Checks that a printed figure equals the signed sum of other printed figures. Blank cells count as
     * zero; the rounding allowance counts the non-blank figures on both sides.
     */
    void equation(Location at, Optional<Amount> actual, List<Term> terms) {
        assessed = true;
        // the common case: every figure a whole number of hundredths, summed in a long
        long fast = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            Amount a = t.amount().orElse(null);
            fast = t.negative() ? Hundredths.minus(fast, a) : Hundredths.plus(fast, a);
        }
        if (Hundredths.equal(actual.orElse(null), fast)) {
            return;
        }
        // sum the exact values and normalise once (Amount.plus would strip trailing zeros at every step);
        // the set of involved cells is built only for a difference, the rare case
        BigDecimal sum = BigDecimal.ZERO;
        int rounded = actual.isPresent() ? 1 : 0;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (t.amount().isPresent()) {
                rounded++;
                BigDecimal v = t.amount().get().toBigDecimal();
                sum = t.negative() ? sum.subtract(v) : sum.add(v);
            }
        }
        // compareTo ignores the scale, so the sum need not be normalised when the figures agree
        if ((actual.isPresent() ? actual.get().toBigDecimal() : BigDecimal.ZERO).compareTo(sum) == 0) {
            return;
        }
        BigDecimal expected = Amount.of(sum).toBigDecimal();
        Optional<BigDecimal> printed = actual.map(Amount::toBigDecimal);
        BigDecimal allowance = tolerance.allowance(rounded);
        boolean withinRounding = printed.orElse(BigDecimal.ZERO).subtract(expected).abs().compareTo(allowance) <= 0;
        // the cells involved matter only to the culprit analysis of failures
        Set<Location> involved = Set.of();
        if (!withinRounding) {
            List<Location> cells = new ArrayList<>(terms.size() + 1);
            cells.add(at);
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                cells.add(t.at());
            }
            involved = Set.copyOf(cells);
        }
        record(at, expected, printed, allowance, withinRounding, rounded, involved);
    }

    /** Compares an expected figure with a printed one (blank = zero) under an allowance. */
    void compare(Location at, BigDecimal expected, Optional<BigDecimal> actual, BigDecimal allowance, int rounded,
            Set<Location> involved) {
        BigDecimal diff = actual.orElse(BigDecimal.ZERO).subtract(expected);
        record(at, expected, actual, allowance, diff.abs().compareTo(allowance) <= 0, rounded, involved);
    }

    /**
     * Records the comparison of an expected figure with a printed one when the caller has decided whether
     * a difference is within rounding. Equal figures record nothing.
     */
    void record(Location at, BigDecimal expected, Optional<BigDecimal> actual, BigDecimal allowance,
            boolean withinRounding, int rounded, Set<Location> involved) {
        assessed = true;
        BigDecimal diff = actual.orElse(BigDecimal.ZERO).subtract(expected);
        if (diff.signum() == 0) {
            return;
        }
        String key = withinRounding ? "rounding" : "failed";
        Rule r = rule;
        // the messages are formatted when first asked for, from these immutable values
        Finding.MessageSource text = new Finding.MessageSource() {
            @Override
            public String zh() {
                return Messages.format(true, key, r.getDescriptionZh(), Messages.cell(true, at), plain(expected),
                        actual.map(RuleRun::plain).orElse("空白"), plain(diff), plain(allowance), rounded);
            }

            @Override
            public String en() {
                return Messages.format(false, key, r.getDescriptionEn(), Messages.cell(false, at), plain(expected),
                        actual.map(RuleRun::plain).orElse("blank"), plain(diff), plain(allowance), rounded);
            }
        };
        add(new Finding(rule.getId(), withinRounding ? Severity.ROUNDING : severity,
                withinRounding ? Outcome.ROUNDING : Outcome.FAILED, at, expected, actual.orElse(null), diff, allowance,
                text, null, locale), withinRounding ? Set.of() : involved);
    }

    /**
     * Records a figure of the prose (第三部分) that differs from what it repeats. The message arguments are
     * the rule's description, the cell, the section's heading, the figure as the prose puts it, the
     * expected and the stated figure, the difference, the allowance, then {@code extra}.
     */
    void prose(Location at, BigDecimal expected, BigDecimal actual, BigDecimal allowance, boolean withinRounding,
            io.github.juesuan.report.NarrativeSection section, io.github.juesuan.report.ProseFigure figure,
            String key, Object... extra) {
        assessed = true;
        Rule r = rule;
        BigDecimal diff = actual.subtract(expected);
        String heading = section.getHeading();
        boolean money = figure.getUnit().isMoney();
        Object[] more = extra.clone();
        String k = withinRounding ? key + "Rounding" : key;
        Finding.MessageSource text = new Finding.MessageSource() {
            @Override
            public String zh() {
                return Messages.format(true, k, proseArguments(r.getDescriptionZh(), Messages.cell(true, at), heading,
                        figure.quote(), expected, actual, diff, allowance, money, more));
            }

            @Override
            public String en() {
                return Messages.format(false, k, proseArguments(r.getDescriptionEn(), Messages.cell(false, at), heading,
                        figure.quote(), expected, actual, diff, allowance, money, more));
            }
        };
        add(new Finding(rule.getId(), withinRounding ? Severity.ROUNDING : severity,
                withinRounding ? Outcome.ROUNDING : Outcome.FAILED, at, expected, actual, diff, allowance, text, null,
                locale), Set.of()); // a figure of the prose is no evidence about which table cell is wrong
    }

    private static Object[] proseArguments(String description, String cell, String heading, String quote,
            BigDecimal expected, BigDecimal actual, BigDecimal diff, BigDecimal allowance, boolean money,
            Object[] extra) {
        Object[] out = new Object[8 + extra.length];
        out[0] = description;
        out[1] = cell;
        out[2] = heading;
        out[3] = quote;
        out[4] = money ? plain(expected) : expected.toPlainString();
        out[5] = actual.toPlainString();
        out[6] = plain(diff);
        out[7] = allowance == null ? "" : plain(allowance);
        System.arraycopy(extra, 0, out, 8, extra.length);
        return out;
    }

    /** Records a failure described by a message of the bundle (key and arguments, same for both languages). */
    void fail(Location at, BigDecimal expected, BigDecimal actual, String key, Object... args) {
        fail(Set.of(at), at, expected, actual, key, args);
    }

    /**
     * Records a failure described by a message of the bundle, with the cells it involves for the culprit analysis
     * (none for a finding on the wording of the text, which is no evidence about a table cell).
     */
    void fail(Set<Location> involved, Location at, BigDecimal expected, BigDecimal actual, String key,
            Object... args) {
        assessed = true;
        BigDecimal diff = expected != null && actual != null ? actual.subtract(expected) : null;
        add(new Finding(rule.getId(), severity, Outcome.FAILED, at, expected, actual, diff, null,
                bundled(at, key, args), null, locale), involved);
    }

    /**
     * Records that one part of the rule, at one place, could not be assessed (an INFO finding with outcome
     * {@link Outcome#NOT_ASSESSED}), described by a message of the bundle; the rest of the rule was assessed.
     */
    void notAssessedAt(Location at, String key, Object... args) {
        assessed = true;
        add(new Finding(rule.getId(), Severity.INFO, Outcome.NOT_ASSESSED, at, null, null, null, null,
                bundled(at, key, args), null, locale), Set.of());
    }

    /**
     * The messages of a bundle key in both languages, formatted when first asked for (the arguments are
     * codes, texts and numbers), after the rule's description and the cell.
     */
    private Finding.MessageSource bundled(Location at, String key, Object[] args) {
        Rule r = rule;
        Object[] values = args.clone();
        return new Finding.MessageSource() {
            @Override
            public String zh() {
                return Messages.format(true, key, arguments(r.getDescriptionZh(), Messages.cell(true, at), values));
            }

            @Override
            public String en() {
                return Messages.format(false, key, arguments(r.getDescriptionEn(), Messages.cell(false, at), values));
            }
        };
    }

    /** The arguments of a message: the rule's description, the cell, then the check's own. */
    private static Object[] arguments(String description, String cell, Object[] args) {
        Object[] out = new Object[args.length + 2];
        out[0] = description;
        out[1] = cell;
        System.arraycopy(args, 0, out, 2, args.length);
        return out;
    }

    /** Records a failure or rounding finding built by the caller. */
    void add(Finding finding, Set<Location> involved) {
        assessed = true;
        if (drafts.isEmpty()) {
            drafts = new ArrayList<>();
        }
        drafts.add(new Draft(finding, Set.copyOf(involved)));
    }

    Rule rule() {
        return rule;
    }

    Severity severity() {
        return severity;
    }

    Locale locale() {
        return locale;
    }

    /** The drafts, plus a not-assessed finding when nothing at all could be assessed. */
    List<Draft> drafts() {
        if (assessed || notAssessedReason == null) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>(drafts);
        Location at = rule.getTables().isEmpty() ? Location.ofProject("", null, null)
                : Location.of(rule.getTables().get(0));
        Rule r = rule;
        Finding.MessageSource reason = notAssessedReason;
        // formatted when first asked for, as the messages of failures
        Finding.MessageSource text = new Finding.MessageSource() {
            @Override
            public String zh() {
                return Messages.format(true, "notAssessed", r.getDescriptionZh(), reason.zh());
            }

            @Override
            public String en() {
                return Messages.format(false, "notAssessed", r.getDescriptionEn(), reason.en());
            }
        };
        out.add(new Draft(new Finding(rule.getId(), Severity.INFO, Outcome.NOT_ASSESSED, at, null, null, null,
                null, text, null, locale), Set.of()));
        return out;
    }

    /** Tells whether the rule was assessed at all. */
    boolean wasAssessed() {
        return assessed;
    }

    static String plain(BigDecimal d) {
        return d.scale() < 2 ? d.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }
}
