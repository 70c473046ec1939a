package io.github.juesuan.spark;

import io.github.juesuan.facts.FactsColumn;
import io.github.juesuan.facts.FactsTable;
import io.github.juesuan.facts.FactsType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads reports on Apache Spark into the four facts tables ({@link FactsTable}: {@code cells},
 * {@code findings}, {@code reports}, {@code performance}), as Datasets of rows with the facts
 * module's schema: the same column names and types, amounts as {@code DECIMAL(18,2)} and figures
 * as {@code DECIMAL(18,6)}, never a double.
 *
 * <p>Each file is read by Spark's {@code binaryFile} source, then read, validated and turned into
 * rows on an executor, by the reader that claims its extension among the formats on the class path
 * ({@code juesuan-io-text} for {@code .txt}/{@code .md}, {@code juesuan-io-json},
 * {@code juesuan-io-excel}). A file that cannot be read becomes a row of {@code reports} with
 * {@code read_status = 'FAILED'} and its {@code reason}: never a failed job.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("facts").getOrCreate();
 * FactsDatasets facts = JuesuanSpark.read(spark, "hdfs:///reports/2024/*.txt");
 * facts.cells().where("table_id = 'T03' AND column_id = 'TOTAL' AND code_level = '类'")
 *         .groupBy("source").sum("amount").show();         // sum(amount) is DECIMAL(28,2)
 * facts.reports().where("read_status = 'FAILED'").select("source", "reason").show(false);
 * facts.writeParquet("hdfs:///facts/2024", SaveMode.ErrorIfExists);   // cells/, findings/, …
 * }</pre>
 */
public final class JuesuanSpark {

    /** The column of {@link #taggedSchema()} that names the table of a row. */
    static final String TABLE_COLUMN = "table";

    private JuesuanSpark() {
    }

    /**
     * Reads reports: files, directories or globs, as Spark's {@code binaryFile} source takes them
     * (a directory gives the files directly in it). Nothing is read until an action runs; the
     * four Datasets share one reading of the files (see {@link FactsDatasets}). A path that does not
     * exist fails at once, on the driver, with Spark's {@code AnalysisException} ({@code PATH_NOT_FOUND}):
     * that is a mistake in the job, not a bad file.
     *
     * @param spark the session
     * @param paths at least one path, such as {@code s3a://bucket/reports/*.txt}
     * @return the four tables
     * @throws IllegalArgumentException if no path is given, or a path is blank
     */
    public static FactsDatasets read(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        return read(spark.read().format("binaryFile").load(checkPaths(paths)));
    }

    /**
     * Reads the reports of a Dataset of files that has a {@code path} (string) and a
     * {@code content} (binary) column, such as {@code binaryFile} gives with options of one's own:
     * {@code spark.read().format("binaryFile").option("recursiveFileLookup", "true")
     * .option("pathGlobFilter", "*.txt").load(dir)}.
     *
     * @param files the files
     * @return the four tables
     * @throws IllegalArgumentException naming the columns found if {@code path} or {@code content}
     *         is missing or of another type
     */
    public static FactsDatasets read(Dataset<Row> files) {
        Objects.requireNonNull(files, "files");
        StructType schema = files.schema();
        List<String> names = Arrays.asList(schema.fieldNames());
        if (!names.contains("path") || !names.contains("content")
                || !schema.apply("path").dataType().equals(DataTypes.StringType)
                || !schema.apply("content").dataType().equals(DataTypes.BinaryType)) {
            throw new IllegalArgumentException("the files must have a column 'path' (string) and a column 'content'"
                    + " (binary), as Spark's binaryFile source gives them; got " + schema.simpleString());
        }
        Dataset<Row> tagged = files.select("path", "content").flatMap(new ReportFacts(), Encoders.row(taggedSchema()));
        return new FactsDatasets(tagged);
    }

    /**
     * Reads reports into {@code cells} alone (see {@link #read(SparkSession, String...)}).
     *
     * @param spark the session
     * @param paths the files, directories or globs
     * @return one row per cell of 公开01表 … 公开09表
     */
    public static Dataset<Row> cells(SparkSession spark, String... paths) {
        return read(spark, paths).cells();
    }

    /**
     * Reads and validates reports into {@code findings} alone (see {@link #read(SparkSession, String...)}).
     *
     * @param spark the session
     * @param paths the files, directories or globs
     * @return one row per finding of the validator
     */
    public static Dataset<Row> findings(SparkSession spark, String... paths) {
        return read(spark, paths).findings();
    }

    /**
     * Reads reports into {@code reports} alone (see {@link #read(SparkSession, String...)}).
     *
     * @param spark the session
     * @param paths the files, directories or globs
     * @return one row per file, read or not
     */
    public static Dataset<Row> reports(SparkSession spark, String... paths) {
        return read(spark, paths).reports();
    }

    /**
     * Reads reports into {@code performance} alone (see {@link #read(SparkSession, String...)}).
     *
     * @param spark the session
     * @param paths the files, directories or globs
     * @return one row per line of each 项目支出绩效自评表
     */
    public static Dataset<Row> performance(SparkSession spark, String... paths) {
        return read(spark, paths).performance();
    }

    /**
     * Gets the Spark schema of a facts table, derived from {@link FactsTable#getColumns()}: every
     * column nullable, {@code VARCHAR} as {@code StringType}, {@code INTEGER} as
     * {@code IntegerType}, {@code BOOLEAN} as {@code BooleanType} and the decimals as
     * {@code DecimalType(18,2)} and {@code DecimalType(18,6)}.
     *
     * @param table the table
     * @return its schema, in the facts module's column order
     */
    public static StructType schema(FactsTable table) {
        Objects.requireNonNull(table, "table");
        List<StructField> fields = new ArrayList<>();
        for (FactsColumn c : table.getColumns()) {
            fields.add(DataTypes.createStructField(c.getName(), dataType(c.getType()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Gets the Spark type of a facts column type.
     *
     * @param type the type
     * @return the Spark type
     */
    static DataType dataType(FactsType type) {
        switch (type) {
            case STRING:
                return DataTypes.StringType;
            case INTEGER:
                return DataTypes.IntegerType;
            case BOOLEAN:
                return DataTypes.BooleanType;
            case AMOUNT:
            case FIGURE:
                return DataTypes.createDecimalType(type.getPrecision(), type.getScale());
            default:
                throw new IllegalArgumentException("the facts type " + type + " (" + type.getSqlType()
                        + ") has no Spark type in this version of juesuan-spark");
        }
    }

    /**
     * The schema of the rows the executors make: the table's name in {@code table}, then one
     * struct column per table (named after it), of which only that table's is set.
     */
    static StructType taggedSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(TABLE_COLUMN, DataTypes.StringType, false));
        for (FactsTable t : FactsTable.values()) {
            fields.add(DataTypes.createStructField(t.getName(), schema(t), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static String[] checkPaths(String... paths) {
        Objects.requireNonNull(paths, "paths");
        if (paths.length == 0) {
            throw new IllegalArgumentException("no path of reports given: expected at least one file, directory or glob");
        }
        for (int i = 0; i < paths.length; i++) {
            if (paths[i] == null || paths[i].isBlank()) {
                throw new IllegalArgumentException("path " + (i + 1) + " of " + paths.length + " is "
                        + (paths[i] == null ? "null" : "blank") + ": expected a file, directory or glob");
            }
        }
        return paths;
    }
}
