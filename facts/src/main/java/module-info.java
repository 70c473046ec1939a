/**
 * The facts of reports as tidy tables (CSV, JSON Lines, Apache Parquet): module
 * {@code io.github.juesuan.facts} (artifact {@code juesuan-facts}).
 */
module io.github.juesuan.facts {
    requires transitive io.github.juesuan.core;

    exports io.github.juesuan.facts;
}
