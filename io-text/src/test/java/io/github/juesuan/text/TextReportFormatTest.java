package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextReportFormatTest {

    private static byte[] report001() throws IOException {
        try (InputStream in = TextReportFormatTest.class.getResourceAsStream("/real-reports/001_204597f849ed16ca.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void test_discover_findsTextFormatByExtension() {
        Formats formats = Formats.discover();
        assertThat(formats.forPath(Path.of("a/report.txt")).map(ReportFormat::getName)).contains("text");
        assertThat(formats.forPath(Path.of("report.MD")).map(ReportFormat::getName)).contains("text");
        assertThat(formats.byName("text").orElseThrow().writer()).isEmpty();
    }

    @Test
    void test_read_realReportThroughSpi() throws IOException {
        ReadResult r = new TextReportFormat().reader().orElseThrow()
                .read(new ByteArrayInputStream(report001()), "001.txt");
        assertThat(r.getReport()).isPresent();
        assertThat(r.orElseThrow().getExpenditure().orElseThrow().getTotal(ExpenditureColumn.TOTAL))
                .contains(Amount.of("7841.66"));
        // the reader's two problems (indicator rows without a 三级指标 name) keep their lines
        assertThat(r.getProblems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getLocation().getFile()).contains("001.txt");
            assertThat(p.getLocation().getLine()).hasValueSatisfying(l -> assertThat(l).isPositive());
        });
    }

    @Test
    void test_read_gbkTextDecodedWithWarning() throws IOException {
        String text = new String(report001(), StandardCharsets.UTF_8);
        byte[] gbk = text.getBytes(Charset.forName("GB18030"));
        ReadResult r = new TextReportFormat().reader().orElseThrow().read(new ByteArrayInputStream(gbk), "gbk.txt");
        assertThat(r.getProblems()).anySatisfy(p -> assertThat(p.getMessage()).contains("GB18030"));
        assertThat(r.orElseThrow().getDepartment()).isEqualTo("吉林省人民政府办公厅（本级）");
    }

    @Test
    void test_read_notAReport_failedResultNamingTheSource() {
        ReadResult r = new TextReportFormat().reader().orElseThrow()
                .read(new ByteArrayInputStream("hello world".getBytes(StandardCharsets.UTF_8)), "hello.txt");
        assertThat(r.getReport()).isEmpty();
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.getProblems().get(0).getMessage()).contains("hello.txt");
    }

    @Test
    void test_toReadResult_sameReportAndProblems() throws IOException {
        TextReadResult text = new TextReportReader().read(new String(report001(), StandardCharsets.UTF_8), "001.txt");
        ReadResult r = TextReportFormat.toReadResult(text);
        assertThat(r.getReport()).containsSame(text.getReport());
        assertThat(r.getProblems()).isEqualTo(text.getProblems()).hasSize(2);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.getProblems().get(0).getLocation().toString()).isEqualTo("001.txt line 467");
    }
}
