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
 * PDFs rendered by the test from report texts (with their page breaks and wrapped names), with a CJK
 * font and in five geometries (column width, margin, font size, line spacing; no rules, stroked
 * rules, rules as thin filled rectangles; labels such as 合计 justified across their ruled cell): the PDF reader must give
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
        String text = layoutText(file);
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
        String text = layoutText(file);
        FinalAccountReport expected = new TextReportReader().read(text, file).getReport();
        byte[] pdf = LayoutTextPdfRenderer.render(text, LayoutTextPdfRenderer.wide());
        FinalAccountReport actual = new PdfReportReader().read(new ByteArrayInputStream(pdf), file + ".pdf").getReport();
        assertThat(amountsByRow(actual)).isNotEmpty().isEqualTo(amountsByRow(expected));
    }

    /**
     * The control for the justified geometries: the spread labels (合 … 计, an em between glyphs) are
     * one cell each where rules bound their cells, and fall apart into a cell per glyph where the same
     * page draws no rules; so the rules are what keeps them whole.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void test_read_spreadLabels_oneCellOnlyWithRules(String file) throws IOException {
        String text = layoutText(file);
        List<String> ruled = cellTexts(LayoutTextPdfRenderer.render(text,
                new LayoutTextPdfRenderer.Geometry(9f, 4.5f, 36f, 1.5f, true, false, true)));
        List<String> bare = cellTexts(LayoutTextPdfRenderer.render(text,
                new LayoutTextPdfRenderer.Geometry(9f, 4.5f, 36f, 1.5f, false, false, true)));
        assertThat(ruled).contains("合 计");
        long whole = ruled.stream().filter(t -> t.matches("[合小总] 计")).count();
        assertThat(bare).doesNotContain("合 计");
        // every 合计, 小计, 总计 the rules keep whole is a lone 计 without them (a label on a line too short for
        // three rules, the table's frame alone, is left to the gap in both)
        assertThat(bare.stream().filter("计"::equals).count())
                .isEqualTo(whole + ruled.stream().filter("计"::equals).count());
    }

    private static List<String> cellTexts(byte[] pdf) {
        List<String> out = new ArrayList<>();
        new PdfLayoutSource().read(new ByteArrayInputStream(pdf), "rendered.pdf").getDocument().getLines()
                .forEach(l -> l.getCells().forEach(c -> out.add(c.text())));
        return out;
    }

    /** The report's text, where the font to render it is installed (else the test is skipped, saying why). */
    private static String layoutText(String file) throws IOException {
        assumeTrue(Files.exists(LayoutTextPdfRenderer.FONT), "the CJK font " + LayoutTextPdfRenderer.FONT
                + " (Debian package fonts-wqy-zenhei) is not installed");
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }

    static Stream<String> files() {
        return Stream.of("caizhengju-2024.layout.txt", "guihuaziranziyuanju-2024.layout.txt");
    }
}
