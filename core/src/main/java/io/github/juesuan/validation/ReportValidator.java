package io.github.juesuan.validation;

import io.github.juesuan.classification.ClassificationCatalog;
import io.github.juesuan.classification.EconomicCatalog;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableEdition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules of the {@link RuleCatalog} over a {@link FinalAccountReport} and returns every finding.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.builder()
 *         .tolerance(Tolerance.derived())
 *         .locale(Locale.CHINESE)
 *         .disable("CATALOG.UNKNOWN_CODE")
 *         .regrade("INTER.T09_FINAL_NOT_BELOW_T06_BASIC", Severity.INFO)
 *         .build()
 *         .validate(report);
 * }</pre>
 *
 * <p>The rule set is the one of the report's edition ({@link TableEdition#forYear(int)} of its fiscal
 * year) unless {@linkplain Builder#edition(TableEdition) configured}; the catalogs of codes are those of
 * the report's fiscal year: a catalog {@linkplain Builder#catalog(ClassificationCatalog) plugged in} for
 * that year, else the bundled edition of that year. A validator is immutable and thread-safe.
 */
public final class ReportValidator {

    private final RuleCatalog catalog;
    private final Tolerance tolerance;
    private final Locale locale;
    private final Set<String> disabled;
    private final Map<String, Severity> regraded;
    private final TableEdition edition;
    /** The catalogs plugged in, by edition year. */
    private final Map<Integer, FunctionCatalog> functionCatalogs;
    private final Map<Integer, EconomicCatalog> economicCatalogs;

    /** The rules of the catalogue in order, their ids and positions, and the severity of each (as regraded). */
    private final Rule[] rules;
    private final String[] ids;
    private final Map<String, Integer> positions;
    private final Severity[] severities;

    private ReportValidator(Builder b) {
        this.catalog = b.catalog;
        this.tolerance = b.tolerance;
        this.locale = b.locale;
        this.disabled = Set.copyOf(b.disabled);
        this.regraded = Map.copyOf(b.regraded);
        this.edition = b.edition;
        this.functionCatalogs = Map.copyOf(b.functionCatalogs);
        this.economicCatalogs = Map.copyOf(b.economicCatalogs);
        // what the configuration decides for every rule, once, not on every validation
        this.rules = catalog.rules().toArray(new Rule[0]);
        this.ids = new String[rules.length];
        this.severities = new Severity[rules.length];
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < rules.length; i++) {
            ids[i] = rules[i].getId();
            severities[i] = regraded.getOrDefault(ids[i], rules[i].getSeverity());
            pos.put(ids[i], i);
        }
        this.positions = Map.copyOf(pos);
    }

    /**
     * Gets a validator with the defaults: every rule, derived tolerance, Chinese messages.
     *
     * @return the validator
     */
    public static ReportValidator standard() {
        return builder().build();
    }

    /**
     * Gets a builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the tolerance policy.
     *
     * @return the policy
     */
    public Tolerance getTolerance() {
        return tolerance;
    }

    /**
     * Validates a report.
     *
     * @param report the report, not null
     * @return every finding and the outcome of every rule
     */
    public ValidationResult validate(FinalAccountReport report) {
        Objects.requireNonNull(report, "report");
        TableEdition ed = edition != null ? edition : TableEdition.forYear(report.getFiscalYear().getValue());
        int year = report.getFiscalYear().getValue();
        FunctionCatalog fc = functionCatalogs.get(year);
        if (fc == null) {
            fc = FunctionCatalog.forYear(report.getFiscalYear());
        }
        EconomicCatalog ec = economicCatalogs.get(year);
        if (ec == null) {
            ec = EconomicCatalog.forYear(report.getFiscalYear());
        }
        List<RuleRun.Draft> drafts = new ArrayList<>();
        Outcome[] outcomes = new Outcome[rules.length];
        // what the rules derive from the report (a table's rows grouped by parent), computed once per validation
        Map<Object, Object> shared = new IdentityHashMap<>(64); // sized for 001's derivations: no resizing
        RuleRun run = null; // one run, restarted for each rule
        for (int i = 0; i < rules.length; i++) {
            Rule rule = rules[i];
            if (!rule.appliesTo(ed)) {
                outcomes[i] = Outcome.NOT_APPLICABLE;
                continue;
            }
            if (disabled.contains(ids[i])) {
                outcomes[i] = Outcome.DISABLED;
                continue;
            }
            run = run == null ? new RuleRun(rule, report, tolerance, severities[i], locale, fc, ec, shared)
                    : run.start(rule, severities[i]);
            rule.getCheck().run(run);
            List<RuleRun.Draft> ds = run.drafts();
            drafts.addAll(ds);
            outcomes[i] = outcome(ds);
        }
        return new ValidationResult(ed, Culprits.attach(drafts), new RuleOutcomes(ids, positions, outcomes));
    }

    private static Outcome outcome(List<RuleRun.Draft> ds) {
        boolean notAssessed = false;
        boolean rounding = false;
        for (int i = 0; i < ds.size(); i++) {
            RuleRun.Draft d = ds.get(i);
            Outcome o = d.finding().getOutcome();
            if (o == Outcome.FAILED) {
                return Outcome.FAILED;
            }
            notAssessed |= o == Outcome.NOT_ASSESSED;
            rounding |= o == Outcome.ROUNDING;
        }
        if (notAssessed) {
            return Outcome.NOT_ASSESSED;
        }
        return rounding ? Outcome.ROUNDING : Outcome.PASSED;
    }

    /** Configures a {@link ReportValidator}. */
    public static final class Builder {
        private RuleCatalog catalog = RuleCatalog.standard();
        private Tolerance tolerance = Tolerance.derived();
        private Locale locale = Locale.CHINESE;
        private final Set<String> disabled = new HashSet<>();
        private final Map<String, Severity> regraded = new HashMap<>();
        private TableEdition edition;
        private final Map<Integer, FunctionCatalog> functionCatalogs = new HashMap<>();
        private final Map<Integer, EconomicCatalog> economicCatalogs = new HashMap<>();

        Builder() {
        }

        /**
         * Uses a catalog of codes, typically a complete official one loaded with
         * {@link ClassificationCatalog#load(java.nio.file.Path)}, for the reports of its edition year instead
         * of the bundled edition; one catalog per classification and year, the last given wins.
         *
         * @param catalog a {@link FunctionCatalog} or an {@link EconomicCatalog}, not null
         * @return this builder
         */
        public Builder catalog(ClassificationCatalog<?> catalog) {
            Objects.requireNonNull(catalog, "catalog");
            if (catalog instanceof FunctionCatalog) {
                functionCatalogs.put(catalog.getEdition(), (FunctionCatalog) catalog);
            } else {
                economicCatalogs.put(catalog.getEdition(), (EconomicCatalog) catalog);
            }
            return this;
        }

        /**
         * Sets the tolerance policy (default {@link Tolerance#derived()}).
         *
         * @param tolerance the policy, not null
         * @return this builder
         */
        public Builder tolerance(Tolerance tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /**
         * Sets the locale of {@link Finding#getMessage()} (default Chinese; any non-{@code zh} locale gives English).
         *
         * @param locale the locale, not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Switches rules off.
         *
         * @param ruleIds the ids
         * @return this builder
         * @throws IllegalArgumentException naming an id the catalogue does not know
         */
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                disabled.add(catalog.get(id).getId());
            }
            return this;
        }

        /**
         * Changes the severity of a rule's failures (rounding findings stay {@link Severity#ROUNDING}).
         *
         * @param ruleId the id
         * @param severity the new severity, not null
         * @return this builder
         * @throws IllegalArgumentException naming an id the catalogue does not know
         */
        public Builder regrade(String ruleId, Severity severity) {
            regraded.put(catalog.get(ruleId).getId(), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Runs the rule set of an edition whatever the report's fiscal year.
         *
         * @param edition the edition, or null for the report's own
         * @return this builder
         */
        public Builder edition(TableEdition edition) {
            this.edition = edition;
            return this;
        }

        /**
         * Gets the edition set by {@link #edition(TableEdition)}.
         *
         * @return the edition, empty when the report's own is used
         */
        public Optional<TableEdition> getEdition() {
            return Optional.ofNullable(edition);
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         */
        public ReportValidator build() {
            return new ReportValidator(this);
        }
    }
}
