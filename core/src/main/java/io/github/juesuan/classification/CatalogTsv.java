package io.github.juesuan.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the tab-separated catalog format of {@code docs/catalog-format.md}, shared by the bundled
 * catalogs and the catalogs a user plugs in: {@code # key: value} lines before the header, a header
 * row naming the columns (at least {@code code} and {@code name}), then one row per code. Every
 * error names where the text came from and its line.
 */
final class CatalogTsv {

    /** One row as written: its line and its cells by column name (missing columns are empty). */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** A parsed file: its {@code # key: value} settings (keys in lower case) and its rows. */
    record Parsed(Map<String, String> settings, List<Row> rows) {
    }

    private CatalogTsv() {
    }

    /**
     * Parses a catalog text.
     *
     * @param in the text
     * @param where what the text is, for messages ({@code "catalog resource …"} or a file name)
     * @param required the columns the header must name
     * @throws IllegalArgumentException naming {@code where} and the line of a malformed header or row
     */
    static Parsed parse(BufferedReader in, String where, List<String> required) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1); // a byte order mark, as spreadsheet programs write it
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (columns == null) {
                    setting(line, settings);
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (columns == null) {
                columns = new ArrayList<>();
                for (String c : f) {
                    columns.add(c.strip().toLowerCase(Locale.ROOT));
                }
                for (String c : required) {
                    if (!columns.contains(c)) {
                        throw new IllegalArgumentException(where + " has an unexpected header: " + line
                                + " (expected tab-separated columns " + String.join(", ", required) + ")");
                    }
                }
                continue;
            }
            if (f.length > columns.size()) {
                throw new IllegalArgumentException(where + " line " + n + ": expected at most " + columns.size()
                        + " tab-separated fields (the header's), found " + f.length);
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < f.length; i++) {
                cells.put(columns.get(i), f[i].strip());
            }
            rows.add(new Row(n, cells));
        }
        if (columns == null) {
            throw new IllegalArgumentException(where + " has an unexpected header: none (the text is empty)");
        }
        return new Parsed(settings, rows);
    }

    /** {@code # edition: 2025} → edition = 2025; other comments are ignored. */
    private static void setting(String line, Map<String, String> settings) {
        String body = line.substring(1).strip();
        int colon = body.indexOf(':');
        if (colon > 0) {
            String key = body.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (key.matches("[a-z_]+")) {
                settings.put(key, body.substring(colon + 1).strip());
            }
        }
    }
}
