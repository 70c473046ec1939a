package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.ReportArbitraries;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips of generated reports: io-json's own generator ({@link TestReports}, which covers
 * blanks, both editions of 07/08, declared-empty and absent tables and odd strings) and the
 * project-wide {@link ReportArbitraries#consistentReports()}. The real reports' round trips are
 * in {@link GoldenFilesTest}.
 */
class JsonReportsPropertiesTest {

    private final JsonReports json = JsonReports.standard();

    @Provide
    Arbitrary<FinalAccountReport> reports() {
        return TestReports.reports();
    }

    @Property(tries = 300)
    void read_write_roundTrip(@ForAll("reports") FinalAccountReport report) {
        String text = json.write(report);
        assertThat(json.read(text)).isEqualTo(report);
    }

    @Provide
    Arbitrary<FinalAccountReport> consistentReports() {
        return ReportArbitraries.consistentReports();
    }

    /** The project-wide generator of the testing module (consistent reports of both editions) also round-trips. */
    @Property(tries = 50)
    void read_write_roundTrip_consistentReports(@ForAll("consistentReports") FinalAccountReport report) {
        String text = json.write(report);
        assertThat(json.read(text)).isEqualTo(report);
        assertThat(SchemaSupport.validate(text)).isEmpty();
    }

    @Property(tries = 300)
    void write_isValidAgainstSchema(@ForAll("reports") FinalAccountReport report) {
        assertThat(SchemaSupport.validate(json.write(report))).isEmpty();
    }

    @Property(tries = 100)
    void write_isDeterministic(@ForAll("reports") FinalAccountReport report) {
        assertThat(json.write(report)).isEqualTo(json.write(FinalAccountReport.builder(report).build()));
    }

    @Property(tries = 100)
    void module_roundTrip(@ForAll("reports") FinalAccountReport report) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JuesuanJsonModule());
        String text = mapper.writeValueAsString(report);
        assertThat(mapper.readValue(text, FinalAccountReport.class)).isEqualTo(report);
        assertThat(SchemaSupport.validate(text)).isEmpty();
    }

    @Provide
    Arbitrary<List<FinalAccountReport>> reportLists() {
        return TestReports.reports().list().ofMaxSize(5);
    }

    @Property(tries = 30)
    void jsonLines_roundTrip(@ForAll("reportLists") List<FinalAccountReport> reports) {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter w = json.writeLines(out)) {
            reports.forEach(w::write);
        }
        try (JsonLinesReader in = json.readLines(new StringReader(out.toString()))) {
            assertThat(in.stream().collect(Collectors.toList())).isEqualTo(reports);
        }
    }
}
