package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.layout.LayoutReadResult;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableId;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.testing.fuzz.Fuzzer;
import io.github.juesuan.text.TextReportReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the layout path (a workbook as a {@link WorkbookLayoutSource} document read by the layout
 * module's one recognizer) against the workbook reader's own recognizer ({@code ReportParser}) on
 * every workbook the tests read: the other writers' workbooks of {@link WorkbookFixtures}, our own
 * workbooks of the real reports (001, 002 and the 上海 texts as io-text reads them), a copy of 001 as
 * .xls, generated reports and the fuzz findings. Two readings agree when they give the same
 * department, year, tables (with their presence) and 绩效自评表; a figure agrees when both read the
 * same amount in the same cell.
 *
 * <p>The fixtures that agree are asserted, so that a change that loses parity, or gains it, is seen;
 * the figures that agree are asserted as a floor.
 */
class WorkbookLayoutParityTest {

    @TempDir
    Path dir;

    /** A workbook and the reader options it is read with. */
    private record Fixture(String name, Path file, ExcelReportReader reader) {
    }

    private List<Fixture> fixtures() throws IOException {
        List<Fixture> out = new ArrayList<>();
        ExcelReportReader plain = ExcelReportReader.create();
        out.add(new Fixture("foreign", WorkbookFixtures.foreignLayout(dir), plain));
        out.add(new Fixture("formula", WorkbookFixtures.cachedFormula(dir), plain));
        out.add(new Fixture("noyear", WorkbookFixtures.noYear(dir), plain.withFiscalYear(FiscalYear.of(2024))
                .withDepartment("某局")));
        out.add(new Fixture("三公.xls", WorkbookFixtures.xlsThreePublicWithText(dir), plain));
        FinalAccountReport r001 = SampleReports.jilinGeneralOffice2024();
        out.add(new Fixture("001", written(r001, "001.xlsx"), plain));
        Path xls = dir.resolve("001.xls");
        Files.write(xls, WorkbookFixtures.asXls(r001));
        out.add(new Fixture("001.xls", xls, plain));
        out.add(new Fixture("002", written(ExcelRealReportsTest.report002(), "002.xlsx"), plain));
        try (Stream<Path> texts = Files.list(Path.of("src/test/resources/real-reports/shanghai"))) {
            for (Path t : texts.sorted().toList()) {
                FinalAccountReport r = new TextReportReader().read(t).getReport();
                String name = t.getFileName().toString().replaceFirst("\\..*$", "");
                out.add(new Fixture(name, written(r, name + ".xlsx"), plain));
            }
        }
        Random random = new Random(15);
        for (int i = 1; i <= 10; i++) {
            out.add(new Fixture("generated-" + i, written(ExcelReportArbitraries.report(random), "g" + i + ".xlsx"),
                    plain));
        }
        for (Path f : Fuzzer.reproducers(Path.of("src/test/resources/fuzz-findings"), ".xlsx")) {
            out.add(new Fixture(f.getFileName().toString(), f, plain));
        }
        return out;
    }

    private Path written(FinalAccountReport report, String name) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            ExcelReportWriter.create().write(report, out);
        }
        return p;
    }

    @Test
    void test_layoutPath_agreesWithReportParser() throws IOException {
        List<String> agreeing = new ArrayList<>();
        Map<String, List<String>> differing = new LinkedHashMap<>();
        int figures = 0;
        int figuresAgreeing = 0;
        List<Fixture> fixtures = fixtures();
        for (Fixture f : fixtures) {
            Optional<FinalAccountReport> expected = outcome(() -> f.reader().read(f.file()).getReport());
            Optional<FinalAccountReport> actual = outcome(() -> layout(f).getReport());
            List<String> diffs = new ArrayList<>();
            if (expected.isEmpty() || actual.isEmpty()) {
                if (expected.isPresent() != actual.isPresent()) {
                    diffs.add(expected.isPresent() ? "the layout path fails" : "only the layout path reads it");
                }
            } else {
                diffs.addAll(differences(expected.get(), actual.get()));
                Map<String, Optional<Amount>> got = figures(actual.get());
                for (Map.Entry<String, Optional<Amount>> e : figures(expected.get()).entrySet()) {
                    if (e.getValue().isPresent()) {
                        figures++;
                        figuresAgreeing += e.getValue().equals(got.get(e.getKey())) ? 1 : 0;
                    }
                }
            }
            if (diffs.isEmpty()) {
                agreeing.add(f.name());
            } else {
                differing.put(f.name(), diffs);
            }
        }
        StringBuilder report = new StringBuilder("workbook layout parity: " + agreeing.size() + " of "
                + fixtures.size() + " fixtures agree, " + figuresAgreeing + " of " + figures + " figures\n");
        differing.forEach((k, v) -> report.append("  ").append(k).append(": ").append(String.join("; ", v))
                .append('\n'));
        System.out.println(report);
        assertThat(agreeing).as(report.toString()).containsExactlyInAnyOrderElementsOf(AGREEING);
        assertThat(figuresAgreeing).as(report.toString()).isGreaterThanOrEqualTo(FIGURES_AGREEING);
    }

    /** The fixtures on which the two readings agree today. */
    private static final List<String> AGREEING = List.of("foreign", "formula", "noyear", "三公.xls", "001", "001.xls", "002",
            "guihuaziranziyuanju-2024", "shiquanlu-2025", "template-2024", "caizhengju-2024", "generated-1", "generated-2", "generated-3", "generated-4", "generated-5", "generated-6", "generated-7", "generated-8", "generated-9",
            "generated-10", "excel-1-ArrayIndexOutOfBoundsException.xlsx", "excel-2-MissingResourceException.xlsx",
            "excel-4-IllegalArgumentException.xlsx", "excel-ArrayIndexOutOfBoundsException-8bd1ba8f.xlsx",
            "excel-ArrayIndexOutOfBoundsException_GridSheet.put-c45cf9c7.xlsx");
    /** The figures both readings read alike today, at least. */
    private static final int FIGURES_AGREEING = 2711;

    private LayoutReadResult layout(Fixture f) {
        return f.reader().readWithLayout(f.file(), f.file().getFileName().toString());
    }

    /** Reads, or empty if reading fails with the reader's own exception. */
    private static Optional<FinalAccountReport> outcome(java.util.function.Supplier<FinalAccountReport> read) {
        try {
            return Optional.of(read.get());
        } catch (ExcelReadException e) {
            return Optional.empty();
        }
    }

    /** What differs between the two readings of a workbook, in words. */
    static List<String> differences(FinalAccountReport expected, FinalAccountReport actual) {
        List<String> out = new ArrayList<>();
        if (!expected.getDepartment().equals(actual.getDepartment())) {
            out.add("department " + actual.getDepartment() + " for " + expected.getDepartment());
        }
        if (!expected.getFiscalYear().equals(actual.getFiscalYear())) {
            out.add("year " + actual.getFiscalYear() + " for " + expected.getFiscalYear());
        }
        Map<TableId, ReportTable> got = new HashMap<>();
        actual.tables().forEach(t -> got.put(t.getTableId(), t));
        for (TableId id : TableId.values()) {
            if (expected.getPresence(id) != actual.getPresence(id)) {
                out.add(id.getLabel() + " " + actual.getPresence(id) + " for " + expected.getPresence(id));
            }
        }
        for (ReportTable t : expected.tables()) {
            ReportTable a = got.get(t.getTableId());
            if (a != null && !a.equals(t)) {
                out.add(t.getTableId().getLabel() + " differs" + tableDifference(t, a));
            }
        }
        if (!expected.getPerformanceEvaluations().equals(actual.getPerformanceEvaluations())) {
            out.add("绩效自评表: " + actual.getPerformanceEvaluations().size() + " for "
                    + expected.getPerformanceEvaluations().size());
        }
        return out;
    }

    private static String tableDifference(ReportTable expected, ReportTable actual) {
        Map<String, Optional<Amount>> e = new TreeMap<>();
        Map<String, Optional<Amount>> a = new TreeMap<>();
        expected.cells().forEach(c -> e.put(key(c), c.getAmount()));
        actual.cells().forEach(c -> a.put(key(c), c.getAmount()));
        int wrong = 0;
        String first = null;
        for (Map.Entry<String, Optional<Amount>> x : e.entrySet()) {
            if (!x.getValue().equals(a.getOrDefault(x.getKey(), Optional.empty()))) {
                wrong++;
                first = first == null ? x.getKey() + " " + a.get(x.getKey()) + " for " + x.getValue() : first;
            }
        }
        if (!expected.getEdition().equals(actual.getEdition())) {
            return " (edition " + actual.getEdition() + ")";
        }
        if (wrong > 0) {
            return " (" + wrong + " of " + e.size() + " cells, first " + first + ")";
        }
        if (!expected.getNotes().equals(actual.getNotes())) {
            return " (notes " + actual.getNotes() + " for " + expected.getNotes() + ")";
        }
        if (!expected.getEmptyStatement().equals(actual.getEmptyStatement())) {
            return " (statement " + actual.getEmptyStatement() + " for " + expected.getEmptyStatement() + ")";
        }
        return " (" + actual.cells().size() + " cells for " + expected.cells().size() + ", names or rows)";
    }

    private static Map<String, Optional<Amount>> figures(FinalAccountReport r) {
        Map<String, Optional<Amount>> m = new HashMap<>();
        r.cells().forEach(c -> m.put(key(c), c.getAmount()));
        return m;
    }

    private static String key(Cell c) {
        return c.getTable().name() + " " + c.getRow() + " " + c.getColumn().getId();
    }
}
