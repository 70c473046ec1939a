package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.layout.LayoutCell;
import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.layout.TextLines;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.text.TextReportReader;
import io.github.juesuan.pdf.CidFontPdf.Encoding;
import io.github.juesuan.pdf.CidFontPdf.Font;
import io.github.juesuan.pdf.CidFontPdf.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chinese text as published, in fonts without a {@code /ToUnicode} map and without a font program
 * (PDFs crafted with {@link CidFontPdf}): composite fonts on the Adobe-GB1 collection with
 * Identity-H, with the predefined CMaps {@code UniGB-UCS2-H} and {@code GBK-EUC-H} (the
 * non-embedded STSong-Light style), and with an embedded CMap naming the collection; full-width
 * digits and punctuation read as numbers; glyphs outside the crop box dropped.
 */
class ChineseFontsPdfTest {

    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(842, 595);
    private static final List<Text> ROW = List.of(new Text("科目编码", 60, 500), new Text("一般公共服务支出（类）", 150, 500),
            new Text("合计", 420, 500), new Text("201", 60, 480), new Text("一般公共服务支出", 150, 480),
            new Text("2,106.66", 420, 480), new Text("本单位没有政府性基金收入，故本表无数据。", 60, 460));

    private static PdfLayout read(byte[] pdf) {
        return new PdfLayoutSource().read(new ByteArrayInputStream(pdf), "crafted.pdf");
    }

    private static List<List<String>> cells(PdfLayout layout) {
        return layout.getDocument().getLines().stream().filter(l -> !l.getCells().isEmpty())
                .map(l -> l.getCells().stream().map(LayoutCell::text).toList()).toList();
    }

    private static String bareStripper(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static Stream<Arguments> fonts() {
        return Stream.of(
                Arguments.of("Identity-H, Adobe-GB1-2", Font.of(Encoding.IDENTITY_H, 2)),
                Arguments.of("UniGB-UCS2-H, not embedded", Font.of(Encoding.UNIGB_UCS2_H, 2)),
                Arguments.of("GBK-EUC-H, not embedded", Font.of(Encoding.GBK_EUC_H, 2)),
                Arguments.of("Identity-H, Adobe-GB1 without a supplement", Font.of(Encoding.IDENTITY_H, null)),
                Arguments.of("Identity-H, Adobe-GB1-6 (a supplement fontbox has no CMap for)",
                        Font.of(Encoding.IDENTITY_H, 6)),
                Arguments.of("an embedded CMap naming Adobe-GB1, the descendant naming Adobe-Identity",
                        new Font(Encoding.EMBEDDED_GB1_CMAP, "Adobe", "Identity", 0, true)),
                Arguments.of("an embedded CMap naming Adobe-GB1, the descendant without CIDSystemInfo",
                        new Font(Encoding.EMBEDDED_GB1_CMAP, null, null, null, true)),
                Arguments.of("an embedded CMap naming Adobe-GB1 only in its stream dictionary",
                        new Font(Encoding.EMBEDDED_GB1_CMAP_DICTIONARY_ONLY, "Adobe", "Identity", 0, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fonts")
    void test_read_cidFontWithoutToUnicode_textRecoveredFromTheCollection(String name, Font font) {
        PdfLayout layout = read(CidFontPdf.page(font, 10, A4_LANDSCAPE, null, ROW));
        assertThat(cells(layout)).containsExactly(List.of("科目编码", "一般公共服务支出（类）", "合计"),
                List.of("201", "一般公共服务支出", "2,106.66"), List.of("本单位没有政府性基金收入，故本表无数据。"));
        assertThat(layout.getProblems()).isEmpty();
    }

    /** The fonts for which PDFBox maps nothing: its bare text stripper drops every glyph. */
    static Stream<Arguments> fontsPdfBoxDrops() {
        return fonts().skip(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fontsPdfBoxDrops")
    void test_read_collectionPdfBoxDoesNotMap_recoveredWhereTheBareStripperDropsTheGlyphs(String name, Font font)
            throws IOException {
        byte[] pdf = CidFontPdf.page(font, 10, A4_LANDSCAPE, null, ROW);
        assertThat(bareStripper(pdf)).doesNotContain("合计").doesNotContain("一般");
        assertThat(read(pdf).toText()).contains("合计", "一般公共服务支出", "2,106.66");
    }

    @Test
    void test_read_fullWidthDigitsAndPunctuation_readAsNumbers() {
        // full-width forms advance a whole em, as in a font that draws them so
        List<Text> row = List.of(new Text("项目", 60, 500), new Text("１，２３４．５０", 150, 500),
                new Text("－３．２０", 300, 500), new Text("１２．５％", 420, 500), new Text("２０１０１０１", 60, 480),
                new Text("行政运行（项）", 150, 480), new Text("本年收入，支出。", 300, 480));
        for (Encoding e : List.of(Encoding.UNIGB_UCS2_H, Encoding.GBK_EUC_H, Encoding.IDENTITY_H)) {
            PdfLayout layout = read(CidFontPdf.page(Font.of(e, null), 10, A4_LANDSCAPE, null, row));
            assertThat(cells(layout)).as(e.toString()).containsExactly(List.of("项目", "1,234.50", "-3.20", "12.5%"),
                    List.of("2010101", "行政运行（项）", "本年收入，支出。"));
        }
    }

    /**
     * A whole report (caizhengju 2024's text) shown in a non-embedded GBK-EUC-H font with every digit,
     * and the points and commas of amounts, in their full-width forms (advancing half an em, as the
     * text's columns assume): the same figures as the text reader reads from the text.
     */
    @Test
    void test_read_reportInFullWidthDigitsAndANonEmbeddedFont_sameFiguresAsTheText() throws IOException {
        String file = "caizhengju-2024.layout.txt";
        String text = Files.readString(Path.of("src/test/resources/real-reports/shanghai").resolve(file),
                StandardCharsets.UTF_8);
        FinalAccountReport expected = new TextReportReader().read(text, file).getReport();
        List<List<Text>> pages = new ArrayList<>();
        for (String pageText : text.split("\f")) {
            List<Text> page = new ArrayList<>();
            String[] lines = pageText.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (LayoutCell c : TextLines.cells(lines[i])) {
                    page.add(new Text(fullWidth(c.text()), 30 + c.x0() * 4.5f, 1150 - i * 13.5f));
                }
            }
            pages.add(page);
        }
        byte[] pdf = CidFontPdf.pages(new Font(Encoding.GBK_EUC_H, "Adobe", "GB1", 2, false), 9,
                new PDRectangle(900, 1200), null, pages);
        FinalAccountReport actual = new PdfReportReader().read(new ByteArrayInputStream(pdf), file + ".pdf").getReport();
        assertThat(figures(actual)).hasSizeGreaterThan(100).isEqualTo(figures(expected));
    }

    /** Digits to full width, and the points, commas and minus signs of numbers. */
    private static String fullWidth(String cell) {
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean inNumber = i + 1 < cell.length() && Character.isDigit(cell.charAt(i + 1));
            if (c >= '0' && c <= '9' || (c == '.' || c == ',' || c == '-') && inNumber) {
                sb.append((char) (c + 0xFEE0));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Set<String> figures(FinalAccountReport r) {
        Set<String> out = new TreeSet<>();
        for (Cell c : r.cells()) {
            c.getAmount().ifPresent(x -> out.add(c.getTable() + " " + c.getRow() + " " + c.getColumn() + " " + x));
        }
        return out;
    }

    @Test
    void test_read_glyphsOutsideTheCropBox_dropped() {
        // the crop box is the inner part of the media box; a second copy of the row stands beyond its right
        // edge (as one real WPS export carries), another below its bottom edge
        PDRectangle media = new PDRectangle(0, 0, 1200, 800);
        PDRectangle crop = new PDRectangle(100, 100, 842, 595);
        List<Text> texts = List.of(new Text("合计", 160, 600), new Text("2,106.66", 500, 600),
                new Text("合计", 1000, 600), new Text("2,106.66", 1100, 600), new Text("9.99", 160, 50));
        PdfLayout layout = read(CidFontPdf.page(Font.of(Encoding.UNIGB_UCS2_H, 2), 10, media, crop, texts));
        assertThat(cells(layout)).containsExactly(List.of("合计", "2,106.66"));
        assertThat(layout.getDroppedOutsideCropBox()).isEqualTo(14);
        LayoutLine line = layout.getDocument().getLines().get(0);
        // boxes are on the crop box, from its top left corner: x 160 - 100, baseline 595 - (600 - 100)
        assertThat(layout.getCellBox(line.getNumber(), 0).orElseThrow().left()).isEqualTo(60);
        assertThat(layout.getCellBox(line.getNumber(), 0).orElseThrow().bottom()).isBetween(95, 98);
    }
}
