package io.github.juesuan.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.text.TextReportReader;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writes the real reports 001 and 002 in every format and queries what was written with DuckDB. */
class FactsSinkTest {

    static final String R001 = "001_204597f849ed16ca.txt";
    static final String R002 = "002_2626e36b3619c519.txt";

    static final Map<String, FinalAccountReport> REPORTS = new LinkedHashMap<>();
    static final Map<String, ReadResult> READS = new LinkedHashMap<>();
    static final Map<String, ValidationResult> RESULTS = new LinkedHashMap<>();
    static final Map<String, FactsSource> SOURCES = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void readReports() throws URISyntaxException {
        ReportValidator validator = ReportValidator.builder().build();
        for (String name : List.of(R001, R002)) {
            Path file = realReport(name);
            ReadResult read = new TextReportReader().read(file).toReadResult();
            READS.put(name, read);
            REPORTS.put(name, read.orElseThrow());
            RESULTS.put(name, validator.validate(read.orElseThrow()));
            SOURCES.put(name, FactsSource.of(file));
        }
    }

    static Path realReport(String name) throws URISyntaxException {
        return Path.of(FactsSinkTest.class.getResource("/real-reports/" + name).toURI());
    }

    /** Writes 001 and 002 into {@code dir} in a format. */
    static void writeAll(FactsFormat format, Path dir) {
        try (FactsSink sink = FactsSink.open(format, dir)) {
            for (String name : REPORTS.keySet()) {
                sink.add(SOURCES.get(name), READS.get(name), RESULTS.get(name));
            }
            assertThat(sink.getReportCount()).isEqualTo(2);
        }
    }

    /** A DuckDB connection with one view per table over the files of a format. */
    static Connection duckDb(FactsFormat format, Path dir) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            for (FactsTable t : FactsTable.values()) {
                s.execute("CREATE VIEW " + t.getName() + " AS SELECT * FROM " + readFunction(format, t, dir));
            }
        }
        return c;
    }

    /** What a DuckDB user writes to read a table: the column types for the text formats, nothing for Parquet. */
    static String readFunction(FactsFormat format, FactsTable t, Path dir) {
        String file = "'" + dir.resolve(FactsSink.fileName(t, format)).toString().replace("'", "''") + "'";
        String columns = t.getColumns().stream().map(c -> "'" + c.getName() + "': '" + c.getType().getSqlType() + "'")
                .collect(Collectors.joining(", ", "{", "}"));
        switch (format) {
            case CSV:
                return "read_csv(" + file + ", header = true, columns = " + columns + ")";
            case JSON_LINES:
                return "read_json(" + file + ", format = 'newline_delimited', columns = " + columns + ")";
            default:
                return "read_parquet(" + file + ")";
        }
    }

    static List<List<Object>> query(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static Object single(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = query(c, sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0).get(0);
    }

    @ParameterizedTest
    @EnumSource(FactsFormat.class)
    void test_classSum_equalsTotal_andNaiveSumCountsEveryLevel(FactsFormat format) throws SQLException {
        writeAll(format, dir);
        try (Connection c = duckDb(format, dir)) {
            String where = "source = '" + R001 + "' AND table_id = 'T03' AND column_id = 'TOTAL'";
            assertThat((BigDecimal) single(c, "SELECT sum(amount) FROM cells WHERE " + where + " AND code_level = '类'"))
                    .isEqualByComparingTo("7841.66");
            assertThat((BigDecimal) single(c, "SELECT amount FROM cells WHERE " + where + " AND row_key = '合计'"))
                    .isEqualByComparingTo("7841.66");
            // the mistake the level columns prevent: 合计 + 类 + 款 + 项 counts every yuan four times
            assertThat((BigDecimal) single(c, "SELECT sum(amount) FROM cells WHERE " + where))
                    .isEqualByComparingTo("31366.64");
            // every 款 row's parent is a 类 row of the same table
            assertThat(single(c, "SELECT count(*) FROM cells k WHERE k.code_level = '款' AND k.row_kind = 'FUNCTION_CODE'"
                    + " AND NOT EXISTS (SELECT 1 FROM cells p WHERE p.source = k.source AND p.table_id = k.table_id"
                    + " AND p.column_id = k.column_id AND p.code = k.parent_code AND p.code_level = '类')"))
                    .isEqualTo(0L);

            // for both reports and every coded table and column: Σ 类 in DuckDB = Σ 类 in the model
            Map<String, BigDecimal> expected = new TreeMap<>();
            for (Map.Entry<String, FinalAccountReport> e : REPORTS.entrySet()) {
                for (Cell cell : e.getValue().cells()) {
                    boolean classRow = cell.getRow().getFunctionCode().map(f -> f.getLevel() == CodeLevel.CLASS)
                            .orElse(false)
                            || cell.getRow().getEconomicCode().map(f -> f.getLevel() == CodeLevel.CLASS).orElse(false);
                    if (classRow && !cell.isBlank()) {
                        expected.merge(e.getKey() + "|" + cell.getTable().name() + "|" + cell.getColumn().getId(),
                                cell.getAmountOrZero().toBigDecimal(), BigDecimal::add);
                    }
                }
            }
            Map<String, BigDecimal> actual = new TreeMap<>();
            for (List<Object> r : query(c, "SELECT source || '|' || table_id || '|' || column_id, sum(amount) FROM cells"
                    + " WHERE code_level = '类' AND NOT blank GROUP BY ALL")) {
                actual.put((String) r.get(0), (BigDecimal) r.get(1));
            }
            assertThat(actual.keySet()).isEqualTo(expected.keySet()).hasSizeGreaterThan(20);
            expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualByComparingTo(v));
        }
    }

    @ParameterizedTest
    @EnumSource(FactsFormat.class)
    void test_findings_countsEqualTheValidators(FactsFormat format) throws SQLException {
        writeAll(format, dir);
        try (Connection c = duckDb(format, dir)) {
            for (String name : REPORTS.keySet()) {
                List<Finding> findings = RESULTS.get(name).getFindings();
                assertThat(findings).isNotEmpty();
                Map<String, Long> bySeverity = findings.stream()
                        .collect(Collectors.groupingBy(f -> f.getSeverity().name(), TreeMap::new, Collectors.counting()));
                Map<String, Long> written = new TreeMap<>();
                for (List<Object> r : query(c, "SELECT severity, count(*) FROM findings WHERE source = '" + name
                        + "' GROUP BY severity")) {
                    written.put((String) r.get(0), (Long) r.get(1));
                }
                assertThat(written).as(name).isEqualTo(bySeverity);
                Map<String, Long> byRule = findings.stream()
                        .collect(Collectors.groupingBy(Finding::getRuleId, TreeMap::new, Collectors.counting()));
                Map<String, Long> writtenByRule = new TreeMap<>();
                for (List<Object> r : query(c, "SELECT rule_id, count(*) FROM findings WHERE source = '" + name
                        + "' GROUP BY rule_id")) {
                    writtenByRule.put((String) r.get(0), (Long) r.get(1));
                }
                assertThat(writtenByRule).as(name).isEqualTo(byRule);
                // the reports row carries the same counts
                List<Object> row = query(c, "SELECT findings_total, findings_error, findings_warning, findings_rounding,"
                        + " findings_info, read_status, validated FROM reports WHERE source = '" + name + "'").get(0);
                assertThat(row).containsExactly(findings.size(), bySeverity.getOrDefault("ERROR", 0L).intValue(),
                        bySeverity.getOrDefault("WARNING", 0L).intValue(),
                        bySeverity.getOrDefault("ROUNDING", 0L).intValue(),
                        bySeverity.getOrDefault("INFO", 0L).intValue(), "READ", true);
            }
            // 001's known misprint: 06表 302 printed 797.30 while its 款 add to 797.28
            List<Object> f = query(c, "SELECT expected, actual, difference, family, table_label FROM findings WHERE source = '"
                    + R001 + "' AND rule_id = 'INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS' AND table_id = 'T06'"
                    + " AND row_key = '302'").get(0);
            assertThat((BigDecimal) f.get(0)).isEqualByComparingTo("797.28");
            assertThat((BigDecimal) f.get(1)).isEqualByComparingTo("797.30");
            assertThat((BigDecimal) f.get(2)).isEqualByComparingTo("0.02");
            assertThat(f.subList(3, 5)).containsExactly("INTRA", "公开06表");
        }
    }

    @ParameterizedTest
    @EnumSource(FactsFormat.class)
    void test_everyAmount_roundTripsExactly(FactsFormat format) throws SQLException {
        writeAll(format, dir);
        try (Connection c = duckDb(format, dir)) {
            for (Map.Entry<String, FinalAccountReport> e : REPORTS.entrySet()) {
                Map<String, String> expected = new HashMap<>();
                for (Cell cell : e.getValue().cells()) {
                    expected.put(cell.getTable().name() + "|" + cell.getRow().getValue() + "|" + cell.getColumn().getId(),
                            cell.getAmount().map(a -> a.toBigDecimal().setScale(2).toPlainString()).orElse("blank"));
                }
                Map<String, String> actual = new HashMap<>();
                List<List<Object>> rows = query(c, "SELECT table_id || '|' || row_key || '|' || column_id, amount, blank"
                        + " FROM cells WHERE source = '" + e.getKey() + "'");
                for (List<Object> r : rows) {
                    BigDecimal a = (BigDecimal) r.get(1);
                    assertThat(a == null).isEqualTo(r.get(2));
                    actual.put((String) r.get(0), a == null ? "blank" : a.toPlainString());
                }
                assertThat(rows).hasSize(e.getValue().cells().size());
                assertThat(actual).isEqualTo(expected);
                assertThat(single(c, "SELECT cell_count FROM reports WHERE source = '" + e.getKey() + "'"))
                        .isEqualTo(e.getValue().cells().size());
            }
            assertThat(single(c, "SELECT count(*) FROM cells")).isEqualTo(
                    (long) REPORTS.values().stream().mapToInt(r -> r.cells().size()).sum());
        }
    }

    @ParameterizedTest
    @EnumSource(FactsFormat.class)
    void test_findings_messagesAndLocations_roundTripExactly(FactsFormat format) throws SQLException {
        writeAll(format, dir);
        try (Connection c = duckDb(format, dir)) {
            for (String name : REPORTS.keySet()) {
                List<String> expected = new ArrayList<>();
                for (Finding f : RESULTS.get(name).getFindings()) {
                    expected.add(f.getRuleId() + "|" + f.getTable().map(Enum::name).orElse("-") + "|"
                            + f.getRow().map(RowKey::getValue).orElse("-") + "|"
                            + f.getColumn().map(col -> col.getId()).orElse("-") + "|"
                            + f.getLocation().getProject().filter(p -> !p.isEmpty()).orElse("-") + "|"
                            + f.getMessage(java.util.Locale.CHINESE) + "|" + f.getMessage(java.util.Locale.ENGLISH));
                }
                List<String> actual = new ArrayList<>();
                for (List<Object> r : query(c, "SELECT rule_id, coalesce(table_id, '-'), coalesce(row_key, '-'),"
                        + " coalesce(column_id, '-'), coalesce(project, '-'), message_zh, message_en FROM findings"
                        + " WHERE source = '" + name + "' ORDER BY finding_number")) {
                    actual.add(r.stream().map(Object::toString).collect(Collectors.joining("|")));
                }
                // messages hold commas, quotes and full-width punctuation: the CSV quoting must keep them whole
                assertThat(actual).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FactsFormat.class)
    void test_performance_linesAndAmounts(FactsFormat format) throws SQLException {
        writeAll(format, dir);
        try (Connection c = duckDb(format, dir)) {
            for (Map.Entry<String, FinalAccountReport> e : REPORTS.entrySet()) {
                List<ProjectPerformanceEvaluation> evaluations = e.getValue().getPerformanceEvaluations();
                assertThat(evaluations).isNotEmpty();
                long lines = evaluations.stream().mapToLong(p -> 1 + p.getFunding().size() + p.getIndicators().size()).sum();
                assertThat(single(c, "SELECT count(*) FROM performance WHERE source = '" + e.getKey() + "'")).isEqualTo(lines);
                assertThat(single(c, "SELECT count(*) FROM performance WHERE line_kind = 'PROJECT' AND source = '"
                        + e.getKey() + "'")).isEqualTo((long) evaluations.size());
                for (ProjectPerformanceEvaluation p : evaluations) {
                    Map<String, BigDecimal> executed = new TreeMap<>();
                    p.getFunding().forEach(f -> f.getExecuted().ifPresent(a -> executed.put(f.getSource().name(), a.toBigDecimal())));
                    Map<String, BigDecimal> written = new TreeMap<>();
                    for (List<Object> r : query(c, "SELECT funding_source, executed FROM performance WHERE line_kind = 'FUNDING'"
                            + " AND executed IS NOT NULL AND source = '" + e.getKey() + "' AND project = '"
                            + p.getProjectName().replace("'", "''") + "'")) {
                        written.put((String) r.get(0), (BigDecimal) r.get(1));
                    }
                    assertThat(written.keySet()).isEqualTo(executed.keySet());
                    executed.forEach((k, v) -> assertThat(written.get(k)).isEqualByComparingTo(v));
                    long indicators = (Long) single(c, "SELECT count(*) FROM performance WHERE line_kind = 'INDICATOR'"
                            + " AND target_text IS NOT NULL AND source = '" + e.getKey() + "' AND project = '"
                            + p.getProjectName().replace("'", "''") + "'");
                    assertThat(indicators).isEqualTo(p.getIndicators().size());
                }
            }
            // 002's editions have no 权重/得分 columns: no weight is written for it
            assertThat(single(c, "SELECT count(weight) FROM performance WHERE source = '" + R002 + "'")).isEqualTo(0L);
            assertThat((Long) single(c, "SELECT count(weight) FROM performance WHERE source = '" + R001 + "'")).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(FactsFormat.class)
    void test_reports_presenceAndSources(FactsFormat format) throws SQLException {
        writeAll(format, dir);
        try (Connection c = duckDb(format, dir)) {
            for (Map.Entry<String, FinalAccountReport> e : REPORTS.entrySet()) {
                FinalAccountReport r = e.getValue();
                Map<String, Integer> counts = new HashMap<>();
                for (TableId id : TableId.values()) {
                    counts.merge(r.getPresence(id).name(), 1, Integer::sum);
                }
                List<Object> row = query(c, "SELECT tables_present, tables_empty, tables_absent, tables_unreadable,"
                        + " department, fiscal_year, source_sha256, project_count FROM reports WHERE source = '"
                        + e.getKey() + "'").get(0);
                assertThat(row).containsExactly(counts.getOrDefault("PRESENT", 0), counts.getOrDefault("DECLARED_EMPTY", 0),
                        counts.getOrDefault("ABSENT", 0), 0, r.getDepartment(), r.getFiscalYear().getValue(),
                        SOURCES.get(e.getKey()).getSha256().orElseThrow(), r.getPerformanceEvaluations().size());
            }
            assertThat(single(c, "SELECT source_sha256 FROM reports WHERE source = '" + R001 + "'"))
                    .isEqualTo("845c5d40b66aa034fa9477dc4ce9586deed540165b889a3cdebe114422e99803");
            // every table joins to reports on the source and its digest
            for (FactsTable t : List.of(FactsTable.CELLS, FactsTable.FINDINGS, FactsTable.PERFORMANCE)) {
                assertThat(single(c, "SELECT count(*) FROM " + t.getName() + " x LEFT JOIN reports r USING (source, source_sha256)"
                        + " WHERE r.read_status IS NULL")).isEqualTo(0L);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FactsFormat.class)
    void test_failedRead_isARowOfReportsWithItsReason(FactsFormat format) throws SQLException {
        ReadResult failed = ReadResult.failed(List.of(Problem.error("not a final-account report", "hello",
                SourceLocation.ofFile("broken.txt").withLine(1, 1))));
        try (FactsSink sink = FactsSink.open(format, dir)) {
            sink.add(FactsSource.of("broken.txt", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)), failed);
            sink.add(SOURCES.get(R001), READS.get(R001));
            assertThat(sink.getRowCount(FactsTable.FINDINGS)).isZero();
            assertThat(sink.getRowCount(FactsTable.REPORTS)).isEqualTo(2);
        }
        try (Connection c = duckDb(format, dir)) {
            List<Object> row = query(c, "SELECT read_status, department, validated, findings_total, tables_present, reason"
                    + " FROM reports WHERE source = 'broken.txt'").get(0);
            assertThat(row.subList(0, 5)).containsExactly("FAILED", null, false, null, null);
            assertThat((String) row.get(5)).contains("not a final-account report").contains("broken.txt");
            assertThat(single(c, "SELECT count(*) FROM findings")).isEqualTo(0L);
            assertThat(single(c, "SELECT validated FROM reports WHERE source = '" + R001 + "'")).isEqualTo(false);
        }
    }

    @Test
    void test_parquet_typesAreTheSchemas() throws SQLException {
        writeAll(FactsFormat.PARQUET, dir);
        try (Connection c = duckDb(FactsFormat.PARQUET, dir)) {
            for (FactsTable t : FactsTable.values()) {
                // every column unquoted: no name is a reserved word
                String names = t.getColumns().stream().map(FactsColumn::getName).collect(Collectors.joining(", "));
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + names + " FROM "
                        + t.getName() + " LIMIT 1")) {
                    ResultSetMetaData m = rs.getMetaData();
                    assertThat(m.getColumnCount()).isEqualTo(t.getColumns().size());
                }
                Map<String, String> types = new LinkedHashMap<>();
                for (List<Object> r : query(c, "SELECT column_name, column_type FROM (DESCRIBE " + t.getName() + ")")) {
                    types.put((String) r.get(0), (String) r.get(1));
                }
                Map<String, String> schema = new LinkedHashMap<>();
                t.getColumns().forEach(col -> schema.put(col.getName(), col.getType().getSqlType()));
                assertThat(types).as(t.getName()).containsExactlyEntriesOf(schema);
                assertThat(single(c, "SELECT decode(value) FROM parquet_kv_metadata('" + dir.resolve(FactsSink.fileName(t,
                        FactsFormat.PARQUET)) + "') WHERE key = 'juesuan.facts.schema_version'"))
                        .isEqualTo(FactsTable.SCHEMA_VERSION);
            }
        }
    }

    @Test
    void test_parquet_manyRowGroups_andNullPatterns() throws SQLException {
        // more rows than one row group holds, so that several groups and their offsets are read back
        int copies = ParquetRowWriter.ROWS_PER_GROUP / REPORTS.get(R001).cells().size() + 2;
        try (FactsSink sink = FactsSink.open(FactsFormat.PARQUET, dir)) {
            for (int i = 0; i < copies; i++) {
                sink.add(FactsSource.named("copy-" + i), READS.get(R001), RESULTS.get(R001));
            }
        }
        try (Connection c = duckDb(FactsFormat.PARQUET, dir)) {
            long n = REPORTS.get(R001).cells().size();
            assertThat(single(c, "SELECT count(*) FROM cells")).isEqualTo(n * copies);
            assertThat((Long) single(c, "SELECT count(*) FROM parquet_metadata('" + dir.resolve("cells.parquet")
                    + "') WHERE path_in_schema = 'amount'")).isGreaterThan(1L);
            assertThat(single(c, "SELECT count(DISTINCT source) FROM cells WHERE table_id = 'T03' AND column_id = 'TOTAL'"
                    + " AND code_level = '类' GROUP BY ALL HAVING sum(amount) = 7841.66 * " + copies)).isEqualTo((long) copies);
            assertThat(single(c, "SELECT count(*) FROM cells WHERE source_sha256 IS NOT NULL")).isEqualTo(0L);
            // a row group holds at most about MAX_GROUP_BYTES of values, however few its rows (heap flat for long rows)
            Number largest = (Number) single(c, "SELECT max(b) FROM (SELECT row_group_id, sum(total_uncompressed_size) AS b"
                    + " FROM parquet_metadata('" + dir.resolve("cells.parquet") + "') GROUP BY row_group_id)");
            assertThat(largest.longValue()).isPositive().isLessThan(ParquetRowWriter.MAX_GROUP_BYTES + (2L << 20));
        }
    }

    @Test
    void test_amountThatDoesNotFit_isAnErrorNamingTheCell_andWritesNothing() {
        FinalAccountReport report = FinalAccountReport.builder(REPORTS.get(R001))
                .expenditure(io.github.juesuan.report.ExpenditureTable.builder()
                        .addRows(io.github.juesuan.report.ExpenditureRow.of("2010301", "行政运行", "100.505", "100.505", ""))
                        .build())
                .build();
        ByteArrayOutputStream[] outs = new ByteArrayOutputStream[4];
        try (FactsSink sink = FactsSink.open(FactsFormat.CSV, t -> outs[t.ordinal()] = new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> sink.add(FactsSource.named("x.json"), ReadResult.of(report, List.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("100.505").hasMessageContaining("公开03表[2010301, TOTAL]")
                    .hasMessageContaining("x.json").hasMessageContaining("DECIMAL(18,2)");
            assertThat(sink.getRowCount(FactsTable.CELLS)).isZero();
        }
        assertThat(outs[FactsTable.CELLS.ordinal()].toString(java.nio.charset.StandardCharsets.UTF_8).strip().lines())
                .hasSize(1);
    }

    @Test
    void test_rows_areExactlyWhatAddWrites() throws Exception {
        Map<FactsTable, List<Object[]>> rows = new EnumMap<>(FactsTable.class);
        FactsSink.rows(SOURCES.get(R001), READS.get(R001), RESULTS.get(R001),
                (t, row) -> rows.computeIfAbsent(t, k -> new ArrayList<>()).add(row));
        ByteArrayOutputStream[] written = new ByteArrayOutputStream[4];
        try (FactsSink sink = FactsSink.open(FactsFormat.CSV, t -> written[t.ordinal()] = new ByteArrayOutputStream())) {
            sink.add(SOURCES.get(R001), READS.get(R001), RESULTS.get(R001));
        }
        for (FactsTable t : FactsTable.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CsvRowWriter w = new CsvRowWriter(out, t)) {
                for (Object[] row : rows.get(t)) {
                    assertThat(row).hasSize(t.getColumns().size());
                    w.write(row);
                }
            }
            assertThat(out.toByteArray()).as(t.getName()).isEqualTo(written[t.ordinal()].toByteArray());
        }
        assertThat(rows.get(FactsTable.REPORTS)).hasSize(1);
        assertThat(rows.get(FactsTable.CELLS)).hasSize(
                (Integer) rows.get(FactsTable.REPORTS).get(0)[FactsTable.REPORTS.indexOf("cell_count")]);
    }

    @Test
    void test_addGathered_onAnotherThread_writesWhatAddWrites() throws Exception {
        ByteArrayOutputStream[] direct = new ByteArrayOutputStream[4];
        try (FactsSink sink = FactsSink.open(FactsFormat.PARQUET, t -> direct[t.ordinal()] = new ByteArrayOutputStream())) {
            for (String name : REPORTS.keySet()) {
                sink.add(SOURCES.get(name), READS.get(name), RESULTS.get(name));
            }
        }
        List<FactsSink.Gathered> gathered = new ArrayList<>();
        Thread worker = new Thread(() -> REPORTS.keySet().forEach(name ->
                gathered.add(FactsSink.gather(SOURCES.get(name), READS.get(name), RESULTS.get(name)))));
        worker.start();
        worker.join();
        ByteArrayOutputStream[] viaGathered = new ByteArrayOutputStream[4];
        try (FactsSink sink = FactsSink.open(FactsFormat.PARQUET, t -> viaGathered[t.ordinal()] = new ByteArrayOutputStream())) {
            gathered.forEach(sink::add);
            assertThat(sink.getReportCount()).isEqualTo(2);
            assertThat(sink.getRowCount(FactsTable.CELLS)).isEqualTo(gathered.stream()
                    .mapToLong(g -> g.getRowCount(FactsTable.CELLS)).sum()).isPositive();
        }
        assertThat(gathered.get(0).getSource()).isEqualTo(SOURCES.get(R001));
        assertThat(gathered.get(0).getRowCount(FactsTable.REPORTS)).isEqualTo(1);
        for (FactsTable t : FactsTable.values()) {
            assertThat(viaGathered[t.ordinal()].toByteArray()).as(t.getName()).isEqualTo(direct[t.ordinal()].toByteArray());
        }
    }

    /** Rows encoded on a worker ({@code gather(…, format)}) are the bytes the sink writes itself, for each format. */
    @Test
    void test_addGathered_encodedOnAnotherThread_writesTheSameBytes() throws Exception {
        for (FactsFormat format : FactsFormat.values()) {
            ByteArrayOutputStream[] direct = new ByteArrayOutputStream[4];
            try (FactsSink sink = FactsSink.open(format, t -> direct[t.ordinal()] = new ByteArrayOutputStream())) {
                for (String name : REPORTS.keySet()) {
                    sink.add(SOURCES.get(name), READS.get(name), RESULTS.get(name));
                }
            }
            List<FactsSink.Gathered> gathered = new ArrayList<>();
            Thread worker = new Thread(() -> REPORTS.keySet().forEach(name ->
                    gathered.add(FactsSink.gather(SOURCES.get(name), READS.get(name), RESULTS.get(name), format))));
            worker.start();
            worker.join();
            assertThat(gathered).hasSize(REPORTS.size()).allSatisfy(g -> assertThat(g.getEncodedFormat())
                    .isEqualTo(format == FactsFormat.PARQUET ? java.util.Optional.empty() : java.util.Optional.of(format)));
            ByteArrayOutputStream[] viaGathered = new ByteArrayOutputStream[4];
            try (FactsSink sink = FactsSink.open(format, t -> viaGathered[t.ordinal()] = new ByteArrayOutputStream())) {
                gathered.forEach(sink::add);
                assertThat(sink.getRowCount(FactsTable.CELLS)).isEqualTo(gathered.stream()
                        .mapToLong(g -> g.getRowCount(FactsTable.CELLS)).sum()).isPositive();
                assertThat(sink.getRowCount(FactsTable.REPORTS)).isEqualTo(REPORTS.size());
            }
            for (FactsTable t : FactsTable.values()) {
                assertThat(viaGathered[t.ordinal()].toByteArray()).as(format + " " + t.getName())
                        .isEqualTo(direct[t.ordinal()].toByteArray());
            }
        }
    }

    @Test
    void test_addGathered_encodedForAnotherFormat_isRejectedNamingBoth() {
        FactsSink.Gathered csv = FactsSink.gather(SOURCES.get(R001), READS.get(R001), RESULTS.get(R001), FactsFormat.CSV);
        try (FactsSink sink = FactsSink.open(FactsFormat.JSON_LINES, t -> new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> sink.add(csv)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("csv").hasMessageContaining("jsonl").hasMessageContaining(SOURCES.get(R001).toString());
            assertThat(sink.getReportCount()).isZero();
        }
    }

    @Test
    void test_gather_amountThatDoesNotFit_isAnErrorBeforeAnythingIsWritten() {
        FinalAccountReport report = FinalAccountReport.builder(REPORTS.get(R001))
                .expenditure(io.github.juesuan.report.ExpenditureTable.builder()
                        .addRows(io.github.juesuan.report.ExpenditureRow.of("2010301", "行政运行", "1.001", "1.001", ""))
                        .build())
                .build();
        assertThatThrownBy(() -> FactsSink.gather(FactsSource.named("y.json"), ReadResult.of(report, List.of()), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.001").hasMessageContaining("y.json");
    }

    @Test
    void test_rows_validationWithoutReport_isRejected() {
        ReadResult failed = ReadResult.failed(List.of(Problem.error("not a report", null, SourceLocation.ofFile("x.txt"))));
        List<Object[]> got = new ArrayList<>();
        assertThatThrownBy(() -> FactsSink.rows(FactsSource.named("x.txt"), failed, RESULTS.get(R001), (t, r) -> got.add(r)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.txt");
        assertThat(got).isEmpty();
    }

    @Test
    void test_csv_quotesAndHeader() throws Exception {
        writeAll(FactsFormat.CSV, dir);
        List<String> lines = Files.readAllLines(dir.resolve("findings.csv"));
        assertThat(lines.get(0)).isEqualTo(FactsTable.FINDINGS.getColumns().stream().map(FactsColumn::getName)
                .collect(Collectors.joining(",")));
        assertThat(Files.readString(dir.resolve("cells.csv"))).contains("\r\n").doesNotStartWith("\uFEFF");
    }

    @Test
    void test_closedSink_rejectsAdd() {
        FactsSink sink = FactsSink.open(FactsFormat.JSON_LINES, dir);
        sink.close();
        sink.close();
        assertThatThrownBy(() -> sink.add(SOURCES.get(R001), READS.get(R001)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void test_expenditureTotal_ofTheModel_isTheFigureQueried() {
        // the figure the queries above look for, from the model itself
        assertThat(REPORTS.get(R001).getExpenditure().orElseThrow().findCell(RowKey.TOTAL, ExpenditureColumn.TOTAL)
                .flatMap(Cell::getAmount)).contains(Amount.of("7841.66"));
        EnumMap<FactsTable, Integer> widths = new EnumMap<>(FactsTable.class);
        for (FactsTable t : FactsTable.values()) {
            widths.put(t, t.getColumns().size());
        }
        assertThat(widths.get(FactsTable.CELLS)).isEqualTo(23);
    }
}
