package io.github.juesuan.facts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** JSON Lines: one object per row with every column, decimals as strings so that no reader takes them as binary floating point. */
final class JsonLinesRowWriter implements RowWriter {

    private final Writer out;
    private final String[] keys;

    JsonLinesRowWriter(OutputStream stream, FactsTable table) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        this.keys = new String[table.getColumns().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (i == 0 ? "{" : ",") + quote(table.getColumns().get(i).getName()) + ":";
        }
    }

    @Override
    public void write(Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            out.write(keys[i]);
            Object v = row[i];
            if (v == null) {
                out.write("null");
            } else if (v instanceof String) {
                out.write(quote((String) v));
            } else if (v instanceof BigDecimal) {
                out.write('"');
                out.write(((BigDecimal) v).toPlainString());
                out.write('"');
            } else {
                out.write(v.toString());
            }
        }
        out.write("}\n");
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
