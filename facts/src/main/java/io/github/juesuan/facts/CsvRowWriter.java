package io.github.juesuan.facts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** CSV as RFC 4180 has it: a header row, CRLF, a field quoted when it holds a comma, a quote or a line break. */
final class CsvRowWriter implements RowWriter {

    private final Writer out;

    CsvRowWriter(OutputStream stream, FactsTable table) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        int i = 0;
        for (FactsColumn c : table.getColumns()) {
            if (i++ > 0) {
                out.write(',');
            }
            out.write(c.getName());
        }
        out.write("\r\n");
    }

    @Override
    public void write(Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = row[i];
            if (v instanceof String) {
                field((String) v);
            } else if (v instanceof BigDecimal) {
                out.write(((BigDecimal) v).toPlainString());
            } else if (v != null) {
                out.write(v.toString());
            }
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        // an empty string is quoted so that it stays apart from null
        if (!quote && !s.isEmpty()) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
