package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.FinalAccountReport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain for Juesuan: with it, parameters of the model's types need no provider method.
 *
 * <pre>{@code
 * @Property
 * @Domain(JuesuanDomain.class)
 * void my_tool_accepts_consistent_reports(@ForAll FinalAccountReport report, @ForAll Amount amount) { ... }
 * }</pre>
 *
 * <p>Reports are {@linkplain ReportArbitraries#consistentReports(ReportShape) consistent reports} of the
 * {@linkplain ReportShape#defaults() default shape}; amounts have two decimals; codes are drawn from the
 * bundled 2024 catalogs (functional codes also synthetic, one draw in five); fiscal years are 2000 to
 * 2030; rates 0 to 200 percent.
 */
public class JuesuanDomain extends DomainContextBase {

    /** Creates the domain (jqwik instantiates it). */
    public JuesuanDomain() {
    }

    @Provide
    Arbitrary<FinalAccountReport> reports() {
        return ReportArbitraries.consistentReports(ReportShape.defaults());
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return ReportArbitraries.amounts();
    }

    @Provide
    Arbitrary<FunctionCode> functionCodes() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, ReportArbitraries.catalogFunctionCodes()),
                net.jqwik.api.Tuple.of(1, ReportArbitraries.syntheticFunctionCodes()));
    }

    @Provide
    Arbitrary<EconomicCode> economicCodes() {
        return ReportArbitraries.catalogEconomicCodes();
    }

    @Provide
    Arbitrary<FiscalYear> fiscalYears() {
        return ReportArbitraries.fiscalYears();
    }

    @Provide
    Arbitrary<Rate> rates() {
        return ReportArbitraries.rates();
    }
}
