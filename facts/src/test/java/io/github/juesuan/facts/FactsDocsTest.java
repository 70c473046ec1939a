package io.github.juesuan.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/facts.md: its schema is the code's, and each of its SQL examples runs on the real reports. */
class FactsDocsTest {

    static final Path DOC = Path.of("..", "docs", "facts.md");
    static final Pattern SQL = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void test_schemaSection_isGeneratedFromTheCode() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("<!-- schema:begin -->\n") + "<!-- schema:begin -->\n".length(),
                doc.indexOf("<!-- schema:end -->"));
        assertThat(section).as("docs/facts.md is out of date: paste FactsTable.toMarkdown() between the markers")
                .isEqualTo(FactsTable.toMarkdown());
        for (FactsTable t : FactsTable.values()) {
            for (FactsColumn c : t.getColumns()) {
                assertThat(section).contains("| `" + c.getName() + "` | " + c.getType().getSqlType() + " |");
            }
        }
    }

    @Test
    void test_readmeSqlExamples_areAmongTheTestedOnes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = SQL.matcher(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
            assertThat(doc).as("README's SQL example must be one of docs/facts.md's, which run in the test below")
                    .contains("```sql\n" + m.group(1) + "```");
            n++;
        }
        assertThat(n).as("SQL examples in README.md").isPositive();
    }

    @Test
    void test_everySqlExample_runsOnTheRealReports() throws IOException, SQLException, java.net.URISyntaxException {
        FactsSinkTest.readReports();
        for (FactsFormat format : FactsFormat.values()) {
            FactsSinkTest.writeAll(format, dir);
        }
        List<String> examples = new ArrayList<>();
        Matcher m = SQL.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertThat(examples).hasSize(8);
        List<List<List<Object>>> results = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String sql : examples) {
                List<List<Object>> rows = FactsSinkTest.query(c, sql.replace("'facts/", "'" + dir.toString().replace("'", "''") + "/"));
                assertThat(rows).as(sql).isNotEmpty();
                results.add(rows);
            }
        }
        // 1: Σ 类 = 合计 for both reports, 7841.66 for 001
        List<List<Object>> classSums = results.get(0);
        assertThat(classSums).hasSize(2);
        assertThat(classSums.get(0).get(0)).isEqualTo(FactsSinkTest.R001);
        assertThat((BigDecimal) classSums.get(0).get(1)).isEqualByComparingTo("7841.66");
        for (List<Object> r : classSums) {
            assertThat((BigDecimal) r.get(1)).as(r.toString()).isEqualByComparingTo((BigDecimal) r.get(2));
        }
        // 2: the 类 of both years add up to the same totals
        BigDecimal byYear2024 = results.get(1).stream().filter(r -> r.get(0).equals(2024))
                .map(r -> (BigDecimal) r.get(3)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(byYear2024).isEqualByComparingTo("7841.66");
        assertThat(results.get(1)).allSatisfy(r -> assertThat(r.get(2)).as("catalog name of " + r.get(1)).isNotNull());
        // 3: as many findings as the validator's
        long findings = results.get(2).stream().mapToLong(r -> (Long) r.get(3)).sum();
        assertThat(findings).isEqualTo(FactsSinkTest.RESULTS.values().stream().mapToLong(v -> v.getFindings().size()).sum());
        // 4: 001's 302 misprint is among the differences
        assertThat(results.get(3)).anySatisfy(r -> assertThat(r.subList(2, 4)).containsExactly("公开06表", "302"));
        // 5: both reports read
        assertThat(results.get(4)).extracting(r -> r.get(2)).containsExactly("READ", "READ");
        // 7 and 8: the CSV and the JSON Lines give the sums the Parquet gives
        for (int i : new int[] {6, 7}) {
            assertThat(results.get(i)).hasSize(2);
            for (int k = 0; k < 2; k++) {
                assertThat(results.get(i).get(k).get(0)).isEqualTo(classSums.get(k).get(0));
                assertThat((BigDecimal) results.get(i).get(k).get(1)).isEqualByComparingTo((BigDecimal) classSums.get(k).get(1));
            }
        }
    }
}
