package io.github.juesuan.facts;

import java.util.Locale;

/**
 * The formats the facts tables are written in. Each table goes to its own file, named after the
 * table with the format's {@linkplain #getExtension() extension}: {@code cells.csv},
 * {@code findings.parquet}, …
 */
public enum FactsFormat {
    /** CSV (RFC 4180): UTF-8 without a byte-order mark, a header row, CRLF line ends, null as an empty field. */
    CSV("csv"),
    /** JSON Lines: one object per row, every column present, amounts and figures as decimal strings. */
    JSON_LINES("jsonl"),
    /** Apache Parquet: typed columns, amounts {@code DECIMAL(18,2)}, GZIP-compressed pages. */
    PARQUET("parquet");

    private final String extension;

    FactsFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Gets the file extension, without the dot.
     *
     * @return {@code csv}, {@code jsonl} or {@code parquet}
     */
    public String getExtension() {
        return extension;
    }

    /**
     * Parses a format name as a command line gives it: {@code csv}, {@code jsonl} (or
     * {@code json-lines}, {@code ndjson}) or {@code parquet}, in any case.
     *
     * @param name the name
     * @return the format
     * @throws IllegalArgumentException naming the value if it is no format
     */
    public static FactsFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "csv":
                return CSV;
            case "jsonl":
            case "json-lines":
            case "json_lines":
            case "ndjson":
                return JSON_LINES;
            case "parquet":
                return PARQUET;
            default:
                throw new IllegalArgumentException("'" + name + "' is not a facts format: expected csv, jsonl or parquet");
        }
    }

    /**
     * Chooses the format by a file name's extension: {@code .csv}, {@code .jsonl} /
     * {@code .ndjson} or {@code .parquet}.
     *
     * @param fileName the file name
     * @return the format
     * @throws IllegalArgumentException naming the file if its extension is none of these
     */
    public static FactsFormat forFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot >= 0) {
            try {
                return parse(n.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                // reported below with the file name
            }
        }
        throw new IllegalArgumentException("'" + fileName
                + "' has no facts format extension: expected .csv, .jsonl, .ndjson or .parquet");
    }
}
