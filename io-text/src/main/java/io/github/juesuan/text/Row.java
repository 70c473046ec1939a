package io.github.juesuan.text;

import java.util.ArrayList;
import java.util.Arrays;
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
            return new Row(line, trim(inner.split("\\|", -1)));
        }
        if (text.indexOf('\t') >= 0) {
            return new Row(line, trim(text.split("\t", -1)));
        }
        return null;
    }

    private static List<String> trim(String[] parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            out.add(p.strip());
        }
        return out;
    }

    String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    int size() {
        return cells.size();
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** The non-blank cells' indexes. */
    List<Integer> filled() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    /** Finds the first cell whose normalised text equals one of the labels, from an index on. */
    int indexOf(int from, String... labels) {
        for (int i = Math.max(0, from); i < cells.size(); i++) {
            String n = Texts.norm(cells.get(i));
            if (Arrays.asList(labels).contains(n)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return line + ": " + cells;
    }
}
