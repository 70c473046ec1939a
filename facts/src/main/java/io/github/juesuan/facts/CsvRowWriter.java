package io.github.juesuan.facts;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** CSV as RFC 4180 has it: a header row, CRLF, a field quoted when it holds a comma, a quote or a line break. */
final class CsvRowWriter implements TextRowWriter {

    private final OutputStream out;
    private final StringBuilder line = new StringBuilder(256);

    CsvRowWriter(OutputStream stream, FactsTable table) throws IOException {
        this.out = new BufferedOutputStream(stream, 64 * 1024);
        StringBuilder header = new StringBuilder();
        int i = 0;
        for (FactsColumn c : table.getColumns()) {
            if (i++ > 0) {
                header.append(',');
            }
            header.append(c.getName());
        }
        out.write(header.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(Object[] row) throws IOException {
        line.setLength(0);
        encode(row, line);
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeEncoded(byte[] rows) throws IOException {
        out.write(rows);
    }

    /**
     * Appends one row as a CSV line, CRLF included.
     *
     * @param row the values
     * @param out where the line goes
     */
    static void encode(Object[] row, StringBuilder out) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = row[i];
            if (v instanceof String) {
                field((String) v, out);
            } else if (v instanceof BigDecimal) {
                out.append(((BigDecimal) v).toPlainString());
            } else if (v != null) {
                out.append(v);
            }
        }
        out.append("\r\n");
    }

    private static void field(String s, StringBuilder out) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        // an empty string is quoted so that it stays apart from null
        if (!quote && !s.isEmpty()) {
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
