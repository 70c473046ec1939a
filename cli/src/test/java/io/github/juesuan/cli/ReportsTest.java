package io.github.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.Reports;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.TableId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Reports}: the one-call read, with every format module on the class path. */
class ReportsTest {

    static final Path R001 = Path.of("../core/src/test/resources/real-reports/001_204597f849ed16ca.txt");

    @TempDir
    Path tmp;

    @Test
    void test_read_textAndJson_giveTheSameReport() throws IOException {
        FinalAccountReport fromText = Reports.read(R001);
        assertThat(fromText.getDepartment()).isEqualTo("吉林省人民政府办公厅（本级）");
        Path json = tmp.resolve("001.json");
        Files.writeString(json, JsonReports.standard().write(fromText));
        assertThat(Reports.read(json)).isEqualTo(fromText);
    }

    @Test
    void test_readResult_keepsTheTextReadersLocations() {
        ReadResult read = Reports.readResult(R001);
        assertThat(read.getSources().locate(TableId.T03, RowKey.of(FunctionCode.of("2010301")), ExpenditureColumn.TOTAL))
                .hasValueSatisfying(at -> assertThat(at.toString()).contains("001_204597f849ed16ca.txt").contains("line"));
    }

    @Test
    void test_unknownExtension_namesTheFileAndTheKnownFormats() throws IOException {
        Path odd = tmp.resolve("report.docx");
        Files.writeString(odd, "x");
        assertThatThrownBy(() -> Reports.read(odd)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("report.docx").hasMessageContaining(".json").hasMessageContaining(".txt")
                .hasMessageContaining(".xlsx");
    }

    @Test
    void test_missingFile_andBadContent_areReadExceptions_naming_theFile() throws IOException {
        assertThatThrownBy(() -> Reports.read(tmp.resolve("gone.json"))).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("gone.json").hasMessageContaining("no such file");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"department\": ");
        assertThatThrownBy(() -> Reports.read(bad)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("bad.json");
    }
}
