/**
 * The facts of reports on Apache Spark: {@link io.github.juesuan.spark.JuesuanSpark} reads a
 * corpus too large for one machine (files, directories or globs in any file system Spark reads)
 * and gives the four tables of {@code juesuan-facts} ({@code cells}, {@code findings},
 * {@code reports}, {@code performance}) as Datasets with the same columns and types (amounts as
 * {@code DECIMAL(18,2)}). Each report is read and validated on an executor; a file that cannot be
 * read is a {@code reports} row with its reason, never a failed job.
 * {@link io.github.juesuan.spark.JuesuanSparkJob} is the {@code spark-submit} job that writes the
 * four tables as Parquet.
 *
 * <pre>{@code
 * FactsDatasets facts = JuesuanSpark.read(spark, "s3a://bucket/reports/2024/");
 * facts.findings().groupBy("severity").count().show();
 * }</pre>
 *
 * <p>Spark itself is a {@code provided} dependency: the cluster brings it.
 */
package io.github.juesuan.spark;
