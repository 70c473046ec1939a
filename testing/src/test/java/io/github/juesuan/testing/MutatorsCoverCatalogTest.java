package io.github.juesuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Rule;
import io.github.juesuan.validation.RuleCatalog;
import io.github.juesuan.validation.ValidationResult;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every rule of the catalogue, the mutator breaks it in generated complete reports and the standard
 * validator reports exactly that rule (and the rules it is implied by) at the expected location. A new
 * rule without a mutator fails here.
 */
class MutatorsCoverCatalogTest {

    private static final int REPORTS_PER_RULE = 15;
    private static final int MAX_REPORTS_PER_RULE = 60;
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @Test
    void test_supportedRules_equalTheCatalogue() {
        Set<String> ids = RuleCatalog.standard().getRules().stream().map(Rule::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(Mutations.supportedRules()).as("rules without a mutator, or mutators without a rule")
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @TestFactory
    Stream<DynamicTest> test_everyRule_isBrokenAtTheExpectedLocation() {
        return RuleCatalog.standard().getRules().stream().map(rule -> DynamicTest.dynamicTest(rule.getId(), () -> {
            int year = rule.appliesTo(TableEdition.E2024) ? (rule.appliesTo(TableEdition.E2023)
                    ? 2023 + Math.abs(rule.getId().hashCode()) % 2 : 2024) : 2023;
            // the generator is not seeded: a rule that only some reports can show (公务接待 described in the
            // prose, say) is tried on more reports, up to MAX_REPORTS_PER_RULE, until enough could be broken
            java.util.Iterator<FinalAccountReport> reports = ReportArbitraries.consistentReports(ReportShape.complete()
                    .toBuilder().years(year).build()).sampleStream().limit(MAX_REPORTS_PER_RULE).iterator();
            Random random = new Random(rule.getId().hashCode());
            int broken = 0;
            int tried = 0;
            while (reports.hasNext() && (tried < REPORTS_PER_RULE || broken < REPORTS_PER_RULE / 2)) {
                FinalAccountReport r = reports.next();
                tried++;
                // a generated report may have nothing to break (all figures zero and printed blank)
                if (!Mutations.canBreak(r, rule.getId())) {
                    continue;
                }
                Mutation m = Mutations.breakRule(r, rule.getId(), random);
                assertBrokenAsDescribed(m);
                broken++;
            }
            assertThat(broken).as("reports in which %s could be broken, of %d", rule.getId(), tried)
                    .isGreaterThanOrEqualTo(REPORTS_PER_RULE / 2);
        }));
    }

    static void assertBrokenAsDescribed(Mutation m) {
        ValidationResult before = VALIDATOR.validate(m.getOriginal());
        ValidationResult after = VALIDATOR.validate(m.getReport());
        List<Finding> at = after.getFindings(m.getRuleId()).stream()
                .filter(f -> f.getOutcome() == Outcome.FAILED && f.getLocation().equals(m.getLocation()))
                .collect(Collectors.toList());
        assertThat(at).as("%s: findings %s", m, after.getFindings()).hasSize(1);
        Finding f = at.get(0);
        assertThat(f.getSeverity()).isEqualTo(m.getSeverity());
        m.getDifference().ifPresent(d -> assertThat(f.getDifference()).as("%s", m).hasValueSatisfying(
                x -> assertThat(x).isEqualByComparingTo(d)));
        // exactly the rule (and the rules it is implied by) newly fails
        Set<String> failedBefore = failed(before);
        Set<String> newlyFailed = failed(after).stream().filter(id -> !failedBefore.contains(id)
                || id.equals(m.getRuleId())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(m.getAlsoBroken());
        expected.add(m.getRuleId());
        assertThat(newlyFailed).as("%s: findings %s", m, after.getFindings()).isEqualTo(expected);
        if (!m.getAlsoBroken().isEmpty()) {
            assertThat(f.getLikelyCulprit()).as("%s", m).hasValueSatisfying(
                    c -> assertThat(m.getMutatedCells()).contains(c));
        }
    }

    private static Set<String> failed(ValidationResult v) {
        return v.getFindings().stream().filter(f -> f.getOutcome() == Outcome.FAILED).map(Finding::getRuleId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void test_breakRule_unknownRule_namesIt() {
        FinalAccountReport r = SampleReports.jilinGeneralOffice2024();
        assertThatThrownBy(() -> Mutations.breakRule(r, "NO.SUCH.RULE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO.SUCH.RULE");
    }

    @Test
    void test_breakRule_ruleOfTheOtherEdition_isRefused() {
        FinalAccountReport r = SampleReports.jilinGeneralOffice2024();
        assertThatThrownBy(() -> Mutations.breakRule(r, "INTRA.ROW.T08_2023_BALANCE_CARRIES_FORWARD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024 edition");
    }

    @Test
    void test_breakRule_missingTable_saysWhatIsMissing() {
        FinalAccountReport r = ReportEdits.without(SampleReports.jilinGeneralOffice2024(),
                io.github.juesuan.report.TableId.T09);
        assertThatThrownBy(() -> Mutations.breakRule(r, "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("公开09表 is absent");
        assertThat(Mutations.canBreak(r, "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS")).isFalse();
    }

    @Test
    void test_breakRule_sameSeed_sameMutation_andOriginalUntouched() {
        FinalAccountReport r = ReportArbitraries.consistentReports(ReportShape.complete())
                .filter(x -> Mutations.canBreak(x, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS")).sample();
        FinalAccountReport copy = FinalAccountReport.builder(r).build();
        Mutation a = Mutations.breakRule(r, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", new Random(7));
        Mutation b = Mutations.breakRule(r, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", new Random(7));
        assertThat(a).isEqualTo(b);
        assertThat(r).isEqualTo(copy);
        assertThat(a.getReport()).isNotEqualTo(r);
        assertThat(a.describeExpectedFinding()).startsWith("ERROR INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS at 公开");
        assertThat(a.getDescription()).isNotBlank();
    }

    @Test
    void test_breakRule_onTheRealSample_isFoundThere() {
        // the real report has its own mistakes; the mutated rule is found at the described location
        FinalAccountReport r = SampleReports.jilinGeneralOffice2024();
        for (String id : List.of("INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS",
                "CATALOG.UNKNOWN_CODE", "COMPLETENESS.TABLE_ABSENT")) {
            Mutation m = Mutations.breakRule(r, id, new Random(3));
            assertThat(VALIDATOR.validate(m.getReport()).getFindings(id)).as("%s", m)
                    .anyMatch(f -> f.getLocation().equals(m.getLocation()));
        }
    }
}
