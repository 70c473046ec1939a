package io.github.juesuan.testing;

import static io.github.juesuan.testing.JuesuanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingsAssertTest {

    private static final String SECTION = "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS";

    private static final FinalAccountReport CONSISTENT = ReportArbitraries.consistentReports(ReportShape.complete()
            .toBuilder().years(2024).build()).sampleStream()
            .filter(r -> Mutations.canBreak(r, SECTION) && Mutations.canBreak(r, "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS"))
            .findFirst().orElseThrow();

    private static FinalAccountReport consistent() {
        return CONSISTENT;
    }

    @Test
    void test_hasRule_atCell_withSeverity_passOnTheMutatedCell() {
        Mutation m = Mutations.breakRule(consistent(), "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS", new Random(1));
        ValidationResult v = ReportValidator.standard().validate(m.getReport());
        assertThat(v).hasRule("INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS").failed()
                .atCell(TableId.T09, "“三公”经费", "BUDGET_TOTAL").withSeverity(Severity.ERROR)
                .withDifference(m.getDifference().orElseThrow()).hasCount(1);
        assertThat(v.getFindings()).reports(m).hasCount(1);
        assertThat(v).hasNoRule("INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS").hasNoFindingsAbove(Severity.ERROR);
    }

    @Test
    void test_atRow_and_at_location() {
        Mutation m = Mutations.breakRule(consistent(), SECTION, new Random(2));
        ValidationResult v = ReportValidator.standard().validate(m.getReport());
        Location at = m.getLocation();
        assertThat(v).hasRule(SECTION).at(at)
                .atRow(at.getTable().orElseThrow(), at.getRow().orElseThrow().getValue());
    }

    @Test
    void test_consistentReport_hasNoFindingsAboveRounding() {
        assertThat(ReportValidator.standard().validate(consistent())).hasNoFindingsAbove(Severity.ROUNDING);
    }

    @Test
    void test_hasRule_missing_failureListsTheFindings() {
        Mutation m = Mutations.breakRule(consistent(), "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS", new Random(1));
        ValidationResult v = ReportValidator.standard().validate(m.getReport());
        assertThatThrownBy(() -> assertThat(v).hasRule("INTER.T02_TOTAL_EQUALS_T01_INCOME"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a finding of rule INTER.T02_TOTAL_EQUALS_T01_INCOME but there is none")
                .hasMessageContaining("INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS");
    }

    @Test
    void test_atCell_wrongCell_failureNamesRuleAndCell() {
        Mutation m = Mutations.breakRule(consistent(), "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS", new Random(1));
        ValidationResult v = ReportValidator.standard().validate(m.getReport());
        assertThatThrownBy(() -> assertThat(v).hasRule("INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS")
                .atCell(TableId.T09, "“三公”经费", "FINAL_TOTAL"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("of rule INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS, at 公开09表[“三公”经费, FINAL_TOTAL]");
    }

    @Test
    void test_hasNoFindingsAbove_failureCountsAndListsThem() {
        Mutation m = Mutations.breakRule(consistent(), "INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS", new Random(1));
        ValidationResult v = ReportValidator.standard().validate(m.getReport());
        assertThatThrownBy(() -> assertThat(v).hasNoFindingsAbove(Severity.ROUNDING))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no finding above ROUNDING but found 1")
                .hasMessageContaining("ERROR INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS");
    }

    @Test
    void test_hasCount_withDifference_failures() {
        ValidationResult v = ReportValidator.standard().validate(consistent());
        assertThatThrownBy(() -> assertThat(v).hasCount(99)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting 99 finding(s)");
        Mutation m = Mutations.breakRule(consistent(), SECTION, new Random(5));
        ValidationResult w = ReportValidator.standard().validate(m.getReport());
        assertThatThrownBy(() -> assertThat(w).hasRule(SECTION).withDifference(new BigDecimal("123456789")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("with difference 123456789");
    }

    @Test
    void test_emptyAndNull() {
        assertThat(List.<Finding>of()).hasNoFindingsAbove(Severity.INFO).hasCount(0);
        assertThatThrownBy(() -> assertThat(List.<Finding>of()).hasRule(SECTION))
                .isInstanceOf(AssertionError.class).hasMessageContaining("(no findings)");
        assertThatThrownBy(() -> assertThat((List<Finding>) null).hasRule(SECTION))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat((ValidationResult) null).hasNoFindingsAbove(Severity.INFO))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void test_description_isKeptAcrossSteps() {
        ValidationResult v = ReportValidator.standard().validate(consistent());
        assertThatThrownBy(() -> assertThat(v).as("report %s", "X").hasRule(SECTION))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[report X]");
    }
}
