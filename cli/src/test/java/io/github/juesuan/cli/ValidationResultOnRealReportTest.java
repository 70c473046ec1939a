package io.github.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The severity queries of {@link ValidationResult} on the real report 001 (4 warnings, 5 rounding). */
class ValidationResultOnRealReportTest {

    private final FinalAccountReport report = Inputs.bundled().getResult().orElseThrow();

    @Test
    void test_strictAndInclusiveThresholds_onReport001() {
        ValidationResult v = ReportValidator.standard().validate(report);
        assertThat(v.getFindingsAtLeast(Severity.WARNING)).hasSize(4);
        assertThat(v.getFindingsMoreSevereThan(Severity.WARNING)).isEmpty();
        assertThat(v.getFindingsMoreSevereThan(Severity.ROUNDING)).hasSize(4);
        assertThat(v.getFindingsAtLeast(Severity.ROUNDING)).hasSize(9);
        assertThat(v.errors()).isEmpty();
        assertThat(v.hasErrors()).isFalse();
    }

    @Test
    void test_errors_whenATotalIsWrong() {
        String text = JsonReports.standard().write(report).replace("4355.40", "4455.40");
        ValidationResult v = ReportValidator.standard().validate(JsonReports.standard().read(text));
        assertThat(v.hasErrors()).isTrue();
        assertThat(v.errors()).isNotEmpty().allMatch(f -> f.getSeverity() == Severity.ERROR)
                .hasSameSizeAs(v.getFindingsAtLeast(Severity.ERROR));
    }
}
