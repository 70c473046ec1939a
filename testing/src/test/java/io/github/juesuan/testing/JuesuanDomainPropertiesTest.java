package io.github.juesuan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.EconomicCatalog;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Parameters of the model's types come from {@link JuesuanDomain} without provider methods. */
@Domain(JuesuanDomain.class)
class JuesuanDomainPropertiesTest {

    @Property(tries = 50)
    void reports_areConsistent(@ForAll FinalAccountReport report) {
        JuesuanAssertions.assertThat(ReportValidator.standard().validate(report)).hasNoFindingsAbove(Severity.ROUNDING);
    }

    @Property(tries = 200)
    void amounts_haveTwoDecimals_andRoundTrip(@ForAll Amount a) {
        assertThat(a.toBigDecimal().scale()).isLessThanOrEqualTo(2);
        assertThat(Amount.parse(a.toString())).isEqualTo(a);
    }

    @Property(tries = 200)
    void functionCodes_haveThreeFiveOrSevenDigits(@ForAll FunctionCode c) {
        assertThat(c.toString()).matches("\\d{3}|\\d{5}|\\d{7}");
        assertThat(c.getLevel()).isIn(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM);
    }

    @Property(tries = 200)
    void economicCodes_areInTheCatalog(@ForAll EconomicCode c) {
        assertThat(EconomicCatalog.edition(2024).isKnown(c)).isTrue();
    }

    @Property(tries = 100)
    void fiscalYearsAndRates_inRange(@ForAll FiscalYear y, @ForAll Rate r) {
        assertThat(y.getValue()).isBetween(2000, 2030);
        assertThat(r.getPercent()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(200));
    }
}
