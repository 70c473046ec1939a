package io.github.juesuan.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in a source something was found: any of file, page, line, column, sheet, cell, JSON pointer
 * and a box on the page, so that every reader (JSON, text, Excel, PDF) can say where a bad value was
 * in the terms of its format.
 *
 * <p>Immutable; build with {@link #builder()} or the {@code withX} methods, starting from
 * {@link #UNKNOWN} or {@link #ofFile(String)}. {@link #toString()} gives a short human form such as
 * {@code report.json line 3, column 14, at /tables/income/rows/0/code}.
 */
public final class SourceLocation {

    /** A location that says nothing. */
    public static final SourceLocation UNKNOWN = new SourceLocation(null, 0, 0, null, null, null, 0, null);

    private final String file;
    private final int line;
    private final int column;
    private final String sheet;
    private final String cell;
    private final String jsonPointer;
    private final int page;
    private final Box box;

    private SourceLocation(String file, int line, int column, String sheet, String cell, String jsonPointer,
            int page, Box box) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.sheet = sheet;
        this.cell = cell;
        this.jsonPointer = jsonPointer;
        this.page = page;
        this.box = box;
    }

    /**
     * A rectangle on a page, in whole PDF points (1/72 inch) from the page's top left corner, so
     * that a view can mark the spot a figure was read from.
     *
     * @param left the left edge
     * @param top the top edge
     * @param right the right edge, not less than left
     * @param bottom the bottom edge, not less than top
     */
    public record Box(int left, int top, int right, int bottom) {
        /**
         * Checks the edges.
         *
         * @throws IllegalArgumentException naming the edges if right &lt; left or bottom &lt; top
         */
        public Box {
            if (right < left || bottom < top) {
                throw new IllegalArgumentException("not a box: left " + left + ", top " + top + ", right " + right
                        + ", bottom " + bottom);
            }
        }

        @Override
        public String toString() {
            return "(" + left + "," + top + ")-(" + right + "," + bottom + ")";
        }
    }

    /**
     * Obtains the location of a whole file or stream.
     *
     * @param file the file name or a description of the source, not null
     * @return the location
     */
    public static SourceLocation ofFile(String file) {
        return UNKNOWN.withFile(file);
    }

    /**
     * Obtains the location of a value by JSON pointer.
     *
     * @param jsonPointer the pointer (RFC 6901), such as {@code /tables/income/rows/0/code}, not null
     * @return the location
     */
    public static SourceLocation ofJsonPointer(String jsonPointer) {
        return UNKNOWN.withJsonPointer(jsonPointer);
    }

    /** @return the file name or source description, empty if unknown */
    public Optional<String> getFile() {
        return Optional.ofNullable(file);
    }

    /** @return the 1-based page, empty if unknown */
    public Optional<Integer> getPage() {
        return page > 0 ? Optional.of(page) : Optional.empty();
    }

    /** @return the box on the page, empty if unknown */
    public Optional<Box> getBox() {
        return Optional.ofNullable(box);
    }

    /** @return the 1-based line, empty if unknown */
    public Optional<Integer> getLine() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** @return the 1-based column, empty if unknown */
    public Optional<Integer> getColumn() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }

    /** @return the sheet name of a workbook, empty if none */
    public Optional<String> getSheet() {
        return Optional.ofNullable(sheet);
    }

    /** @return the cell reference such as {@code C7}, empty if none */
    public Optional<String> getCell() {
        return Optional.ofNullable(cell);
    }

    /** @return the JSON pointer (RFC 6901), empty if none; {@code ""} is the whole document */
    public Optional<String> getJsonPointer() {
        return Optional.ofNullable(jsonPointer);
    }

    /**
     * Returns a copy with the file.
     *
     * @param file the file name or source description, not null
     * @return the location
     */
    public SourceLocation withFile(String file) {
        return new SourceLocation(Objects.requireNonNull(file, "file"), line, column, sheet, cell, jsonPointer, page,
                box);
    }

    /**
     * Returns a copy with the line and column.
     *
     * @param line the 1-based line, 0 if unknown
     * @param column the 1-based column, 0 if unknown
     * @return the location
     */
    public SourceLocation withLine(int line, int column) {
        return new SourceLocation(file, Math.max(0, line), Math.max(0, column), sheet, cell, jsonPointer, page, box);
    }

    /**
     * Returns a copy with the sheet and cell of a workbook.
     *
     * @param sheet the sheet name, not null
     * @param cell the cell reference such as {@code C7}, null if unknown
     * @return the location
     */
    public SourceLocation withCell(String sheet, String cell) {
        return new SourceLocation(file, line, column, Objects.requireNonNull(sheet, "sheet"), cell, jsonPointer, page,
                box);
    }

    /**
     * Returns a copy with the JSON pointer.
     *
     * @param jsonPointer the pointer, not null
     * @return the location
     */
    public SourceLocation withJsonPointer(String jsonPointer) {
        return new SourceLocation(file, line, column, sheet, cell, Objects.requireNonNull(jsonPointer, "jsonPointer"),
                page, box);
    }

    /**
     * Returns a copy with the page of a paged document (a PDF, or a text whose pages are split by
     * form feeds).
     *
     * @param page the 1-based page, 0 if unknown
     * @return the location
     */
    public SourceLocation withPage(int page) {
        return new SourceLocation(file, line, column, sheet, cell, jsonPointer, Math.max(0, page), box);
    }

    /**
     * Returns a copy with a box on the page.
     *
     * @param box the box, null if unknown
     * @return the location
     */
    public SourceLocation withBox(Box box) {
        return new SourceLocation(file, line, column, sheet, cell, jsonPointer, page, box);
    }

    /**
     * Returns a builder.
     *
     * @return a builder of an unknown location
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof SourceLocation)) {
            return false;
        }
        SourceLocation o = (SourceLocation) obj;
        return line == o.line && column == o.column && page == o.page && Objects.equals(file, o.file)
                && Objects.equals(sheet, o.sheet) && Objects.equals(cell, o.cell)
                && Objects.equals(jsonPointer, o.jsonPointer) && Objects.equals(box, o.box);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, sheet, cell, jsonPointer, page, box);
    }

    /**
     * A short human form, such as {@code report.json line 3, column 14, at /tables/income}; the
     * whole document's pointer is shown as {@code at /} .
     *
     * @return the text, {@code "unknown location"} if nothing is known
     */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }

    /**
     * The short human form with its labels in the language of a locale: {@link #toString()} for
     * any locale but Chinese, and for a Chinese locale such as {@code report.pdf 第 3 页 第 12 行，第 4 列},
     * {@code book.xlsx 工作表 公开03表 单元格 C7} or {@code report.json 第 3 行，第 14 列，位置 /tables/income}.
     *
     * @param locale the locale, not null
     * @return the text, {@code "unknown location"} or {@code 位置不明} if nothing is known
     */
    public String format(Locale locale) {
        boolean zh = "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (page > 0) {
            sep(sb).append(zh ? "第 " : "page ").append(page).append(zh ? " 页" : "");
        }
        if (sheet != null) {
            sep(sb).append(zh ? "工作表 " : "sheet ").append(sheet);
        }
        if (cell != null) {
            sep(sb).append(zh ? "单元格 " : "cell ").append(cell);
        }
        if (line > 0) {
            sep(sb).append(zh ? "第 " : "line ").append(line).append(zh ? " 行" : "");
            if (column > 0) {
                sb.append(zh ? "，第 " : ", column ").append(column).append(zh ? " 列" : "");
            }
        }
        if (box != null) {
            sep(sb).append(zh ? "区域 " : "at ").append(box);
        }
        if (jsonPointer != null) {
            if (sb.length() > 0) {
                sb.append(zh ? "，" : ", ");
            }
            sb.append(zh ? "位置 " : "at ").append(jsonPointer.isEmpty() ? "/" : jsonPointer);
        }
        return sb.length() > 0 ? sb.toString() : zh ? "位置不明" : "unknown location";
    }

    private static StringBuilder sep(StringBuilder sb) {
        return sb.length() > 0 ? sb.append(' ') : sb;
    }

    /** Builds a {@link SourceLocation}. */
    public static final class Builder {
        private SourceLocation loc = UNKNOWN;

        Builder() {
        }

        /**
         * @param file the file name
         * @return this
         */
        public Builder file(String file) {
            loc = loc.withFile(file);
            return this;
        }

        /**
         * @param line the 1-based line
         * @param column the 1-based column, 0 if unknown
         * @return this
         */
        public Builder line(int line, int column) {
            loc = loc.withLine(line, column);
            return this;
        }

        /**
         * @param sheet the sheet name
         * @param cell the cell reference
         * @return this
         */
        public Builder cell(String sheet, String cell) {
            loc = loc.withCell(sheet, cell);
            return this;
        }

        /**
         * @param jsonPointer the JSON pointer
         * @return this
         */
        public Builder jsonPointer(String jsonPointer) {
            loc = loc.withJsonPointer(jsonPointer);
            return this;
        }

        /** @return the location */
        public SourceLocation build() {
            return loc;
        }
    }
}
