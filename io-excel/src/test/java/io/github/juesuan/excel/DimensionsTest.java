package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.testing.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Every written worksheet declares the range its cells use, as read-only readers need. */
class DimensionsTest {

    @Test
    void test_writtenWorkbook_everySheetsDimensionCoversItsCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(SampleReports.jilinGeneralOffice2024(), out);
        int sheets = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                sheets++;
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher d = Pattern.compile("<dimension ref=\"([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?\"/>").matcher(xml);
                assertThat(d.find()).as(e.getName()).isTrue();
                int maxRow = Integer.parseInt(d.group(4) != null ? d.group(4) : d.group(2));
                int maxCol = Dimensions.column(d.group(3) != null ? d.group(3) : d.group(1));
                Matcher c = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"").matcher(xml);
                int cells = 0;
                while (c.find()) {
                    cells++;
                    assertThat(Integer.parseInt(c.group(2))).as(e.getName() + " " + c.group()).isLessThanOrEqualTo(maxRow);
                    assertThat(Dimensions.column(c.group(1))).as(e.getName() + " " + c.group()).isLessThanOrEqualTo(maxCol);
                }
                assertThat(cells).as(e.getName()).isPositive();
                if (cells > 1) {
                    assertThat(d.group(3)).as(e.getName() + ": a range, not the one cell A1").isNotNull();
                }
            }
        }
        assertThat(sheets).isGreaterThanOrEqualTo(9);
    }

    @Test
    void test_columnLetters_roundTrip() {
        for (int n : new int[] {1, 26, 27, 52, 53, 702, 703, 16384}) {
            assertThat(Dimensions.column(Dimensions.letters(n))).isEqualTo(n);
        }
        assertThat(Dimensions.letters(28)).isEqualTo("AB");
        assertThat(Dimensions.withDimension("<worksheet><dimension ref=\"A1\"/><sheetData><row r=\"3\"><c r=\"B3\"/><c r=\"AA7\"/></row></sheetData></worksheet>"))
                .contains("<dimension ref=\"B3:AA7\"/>");
    }
}
