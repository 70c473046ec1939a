package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.ReportArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExcelRoundTripPropertiesTest {

    static ExcelReadResult roundTrip(FinalAccountReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, out);
        return ExcelReportReader.create().read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Property(tries = 30)
    void read_write_consistentReports_isIdentity(@ForAll("consistent") FinalAccountReport report) {
        ExcelReadResult result = roundTrip(report);
        assertThat(result.getProblems()).isEmpty();
        assertThat(result.getReport()).isEqualTo(report);
    }

    @Property(tries = 60)
    void read_write_featureReports_isIdentity(@ForAll("features") FinalAccountReport report) {
        ExcelReadResult result = roundTrip(report);
        assertThat(result.getProblems()).isEmpty();
        assertThat(result.getReport()).isEqualTo(report);
    }

    @Provide
    Arbitrary<FinalAccountReport> consistent() {
        return ReportArbitraries.consistentReports();
    }

    @Provide
    Arbitrary<FinalAccountReport> features() {
        return ExcelReportArbitraries.reports();
    }
}
