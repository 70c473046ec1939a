package io.github.juesuan.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A sheet as a sparse grid of non-blank cells, with its merged ranges. */
final class GridSheet {

    /** Rows past this are looked up in the tree only (a far-away cell does not grow the index). */
    private static final int INDEXED_ROWS = 1 << 16;

    final String name;
    private final NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();
    /** The same row maps indexed by row, for lookups without a tree walk (null: no cell in the row). */
    private final List<NavigableMap<Integer, GridCell>> byRow = new ArrayList<>();
    /** Merged ranges as {firstRow, firstCol, lastRow, lastCol}. */
    private final List<int[]> merges = new ArrayList<>();
    /** The greatest column of a cell put, kept as cells are put (the parser asks for it in loops). */
    private int lastCol = -1;

    GridSheet(String name) {
        this.name = name;
    }

    void put(GridCell c) {
        NavigableMap<Integer, GridCell> m = indexed(c.row);
        if (m == null) {
            m = new TreeMap<>();
            rows.put(c.row, m);
            if (c.row < INDEXED_ROWS) {
                while (byRow.size() <= c.row) {
                    byRow.add(null);
                }
                byRow.set(c.row, m);
            }
        }
        m.put(c.col, c);
        lastCol = Math.max(lastCol, c.col);
    }

    void merge(int r1, int c1, int r2, int c2) {
        merges.add(new int[] {r1, c1, r2, c2});
    }

    /** @return the row indexes that have a non-blank cell, ascending */
    Iterable<Integer> rowIndexes() {
        return rows.keySet();
    }

    /** @return the non-blank cells of a row by column, empty if none */
    NavigableMap<Integer, GridCell> row(int r) {
        NavigableMap<Integer, GridCell> m = indexed(r);
        return m == null ? Collections.emptyNavigableMap() : m;
    }

    private NavigableMap<Integer, GridCell> indexed(int r) {
        if (r >= INDEXED_ROWS) {
            return rows.get(r);
        }
        return r >= 0 && r < byRow.size() ? byRow.get(r) : null;
    }

    int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    int lastCol() {
        return lastCol;
    }

    /** @return the cell stored at a position, null if blank */
    GridCell cell(int r, int c) {
        NavigableMap<Integer, GridCell> m = indexed(r);
        return m == null ? null : m.get(c);
    }

    /** @return the cell showing at a position: the top-left cell of a merged range covering it */
    GridCell shown(int r, int c) {
        GridCell x = cell(r, c);
        if (x != null) {
            return x;
        }
        for (int[] m : merges) {
            if (r >= m[0] && r <= m[2] && c >= m[1] && c <= m[3]) {
                return cell(m[0], m[1]);
            }
        }
        return null;
    }

    /** @return the trimmed text showing at a position, "" if blank */
    String text(int r, int c) {
        GridCell x = shown(r, c);
        return x == null ? "" : x.value.strip();
    }

    Map<Integer, NavigableMap<Integer, GridCell>> rows() {
        return rows;
    }
}
