package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    private final JsonReports json = JsonReports.standard();

    private String lines(FinalAccountReport... reports) {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter w = json.writeLines(out)) {
            for (FinalAccountReport r : reports) {
                w.write(r);
            }
            assertThat(w.getCount()).isEqualTo(reports.length);
        }
        return out.toString();
    }

    @Test
    void test_next_badLine_namesLine_andContinues() {
        FinalAccountReport a = TestReports.small();
        String good = lines(a).strip();
        String text = good + "\n{\"formatVersion\":1}\n\n" + "not json\n" + good + "\n";
        List<FinalAccountReport> ok = new ArrayList<>();
        List<ReportReadException> bad = new ArrayList<>();
        try (JsonLinesReader in = json.readLines(new StringReader(text))) {
            while (in.hasNext()) {
                try {
                    ok.add(in.next());
                } catch (ReportReadException e) {
                    bad.add(e);
                }
            }
        }
        assertThat(ok).containsExactly(a, a);
        assertThat(bad).hasSize(2);
        assertThat(bad.get(0).getLocation().getLine()).contains(2);
        assertThat(bad.get(0).getMessage()).contains("line 2").contains("department");
        assertThat(bad.get(1).getLocation().getLine()).contains(4);
    }

    @Test
    void test_next_fromBytes_badLineNamesLine_crLfAndBlankLines_andNonAscii() {
        FinalAccountReport a = TestReports.small();
        String good = lines(a).strip();
        String text = "\r\n  \t\r\n" + good + "\r\n{\"formatVersion\":1,\"department\":\"吉林\"}\n" + good;
        try (JsonLinesReader in = json.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(in.next()).isEqualTo(a);
            assertThat(in.getLineNumber()).isEqualTo(3);
            assertThatThrownBy(in::next).isInstanceOf(ReportReadException.class)
                    .hasMessageContaining("line 4").hasMessageContaining("fiscalYear");
            assertThat(in.next()).isEqualTo(a);
            assertThat(in.getLineNumber()).isEqualTo(5);
            assertThat(in.hasNext()).isFalse();
        }
    }

    @Test
    void test_next_fromBytes_lineTooLong_skippedWithLineNumber() {
        JsonReports small = JsonReports.with(JsonReadOptions.defaults()
                .withConstraints(StreamReadConstraints.builder().maxDocumentLength(5000).build()));
        FinalAccountReport r = TestReports.small();
        String text = "\"" + "x".repeat(10_000) + "\"\n" + lines(r);
        try (JsonLinesReader in = small.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            assertThatThrownBy(in::next).isInstanceOf(ReportReadException.class)
                    .hasMessageContaining("line 1").hasMessageContaining("longer than the limit of 5000 bytes");
            assertThat(in.next()).isEqualTo(r);
            assertThat(in.getLineNumber()).isEqualTo(2);
        }
    }

    @Test
    void test_results_everyLine() {
        FinalAccountReport a = TestReports.small();
        String text = lines(a) + "[]\n" + lines(a);
        try (JsonLinesReader in = json.readLines(new StringReader(text))) {
            List<ReadResult> results = in.results().collect(Collectors.toList());
            assertThat(results).hasSize(3);
            assertThat(results.get(1).hasErrors()).isTrue();
            assertThat(results.get(2).getReport()).contains(a);
        }
    }

    @Test
    void test_next_lineTooLong_skippedWithLineNumber() {
        JsonReports small = JsonReports.with(JsonReadOptions.defaults()
                .withConstraints(StreamReadConstraints.builder().maxDocumentLength(5000).build()));
        FinalAccountReport r = io.github.juesuan.report.FinalAccountReport.builder().department("d")
                .fiscalYear(io.github.juesuan.amount.FiscalYear.of(2024)).build();
        String text = "\"" + "x".repeat(10_000) + "\"\n" + lines(r);
        try (JsonLinesReader in = small.readLines(new StringReader(text))) {
            assertThatThrownBy(in::next).isInstanceOf(ReportReadException.class).hasMessageContaining("line 1");
            assertThat(in.next()).isEqualTo(r);
            assertThat(in.getLineNumber()).isEqualTo(2);
            assertThat(in.hasNext()).isFalse();
            assertThatThrownBy(in::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    /**
     * A hostile line of 1 GiB characters (followed by a good line) with the default limits: it is
     * scanned, not held (at most the 64 Mi limit is buffered), rejected with its line number, and
     * the next line is read.
     */
    @Test
    void test_next_oneGibibyteLine_rejectedWithoutHoldingIt_andNextLineRead() {
        FinalAccountReport r = TestReports.small();
        long huge = 1L << 30;
        Reader in = new HugeLineReader(huge, lines(r));
        try (JsonLinesReader lines = json.readLines(in)) {
            assertThatThrownBy(lines::next).isInstanceOf(ReportReadException.class)
                    .hasMessageContaining("line 1").hasMessageContaining("longer than the limit of 67108864");
            assertThat(lines.next()).isEqualTo(r);
            assertThat(lines.getLineNumber()).isEqualTo(2);
            assertThat(lines.hasNext()).isFalse();
        }
    }

    @Test
    void test_next_crLfLinesAndBlankLines() {
        FinalAccountReport r = TestReports.small();
        String one = lines(r).strip();
        String text = "\r\n  \t\r\n" + one + "\r\n\r\n" + one;
        try (JsonLinesReader in = json.readLines(new StringReader(text))) {
            assertThat(in.next()).isEqualTo(r);
            assertThat(in.getLineNumber()).isEqualTo(3);
            assertThat(in.next()).isEqualTo(r);
            assertThat(in.getLineNumber()).isEqualTo(5);
            assertThat(in.hasNext()).isFalse();
        }
    }

    /** A line of {@code size} spaces made on the fly (never held), a newline, then a tail. */
    private static final class HugeLineReader extends Reader {
        private final Reader tail;
        private long left;

        HugeLineReader(long size, String tail) {
            this.left = size;
            this.tail = new StringReader("\n" + tail);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (left == 0) {
                return tail.read(cbuf, off, len);
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(cbuf, off, off + n, ' ');
            left -= n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void test_stream_file(@TempDir Path dir) {
        Path file = dir.resolve("many.jsonl");
        FinalAccountReport a = TestReports.small();
        try (JsonLinesWriter w = json.writeLines(file)) {
            for (int i = 0; i < 50; i++) {
                w.write(a);
            }
        }
        try (var s = json.readLines(file).stream()) {
            assertThat(s.filter(a::equals).count()).isEqualTo(50);
        }
    }

    @Test
    void test_indexOfNewline_sameAsByteByByte() {
        java.util.Random random = new java.util.Random(7);
        byte[] alphabet = {'\n', '\r', 0x0B, 0x09, 0x0A ^ 0x01, (byte) 0x8A, (byte) 0xFF, 0, 'a', (byte) 0xE4};
        for (int round = 0; round < 20_000; round++) {
            byte[] a = new byte[random.nextInt(40)];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int from = a.length == 0 ? 0 : random.nextInt(a.length + 1);
            int to = from + random.nextInt(a.length - from + 1);
            int expected = from;
            while (expected < to && a[expected] != '\n') {
                expected++;
            }
            assertThat(JsonLinesReader.indexOfNewline(a, from, to)).as(Arrays.toString(a) + " " + from + ".." + to)
                    .isEqualTo(expected);
        }
    }
}
