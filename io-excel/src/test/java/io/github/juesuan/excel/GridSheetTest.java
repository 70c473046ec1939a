package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridSheetTest {

    private static GridCell text(int row, int col, String value) {
        return new GridCell(row, col, GridCell.Kind.TEXT, value, -1);
    }

    private static List<String> values(GridSheet.Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.col + "=" + c.value));
        return out;
    }

    /** A row written right to left, with a column written twice: read in column order, the last put kept. */
    @Test
    void test_put_outOfColumnOrder_readSortedLastPutKept() {
        GridSheet s = new GridSheet("S");
        for (int c = 16_383; c >= 0; c--) {
            s.put(text(3, c, "v" + c));
        }
        s.put(text(3, 5, "again"));
        GridSheet.Row row = s.row(3);
        assertThat(row.size()).isEqualTo(16_384);
        assertThat(row.get(0).value).isEqualTo("v0");
        assertThat(row.cell(5).value).isEqualTo("again");
        assertThat(row.lastCol()).isEqualTo(16_383);
        assertThat(row.firstAtOrAfter(100)).isEqualTo(100);
        assertThat(values(row).subList(4, 7)).containsExactly("4=v4", "5=again", "6=v6");
    }

    @Test
    void test_shown_mergedRanges_topLeftCellOverTheRange() {
        GridSheet s = new GridSheet("S");
        s.put(text(0, 0, "title"));
        s.put(text(2, 3, "header"));
        s.merge(0, 0, 0, 8);
        s.merge(3, 4, 2, 3); // corners given the other way round
        s.merge(5, 0, 6, 1); // no cell at its top left
        assertThat(s.text(0, 8)).isEqualTo("title");
        assertThat(s.text(0, 9)).isEmpty();
        assertThat(s.text(3, 4)).isEqualTo("header");
        assertThat(s.text(3, 5)).isEmpty();
        assertThat(s.text(1, 0)).isEmpty();
        assertThat(s.text(6, 1)).isEmpty();
        s.put(text(5, 0, "late"));
        assertThat(s.text(6, 1)).isEqualTo("late");
    }
}
