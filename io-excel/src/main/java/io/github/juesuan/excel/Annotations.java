package io.github.juesuan.excel;

import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Worksheet;

/**
 * The findings of an annotated copy while it is written: the writer records where it put each
 * cell ({@link #cell}) and each table title and project name ({@link #anchor}); at the end,
 * {@link #apply(Worksheet)} fills and comments the cells the findings point at and writes the
 * sheet 审核结果.
 */
final class Annotations {

    /** Fill colours by severity, as Excel's own "bad", "neutral", blue and "good" styles. */
    private static final Map<Severity, String> FILL = Map.of(Severity.ERROR, "FFC7CE", Severity.WARNING, "FFEB9C",
            Severity.ROUNDING, "DDEBF7", Severity.INFO, "E2EFDA");

    private static final String[] HEADER = {"序号", "严重程度", "规则", "表", "行", "栏", "应为", "实为", "差额", "说明",
        "单元格"};
    private static final String[] HEADER_EN = {"No.", "Severity", "Rule", "Table", "Row", "Column", "Expected", "Actual",
        "Difference", "Message", "Cell"};

    private final List<Finding> findings;
    private final boolean chinese;
    private final Map<String, Pos> cells = new HashMap<>();
    private final Map<String, Pos> anchors = new HashMap<>();

    Annotations(List<Finding> findings, boolean chinese) {
        this.findings = findings;
        this.chinese = chinese;
    }

    /** @return the name of the sheet that lists the findings: 审核结果, or Findings in English */
    String sheetName() {
        return chinese ? Layout.FINDINGS_SHEET : Layout.FINDINGS_SHEET_EN;
    }

    /** A written cell. */
    private static final class Pos {
        final Worksheet ws;
        final String sheet;
        final int row;
        final int col;

        Pos(Worksheet ws, String sheet, int row, int col) {
            this.ws = ws;
            this.sheet = sheet;
            this.row = row;
            this.col = col;
        }

        String ref() {
            return Layout.ref(row, col);
        }

        String link() {
            return "'" + sheet.replace("'", "''") + "'!" + ref();
        }
    }

    static void cell(Annotations a, TableId table, RowKey row, TableColumn column, Worksheet ws, int r, int c) {
        if (a != null) {
            a.cells.putIfAbsent(key(table.name(), row, column), new Pos(ws, ws.getName(), r, c));
        }
    }

    static void cell(Annotations a, String project, RowKey row, TableColumn column, Worksheet ws, int r, int c) {
        if (a != null) {
            a.cells.putIfAbsent(key(projectAnchor(project), row, column), new Pos(ws, ws.getName(), r, c));
        }
    }

    static void anchor(Annotations a, String name, Worksheet ws, int r, int c) {
        if (a != null) {
            a.anchors.putIfAbsent(name, new Pos(ws, ws.getName(), r, c));
        }
    }

    static String projectAnchor(String project) {
        return "项目:" + project;
    }

    /** The row key of a 绩效自评表 line as the validator names it (a blank label is （未命名）). */
    static RowKey line(String label) {
        return label == null || label.isBlank() ? RowKey.line("（未命名）") : RowKey.line(label);
    }

    private static String key(String table, RowKey row, TableColumn column) {
        return table + "|" + row + "|" + column.getId();
    }

    /** Where a finding points: its cell, else its table's title or project's name, else nowhere. */
    private Optional<Pos> target(Location l) {
        String owner = l.getTable().map(TableId::name).orElseGet(() -> l.getProject().map(Annotations::projectAnchor)
                .orElse(null));
        if (owner == null) {
            return Optional.empty();
        }
        if (l.getRow().isPresent() && l.getColumn().isPresent()) {
            Pos p = cells.get(key(owner, l.getRow().get(), l.getColumn().get()));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.ofNullable(anchors.get(owner));
    }

    /** Marks the cells and writes the list of findings into the given sheet. */
    void apply(Worksheet list) {
        Map<Pos, List<Finding>> byCell = new LinkedHashMap<>();
        List<Optional<Pos>> targets = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Optional<Pos> p = target(f.getLocation());
            targets.add(p);
            p.ifPresent(x -> byCell.computeIfAbsent(x, k -> new ArrayList<>()).add(f));
        }
        for (Map.Entry<Pos, List<Finding>> e : byCell.entrySet()) {
            Severity worst = Severity.INFO;
            StringBuilder text = new StringBuilder();
            for (Finding f : e.getValue()) {
                if (f.getSeverity().isAbove(worst)) {
                    worst = f.getSeverity();
                }
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(comment(f, chinese));
            }
            Pos p = e.getKey();
            p.ws.style(p.row, p.col).fillColor(FILL.get(worst)).set();
            p.ws.comment(p.row, p.col, text.toString());
        }
        writeList(list, targets);
    }

    static String comment(Finding f, boolean chinese) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(chinese ? f.getSeverity().getChineseName() : f.getSeverity().getEnglishName()).append("] ")
                .append(f.getRuleId()).append('\n').append(f.getMessage());
        f.getExpected().ifPresent(x -> sb.append(chinese ? "\n应为 " : "\nexpected ").append(plain(x)));
        f.getActual().ifPresent(x -> sb.append(chinese ? "，实为 " : ", actual ").append(plain(x)));
        f.getDifference().ifPresent(x -> sb.append(chinese ? "，差额 " : ", difference ").append(plain(x)));
        return sb.toString();
    }

    private void writeList(Worksheet ws, List<Optional<Pos>> targets) {
        int[] widths = {6, 8, 22, 18, 26, 22, 14, 14, 12, 80, 18};
        String[] header = chinese ? HEADER : HEADER_EN;
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
            ws.style(0, c).bold().fillColor("F2F2F2").borderStyle("thin").set();
            ws.width(c, widths[c]);
        }
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Location l = f.getLocation();
            int r = i + 1;
            ws.value(r, 0, r);
            ws.value(r, 1, chinese ? f.getSeverity().getChineseName() : f.getSeverity().getEnglishName());
            ws.style(r, 1).fillColor(FILL.get(f.getSeverity())).set();
            ws.value(r, 2, f.getRuleId());
            ws.value(r, 3, l.tableLabel(chinese));
            l.getRow().ifPresent(x -> ws.value(r, 4, x.toString()));
            l.getColumn().ifPresent(x -> ws.value(r, 5, chinese ? x.getChineseName() : x.getEnglishName()));
            f.getExpected().ifPresent(x -> ws.value(r, 6, x));
            f.getActual().ifPresent(x -> ws.value(r, 7, x));
            f.getDifference().ifPresent(x -> ws.value(r, 8, x));
            ws.value(r, 9, f.getMessage());
            Optional<Pos> p = targets.get(i);
            if (p.isPresent()) {
                // fastexcel keeps one cell per distinct link, so a cell named twice gets a numbered text
                String display = p.get().sheet + "!" + p.get().ref();
                for (int n = 2; !shown.add(display); n++) {
                    display = p.get().sheet + "!" + p.get().ref() + "（" + n + "）";
                }
                ws.hyperlink(r, 10, HyperLink.internal(p.get().link(), display));
            }
        }
        ws.freezePane(0, 1);
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
