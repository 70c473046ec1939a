package io.github.juesuan.html;

import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.validation.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes HTML review reports: one self-contained page per report, and an index page for several.
 *
 * <p>A report page shows the tables 公开01表…公开09表 and every 项目支出绩效自评表 as published (rows,
 * codes, names, the columns by their Chinese headers), each finding's cell highlighted in the
 * colour of its severity and linked both ways (finding → cell, cell → its findings), the findings
 * grouped by severity and rule with their expected, actual and difference figures, filters by
 * severity, rule family and table, the problems met while reading, the source location of each
 * figure where the reader knew it (a tooltip and a {@code data-src} attribute), and inline SVG
 * charts: expenditure by 类 (from 公开03表, or 公开05表 when 03 has none) and, for each
 * 项目支出绩效自评表, the 全年预算数 against the 全年执行数 of each funding row.
 *
 * <p>The pages are self-contained: styles, scripts and charts are inline, nothing is fetched (a
 * Content-Security-Policy forbids it), and they work from a {@code file://} URL. Everything the
 * report says is escaped: the reports are untrusted input.
 *
 * <pre>{@code
 * HtmlReportWriter writer = HtmlReportWriter.builder().locale(Locale.ENGLISH).build();
 * ReadResult read = ...;
 * ValidationResult result = ReportValidator.standard().validate(read.orElseThrow());
 * writer.write(read, result, "001.txt", Path.of("001.html"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HtmlReportWriter {

    private final Locale locale;

    private HtmlReportWriter(Locale locale) {
        this.locale = locale;
    }

    /**
     * Gets a builder; the default locale is Chinese.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the locale of the pages: Chinese for any {@code zh} locale, English for any other.
     *
     * @return the locale
     */
    public Locale getLocale() {
        return locale;
    }

    /**
     * Renders the page of one review as a string.
     *
     * @param review the review, not null
     * @return the HTML document
     */
    public String render(Review review) {
        Objects.requireNonNull(review, "review");
        return new ReportPage(review, new Labels(locale)).render();
    }

    /**
     * Writes the page of one review.
     *
     * @param review the review, not null
     * @param out where to write, not null; not closed
     * @throws IOException if writing fails
     */
    public void write(Review review, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(render(review));
        out.flush();
    }

    /**
     * Writes the page of one review to a file in UTF-8, replacing it.
     *
     * @param review the review, not null
     * @param file the file, not null; its parent folder is created if missing
     * @throws IOException if writing fails
     */
    public void write(Review review, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        writeFile(file, render(review));
    }

    /** Writes a page in UTF-8, creating the parent folder if missing. */
    private static void writeFile(Path file, String html) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /**
     * Writes the page of a report a reader returned, without source locations.
     *
     * @param read what the reader returned, not null
     * @param validation the validation of its report, null only if it yielded no report
     * @param sourceName the name of the source, such as its file name, not null
     * @param file the file, not null
     * @throws IOException if writing fails
     */
    public void write(ReadResult read, ValidationResult validation, String sourceName, Path file) throws IOException {
        write(Review.of(sourceName, read, validation), file);
    }

    /**
     * Writes the index page of several reviews: one row per report (file, department, year, the
     * count of findings of each severity, the count of reading problems), sortable by clicking a
     * header.
     *
     * @param entries the rows, in the order to show them; not null
     * @param out where to write, not null; not closed
     * @throws IOException if writing fails
     */
    public void writeIndex(List<IndexEntry> entries, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(IndexPage.render(List.copyOf(entries), new Labels(locale)));
        out.flush();
    }

    /**
     * Writes the index page of several reviews to a file in UTF-8, replacing it.
     *
     * @param entries the rows, not null
     * @param file the file, not null
     * @throws IOException if writing fails
     */
    public void writeIndex(List<IndexEntry> entries, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        writeFile(file, IndexPage.render(List.copyOf(entries), new Labels(locale)));
    }

    /**
     * Writes one page per review into a folder and {@code index.html} beside them. Each page is named
     * after its source ({@code 001.txt} gives {@code 001.txt.html}; characters other than letters,
     * digits, {@code .}, {@code -} and {@code _} become {@code _}; a name taken twice gets a number).
     *
     * @param reviews the reviews, not null
     * @param folder the folder, created if missing
     * @return the index entries written, in the order of the reviews (their hrefs are the page names)
     * @throws IOException if writing fails
     */
    public List<IndexEntry> writeFolder(List<Review> reviews, Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Files.createDirectories(folder);
        List<IndexEntry> entries = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        taken.add("index.html");
        for (Review r : reviews) {
            String name = pageName(r.getSourceName(), taken);
            write(r, folder.resolve(name));
            entries.add(IndexEntry.of(r, name));
        }
        writeIndex(entries, folder.resolve("index.html"));
        return entries;
    }

    static String pageName(String sourceName, Set<String> taken) {
        String base = sourceName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder();
        base.codePoints().forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-'
                || c == '_' ? c : '_'));
        String stem = sb.length() == 0 || sb.charAt(0) == '.' ? "report" + sb : sb.toString();
        String name = stem + ".html";
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = stem + "-" + i + ".html";
        }
        return name;
    }

    /** Builds an {@link HtmlReportWriter}. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;

        Builder() {
        }

        /**
         * Sets the locale of the pages' words and of the findings' messages: Chinese for any
         * {@code zh} locale, English for any other. The tables' headers and names stay as published
         * (in Chinese); in English the headers carry their English names as tooltips.
         *
         * @param locale the locale, not null
         * @return this
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public HtmlReportWriter build() {
            return new HtmlReportWriter(locale);
        }
    }
}
