package io.github.juesuan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Rule;
import io.github.juesuan.validation.RuleCatalog;
import io.github.juesuan.validation.RuleFamily;
import io.github.juesuan.validation.ValidationResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated reports of every shape are consistent: the standard validator finds nothing but what the
 * shape implies (an absent table is reported absent and the rules that read it are not assessed).
 */
class GeneratedReportsAreConsistentPropertiesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static final ReportShape SMALL_FEW_CLASSES = ReportShape.builder().leaves(4, 12).maxClasses(1)
            .allTables(ReportShape.Presence.PRESENT).maxFundLeaves(6).years(2023).scopes(ReportScope.CONSOLIDATED)
            .projects(0, 1).weights(ReportShape.Weights.NEVER).build();

    @Provide
    Arbitrary<FinalAccountReport> defaults() {
        return ReportArbitraries.consistentReports(ReportShape.defaults());
    }

    @Provide
    Arbitrary<FinalAccountReport> complete() {
        return ReportArbitraries.consistentReports(ReportShape.complete());
    }

    @Provide
    Arbitrary<FinalAccountReport> anything() {
        return ReportArbitraries.consistentReports(ReportShape.anything());
    }

    @Provide
    Arbitrary<FinalAccountReport> fewClasses() {
        return ReportArbitraries.consistentReports(SMALL_FEW_CLASSES);
    }

    @Property(tries = 300)
    void defaultShape_isConsistent(@ForAll("defaults") FinalAccountReport r) {
        assertOnlyWhatTheShapeImplies(r, ReportShape.defaults());
        assertThat(r.getPresence(TableId.T07)).isEqualTo(TablePresence.DECLARED_EMPTY);
    }

    @Property(tries = 300)
    void completeShape_isConsistent_andEveryTableHasFigures(@ForAll("complete") FinalAccountReport r) {
        ValidationResult v = assertOnlyWhatTheShapeImplies(r, ReportShape.complete());
        for (TableId id : TableId.values()) {
            assertThat(r.getPresence(id)).as("%s", id).isEqualTo(TablePresence.PRESENT);
        }
        assertThat(r.getGovernmentFund().orElseThrow().getRows()).isNotEmpty();
        assertThat(r.getStateCapital().orElseThrow().getRows()).isNotEmpty();
        assertThat(r.getPerformanceEvaluations()).hasSizeBetween(1, 3)
                .allSatisfy(p -> assertThat(p.hasWeights()).isTrue());
        // every rule of the report's edition is assessed on a complete report
        assertThat(v.getFindings()).noneMatch(f -> f.getOutcome() == Outcome.NOT_ASSESSED);
    }

    @Property(tries = 400)
    void anyShape_isConsistent_andAbsentTablesAreOnlyReportedAbsent(@ForAll("anything") FinalAccountReport r) {
        assertOnlyWhatTheShapeImplies(r, ReportShape.anything());
    }

    @Property(tries = 100)
    void fewClassesManyItems_isConsistent(@ForAll("fewClasses") FinalAccountReport r) {
        assertOnlyWhatTheShapeImplies(r, SMALL_FEW_CLASSES);
        List<? extends CodedRow<FunctionCode, ?>> rows = r.getExpenditure().orElseThrow().getRows();
        assertThat(rows.stream().filter(x -> x.getCode().getLevel() == CodeLevel.CLASS)).hasSize(1);
        assertThat(rows.stream().filter(x -> x.getCode().getLevel() == CodeLevel.ITEM).count())
                .isGreaterThanOrEqualTo(4);
        assertThat(r.getFiscalYear().getValue()).isEqualTo(2023);
        assertThat(r.getScope()).isEqualTo(ReportScope.CONSOLIDATED);
    }

    private static ValidationResult assertOnlyWhatTheShapeImplies(FinalAccountReport r, ReportShape shape) {
        assertThat(shape.getYears()).contains(r.getFiscalYear().getValue());
        assertThat(shape.getScopes()).contains(r.getScope());
        assertThat(r.getPerformanceEvaluations()).hasSizeBetween(shape.getMinProjects(), shape.getMaxProjects());
        Set<TableId> absent = EnumSet.noneOf(TableId.class);
        for (TableId id : TableId.values()) {
            TablePresence p = r.getPresence(id);
            assertThat(shape.getPossiblePresences(id)).as("%s", id)
                    .contains(ReportShape.Presence.valueOf(p.name()));
            if (p == TablePresence.ABSENT) {
                absent.add(id);
            }
        }
        ValidationResult v = VALIDATOR.validate(r);
        // above rounding: exactly one TABLE_ABSENT per absent table
        assertThat(v.getFindingsAbove(io.github.juesuan.validation.Severity.ROUNDING))
                .as("findings above rounding of %s", r)
                .allSatisfy(f -> assertThat(f.getRuleId()).isEqualTo("COMPLETENESS.TABLE_ABSENT"))
                .extracting(Finding::getLocation)
                .containsExactlyInAnyOrderElementsOf(absent.stream().map(Location::of).collect(Collectors.toList()));
        // no rounding at all: generated figures are exact
        assertThat(v.getFindings()).noneMatch(f -> f.getOutcome() == Outcome.ROUNDING);
        // not assessed: only rules that read an absent table, or rules on 绩效自评表 without evaluations or weights
        for (Finding f : v.getFindings()) {
            if (f.getOutcome() != Outcome.NOT_ASSESSED) {
                continue;
            }
            Rule rule = RuleCatalog.standard().get(f.getRuleId());
            boolean readsAbsent = rule.getTables().stream().anyMatch(absent::contains);
            // the rules on the logic of 第三部分 (ProseLogicRules) read no table: without 第三部分 they are not assessed
            boolean noProse = rule.getFamily() == RuleFamily.NARR && r.getNarrative().stream()
                    .noneMatch(s -> s.getPart() == io.github.juesuan.report.ReportPart.EXPLANATION);
            assertThat(readsAbsent || noProse || rule.getFamily() == RuleFamily.PERF || rule.readsPerformanceEvaluations())
                    .as("%s not assessed on %s", f, r).isTrue();
        }
        // the only information findings besides that: indicators that missed their targets
        assertThat(v.getFindings()).filteredOn(f -> f.getOutcome() == Outcome.FAILED
                && !f.getRuleId().equals("COMPLETENESS.TABLE_ABSENT"))
                .allSatisfy(f -> assertThat(f.getRuleId()).isEqualTo("PERF.INDICATOR_TARGET_MET"));
        return v;
    }
}
