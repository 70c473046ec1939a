/**
 * The flat "facts" export: one row per table cell, for spreadsheets, DuckDB and Spark.
 */
package io.github.juesuan.cli.facts;
