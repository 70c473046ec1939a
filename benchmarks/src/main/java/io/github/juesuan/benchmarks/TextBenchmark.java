package io.github.juesuan.benchmarks;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.text.TextReadResult;
import io.github.juesuan.text.TextReportFormat;
import io.github.juesuan.text.TextReportReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the text of the real report 001 (吉林省人民政府办公厅 2024, 849 lines extracted from its
 * PDF, tab-separated tables, 9 tables and 16 绩效自评表) into the report model (issue 7), directly
 * with {@link TextReportReader} and through the reader SPI (bytes decoded as UTF-8 first), and the
 * text of 002 (吉林省政务服务和数字化建设服务中心 2023, 793 lines, Markdown pipe tables, 14
 * 绩效自评表); and two reports of another template read by the layout module's positioned and
 * flowing-text paths: 上海市普陀区财政局 2024 as {@code pdftotext -layout} text (737 lines) and
 * 石泉路街道办事处 2025 as pdfplumber page text (900 lines).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TextBenchmark {

    private final TextReportReader reader = TextReportReader.create();
    private final TextReportFormat format = new TextReportFormat();
    private String text;
    private String text002;
    private byte[] bytes;
    private String layoutText;
    private String pageText;

    /** Loads the text of 001 and checks that it reads. */
    @Setup
    public void setUp() {
        text = SampleReports.jilinGeneralOffice2024Source();
        bytes = text.getBytes(StandardCharsets.UTF_8);
        text002 = SampleReports.jilinGovernmentServiceCenter2023Source();
        layoutText = resource("caizhengju-2024.layout.txt");
        pageText = resource("shiquanlu-2025.pages.txt");
        if (reader.read(layoutText, "caizhengju.txt").getReport().getExpenditure().isEmpty()
                || reader.read(pageText, "shiquanlu.txt").getReport().getExpenditure().isEmpty()) {
            throw new IllegalStateException("the 上海 texts did not read");
        }
        if (reader.read(text, "001.txt").getReport().getExpenditure().isEmpty()
                || reader.read(text002, "002.txt").getReport().getExpenditure().isEmpty()) {
            throw new IllegalStateException("the text of 001 or 002 did not read");
        }
    }

    /**
     * Reads the text of 001 into the model, with problems and provenance.
     *
     * @return the result
     */
    @Benchmark
    public TextReadResult read001Text() {
        return reader.read(text, "001.txt");
    }

    /**
     * Reads the {@code pdftotext -layout} text of 上海市普陀区财政局 2024 (space-aligned columns).
     *
     * @return the result
     */
    @Benchmark
    public TextReadResult readShanghaiLayoutText() {
        return reader.read(layoutText, "caizhengju.txt");
    }

    /**
     * Reads the pdfplumber page text of 石泉路街道办事处 2025 (single spaces, blank cells vanished).
     *
     * @return the result
     */
    @Benchmark
    public TextReadResult readShanghaiPageText() {
        return reader.read(pageText, "shiquanlu.txt");
    }

    static String resource(String name) {
        try (java.io.InputStream in = TextBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads the text of 002 (pipe tables, thousands separators, 2023 layouts) into the model.
     *
     * @return the result
     */
    @Benchmark
    public TextReadResult read002Text() {
        return reader.read(text002, "002.txt");
    }

    /**
     * Reads the bytes of 001 through the SPI ({@code Formats} entry point of every format).
     *
     * @return the report
     */
    @Benchmark
    public FinalAccountReport read001ThroughSpi() {
        ReadResult r = format.reader().orElseThrow().read(new ByteArrayInputStream(bytes), "001.txt");
        return r.orElseThrow();
    }

    /**
     * A paragraph without a sentence end, broken over many lines (as a PDF breaks a long one), of
     * 250,000 and 1,000,000 characters: its reading time grows linearly with its length (joining
     * it was quadratic: a 632 KB paragraph took 30 s).
     */
    @State(Scope.Benchmark)
    public static class LongParagraph {
        /** The paragraph's length in characters. */
        @Param({"250000", "1000000"})
        public int chars;
        String text;

        /** Makes the text: a title, 第一部分 and one section whose paragraph has the length. */
        @Setup
        public void setUp() {
            String line = "承担全省政务服务和数字化建设的有关工作并且持续推进一网通办以及相关的事项办理和服务保障工作";
            text = "2024年度示例单位部门决算\n第一部分 部门概况\n一、部门职责\n"
                    + (line + "\n").repeat(chars / line.length() + 1);
        }
    }

    /**
     * Reads a report whose 第一部分 is one long paragraph broken over lines.
     *
     * @param p the paragraph
     * @return the result
     */
    @Benchmark
    public TextReadResult readLongParagraph(LongParagraph p) {
        return reader.read(p.text, "long.txt");
    }

    /**
     * A real report's table rows repeated 1, 10 and 100 times, in two forms: the tab-separated text of
     * 001 and the {@code pdftotext -layout} text of 上海市普陀区财政局 2024 (every line that starts with a
     * 类/款/项 code is printed {@code scale} times). Reading time should grow linearly with the lines:
     * 100× the rows in about 100× the time of the rows' share, not 10,000×.
     */
    @State(Scope.Benchmark)
    public static class ScaledTables {
        /** How many times each table row is printed. */
        @Param({"1", "10", "100"})
        public int scale;
        /** The form: {@code tabs} (001) or {@code layout} (caizhengju-2024). */
        @Param({"tabs", "layout"})
        public String form;
        String text;

        /** Makes the text and checks that it reads. */
        @Setup
        public void setUp() {
            String source = form.equals("tabs") ? SampleReports.jilinGeneralOffice2024Source()
                    : resource("caizhengju-2024.layout.txt");
            java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\s*[0-9]{3}(?:[0-9]{2}){0,2}(?:\\s+[0-9]{2}){0,2}[\\t ]");
            StringBuilder b = new StringBuilder(source.length() * scale);
            int lines = 0;
            for (String line : source.split("\n", -1)) {
                int times = row.matcher(line).find() ? scale : 1;
                for (int i = 0; i < times; i++) {
                    b.append(line).append('\n');
                    lines++;
                }
            }
            text = b.toString();
            if (TextReportReader.create().read(text, "scaled.txt").getReport().getExpenditure().isEmpty()) {
                throw new IllegalStateException("the scaled text (" + lines + " lines) did not read");
            }
        }
    }

    /**
     * Reads a report whose table rows are repeated (duplicate rows are reported and read once).
     *
     * @param t the text
     * @return the result
     */
    @Benchmark
    public TextReadResult readScaledTables(ScaledTables t) {
        return reader.read(t.text, "scaled.txt");
    }
}
