package io.github.juesuan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.facts.FactsFormat;
import io.github.juesuan.facts.FactsSink;
import io.github.juesuan.facts.FactsSource;
import io.github.juesuan.facts.FactsTable;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the real reports (吉林 001 and 002, 上海市普陀区财政局) and two broken files in one
 * {@code local[2]} session, and checks the four Datasets against the facts module and the
 * validator run on the same files in this JVM; then the same files with 1,000 generated reports
 * (as JSON, a third of them with a rule broken), whose four tables must equal what the facts
 * module writes for them, row for row.
 */
class JuesuanSparkTest {

    static final String R001 = "001_204597f849ed16ca.txt";
    static final String R002 = "002_2626e36b3619c519.txt";
    static final String SHANGHAI = "caizhengju-2024.layout.txt";
    static final String BROKEN_JSON = "broken.json";
    static final String NO_READER = "scan.pdf";

    static SparkSession spark;
    static Path reports;
    static FactsDatasets facts;
    /** What the facts module writes for the same files, as Parquet. */
    static Path reference;
    /** The validator's results, by file name, for the files that give a report. */
    static final Map<String, ValidationResult> VALIDATIONS = new TreeMap<>();
    /** The number of generated reports in {@link #corpus}. */
    static final int GENERATED = 1_000;
    /** The real reports and broken files of {@link #reports} and {@value #GENERATED} generated reports. */
    static Path corpus;

    @BeforeAll
    static void start(@TempDir Path temp) throws URISyntaxException, IOException {
        spark = SparkSession.builder().master("local[2]").appName("juesuan-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        reports = Path.of(JuesuanSparkTest.class.getResource("/reports").toURI());
        facts = JuesuanSpark.read(spark, reports.toString());
        reference = temp.resolve("reference");
        writeReference(reports, reference, VALIDATIONS);
        corpus = temp.resolve("corpus");
        GeneratedCorpus.write(corpus, GENERATED);
        try (Stream<Path> files = Files.list(reports)) {
            for (Path f : files.collect(Collectors.toList())) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * Writes the facts module's rows of every file of a directory that has a format, read and
     * validated in this JVM, as Parquet, and keeps the validator's results by file name.
     */
    static void writeReference(Path from, Path dir, Map<String, ValidationResult> validations) throws IOException {
        Formats formats = Formats.discover();
        ReportValidator validator = ReportValidator.standard();
        try (FactsSink sink = FactsSink.open(FactsFormat.PARQUET, dir); Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                Optional<ReportFormat> format = formats.forPath(file);
                if (format.isEmpty()) {
                    continue;
                }
                ReadResult read = format.get().reader().orElseThrow().read(file);
                ValidationResult validation = read.getReport().map(validator::validate).orElse(null);
                if (validation != null) {
                    validations.put(file.getFileName().toString(), validation);
                }
                sink.add(FactsSource.of(file), read, validation);
            }
        }
    }

    static Dataset<Row> referenceTable(Path dir, FactsTable t) {
        return spark.read().parquet(dir.resolve(FactsSink.fileName(t, FactsFormat.PARQUET)).toString());
    }

    @Test
    void test_read_schemas_areTheFactsTables() {
        for (FactsTable t : FactsTable.values()) {
            StructField[] fields = facts.get(t).schema().fields();
            assertThat(fields).extracting(StructField::name)
                    .containsExactlyElementsOf(t.getColumns().stream().map(c -> c.getName()).collect(Collectors.toList()));
            assertThat(facts.get(t).schema()).isEqualTo(JuesuanSpark.schema(t));
        }
        assertThat(facts.cells().schema().apply("amount").dataType()).isEqualTo(DataTypes.createDecimalType(18, 2));
        assertThat(facts.findings().schema().apply("difference").dataType()).isEqualTo(DataTypes.createDecimalType(18, 6));
        assertThat(facts.cells().schema().apply("fiscal_year").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(facts.cells().schema().apply("blank").dataType()).isEqualTo(DataTypes.BooleanType);
    }

    @Test
    void test_cells_classSumOfTable03_equalsItsTotalRow() {
        facts.cells().createOrReplaceTempView("cells");
        List<Row> sums = spark.sql("SELECT source,"
                + " sum(amount) FILTER (WHERE code_level = '类') AS class_sum,"
                + " max(amount) FILTER (WHERE row_key = '合计') AS total,"
                + " sum(amount) AS naive_sum"
                + " FROM cells WHERE table_id = 'T03' AND column_id = 'TOTAL'"
                + " GROUP BY source ORDER BY source").collectAsList();
        Map<String, Row> bySource = sums.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
        assertThat(bySource).containsOnlyKeys(R001, R002, SHANGHAI);
        assertThat(bySource.get(R001).getDecimal(2)).isEqualByComparingTo("7841.66");
        assertThat(bySource.get(R001).getDecimal(1)).isEqualByComparingTo("7841.66");
        assertThat(bySource.get(R002).getDecimal(1)).isEqualByComparingTo(bySource.get(R002).getDecimal(2));
        // every level summed counts a 类 again in its 款 and 项
        assertThat(bySource.get(R001).getDecimal(3)).isEqualByComparingTo("31366.64");
        // where a real report's 类 rows do not add up to its 合计, the validator says so, with both figures
        facts.findings().createOrReplaceTempView("findings");
        for (Row r : sums) {
            if (r.getDecimal(1).compareTo(r.getDecimal(2)) != 0) {
                List<Row> found = spark.sql("SELECT expected, actual FROM findings WHERE source = '" + r.getString(0)
                        + "' AND rule_id = 'INTRA.ROLLUP.TOTAL_EQUALS_SUM_OF_CLASSES' AND table_id = 'T03'"
                        + " AND column_id = 'TOTAL'").collectAsList();
                assertThat(found).as("the finding on the 合计 of 公开03表 of %s", r.getString(0)).hasSize(1);
                assertThat(found.get(0).getDecimal(0)).isEqualByComparingTo(r.getDecimal(1));
                assertThat(found.get(0).getDecimal(1)).isEqualByComparingTo(r.getDecimal(2));
            }
        }
    }

    @Test
    void test_findings_countPerReport_equalsTheValidators() {
        Map<String, Long> counted = facts.findings().groupBy("source").count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        Map<String, Long> expected = new HashMap<>();
        VALIDATIONS.forEach((name, v) -> {
            if (!v.getFindings().isEmpty()) {
                expected.put(name, (long) v.getFindings().size());
            }
        });
        assertThat(VALIDATIONS).containsKeys(R001, R002, SHANGHAI);
        assertThat(counted).isEqualTo(expected);
        Map<String, Integer> totals = facts.reports().where("validated").select("source", "findings_total")
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getInt(1)));
        VALIDATIONS.forEach((name, v) -> assertThat(totals.get(name)).as(name).isEqualTo(v.getFindings().size()));
    }

    @Test
    void test_tables_equalWhatTheFactsModuleWrites() {
        for (FactsTable t : List.of(FactsTable.CELLS, FactsTable.FINDINGS, FactsTable.PERFORMANCE)) {
            Map<List<Object>, Long> ours = values(facts.get(t));
            assertThat(ours).as("rows of %s", t.getName()).isNotEmpty();
            assertThat(ours).as("rows of %s", t.getName()).isEqualTo(values(referenceTable(reference, t)));
        }
        // reports: the same but for the reason, whose location is the path as each reader was given it
        Map<List<Object>, Long> ours = values(facts.reports().where("source <> '" + NO_READER + "'").drop("reason"));
        assertThat(ours).hasSize(4).isEqualTo(values(referenceTable(reference, FactsTable.REPORTS).drop("reason")));
    }

    @Test
    void test_tables_realAndGeneratedReports_equalWhatTheFactsModuleWrites(@TempDir Path temp) throws IOException {
        Map<String, ValidationResult> validations = new HashMap<>();
        Path expectedDir = temp.resolve("expected");
        writeReference(corpus, expectedDir, validations);
        FactsDatasets all = JuesuanSpark.read(spark, corpus.toString());
        try {
            long withFindings = validations.values().stream().filter(v -> !v.getFindings().isEmpty()).count();
            assertThat(withFindings).as("reports with findings").isGreaterThan(GENERATED / 10);
            for (FactsTable t : FactsTable.values()) {
                Dataset<Row> ours = all.get(t);
                Dataset<Row> expected = referenceTable(expectedDir, t);
                if (t == FactsTable.REPORTS) {
                    // the reason locates a problem by the path each reader was given; the file with no format
                    // has no row in the reference, which reads only what has a reader
                    ours = ours.where("source <> '" + NO_READER + "'").drop("reason");
                    expected = expected.drop("reason");
                }
                assertThat(expected.count()).as("rows of %s", t.getName()).isPositive();
                assertThat(differences(ours, expected)).as("rows of %s that differ", t.getName()).isEmpty();
            }
            // and the comparison sees a row that is missing
            assertThat(differences(all.reports().where("source NOT IN ('" + NO_READER + "', 'generated-00007.json')").drop("reason"),
                    referenceTable(expectedDir, FactsTable.REPORTS).drop("reason"))).hasSize(1);
            assertThat(all.reports().count()).isEqualTo(GENERATED + 5);
            assertThat(all.reports().where("read_status = 'FAILED'").count()).isEqualTo(2);
            assertThat(all.findings().count()).isEqualTo(validations.values().stream().mapToLong(v -> v.getFindings().size()).sum());
        } finally {
            all.unpersist();
        }
    }

    /**
     * The rows that one Dataset has more often than the other, with the difference of their numbers
     * of occurrences (positive: more in {@code ours}): empty if the two are equal row for row,
     * whatever the order. One aggregation, where two {@code exceptAll} would shuffle twice.
     */
    static List<Row> differences(Dataset<Row> ours, Dataset<Row> expected) {
        Column[] columns = Arrays.stream(ours.columns()).map(functions::col).toArray(Column[]::new);
        return ours.withColumn(SIDE, functions.lit(1)).unionByName(expected.withColumn(SIDE, functions.lit(-1)))
                .groupBy(columns).agg(functions.sum(SIDE).as(SIDE)).where(functions.col(SIDE).notEqual(0))
                .limit(20).collectAsList();
    }

    private static final String SIDE = "juesuan_side";

    /** The rows as lists of their values, each with its number of occurrences. */
    static Map<List<Object>, Long> values(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(r -> IntStream.range(0, r.length()).mapToObj(r::get)
                .collect(Collectors.toList())).collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }

    @Test
    void test_reports_brokenFiles_areFailedRowsWithTheirReason() {
        Map<String, Row> rows = facts.reports().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("source")), r -> r));
        assertThat(rows).containsOnlyKeys(R001, R002, SHANGHAI, BROKEN_JSON, NO_READER);
        for (String name : List.of(BROKEN_JSON, NO_READER)) {
            Row r = rows.get(name);
            assertThat(r.getString(r.fieldIndex("read_status"))).as(name).isEqualTo("FAILED");
            assertThat(r.getString(r.fieldIndex("reason"))).as(name).startsWith("ERROR").contains(name);
            assertThat(r.getBoolean(r.fieldIndex("validated"))).as(name).isFalse();
            assertThat(r.isNullAt(r.fieldIndex("cell_count"))).as(name).isTrue();
            assertThat(r.getString(r.fieldIndex("source_sha256"))).as(name).hasSize(64);
        }
        assertThat(rows.get(NO_READER).getString(rows.get(NO_READER).fieldIndex("reason")))
                .contains("no report format reads '.pdf' files").contains("text [txt, md]");
        for (String name : List.of(R001, R002, SHANGHAI)) {
            Row r = rows.get(name);
            assertThat(r.getString(r.fieldIndex("read_status"))).as(name).isNotEqualTo("FAILED");
            assertThat(r.getBoolean(r.fieldIndex("validated"))).as(name).isTrue();
        }
        assertThat(facts.cells().where("source IN ('" + BROKEN_JSON + "', '" + NO_READER + "')").count()).isZero();
        Map<String, Long> cellsBySource = facts.cells().groupBy("source").count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        for (String name : List.of(R001, R002, SHANGHAI)) {
            Row r = rows.get(name);
            assertThat(cellsBySource.get(name)).as(name).isEqualTo((long) r.getInt(r.fieldIndex("cell_count")));
        }
    }

    @Test
    void test_performance_fundingRows_haveExactAmounts() {
        List<Row> funding = facts.performance().where("line_kind = 'FUNDING' AND executed IS NOT NULL").collectAsList();
        assertThat(funding).isNotEmpty();
        for (Row r : funding) {
            BigDecimal executed = r.getDecimal(r.fieldIndex("executed"));
            assertThat(executed.scale()).isEqualTo(2);
        }
    }

    @Test
    void test_job_writesTheFourTablesAsParquet(@TempDir Path out) {
        Map<FactsTable, Long> rows = JuesuanSparkJob.run(spark, SaveMode.ErrorIfExists, out.resolve("facts").toString(),
                reports.resolve(R001).toString(), reports.resolve(NO_READER).toString());
        assertThat(rows.get(FactsTable.REPORTS)).isEqualTo(2);
        assertThat(rows.get(FactsTable.CELLS))
                .isEqualTo(facts.cells().where("source = '" + R001 + "'").count()).isPositive();
        assertThat(rows.get(FactsTable.FINDINGS)).isEqualTo((long) VALIDATIONS.get(R001).getFindings().size());
        Dataset<Row> written = spark.read().parquet(out.resolve("facts").resolve("cells").toString());
        assertThat(written.schema()).isEqualTo(JuesuanSpark.schema(FactsTable.CELLS));
    }

    @Test
    void test_read_noPath_isRejected() {
        assertThatThrownBy(() -> JuesuanSpark.read(spark)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no path of reports given");
        assertThatThrownBy(() -> JuesuanSpark.read(spark, reports.toString(), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path 2 of 2 is blank");
        // a path that does not exist is the job's mistake, told on the driver before anything runs
        assertThatThrownBy(() -> JuesuanSpark.read(spark, reports.resolve("no-such-dir").toString()))
                .hasMessageContaining("no-such-dir");
        assertThatThrownBy(() -> JuesuanSpark.read(spark.range(3).toDF()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'path' (string)");
    }
}
