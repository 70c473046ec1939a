package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.testing.TextForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The same 上海 report in the two text forms of its extraction tools: the {@code pdftotext -layout}
 * text of caizhengju-2024 (columns by display width) and that text re-flowed to pdfplumber's page-text
 * form ({@link TextForms#pageText}: single spaces, blank cells vanished, pages joined by bare form
 * feeds). No pdfplumber text of a report with a {@code -layout} text is among the real files
 * (shiquanlu-2025 has only its page text), so the second form is made from the first: what differs is
 * then only what the page-text form loses, never what two tools saw differently.
 *
 * <p>Both give the same department, year, statements, notes and prose (but for runs of spaces) and
 * the same table presence, apart from the three tables the page text leaves unread because its
 * blanks' columns are not shown and neither the table's arithmetic nor the ties between tables tell
 * them (03's 合计 printed over two lines, 04's lines printing one figure of four, 09's two figures of
 * twelve): each open row is named by a problem. Of the tables both read, 72 cells differ, asserted
 * one by one from {@code caizhengju-2024.layout-vs-pages.txt}: 02's 6.20 (the layout text reads it
 * under 经营收入, the page text, by 01's 其他收入 line, under 其他收入), 05's 208, 210 and 221 (基本支出 in
 * the page text, as 05's 合计 基本支出 requires; 项目支出 in the layout text) and 06's blocks side by side
 * (misread in the page text): see {@code docs/layout.md} ("The same report in two layouts").
 */
class ShanghaiTwoLayoutsTest {

    private static final Path LAYOUT = Path.of("src/test/resources/real-reports/shanghai/caizhengju-2024.layout.txt");

    @Test
    void test_read_caizhengjuLayoutAndItsPageText_giveTheSameReport() throws IOException {
        String layout = Files.readString(LAYOUT);
        String pages = TextForms.pageText(layout);
        assertThat(pages).doesNotContain("  ").contains("\f");
        TextReportReader reader = new TextReportReader();
        FinalAccountReport a = reader.read(layout, "caizhengju-2024.layout.txt").getReport();
        FinalAccountReport b = reader.read(pages, "caizhengju-2024.pages.txt").getReport();

        assertThat(b.getDepartment()).isEqualTo(a.getDepartment());
        assertThat(b.getFiscalYear()).isEqualTo(a.getFiscalYear());
        // the page text leaves unread the tables whose blanks' columns neither their arithmetic nor the ties
        // between tables tell (03's 合计 printed over two lines, 04's lines with one figure, 09's two figures
        // of twelve), each open row named; every other table has the same presence
        Set<TableId> unread = b.getUnreadableTables();
        assertThat(unread).containsExactlyInAnyOrder(TableId.T03, TableId.T04, TableId.T09);
        TextReadResult pageRead = reader.read(pages, "caizhengju-2024.pages.txt");
        for (TableId id : TableId.values()) {
            if (unread.contains(id)) {
                assertThat(a.getPresence(id)).as(id.getLabel()).isEqualTo(TablePresence.PRESENT);
                assertThat(pageRead.getProblems()).as(id.getLabel()).anySatisfy(p -> assertThat(p.getProblemMessage()
                        .getArguments()).contains(id.getLabel()));
                continue;
            }
            assertThat(b.getPresence(id)).as(id.getLabel()).isEqualTo(a.getPresence(id));
        }
        Map<TableId, ReportTable> tb = new TreeMap<>();
        b.tables().forEach(t -> tb.put(t.getTableId(), t));
        for (ReportTable t : a.tables()) {
            if (unread.contains(t.getTableId())) {
                continue;
            }
            ReportTable u = tb.get(t.getTableId());
            assertThat(u.getEmptyStatement()).as(t.getTableId().getLabel()).isEqualTo(t.getEmptyStatement());
            assertThat(u.getNotes()).as(t.getTableId().getLabel()).isEqualTo(t.getNotes());
        }
        // the prose, but for the runs of spaces the page text cuts to one
        assertThat(prose(b)).isEqualTo(prose(a));

        Map<String, Optional<Amount>> fa = figures(a);
        Map<String, Optional<Amount>> fb = figures(b);
        List<String> differing = new ArrayList<>();
        // every row, by its table and code (or line), of the tables both read
        List<String> ra = rows(a);
        List<String> rb = rows(b);
        for (TableId id : unread) {
            fa.keySet().removeIf(k -> k.startsWith(id.getLabel() + " "));
            ra.removeIf(k -> k.startsWith(id.getLabel() + " "));
        }
        ra.stream().filter(x -> !rb.contains(x)).forEach(x -> differing.add(x + ": row only in the layout text"));
        rb.stream().filter(x -> !ra.contains(x)).forEach(x -> differing.add(x + ": row only in the page text"));
        for (String k : new TreeSet<>(fa.keySet())) {
            if (fb.containsKey(k) && !fa.get(k).equals(fb.get(k))) {
                differing.add(k + ": " + fa.get(k).map(Amount::toString).orElse("blank") + " in the layout text, "
                        + fb.getOrDefault(k, Optional.empty()).map(Amount::toString).orElse("blank") + " in the page text");
            }
        }
        for (String k : fb.keySet()) {
            if (!fa.containsKey(k) && fb.get(k).isPresent() && rb.contains(k.substring(0, k.lastIndexOf(' ')))
                    && ra.contains(k.substring(0, k.lastIndexOf(' ')))) {
                differing.add(k + ": only in the page text, " + fb.get(k).get());
            }
        }
        long shown = fa.values().stream().filter(Optional::isPresent).count();
        System.out.println("caizhengju-2024, layout vs page text: " + shown + " figures, " + differing.size()
                + " differ\n  " + String.join("\n  ", differing));
        // the differences as measured when this test was written, one line each: a change of either
        // reading shows here, and an improvement removes lines from the file
        List<String> expected = Files.readAllLines(EXPECTED_DIFFERENCES);
        assertThat(differing).containsExactlyElementsOf(expected);
        assertThat(shown).isGreaterThan(120); // the figures of the tables both read (03, 04 and 09 left unread by the page text)
    }

    /** The cells that differ between the two readings (see docs/layout.md). */
    private static final Path EXPECTED_DIFFERENCES = Path.of(
            "src/test/resources/real-reports/shanghai/caizhengju-2024.layout-vs-pages.txt");

    private static List<String> prose(FinalAccountReport r) {
        return r.getNarrative().stream().map(n -> n.getPart() + " " + n.getHeading().replaceAll("\\s+", "") + ": "
                + n.getText().replaceAll("\\s+", "")).toList();
    }

    private static List<String> rows(FinalAccountReport r) {
        List<String> out = new ArrayList<>();
        r.tables().forEach(t -> t.cells().stream().map(c -> t.getTableId().getLabel() + " " + c.getRow())
                .distinct().forEach(out::add));
        return out;
    }

    private static Map<String, Optional<Amount>> figures(FinalAccountReport r) {
        Map<String, Optional<Amount>> m = new TreeMap<>();
        for (Cell c : r.cells()) {
            m.put(c.getTable().getLabel() + " " + c.getRow() + " " + c.getColumn().getId(), c.getAmount());
        }
        return m;
    }
}
