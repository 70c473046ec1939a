package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.FiscalYear;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks every classification code printed in the tables of the real reports against the bundled
 * catalogs: each code parses, is known to the catalog of the report's year, and the catalog name
 * equals the printed name after lenient normalisation ({@link ClassificationCatalog#isNameOf}).
 *
 * <p>The reports are real and unedited, so they differ from the catalog here and there. Every
 * difference is listed below, with the reason; the test fails both on a new difference and on a
 * listed one that no longer occurs.
 */
class RealReportCodesTest {

    /** A report in {@code src/test/resources/real-reports/}, with the year its catalog is chosen by. */
    enum Report {
        R001("001_204597f849ed16ca.txt", 2024),
        R002("002_2626e36b3619c519.txt", 2023);

        final String file;
        final FiscalYear year;

        Report(String file, int year) {
            this.file = file;
            this.year = FiscalYear.of(year);
        }
    }

    /** One code/name pair as printed: report, table (公开0N表), line number, code and name cells. */
    record Printed(Report report, int table, int line, String code, String name) {
        String key() {
            return report.name().substring(1) + " 公开0" + table + " " + code + " " + name;
        }
    }

    private static final Pattern TABLE_TITLE = Pattern.compile("公开\\s*0(\\d)\\s*表");
    private static final Pattern FUNCTION_CODE_CELL = Pattern.compile("[0-9]{3}([0-9]{2}){0,2}");
    private static final Pattern ECONOMIC_CODE_CELL = Pattern.compile("[0-9]{3}([0-9]{2})?");
    private static final Pattern AMOUNT_CELL = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    /**
     * Printed names that differ from the catalog's even after lenient normalisation: real
     * differences in the published documents, keyed "report table code printed-name".
     */
    private static final Map<String, String> KNOWN_NAME_DIFFERENCES = new TreeMap<>(Map.of(
            // 002's 05表 labels the 类 row 201 with the title of the table's fund, not the 类 name
            // 一般公共服务支出 (its 02/03表 print the right name); a known mistake of the document
            "002 公开05 201 一般公共预算支出", "一般公共服务支出",
            // 002's 06表 prints 30112 as 其他社会保险缴费; 001 (2024) and the catalog say
            // 其他社会保障缴费, the name of the 款 since the 2018 reform
            "002 公开06 30112 其他社会保险缴费", "其他社会保障缴费"));

    /**
     * Printed names that equal the catalog name only after lenient normalisation: full-width
     * brackets printed half-width, or a name broken over two lines by the PDF extraction. They are
     * not failures; they are listed so that the test shows what the lenient match is for.
     */
    private static final List<String> LENIENT_ONLY = List.of(
            // 001's 03表: the name cell was broken at a line end, leaving a space
            "001 公开03 20103 政府办公厅（室）及相关机构 事务",
            "001 公开03 2080505 机关事业单位基本养老保险 缴费支出",
            // 002's 06表 prints half-width brackets where the catalog has full-width ones
            "002 公开06 30212 因公出国(境)费用",
            "002 公开06 30213 维修(护)费",
            "002 公开06 30303 退职(役)费");

    /**
     * Printed codes that the bundled catalog of the report's year does not know (catalog gaps),
     * keyed like {@link #KNOWN_NAME_DIFFERENCES}. None so far: every code printed in the tables of
     * 001 and 002 is in the bundled catalogs. A gap found later goes here, with a comment, and
     * into {@code docs/catalog-gaps.md}.
     */
    private static final Map<String, String> EXPECTED_GAPS = new TreeMap<>(Map.of());

    @Test
    void test_extraction_findsEveryCodeRow() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Printed p : printedCodes()) {
            counts.merge(p.report().name().substring(1) + " 公开0" + p.table(), 1, Integer::sum);
        }
        // counted by hand in the documents: 16 functional rows (4 类, 5 款, 7 项) in each of
        // 02/03/05; 81 economic codes in 06 (27 + 28 + 26 in the three column groups); 07 and 08
        // have no rows in either report (本单位没有…)
        assertThat(counts).containsExactly(
                Map.entry("001 公开02", 16), Map.entry("001 公开03", 16), Map.entry("001 公开05", 16),
                Map.entry("001 公开06", 81),
                Map.entry("002 公开02", 16), Map.entry("002 公开03", 16), Map.entry("002 公开05", 16),
                Map.entry("002 公开06", 81));
    }

    @Test
    void test_everyPrintedCode_parsesAndIsKnown() {
        Map<String, String> gaps = new TreeMap<>();
        for (Printed p : printedCodes()) {
            ClassificationCatalog<?> catalog = catalogOf(p);
            if (!isKnown(catalog, p)) {
                gaps.put(p.key(), "unknown to the " + catalog.getEdition() + " catalog");
            }
        }
        assertThat(gaps).containsExactlyEntriesOf(EXPECTED_GAPS);
    }

    @Test
    void test_everyPrintedName_isTheCatalogName() {
        Map<String, String> differences = new TreeMap<>();
        List<String> lenientOnly = new ArrayList<>();
        for (Printed p : printedCodes()) {
            ClassificationCatalog<?> catalog = catalogOf(p);
            if (!isKnown(catalog, p)) {
                continue;
            }
            String official = nameOf(catalog, p);
            if (!isNameOf(catalog, p)) {
                differences.put(p.key(), official);
            } else if (!official.equals(p.name())) {
                lenientOnly.add(p.key());
            }
        }
        assertThat(differences).containsExactlyEntriesOf(KNOWN_NAME_DIFFERENCES);
        assertThat(lenientOnly).containsExactlyInAnyOrderElementsOf(LENIENT_ONLY);
    }

    @Test
    void test_functionalRows_followTheTableOrder() {
        // each 类 row is followed by its 款 rows, each 款 row by its 项 rows: codes in natural order,
        // and every 款/项 row comes under its parent's row
        Map<String, List<FunctionCode>> byTable = new LinkedHashMap<>();
        for (Printed p : printedCodes()) {
            if (p.table() != 6) {
                byTable.computeIfAbsent(p.report() + "/" + p.table(), k -> new ArrayList<>())
                        .add(FunctionCode.parse(p.code()));
            }
        }
        assertThat(byTable).isNotEmpty().allSatisfy((table, codes) -> {
            assertThat(codes).as(table).isSorted().doesNotHaveDuplicates();
            for (FunctionCode c : codes) {
                c.getParent().ifPresent(parent -> assertThat(codes).as(table + " parent of " + c).contains(parent));
            }
        });
    }

    private static ClassificationCatalog<?> catalogOf(Printed p) {
        return p.table() == 6 ? EconomicCatalog.forYear(p.report().year) : FunctionCatalog.forYear(p.report().year);
    }

    private static boolean isKnown(ClassificationCatalog<?> catalog, Printed p) {
        return p.table() == 6
                ? ((EconomicCatalog) catalog).isKnown(EconomicCode.parse(p.code()))
                : ((FunctionCatalog) catalog).isKnown(FunctionCode.parse(p.code()));
    }

    private static String nameOf(ClassificationCatalog<?> catalog, Printed p) {
        return (p.table() == 6
                ? ((EconomicCatalog) catalog).nameOf(EconomicCode.parse(p.code()))
                : ((FunctionCatalog) catalog).nameOf(FunctionCode.parse(p.code()))).orElseThrow();
    }

    private static boolean isNameOf(ClassificationCatalog<?> catalog, Printed p) {
        return p.table() == 6
                ? ((EconomicCatalog) catalog).isNameOf(EconomicCode.parse(p.code()), p.name())
                : ((FunctionCatalog) catalog).isNameOf(FunctionCode.parse(p.code()), p.name());
    }

    // ---- a simple extraction of the code rows; the io-text module will have the real reader ----

    static List<Printed> printedCodes() {
        List<Printed> out = new ArrayList<>();
        for (Report r : Report.values()) {
            out.addAll(extract(r));
        }
        return out;
    }

    private static List<Printed> extract(Report report) {
        List<Printed> out = new ArrayList<>();
        String[] lines = read(report.file).split("\n", -1);
        int table = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher title = TABLE_TITLE.matcher(lines[i]);
            if (title.find()) {
                table = Integer.parseInt(title.group(1));
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (cells.isEmpty()) {
                continue;
            }
            if (table == 2 || table == 3 || table == 5 || table == 7 || table == 8) {
                if (FUNCTION_CODE_CELL.matcher(cells.get(0)).matches()) {
                    String name = cells.stream().skip(1).filter(c -> !c.isEmpty()).findFirst().orElse("");
                    assertThat(name).as("%s line %d: name of %s", report.file, i + 1, cells.get(0))
                            .isNotEmpty().doesNotMatch(AMOUNT_CELL);
                    out.add(new Printed(report, table, i + 1, cells.get(0), name));
                }
            } else if (table == 6) {
                // three side-by-side groups of code, name, amount
                for (int g = 0; g + 1 < cells.size() && g <= 6; g += 3) {
                    if (ECONOMIC_CODE_CELL.matcher(cells.get(g)).matches()) {
                        out.add(new Printed(report, table, i + 1, cells.get(g), cells.get(g + 1)));
                    }
                }
            }
        }
        return out;
    }

    /** The cells of a table line: a Markdown pipe row, or tab-separated cells; trimmed. */
    private static List<String> cells(String line) {
        String s = line.strip();
        String[] parts;
        if (s.startsWith("|")) {
            parts = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length()).split("\\|", -1);
        } else if (line.indexOf('\t') >= 0) {
            parts = line.split("\t", -1);
        } else {
            parts = new String[] {s};
        }
        return Arrays.stream(parts).map(String::strip).toList();
    }

    private static String read(String file) {
        try (InputStream in = RealReportCodesTest.class.getResourceAsStream("/real-reports/" + file)) {
            assertThat(in).as("test resource real-reports/%s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
