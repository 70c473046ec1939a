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

        /** @return whether the row has no cell */
        boolean isEmpty() {
            return size == 0;
        }

        /** @return the number of cells */
        int size() {
            return size;
        }

        /** @return the {@code i}-th cell in column order */
        GridCell get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return cells[i];
        }

        /** @return the greatest column with a cell; only for a row that is not empty */
        int lastCol() {
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

        /** Puts a cell, replacing one in the same column; cells come in column order in practice. */
        private void put(GridCell c) {
            int at;
            if (size == 0 || cells[size - 1].col < c.col) {
                at = size;
            } else {
                int i = indexOf(c.col);
                if (i >= 0) {
                    cells[i] = c;
                    return;
                }
                at = -i - 1;
            }
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, Math.max(8, size * 2));
            }
            System.arraycopy(cells, at, cells, at + 1, size - at);
            cells[at] = c;
            size++;
        }

        @Override
        public Iterator<GridCell> iterator() {
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

    void merge(int r1, int c1, int r2, int c2) {
        merges.add(new int[] {r1, c1, r2, c2});
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
}
