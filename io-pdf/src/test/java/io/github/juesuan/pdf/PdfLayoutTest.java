package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.spi.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the reader saw, as {@code text FILE.pdf} will print it, and the cells' boxes. */
class PdfLayoutTest {

    private static final PdfLayout LAYOUT = new PdfLayoutSource()
            .read(Path.of("src/test/resources/real-reports/shanghai/caizhengju-2024.pdf"));

    @Test
    void test_toText_pagesAndLinesAsPrinted() {
        String text = LAYOUT.toText();
        assertThat(text).startsWith("--- page 1 ---\n").contains("--- page 25 ---");
        assertThat(text).containsPattern("\\n +\\d+ +上海市普陀区财政局\\n");
        // 03's row: code in three cells, name, 合计 and the 基本/项目 figures printed 0.58 em above it
        assertThat(text).containsPattern("201 +06 +01 +行政运行 +1,511\\.89 +1,503\\.52 +8\\.37");
        assertThat(LAYOUT.getDocument().getPageCount()).isEqualTo(25);
        assertThat(LAYOUT.getDroppedOutsideCropBox()).isZero();
        assertThat(LAYOUT.getGlyphCount()).isGreaterThan(9_000);
    }

    @Test
    void test_print_withCells_extentsAndBoxes() {
        StringBuilder sb = new StringBuilder();
        LAYOUT.print(sb, true);
        assertThat(sb).containsPattern("\\[\\d+-\\d+\\] 1,511\\.89 \\(389,\\d+\\)-\\(43\\d,\\d+\\)");
    }

    @Test
    void test_lines_locatedByPageLineAndBox() {
        LayoutLine line = LAYOUT.getDocument().getLines().stream()
                .filter(l -> l.getText().contains("行政运行") && l.getText().contains("1,503.52")).findFirst().orElseThrow();
        assertThat(line.getKind()).isEqualTo(LayoutLine.Kind.POSITIONED);
        assertThat(line.getPage()).isEqualTo(10);
        assertThat(line.getLocation().getPage()).contains(10);
        assertThat(line.getLocation().getBox()).isPresent();
        int cell = line.getCells().stream().map(c -> c.text()).toList().indexOf("1,511.89");
        SourceLocation.Box box = LAYOUT.getCellBox(line.getNumber(), cell).orElseThrow();
        assertThat(box.left()).isEqualTo(389);
        SourceLocation refined = LAYOUT.locate(line.getLocation().withLine(line.getNumber(),
                line.getCells().get(cell).x0() + 1));
        assertThat(refined.getBox()).contains(box);
        assertThat(LAYOUT.getCellBox(line.getNumber(), 99)).isEmpty();
    }
}
