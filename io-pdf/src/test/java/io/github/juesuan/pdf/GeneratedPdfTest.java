package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.text.TextReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PDFs rendered by the test from report texts, with a CJK font and in three geometries (column
 * width, margin, font size, line spacing, with and without ruling lines): the PDF reader must give
 * the figures the text reader gives for the same text, figure for figure, whatever the geometry.
 * Needs the font that the CI installs (fonts-wqy-zenhei); skipped with that reason where it is
 * missing.
 */
class GeneratedPdfTest {

    private static final Path DIR = Path.of("src/test/resources/real-reports/shanghai");

    static Stream<Arguments> cases() {
        return files().flatMap(f -> LayoutTextPdfRenderer.geometries().stream().map(g -> Arguments.of(f, g)));
    }

    /** The figures by table, row and amount, without their column. */
    private static List<String> amountsByRow(FinalAccountReport r) {
        List<String> out = new ArrayList<>();
        for (Cell c : r.cells()) {
            c.getAmount().ifPresent(x -> out.add(c.getTable() + " " + c.getRow() + " " + x));
        }
        Collections.sort(out);
        return out;
    }

    private static Set<String> figures(FinalAccountReport r) {
        Set<String> out = new TreeSet<>();
        for (Cell c : r.cells()) {
            c.getAmount().ifPresent(x -> out.add(c.getTable() + " " + c.getRow() + " " + c.getColumn() + " " + x));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void test_read_renderedLayoutText_sameFiguresAsTheText(String file, LayoutTextPdfRenderer.Geometry g)
            throws IOException {
        assumeTrue(Files.exists(LayoutTextPdfRenderer.FONT), "the CJK font " + LayoutTextPdfRenderer.FONT
                + " (Debian package fonts-wqy-zenhei) is not installed");
        String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        FinalAccountReport expected = new TextReportReader().read(text, file).getReport();
        byte[] pdf = LayoutTextPdfRenderer.render(text, g);
        PdfReadResult read = new PdfReportReader().read(new ByteArrayInputStream(pdf), file + ".pdf");
        FinalAccountReport actual = read.getReport();
        assertThat(actual.getDepartment()).isEqualTo(expected.getDepartment());
        for (TableId id : TableId.values()) {
            assertThat(actual.getPresence(id)).as(id.getLabel()).isEqualTo(expected.getPresence(id));
        }
        assertThat(figures(actual)).isNotEmpty().isEqualTo(figures(expected));
        assertThat(read.getLayout().getDocument().getPageCount()).isEqualTo(text.split("\f").length);
    }

    /**
     * Cells further apart than their text is wide: every amount is read on its row. (In caizhengju's
     * 05 one amount, 2210201's 187.19, that equals its row's 合计 with the other column blank is put
     * under 项目支出 here and under 基本支出 from the text: the row's arithmetic cannot tell them apart
     * and the nearest header decides.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void test_read_renderedWideColumns_everyAmountOnItsRow(String file) throws IOException {
        assumeTrue(Files.exists(LayoutTextPdfRenderer.FONT), "the CJK font " + LayoutTextPdfRenderer.FONT
                + " (Debian package fonts-wqy-zenhei) is not installed");
        String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        FinalAccountReport expected = new TextReportReader().read(text, file).getReport();
        byte[] pdf = LayoutTextPdfRenderer.render(text, LayoutTextPdfRenderer.wide());
        FinalAccountReport actual = new PdfReportReader().read(new ByteArrayInputStream(pdf), file + ".pdf").getReport();
        assertThat(amountsByRow(actual)).isNotEmpty().isEqualTo(amountsByRow(expected));
    }

    static Stream<String> files() {
        return Stream.of("caizhengju-2024.layout.txt", "guihuaziranziyuanju-2024.layout.txt");
    }
}
