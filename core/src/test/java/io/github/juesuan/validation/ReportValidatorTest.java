package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

    @Test
    void test_validate_consistentReport_noFindings() {
        ValidationResult r = ReportValidator.standard().validate(ValidationFixtures.consistent());
        assertThat(r.getFindings()).isEmpty();
        assertThat(r.getOutcomes()).doesNotContainValue(Outcome.FAILED);
    }

    @Test
    void smoke() {
        FinalAccountReport rep = ValidationFixtures.consistent();
        ReportValidator.standard().validate(rep).getFindings().forEach(f -> System.out.println(f + " " + f.getMessage()));
    }
}
