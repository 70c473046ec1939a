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

    /** The entries of a zip, by name, read through its central directory. */
    private static java.util.Map<String, byte[]> entries(byte[] zip) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("dimensions-", ".xlsx");
        try {
            java.nio.file.Files.write(tmp, zip);
            java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(z.entries())) {
                    out.put(e.getName(), z.getInputStream(e).readAllBytes());
                }
            }
            return out;
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    @Test
    void test_copyWithDimensions_inMemory_keepsEveryEntry_changesOnlyTheDimensions() throws IOException {
        // what fastexcel writes (Zip64 data descriptors), before the dimensions are set
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(raw, "Juesuan", "1.0");
        org.dhatim.fastexcel.Worksheet one = wb.newWorksheet("一");
        one.value(0, 0, "部门决算");
        one.value(4, 2, 4355.4);
        org.dhatim.fastexcel.Worksheet two = wb.newWorksheet("二");
        for (int r = 0; r < 3000; r++) {
            two.value(r, 1, r); // an entry larger than one inflater buffer
        }
        wb.finish();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        Dimensions.copyWithDimensions(raw.toByteArray(), copy);
        java.util.Map<String, byte[]> before = entries(raw.toByteArray());
        java.util.Map<String, byte[]> after = entries(copy.toByteArray());
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String name : before.keySet()) {
            String was = new String(before.get(name), StandardCharsets.UTF_8);
            String is = new String(after.get(name), StandardCharsets.UTF_8);
            if (name.equals("xl/worksheets/sheet1.xml")) {
                assertThat(is).isEqualTo(was.replace("<dimension ref=\"A1\"/>", "<dimension ref=\"A1:C5\"/>"));
            } else if (name.equals("xl/worksheets/sheet2.xml")) {
                assertThat(is).isEqualTo(was.replace("<dimension ref=\"A1\"/>", "<dimension ref=\"B1:B3000\"/>"));
            } else {
                assertThat(is).as(name).isEqualTo(was);
            }
        }
    }

    @Test
    void test_copyWithDimensions_notTheWritersZip_failsNamingWhere() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dimensions.copyWithDimensions(
                "not a zip".getBytes(StandardCharsets.UTF_8), new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessageContaining("at byte 0");
    }
}
