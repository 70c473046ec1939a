package io.github.juesuan.layout;

import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Columns of a grid table by the words of its header, for tables printed without a 栏次 row (a
 * workbook's): each column's path of header words, read down the header rows with a merged cell's
 * words standing over every column it spans ({@code 预算数} over six columns, then {@code 公务用车购置及运行维护费}
 * over three, then {@code 小计}), is matched with the columns' Chinese names
 * ({@link TableColumn#getChineseName()}, levels separated by {@code /}).
 */
final class HeaderWords {

    private HeaderWords() {
    }

    /**
     * Each column's path of header words (normalised, a word repeated down a merged cell taken once).
     * The header rows are the rows that hold one of the columns' words; others (a 部门 line) are not.
     *
     * @param rows the rows above the table's figures
     * @param columns the table's columns, whose words tell a header row
     * @param lines the document's lines, for the extent of a merged cell
     * @return the paths by column position, in column order
     */
    static <C extends TableColumn> Map<Integer, List<String>> paths(List<Row> rows, C[] columns, List<LayoutLine> lines) {
        Set<String> words = new HashSet<>();
        for (C c : columns) {
            for (String w : c.getChineseName().split("/")) {
                words.add(Texts.norm(w));
            }
        }
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Row row : rows) {
            boolean header = false;
            for (int i : row.filled()) {
                header |= words.contains(row.norm(i));
            }
            if (!header) {
                continue;
            }
            for (int i : row.filled()) {
                int at = row.position(i);
                int span = 1;
                if (row.line >= 1 && row.line <= lines.size()) {
                    List<LayoutCell> cells = lines.get(row.line - 1).getCells();
                    if (at >= 0 && at < cells.size()) {
                        span = Math.max(1, cells.get(at).x1() - cells.get(at).x0());
                    }
                }
                for (int c = at; c < at + span; c++) {
                    List<String> p = out.computeIfAbsent(c, k -> new ArrayList<>());
                    if (p.isEmpty() || !p.get(p.size() - 1).equals(row.norm(i))) {
                        p.add(row.norm(i));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Matches header paths with columns: the best column for each position
     * ({@link TableDescriptor#headerScore}), each column used once.
     *
     * @param paths the header paths by position
     * @param values the table's columns
     * @param fromPosition the first position that may hold an amount column
     * @return the columns by position
     */
    static <C extends TableColumn> Map<Integer, C> match(Map<Integer, List<String>> paths, C[] values, int fromPosition) {
        Map<Integer, C> out = new LinkedHashMap<>();
        Set<C> used = new HashSet<>();
        for (Map.Entry<Integer, List<String>> e : paths.entrySet()) {
            if (e.getKey() < fromPosition) {
                continue;
            }
            C best = null;
            int bestScore = 0;
            for (int i = 0; i < values.length; i++) {
                int score = TableDescriptor.headerScore(values[i], e.getValue());
                if (score > bestScore && !used.contains(values[i])) {
                    best = values[i];
                    bestScore = score;
                }
            }
            if (best != null) {
                out.put(e.getKey(), best);
                used.add(best);
            }
        }
        return out;
    }
}
