package io.github.juesuan.testing;

import static io.github.juesuan.testing.JuesuanAssertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The README's section "Testing downstream tools with juesuan-testing", kept compiling and true;
 * the "tool" under test here is the library's own validator.
 */
@Domain(JuesuanDomain.class)
@Domain(DomainContext.Global.class)
class ReadmeTestingSectionPropertiesTest {

    static ValidationResult check(FinalAccountReport report) {
        return ReportValidator.standard().validate(report);
    }

    @Property(tries = 50)
    void acceptsConsistentReports(@ForAll FinalAccountReport report) {
        assertThat(check(report)).hasNoFindingsAbove(Severity.ROUNDING);
    }

    @Provide
    Arbitrary<FinalAccountReport> withFunds() {
        return ReportArbitraries.consistentReports(ReportShape.builder()
                .years(2024).leaves(3, 12)
                .table(TableId.T07, ReportShape.Presence.PRESENT)
                .build());
    }

    @Property(tries = 30)
    void acceptsReportsWithGovernmentFunds(@ForAll("withFunds") FinalAccountReport report) {
        assertThat(check(report)).hasNoFindingsAbove(Severity.ROUNDING);
    }

    @Property(tries = 30)
    void noticesBrokenRollUps(@ForAll("complete") FinalAccountReport report, @ForAll Random random) {
        Assume.that(Mutations.canBreak(report, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS"));
        Mutation m = Mutations.breakRule(report, "INTRA.ROLLUP.SECTION_EQUALS_SUM_OF_ITEMS", random);
        assertThat(check(m.getReport())).reports(m);
    }

    @Provide
    Arbitrary<FinalAccountReport> complete() {
        return ReportArbitraries.consistentReports(ReportShape.complete());
    }
}
