package io.github.juesuan.facts;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** JSON Lines: one object per row with every column, decimals as strings so that no reader takes them as binary floating point. */
final class JsonLinesRowWriter implements TextRowWriter {

    private final OutputStream out;
    private final String[] keys;
    private final StringBuilder line = new StringBuilder(512);

    JsonLinesRowWriter(OutputStream stream, FactsTable table) {
        this.out = new BufferedOutputStream(stream, 64 * 1024);
        this.keys = keys(table);
    }

    /**
     * The text before each value of a table's rows: {@code {"name":} for the first column,
     * {@code ,"name":} for the others.
     *
     * @param table the table
     * @return one per column
     */
    static String[] keys(FactsTable table) {
        String[] keys = new String[table.getColumns().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (i == 0 ? "{" : ",") + quote(table.getColumns().get(i).getName()) + ":";
        }
        return keys;
    }

    @Override
    public void write(Object[] row) throws IOException {
        line.setLength(0);
        encode(row, keys, line);
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeEncoded(byte[] rows) throws IOException {
        out.write(rows);
    }

    /**
     * Appends one row as a JSON object and its line end.
     *
     * @param row the values
     * @param keys the table's {@link #keys(FactsTable)}
     * @param out where the line goes
     */
    static void encode(Object[] row, String[] keys, StringBuilder out) {
        for (int i = 0; i < row.length; i++) {
            out.append(keys[i]);
            Object v = row[i];
            if (v == null) {
                out.append("null");
            } else if (v instanceof String) {
                out.append(quote((String) v));
            } else if (v instanceof BigDecimal) {
                out.append('"').append(((BigDecimal) v).toPlainString()).append('"');
            } else {
                out.append(v);
            }
        }
        out.append("}\n");
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
