package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.layout.LayoutCell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout logic on glyphs given directly, without a PDF or a font. */
class PageLinesTest {

    private static final float FS = 12f;

    /** Glyphs of a text from x, one per character: CJK one em wide, others half an em. */
    private static List<Glyph> word(String text, float x, float baseline) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            float w = c.charAt(0) >= 0x2E80 ? FS : FS / 2;
            out.add(new Glyph(c, x, baseline, w, FS * 0.8f, FS));
            x += w;
        }
        return out;
    }

    private static List<Glyph> all(List<List<Glyph>> words) {
        List<Glyph> out = new ArrayList<>();
        words.forEach(out::addAll);
        return out;
    }

    private static List<String> texts(PageLines.Line l) {
        return l.cells().stream().map(LayoutCell::text).toList();
    }

    @Test
    void test_build_row_cellsOnTheDisplayColumnScale() {
        // a CJK glyph is two columns (of 6 pt at 12 pt type), a digit one
        var page = PageLines.build(all(List.of(word("201", 72, 100), word("行政运行", 120, 100),
                word("1,511.89", 300, 100))), 600, 800);
        assertThat(page.lines()).hasSize(1);
        PageLines.Line l = page.lines().get(0);
        assertThat(texts(l)).containsExactly("201", "行政运行", "1,511.89");
        assertThat(l.cells().get(0).x0()).isEqualTo(12);
        assertThat(l.cells().get(1).x0()).isEqualTo(20);
        assertThat(l.cells().get(1).x1()).isEqualTo(28);
        assertThat(l.cells().get(2).x0()).isEqualTo(50);
        assertThat(l.cells().get(2).x1()).isEqualTo(58);
        assertThat(l.boxes().get(2).left()).isEqualTo(300);
        assertThat(l.boxes().get(2).right()).isEqualTo(348);
        assertThat(l.text()).isEqualTo(" ".repeat(12) + "201" + " ".repeat(5) + "行政运行" + " ".repeat(22) + "1,511.89");
    }

    @Test
    void test_build_glyphsOutsideTheCropBox_dropped() {
        // a second copy of the text beyond the page's right edge, as one real WPS export carries
        var page = PageLines.build(all(List.of(word("合计", 72, 100), word("合计", 700, 100), word("9.99", 72, 900))),
                600, 800);
        assertThat(page.droppedOutside()).isEqualTo(6);
        assertThat(page.lines()).hasSize(1);
        assertThat(texts(page.lines().get(0))).containsExactly("合计");
    }

    @Test
    void test_build_cellsPrintedALittleAbove_joinTheirRow() {
        // 基本支出 and 项目支出 printed 0.58 em above their row's code, name and 合计
        var page = PageLines.build(all(List.of(word("1,503.52", 461, 252.7f), word("603.14", 527, 252.7f),
                word("201", 72, 259.6f), word("一般公共服务支出", 202, 259.6f), word("2,106.66", 389, 259.6f))), 800, 600);
        assertThat(page.lines()).hasSize(1);
        assertThat(texts(page.lines().get(0))).containsExactly("201", "一般公共服务支出", "2,106.66", "1,503.52", "603.14");
    }

    @Test
    void test_build_wrappedNameInTheSameColumn_staysOnItsOwnLine() {
        // the second line of a name stands 0.65 em below, in the column its first line fills
        var page = PageLines.build(all(List.of(word("2080505", 72, 100), word("机关事业单位基本养老保险缴", 150, 100),
                word("费支出", 150, 107.8f))), 800, 600);
        assertThat(page.lines()).hasSize(2);
        assertThat(texts(page.lines().get(1))).containsExactly("费支出");
    }

    @Test
    void test_build_nextRow_notJoined() {
        var page = PageLines.build(all(List.of(word("201", 72, 100), word("1.00", 300, 100), word("202", 72, 120),
                word("2.00", 300, 120))), 800, 600);
        assertThat(page.lines()).hasSize(2);
    }

    @Test
    void test_build_wordGapsAndCellGaps() {
        // a space (0.3 em) inside a cell, a wide gap between cells
        var page = PageLines.build(all(List.of(word("因", 100, 100), word("公", 115.6f, 100), word("出国", 131.2f, 100),
                word("3.50", 300, 100))), 800, 600);
        assertThat(texts(page.lines().get(0))).containsExactly("因 公 出国", "3.50");
    }

    @Test
    void test_normalise_fullWidthDigitsAndRadicals() {
        assertThat(PageLines.normalise("１")).isEqualTo("1");
        assertThat(PageLines.normalise("⼀")).isEqualTo("一");
        assertThat(PageLines.normalise("（")).isEqualTo("（");
        assertThat(PageLines.normalise("\u3000")).isEqualTo(" ");
    }

    @Test
    void test_numericForm_fullWidthPunctuationOnlyInNumbers() {
        assertThat(PageLines.numericForm("．", "2", "5")).isEqualTo(".");
        assertThat(PageLines.numericForm("，", "1", "2")).isEqualTo(",");
        assertThat(PageLines.numericForm("，", "有", "故")).isEqualTo("，");
        assertThat(PageLines.numericForm("－", "", "3")).isEqualTo("-");
        assertThat(PageLines.numericForm("％", "3", "")).isEqualTo("%");
    }

    @Test
    void test_build_fullWidthAmount_readAsAscii() {
        List<Glyph> g = new ArrayList<>();
        float x = 100;
        for (String c : List.of("１", "，", "２", "３", "４", "．", "５", "０")) {
            g.add(new Glyph(c, x, 100, FS, FS * 0.8f, FS));
            x += FS;
        }
        var page = PageLines.build(g, 800, 600);
        assertThat(texts(page.lines().get(0))).containsExactly("1,234.50");
    }

    @Test
    void test_build_glyphsDecodedWithoutUnicodeMap_garbled() {
        // the codes of a CID font whose ToUnicode map was lost come out as Cyrillic and phonetic letters
        var garbled = PageLines.build(all(List.of(word("ӠԊⱵ₮ᵝҙѿȁ", 72, 100), word("3832.36", 300, 100),
                word("ӠԊⱵ₮ᵝҙѿȁ", 72, 120), word("1092.80", 300, 120))), 800, 600);
        assertThat(garbled.implausible()).isEqualTo(16);
        assertThat(garbled.isGarbled()).isTrue();
        var clean = PageLines.build(all(List.of(word("一般公共服务支出（类）", 72, 100), word("2,106.66", 300, 100),
                word("α ① № ℃ ■ → ≥ —", 72, 120))), 800, 600);
        assertThat(clean.isGarbled()).isFalse();
        assertThat(clean.implausible()).isZero();
    }

    /** Vertical rules at the given x from y 50 to 300, and horizontal ones at the given y from x 50 to 700. */
    private static Rulings rules(float[] xs, float[] ys) {
        List<Rulings.Vertical> v = new ArrayList<>();
        for (float x : xs) {
            v.add(new Rulings.Vertical(x, 50, 300));
        }
        List<Rulings.Horizontal> h = new ArrayList<>();
        for (float y : ys) {
            h.add(new Rulings.Horizontal(y, 50, 700));
        }
        return Rulings.of(v, h);
    }

    @Test
    void test_build_verticalRuleBetweenCloseAmounts_cellBoundary() {
        // two amounts 0.1 em apart: one word by their gap, two cells with a rule between
        List<Glyph> g = all(List.of(word("201", 72, 100), word("1,511.89", 120, 100), word("603.14", 169.2f, 100)));
        assertThat(texts(PageLines.build(g, 800, 600).lines().get(0))).containsExactly("201", "1,511.89603.14");
        var ruled = PageLines.build(g, 800, 600, rules(new float[] {60, 110, 168.6f, 220}, new float[0]));
        assertThat(texts(ruled.lines().get(0))).containsExactly("201", "1,511.89", "603.14");
    }

    @Test
    void test_build_letterSpacedWordInARuledCell_oneCell() {
        // 合    计 justified across its cell: two cells by their gap, one inside a ruled cell
        List<Glyph> g = all(List.of(word("合", 72, 100), word("计", 120, 100), word("2,106.66", 200, 100)));
        assertThat(texts(PageLines.build(g, 800, 600).lines().get(0))).containsExactly("合", "计", "2,106.66");
        var ruled = PageLines.build(g, 800, 600, rules(new float[] {60, 180, 260}, new float[0]));
        assertThat(texts(ruled.lines().get(0))).containsExactly("合 计", "2,106.66");
        // with only the table's frame (two rules across), the gap decides
        var framed = PageLines.build(g, 800, 600, rules(new float[] {60, 260}, new float[0]));
        assertThat(texts(framed.lines().get(0))).containsExactly("合", "计", "2,106.66");
    }

    @Test
    void test_build_rowLowerInTheSameRuledRow_joined() {
        // amounts printed 0.9 em below their row's code and name (centred in a tall ruled row): their own
        // line by the offset alone, the row's where rules bound the row, not where a rule runs between
        List<Glyph> g = all(List.of(word("201", 72, 100), word("1.00", 300, 110.8f)));
        assertThat(PageLines.build(g, 800, 600).lines()).hasSize(2);
        var banded = PageLines.build(g, 800, 600, rules(new float[0], new float[] {86, 118}));
        assertThat(banded.lines()).hasSize(1);
        assertThat(texts(banded.lines().get(0))).containsExactly("201", "1.00");
        var between = PageLines.build(g, 800, 600, rules(new float[0], new float[] {86, 104, 118}));
        assertThat(between.lines()).hasSize(2);
        // a wrapped name in the column its first line fills stays a line of its own inside the ruled row
        var wrapped = PageLines.build(all(List.of(word("机关事业单位基本养老", 72, 100), word("保险缴费支出", 72, 110.8f))),
                800, 600, rules(new float[0], new float[] {86, 118}));
        assertThat(wrapped.lines()).hasSize(2);
    }

    @Test
    void test_build_cellsPrintedALittleAboveInARuledRow_stillJoin() {
        // the rules around the row do not separate cells printed 0.58 em above the others
        var page = PageLines.build(all(List.of(word("1,503.52", 461, 252.7f), word("201", 72, 259.6f),
                word("2,106.66", 389, 259.6f))), 800, 600, rules(new float[] {60, 380, 450, 520},
                        new float[] {240, 264}));
        assertThat(page.lines()).hasSize(1);
        assertThat(texts(page.lines().get(0))).containsExactly("201", "2,106.66", "1,503.52");
    }

    @Test
    void test_rulings_cellByCellSegments_merged() {
        Rulings.Builder b = new Rulings.Builder(100);
        b.segment(100, 10, 100, 30);
        b.segment(100.4f, 30, 100.4f, 50);
        b.filled(50, 29.5f, 150, 30.5f);
        b.segment(10, 10, 13, 13);
        b.filled(0, 0, 40, 40);
        Rulings r = b.build();
        assertThat(r.verticals()).containsExactly(new Rulings.Vertical(100, 10, 50));
        // collinear segments apart are kept apart, and a near one does not stretch them over the gap
        Rulings.Builder apart = new Rulings.Builder(100);
        apart.segment(200, 10, 200, 30);
        apart.segment(200, 60, 200, 80);
        apart.segment(200.4f, 30, 200.4f, 50);
        Rulings a = apart.build();
        assertThat(a.verticalBetween(150, 250, 55)).isFalse();
        assertThat(a.verticalBetween(150, 250, 40)).isTrue();
        assertThat(a.verticalBetween(150, 250, 70)).isTrue();
        assertThat(a.verticalBetween(201, 250, 70)).isFalse();
        assertThat(r.horizontals()).containsExactly(new Rulings.Horizontal(30, 50, 150));
        Rulings.Builder flood = new Rulings.Builder(3);
        for (int i = 0; i < 5; i++) {
            flood.segment(i * 10, 0, i * 10, 100);
        }
        assertThat(flood.build().isEmpty()).isTrue();
    }

    @Test
    void test_build_noGlyphs_noLines() {
        assertThat(PageLines.build(List.of(), 600, 800).lines()).isEmpty();
        assertThat(PageLines.build(List.of(new Glyph(" ", 10, 10, 3, 8, 10)), 600, 800).lines()).isEmpty();
    }
}
