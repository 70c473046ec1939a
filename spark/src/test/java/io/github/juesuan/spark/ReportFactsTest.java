package io.github.juesuan.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.facts.FactsTable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an executor makes of one file, without a Spark session: the tagged rows of the four tables. */
class ReportFactsTest {

    static byte[] resource(String name) throws IOException, URISyntaxException {
        return Files.readAllBytes(Path.of(ReportFactsTest.class.getResource("/reports/" + name).toURI()));
    }

    /** The values of the one reports row among the tagged rows. */
    static Row reportsRow(List<Row> tagged) {
        List<Row> reports = tagged.stream().filter(r -> r.getString(0).equals("reports")).collect(Collectors.toList());
        assertThat(reports).hasSize(1);
        return reports.get(0).getStruct(1 + FactsTable.REPORTS.ordinal());
    }

    static Object value(Row row, FactsTable table, String column) {
        return row.get(table.indexOf(column));
    }

    @Test
    void test_rows_realReport_cellsMatchItsReportsRow() throws Exception {
        List<Row> tagged = ReportFacts.rows("file:/data/reports/001_204597f849ed16ca.txt", resource("001_204597f849ed16ca.txt"));
        Map<String, Long> byTable = tagged.stream().collect(Collectors.groupingBy(r -> r.getString(0), Collectors.counting()));
        Row report = reportsRow(tagged);
        assertThat(value(report, FactsTable.REPORTS, "source")).isEqualTo("001_204597f849ed16ca.txt");
        assertThat(value(report, FactsTable.REPORTS, "read_status")).isNotEqualTo("FAILED");
        assertThat(byTable.get("cells")).isEqualTo(((Integer) value(report, FactsTable.REPORTS, "cell_count")).longValue());
        assertThat(byTable.get("findings")).isEqualTo(((Integer) value(report, FactsTable.REPORTS, "findings_total")).longValue());
        // each tagged row sets its own table's struct and no other
        for (Row r : tagged) {
            FactsTable t = FactsTable.valueOf(r.getString(0).toUpperCase(java.util.Locale.ROOT));
            for (FactsTable other : FactsTable.values()) {
                assertThat(r.isNullAt(1 + other.ordinal())).isEqualTo(other != t);
            }
            assertThat(r.getStruct(1 + t.ordinal()).length()).isEqualTo(t.getColumns().size());
        }
    }

    @Test
    void test_rows_truncatedJson_isAFailedReportsRowNamingTheFile() throws Exception {
        List<Row> tagged = ReportFacts.rows("hdfs://nn/reports/broken.json", resource("broken.json"));
        assertThat(tagged).hasSize(1);
        Row report = reportsRow(tagged);
        assertThat(value(report, FactsTable.REPORTS, "read_status")).isEqualTo("FAILED");
        assertThat((String) value(report, FactsTable.REPORTS, "reason")).startsWith("ERROR").contains("hdfs://nn/reports/broken.json");
        assertThat(value(report, FactsTable.REPORTS, "validated")).isEqualTo(false);
        assertThat(value(report, FactsTable.REPORTS, "source_sha256")).asString().hasSize(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "file:/data/scan.pdf      | no report format reads '.pdf' files",
        "file:/data/README        | the file name has no extension",
        "file:/data/.txt          | the file name has no extension"})
    void test_rows_noReaderForTheFile_isAFailedReportsRowListingTheFormats(String path, String reason) {
        List<Row> tagged = ReportFacts.rows(path, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Row report = reportsRow(tagged);
        assertThat(tagged).hasSize(1);
        assertThat(value(report, FactsTable.REPORTS, "read_status")).isEqualTo("FAILED");
        assertThat((String) value(report, FactsTable.REPORTS, "reason")).contains(reason)
                .contains("text [txt, md]").contains("json [json]").contains("excel [xlsx, xls]").contains(path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "file:/data/reports/001.txt               | 001.txt",
        "hdfs://nn:8020/上海/普陀 区/财政局.layout.txt | 财政局.layout.txt",
        "s3a://bucket/a/b/                        | b",
        "report.json                              | report.json"})
    void test_fileName_ofHadoopPaths(String path, String name) {
        assertThat(ReportFacts.fileName(path)).isEqualTo(name);
    }
}
