package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportFormatTest {

    @Test
    void test_discover_findsJsonByNameAndExtension(@TempDir Path dir) {
        Formats formats = Formats.discover();
        ReportFormat f = formats.byName("JSON").orElseThrow();
        assertThat(f).isInstanceOf(JsonReportFormat.class);
        assertThat(f.isBuiltIn()).isTrue();
        Path file = dir.resolve("r.JSON");
        FinalAccountReport r = TestReports.small();
        formats.forPath(file).flatMap(ReportFormat::writer).orElseThrow().write(r, file);
        ReadResult back = formats.forPath(file).flatMap(ReportFormat::reader).orElseThrow().read(file);
        assertThat(back.getReport()).contains(r);
        assertThat(back.getProblems()).isEmpty();
    }
}
