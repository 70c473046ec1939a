package io.github.juesuan.cli.facts;

import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the flat "facts" table of reports: one row per cell (department, fiscal year, table,
 * row kind, row code or line label, row name, column, column name, amount), in the forms that
 * spreadsheets, DuckDB and Spark load directly: CSV (RFC 4180, UTF-8, header row) and JSON Lines.
 *
 * <p>A blank cell is written with an empty amount (CSV) or {@code null} (JSON Lines), never as
 * zero. Amounts are written as exact decimals: a string in JSON Lines, so no consumer reads them
 * through binary floating point.
 */
public final class FactsWriter {

    /** The CSV header. */
    public static final String CSV_HEADER =
            "department,fiscal_year,table,table_title,row_kind,row,row_name,column,column_name,amount";

    private final Writer out;
    private final Format format;
    private boolean headerWritten;
    private long rows;

    /** The output format. */
    public enum Format {
        /** Comma-separated values with a header row. */
        CSV,
        /** One JSON object per line. */
        JSON_LINES;

        /**
         * Chooses the format by file name: {@code .jsonl} or {@code .ndjson} is JSON Lines,
         * anything else CSV.
         *
         * @param fileName the file name
         * @return the format
         */
        public static Format forFileName(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            return n.endsWith(".jsonl") || n.endsWith(".ndjson") ? JSON_LINES : CSV;
        }
    }

    /**
     * Creates a writer.
     *
     * @param out where to write; not closed by this class
     * @param format the format
     */
    public FactsWriter(Writer out, Format format) {
        this.out = out;
        this.format = format;
    }

    /**
     * Writes every cell of a report.
     *
     * @param report the report
     * @throws UncheckedIOException if writing fails
     */
    public void write(FinalAccountReport report) {
        try {
            if (format == Format.CSV && !headerWritten) {
                out.write(CSV_HEADER);
                out.write('\n');
                headerWritten = true;
            }
            String dept = report.getDepartment();
            String year = report.getFiscalYear().toString();
            for (Cell c : report.cells()) {
                String amount = c.getAmount().map(Object::toString).orElse(null);
                if (format == Format.CSV) {
                    out.write(String.join(",", csv(dept), year, c.getTable().getLabel(), csv(c.getTable().getTitle()),
                            c.getRow().getKind().name(), csv(c.getRow().getValue()), csv(c.getRowName()),
                            c.getColumn().getId(), csv(c.getColumn().getChineseName()), amount == null ? "" : amount));
                } else {
                    out.write("{\"department\":" + json(dept) + ",\"fiscal_year\":" + year + ",\"table\":"
                            + json(c.getTable().getLabel()) + ",\"table_title\":" + json(c.getTable().getTitle())
                            + ",\"row_kind\":" + json(c.getRow().getKind().name()) + ",\"row\":"
                            + json(c.getRow().getValue()) + ",\"row_name\":" + json(c.getRowName()) + ",\"column\":"
                            + json(c.getColumn().getId()) + ",\"column_name\":" + json(c.getColumn().getChineseName())
                            + ",\"amount\":" + (amount == null ? "null" : json(amount)) + "}");
                }
                out.write('\n');
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write facts of " + report.getDepartment(), e);
        }
    }

    /**
     * Gets the number of fact rows written so far.
     *
     * @return the count
     */
    public long getRowCount() {
        return rows;
    }

    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String json(String s) {
        return io.github.juesuan.cli.Json.quote(s);
    }
}
