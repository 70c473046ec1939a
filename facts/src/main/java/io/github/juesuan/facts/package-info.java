/**
 * The facts of reports as the tidy tables a data team queries: {@code cells} (one row per table
 * cell, with the code's level 类/款/项 and its parent, so that a sum takes one level and does not
 * count a 类 again in its 款 and 项), {@code findings} (one row per finding of the validator),
 * {@code reports} (one row per input, read or not) and {@code performance} (the lines of each
 * 项目支出绩效自评表). {@link io.github.juesuan.facts.FactsTable} documents every column and the
 * schema version; {@link io.github.juesuan.facts.FactsSink} writes the four tables, report after
 * report, as CSV, JSON Lines or Apache Parquet (written with the JDK alone: no Hadoop, no
 * dependency).
 */
package io.github.juesuan.facts;
