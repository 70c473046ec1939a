package io.github.juesuan.validation;

import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of the {@link RuleCatalog}: a stable id, a family, a default severity, a description in
 * Chinese and English, the tables it reads, the formula in words and the table editions it applies to.
 *
 * <p>Ids are stable: {@code FAMILY.GROUP.NAME}, such as {@code INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS}
 * or {@code INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE}. Configuration switches rules off and re-grades
 * them by id ({@link ReportValidator.Builder#disable(String...)}, {@link ReportValidator.Builder#regrade}).
 */
public final class Rule {

    /** The check a rule runs; package-private: rules are defined only in the catalogue. */
    interface Check {
        void run(RuleRun run);
    }

    private final String id;
    private final RuleFamily family;
    private final Severity severity;
    private final String descriptionZh;
    private final String descriptionEn;
    private final List<TableId> tables;
    private final boolean readsPerformance;
    private final String formula;
    private final Set<TableEdition> editions;
    private final Check check;

    Rule(String id, RuleFamily family, Severity severity, String descriptionZh, String descriptionEn,
            List<TableId> tables, boolean readsPerformance, String formula, Set<TableEdition> editions, Check check) {
        this.id = Objects.requireNonNull(id, "id");
        if (!id.startsWith(family.name() + ".")) {
            throw new IllegalArgumentException("rule id " + id + " must start with its family " + family.name());
        }
        this.family = family;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.descriptionZh = Objects.requireNonNull(descriptionZh, "descriptionZh");
        this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
        this.tables = List.copyOf(tables);
        this.readsPerformance = readsPerformance;
        this.formula = Objects.requireNonNull(formula, "formula");
        this.editions = Set.copyOf(editions.isEmpty() ? EnumSet.allOf(TableEdition.class) : editions);
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * Gets the stable id, such as {@code INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE}.
     *
     * @return the id
     */
    public String getId() {
        return id;
    }

    /**
     * Gets the family.
     *
     * @return the family
     */
    public RuleFamily getFamily() {
        return family;
    }

    /**
     * Gets the default severity of a failure of this rule.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Gets the Chinese description.
     *
     * @return the description
     */
    public String getDescriptionZh() {
        return descriptionZh;
    }

    /**
     * Gets the English description.
     *
     * @return the description
     */
    public String getDescriptionEn() {
        return descriptionEn;
    }

    /**
     * Gets the description in Chinese for a {@code zh} locale, otherwise in English.
     *
     * @param chinese true for Chinese
     * @return the description
     */
    public String getDescription(boolean chinese) {
        return chinese ? descriptionZh : descriptionEn;
    }

    /**
     * Gets the numbered tables the rule reads.
     *
     * @return the tables, in table order
     */
    public List<TableId> getTables() {
        return tables;
    }

    /**
     * Tells whether the rule reads the 项目支出绩效自评表.
     *
     * @return true if it reads them
     */
    public boolean readsPerformanceEvaluations() {
        return readsPerformance;
    }

    /**
     * Gets the formula in words, with the Chinese line and column names.
     *
     * @return the formula
     */
    public String getFormula() {
        return formula;
    }

    /**
     * Gets the table editions (layout years) the rule applies to.
     *
     * @return the editions
     */
    public Set<TableEdition> getEditions() {
        return editions;
    }

    /**
     * Tells whether the rule applies to an edition.
     *
     * @param edition the edition, not null
     * @return true if it applies
     */
    public boolean appliesTo(TableEdition edition) {
        return editions.contains(edition);
    }

    Check getCheck() {
        return check;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rule && ((Rule) obj).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
