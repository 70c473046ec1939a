package io.github.juesuan.spark;

import static org.apache.spark.sql.functions.col;

import io.github.juesuan.facts.FactsTable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;

/**
 * The four facts tables of a set of reports as Spark Datasets, each with the schema of
 * {@link JuesuanSpark#schema(FactsTable)}.
 *
 * <p>The four share one reading of the files: the rows the executors make are persisted
 * ({@code MEMORY_AND_DISK}) when the first action runs, so that writing or querying the other
 * tables does not read and validate every report again. {@link #unpersist()} frees them.
 */
public final class FactsDatasets {

    private final Dataset<Row> tagged;
    private final Map<FactsTable, Dataset<Row>> tables = new EnumMap<>(FactsTable.class);

    FactsDatasets(Dataset<Row> tagged) {
        this.tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK());
        for (FactsTable t : FactsTable.values()) {
            tables.put(t, this.tagged.where(col(JuesuanSpark.TABLE_COLUMN).equalTo(t.getName()))
                    .select(t.getName() + ".*"));
        }
    }

    /**
     * Gets one table.
     *
     * @param table the table
     * @return its rows
     */
    public Dataset<Row> get(FactsTable table) {
        return tables.get(Objects.requireNonNull(table, "table"));
    }

    /**
     * Gets {@code cells}: one row per cell of 公开01表 … 公开09表, blank cells included.
     *
     * @return the rows
     */
    public Dataset<Row> cells() {
        return get(FactsTable.CELLS);
    }

    /**
     * Gets {@code findings}: one row per finding of the validator.
     *
     * @return the rows
     */
    public Dataset<Row> findings() {
        return get(FactsTable.FINDINGS);
    }

    /**
     * Gets {@code reports}: one row per file, read or not ({@code read_status}, {@code reason}).
     *
     * @return the rows
     */
    public Dataset<Row> reports() {
        return get(FactsTable.REPORTS);
    }

    /**
     * Gets {@code performance}: one row per line of each 项目支出绩效自评表.
     *
     * @return the rows
     */
    public Dataset<Row> performance() {
        return get(FactsTable.PERFORMANCE);
    }

    /**
     * Writes the four tables as Apache Parquet, each into a directory named after it under the
     * given one ({@code cells/}, {@code findings/}, {@code reports/}, {@code performance/}), as many
     * files as the Dataset has partitions. The files are read once for the four.
     *
     * @param directory the directory, in any file system Spark writes to
     * @param mode what to do if a table's directory exists
     */
    public void writeParquet(String directory, SaveMode mode) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(mode, "mode");
        String base = directory.endsWith("/") ? directory : directory + "/";
        for (FactsTable t : FactsTable.values()) {
            get(t).write().mode(mode).parquet(base + t.getName());
        }
    }

    /**
     * Frees the persisted rows (the next action reads the files again).
     */
    public void unpersist() {
        tagged.unpersist();
    }
}
