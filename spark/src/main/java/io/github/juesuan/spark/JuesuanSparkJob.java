package io.github.juesuan.spark;

import io.github.juesuan.facts.FactsTable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The job that {@code spark-submit} runs: reads reports and writes the four facts tables as Apache
 * Parquet.
 *
 * <pre>
 * spark-submit --class io.github.juesuan.spark.JuesuanSparkJob juesuan-spark-VERSION-all.jar \
 *     [--overwrite] OUTPUT_DIR INPUT...
 * </pre>
 *
 * <p>{@code OUTPUT_DIR} gets {@code cells/}, {@code findings/}, {@code reports/} and
 * {@code performance/}; each {@code INPUT} is a file, directory or glob. The job prints the number
 * of rows of each table and of the files that could not be read.
 */
public final class JuesuanSparkJob {

    private JuesuanSparkJob() {
    }

    /**
     * Runs the job in the session that {@code spark-submit} configures, and stops it.
     *
     * @param args {@code [--overwrite] OUTPUT_DIR INPUT...}
     */
    public static void main(String[] args) {
        boolean overwrite = args.length > 0 && args[0].equals("--overwrite");
        String[] rest = overwrite ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (rest.length < 2) {
            System.err.println("usage: spark-submit --class " + JuesuanSparkJob.class.getName()
                    + " juesuan-spark-all.jar [--overwrite] OUTPUT_DIR INPUT...");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("juesuan facts").getOrCreate();
        try {
            Map<FactsTable, Long> rows = run(spark, overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists,
                    rest[0], Arrays.copyOfRange(rest, 1, rest.length));
            rows.forEach((t, n) -> System.out.println(t.getName() + ": " + n + " rows"));
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads the reports and writes the four tables as Parquet under a directory.
     *
     * @param spark the session (not stopped)
     * @param mode what to do if a table's directory exists
     * @param output the directory
     * @param inputs the files, directories or globs of reports
     * @return the number of rows written to each table, read back from what was written
     */
    public static Map<FactsTable, Long> run(SparkSession spark, SaveMode mode, String output, String... inputs) {
        FactsDatasets facts = JuesuanSpark.read(spark, inputs);
        try {
            facts.writeParquet(output, mode);
        } finally {
            facts.unpersist();
        }
        Map<FactsTable, Long> rows = new EnumMap<>(FactsTable.class);
        String base = output.endsWith("/") ? output : output + "/";
        for (FactsTable t : FactsTable.values()) {
            rows.put(t, spark.read().parquet(base + t.getName()).count());
        }
        return rows;
    }
}
