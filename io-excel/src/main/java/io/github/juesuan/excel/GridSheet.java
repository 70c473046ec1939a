package io.github.juesuan.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A sheet as a sparse grid of non-blank cells, with its merged ranges.
 *
 * <p>Each row keeps its cells in an array in column order ({@link Row}), so that walking a row and
 * finding a cell by column need neither boxed keys nor tree nodes; rows are indexed by row number
 * (below {@value #INDEXED_ROWS}, in a hash map beyond) and their numbers kept in the order they
 * came, sorted on first use if they came out of order. Memory stays proportional to the cells
 * stored, whatever the columns and rows they are in.
 */
final class GridSheet {

    /** Rows past this are looked up in the tree only (a far-away cell does not grow the index). */
    private static final int INDEXED_ROWS = 1 << 16;

    final String name;
    /** The rows below {@link #INDEXED_ROWS} by row number (null: no cell in the row). */
    private Row[] byRow = new Row[64];
    /** The rows from {@link #INDEXED_ROWS} on, by row number. */
    private final Map<Integer, Row> farRows = new HashMap<>();
    /** The numbers of the rows with a cell, in the order they came; {@code rowCount} of them are used. */
    private int[] rowIndexes = new int[64];
    private int rowCount;
    /** Whether {@link #rowIndexes} is in ascending order. */
    private boolean sorted = true;
    /** Merged ranges as {firstRow, firstCol, lastRow, lastCol}. */
    private final List<int[]> merges = new ArrayList<>();
    /** The merged ranges by the rows they span, built on the first look-up (null: not built). */
    private Map<Integer, int[][]> mergesByRow;
    /** The greatest column of a cell put, kept as cells are put (the parser asks for it in loops). */
    private int lastCol = -1;

    GridSheet(String name) {
        this.name = name;
    }

    /**
     * The non-blank cells of one row in ascending column order: iterable, and searchable by column.
     * A row is never empty once a cell was put in it; {@link #EMPTY} stands for a row without cells.
     */
    static final class Row implements Iterable<GridCell> {

        /** A row without cells. */
        static final Row EMPTY = new Row();

        private GridCell[] cells = new GridCell[0];
        private int size;
        /** Whether the cells are in strictly ascending column order; see {@link #put}. */
        private boolean sorted = true;

        /** @return whether the row has no cell */
        boolean isEmpty() {
            return size == 0; // a put cell is never removed, only replaced
        }

        /** @return the number of cells */
        int size() {
            sort();
            return size;
        }

        /** @return the {@code i}-th cell in column order */
        GridCell get(int i) {
            sort();
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return cells[i];
        }

        /** @return the greatest column with a cell; only for a row that is not empty */
        int lastCol() {
            sort();
            return cells[size - 1].col;
        }

        /** @return the cell in a column, null if blank */
        GridCell cell(int col) {
            int i = indexOf(col);
            return i >= 0 ? cells[i] : null;
        }

        /** @return the position of the first cell at or right of a column ({@link #size()} if none) */
        int firstAtOrAfter(int col) {
            int i = indexOf(col);
            return i >= 0 ? i : -i - 1;
        }

        /** Binary search by column: the index, or {@code -(insertion point) - 1}. */
        private int indexOf(int col) {
            sort();
            int lo = 0;
            int hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = cells[mid].col;
                if (c < col) {
                    lo = mid + 1;
                } else if (c > col) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(lo + 1);
        }

        /**
         * Puts a cell, replacing one in the same column. Cells come in column order in practice and
         * are appended; one out of order is appended too and the row sorted on its next read, so
         * that putting a row's cells costs O(n log n) in any order (a sorted insert would move
         * O(n²) cells for a row written right to left).
         */
        private void put(GridCell c) {
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, Math.max(8, size * 2));
            }
            if (size > 0 && cells[size - 1].col >= c.col) {
                sorted = false;
            }
            cells[size++] = c;
        }

        /** Sorts the cells by column, stably, keeping the last cell put in each column. */
        private void sort() {
            if (sorted) {
                return;
            }
            Arrays.sort(cells, 0, size, (a, b) -> Integer.compare(a.col, b.col));
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (kept > 0 && cells[kept - 1].col == cells[i].col) {
                    cells[kept - 1] = cells[i];
                } else {
                    cells[kept++] = cells[i];
                }
            }
            Arrays.fill(cells, kept, size, null);
            size = kept;
            sorted = true;
        }

        @Override
        public Iterator<GridCell> iterator() {
            sort();
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public GridCell next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return cells[next++];
                }
            };
        }
    }

    void put(GridCell c) {
        Row m = indexed(c.row);
        if (m == null) {
            m = new Row();
            if (c.row < INDEXED_ROWS) {
                if (c.row >= byRow.length) {
                    byRow = Arrays.copyOf(byRow, Math.max(c.row + 1, Math.min(INDEXED_ROWS, byRow.length * 2)));
                }
                byRow[c.row] = m;
            } else {
                farRows.put(c.row, m);
            }
            if (rowCount == rowIndexes.length) {
                rowIndexes = Arrays.copyOf(rowIndexes, rowCount * 2);
            }
            sorted &= rowCount == 0 || rowIndexes[rowCount - 1] < c.row;
            rowIndexes[rowCount++] = c.row;
        }
        m.put(c);
        lastCol = Math.max(lastCol, c.col);
    }

    /**
     * Adds a merged range (corners in any order).
     *
     * @return the number of rows it spans, which the readers count against {@link ExcelLimits#getMaxCells()}
     *         (the range is indexed once per row it spans)
     */
    int merge(int r1, int c1, int r2, int c2) {
        int[] m = {Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)};
        merges.add(m);
        mergesByRow = null;
        return m[2] - m[0] + 1;
    }

    /**
     * Indexes the merged ranges by the rows they span, each row's sorted by first column, so that
     * finding the range over a position is a binary search and not a scan of every range.
     */
    private void indexMerges() {
        Map<Integer, List<int[]>> byRowLists = new HashMap<>();
        for (int[] m : merges) {
            for (int r = m[0]; r <= m[2]; r++) {
                byRowLists.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
            }
        }
        Map<Integer, int[][]> index = new HashMap<>();
        for (Map.Entry<Integer, List<int[]>> e : byRowLists.entrySet()) {
            int[][] ms = e.getValue().toArray(new int[0][]);
            Arrays.sort(ms, (a, b) -> Integer.compare(a[1], b[1]));
            index.put(e.getKey(), ms);
        }
        mergesByRow = index;
    }

    /** @return the row indexes that have a non-blank cell, ascending (a copy) */
    int[] rowIndexes() {
        if (!sorted) {
            Arrays.sort(rowIndexes, 0, rowCount);
            sorted = true;
        }
        return Arrays.copyOf(rowIndexes, rowCount);
    }

    /** @return the non-blank cells of a row in column order, {@link Row#EMPTY} if none */
    Row row(int r) {
        Row m = indexed(r);
        return m == null ? Row.EMPTY : m;
    }

    private Row indexed(int r) {
        if (r >= INDEXED_ROWS) {
            return farRows.isEmpty() ? null : farRows.get(r);
        }
        return r >= 0 && r < byRow.length ? byRow[r] : null;
    }

    int lastRow() {
        if (rowCount == 0) {
            return -1;
        }
        if (!sorted) {
            Arrays.sort(rowIndexes, 0, rowCount);
            sorted = true;
        }
        return rowIndexes[rowCount - 1];
    }

    int lastCol() {
        return lastCol;
    }

    /** @return the cell stored at a position, null if blank */
    GridCell cell(int r, int c) {
        Row m = indexed(r);
        return m == null ? null : m.cell(c);
    }

    /** @return the cell showing at a position: the top-left cell of a merged range covering it */
    GridCell shown(int r, int c) {
        GridCell x = cell(r, c);
        if (x != null) {
            return x;
        }
        if (merges.isEmpty()) {
            return null;
        }
        if (mergesByRow == null) {
            indexMerges();
        }
        int[][] ms = mergesByRow.get(r);
        if (ms == null) {
            return null;
        }
        // the last range starting at or left of the column; ranges of a valid sheet do not overlap
        int lo = 0;
        int hi = ms.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ms[mid][1] <= c) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && c <= ms[found][3] ? cell(ms[found][0], ms[found][1]) : null;
    }

    /** @return the last column of the merged range whose top-left cell is at a position, the column itself if none */
    int mergedTo(int r, int c) {
        if (merges.isEmpty()) {
            return c;
        }
        if (mergesByRow == null) {
            indexMerges();
        }
        int[][] ms = mergesByRow.get(r);
        if (ms != null) {
            for (int[] m : ms) {
                if (m[0] == r && m[1] == c) {
                    return m[3];
                }
            }
        }
        return c;
    }

    /** @return the trimmed text showing at a position, "" if blank */
    String text(int r, int c) {
        GridCell x = shown(r, c);
        return x == null ? "" : x.value.strip();
    }
}
