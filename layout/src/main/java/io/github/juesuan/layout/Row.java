package io.github.juesuan.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a table as cells: tab-separated (cells split at every tab) or a Markdown pipe row
 * ({@code | a | b |}). Cells are trimmed; their index is their position on the line.
 */
final class Row {

    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?[\\s:|-]*-[\\s:|-]*\\|?$");

    final int line;
    final List<String> cells;
    /** The position on the line of each cell, which differs from its index once empty cells are dropped. */
    private final int[] origin;
    /** Each cell normalised ({@link Texts#norm}), computed once on first use. */
    private String[] norms;
    /** The non-blank cells' indexes, computed once on first use. */
    private List<Integer> filled;

    private Row(int line, List<String> cells) {
        this(line, cells, null);
    }

    private Row(int line, List<String> cells, int[] origin) {
        this.line = line;
        this.cells = cells;
        this.origin = origin;
    }

    /**
     * Returns this row without one cell (an extra empty cell that shifts the following ones);
     * {@link #position(int)} still gives each cell's place on the line.
     */
    Row without(int index) {
        List<String> c = new ArrayList<>(cells);
        c.remove(index);
        int[] o = new int[c.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = position(i < index ? i : i + 1);
        }
        return new Row(line, c, o);
    }

    /**
     * Returns this row without its rightmost blank cells, as many as make it {@code width} cells
     * wide (or as many as it has), in one pass; {@link #position(int)} still gives each cell's place.
     */
    Row withoutTrailingBlanks(int width) {
        int drop = cells.size() - width;
        boolean[] dropped = new boolean[cells.size()];
        for (int i = cells.size() - 1; i >= 0 && drop > 0; i--) {
            if (cells.get(i).isEmpty()) {
                dropped[i] = true;
                drop--;
            }
        }
        List<String> c = new ArrayList<>(cells.size());
        List<Integer> o = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            if (!dropped[i]) {
                c.add(cells.get(i));
                o.add(position(i));
            }
        }
        return new Row(line, c, o.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Returns the cells at some indexes, in that order, as a row of their own (-1: a blank cell);
     * {@link #position(int)} still gives each cell's place on the line.
     */
    Row select(int... indexes) {
        List<String> c = new ArrayList<>(indexes.length);
        int[] o = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            c.add(indexes[i] < 0 ? "" : cell(indexes[i]));
            o[i] = position(indexes[i]); // -1 for a blank cell
        }
        return new Row(line, c, o);
    }

    /** The 0-based position on the line of the cell at an index. */
    int position(int index) {
        return origin != null && index >= 0 && index < origin.length ? origin[index] : index;
    }

    /**
     * Reads a line as a table row.
     *
     * @param line the 1-based line number
     * @param text the line
     * @return the row, or null if the line is not a table row (prose, a Markdown separator)
     */
    static Row parse(int line, String text) {
        String t = text.strip();
        if (t.startsWith("|")) {
            if (PIPE_SEPARATOR.matcher(t).matches()) {
                return null;
            }
            String inner = t.substring(1);
            if (inner.endsWith("|")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            return new Row(line, split(inner, '|'));
        }
        if (text.indexOf('\t') >= 0) {
            return new Row(line, split(text, '\t'));
        }
        return null;
    }

    /** Splits at every separator (empty cells kept, as {@code split(sep, -1)}) and strips each cell. */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, start)) {
            out.add(s.substring(start, i).strip());
            start = i + 1;
        }
        out.add(s.substring(start).strip());
        return out;
    }

    String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    int size() {
        return cells.size();
    }

    boolean isBlank() {
        return filled().isEmpty();
    }

    /** The non-blank cells' indexes (an unmodifiable list). */
    List<Integer> filled() {
        List<Integer> f = filled;
        if (f == null) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    out.add(i);
                }
            }
            f = Collections.unmodifiableList(out);
            filled = f;
        }
        return f;
    }

    /**
     * The cell at an index normalised for comparing labels ({@link Texts#norm}); "" outside the row.
     * Each cell is normalised once.
     */
    String norm(int i) {
        if (i < 0 || i >= cells.size()) {
            return "";
        }
        String[] n = norms;
        if (n == null) {
            n = new String[cells.size()];
            for (int k = 0; k < n.length; k++) {
                n[k] = Texts.norm(cells.get(k));
            }
            norms = n;
        }
        return n[i];
    }

    /** Finds the first cell whose normalised text equals one of the labels, from an index on. */
    int indexOf(int from, String... labels) {
        for (int i = Math.max(0, from); i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue; // a blank cell normalises to "", which is never a label
            }
            String n = norm(i);
            for (String label : labels) {
                if (label.equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return line + ": " + cells;
    }
}
