package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableId;
import io.github.juesuan.testing.TextForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>Both give the same department, year, table presence, statements, notes and prose (but for runs
 * of spaces). The figures and rows do not all agree: 207 cells differ, asserted one by one from
 * {@code caizhengju-2024.layout-vs-pages.txt}. Some differences are information the page text lost
 * (which of five blank columns a lone 6.20 stands in), most are defects of one reading or the other
 * on this template (header words broken over lines, 06's blocks side by side): each kind is explained
 * in {@code docs/layout.md} ("The same report in two layouts").
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
        for (TableId id : TableId.values()) {
            assertThat(b.getPresence(id)).as(id.getLabel()).isEqualTo(a.getPresence(id));
        }
        Map<TableId, ReportTable> tb = new TreeMap<>();
        b.tables().forEach(t -> tb.put(t.getTableId(), t));
        for (ReportTable t : a.tables()) {
            ReportTable u = tb.get(t.getTableId());
            assertThat(u.getEmptyStatement()).as(t.getTableId().getLabel()).isEqualTo(t.getEmptyStatement());
            assertThat(u.getNotes()).as(t.getTableId().getLabel()).isEqualTo(t.getNotes());
        }
        // the prose, but for the runs of spaces the page text cuts to one
        assertThat(prose(b)).isEqualTo(prose(a));

        Map<String, Optional<Amount>> fa = figures(a);
        Map<String, Optional<Amount>> fb = figures(b);
        List<String> differing = new ArrayList<>();
        // every row, by its table and code (or line)
        List<String> ra = rows(a);
        List<String> rb = rows(b);
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
        assertThat(shown).isGreaterThan(150);
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
