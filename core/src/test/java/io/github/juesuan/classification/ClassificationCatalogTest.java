package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editions of the bundled catalogs, their differences as data, the partly bundled 项 lists, and
 * the complete catalogs a user plugs in ({@link ClassificationCatalog#load}, {@code docs/catalog-format.md}).
 */
class ClassificationCatalogTest {

    private static final Path RESOURCES = Path.of("src/test/resources/io/github/juesuan/classification");

    private static FunctionCode code(String c) {
        return FunctionCode.of(c);
    }

    // ---- editions and their differences

    @Test
    void test_changes_everyDifferenceBetweenConsecutiveEditionsIsListedWithItsSource() {
        List<CatalogChange<FunctionCode>> changes = FunctionCatalog.edition(2024).getChanges();
        assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.getSource()).isNotBlank());
        List<Integer> years = new ArrayList<>(FunctionCatalog.supportedEditions());
        for (int i = 1; i < years.size(); i++) {
            FunctionCatalog before = FunctionCatalog.edition(years.get(i - 1));
            FunctionCatalog after = FunctionCatalog.edition(years.get(i));
            int year = years.get(i);
            Set<String> derived = new HashSet<>();
            for (CatalogEntry<FunctionCode> e : after.entries()) {
                if (!before.isKnown(e.getCode()) && !e.getSource().startsWith("report only")) {
                    derived.add("ADDED " + e.getCode());
                } else if (before.isKnown(e.getCode()) && !before.nameOf(e.getCode()).orElseThrow().equals(e.getName())) {
                    derived.add("RENAMED " + e.getCode());
                }
            }
            for (CatalogEntry<FunctionCode> e : before.entries()) {
                if (!after.isKnown(e.getCode())) {
                    derived.add("RETIRED " + e.getCode());
                }
            }
            Set<String> listed = new HashSet<>();
            for (CatalogChange<FunctionCode> c : changes) {
                if (c.getEdition().isPresent() && c.getEdition().getAsInt() == year) {
                    listed.add((c.getKind() == CatalogChange.Kind.REUSED ? "RENAMED" : c.getKind().name()) + " "
                            + c.getCode());
                }
            }
            assertThat(listed).as("changes of the %d edition", year).isEqualTo(derived);
        }
    }

    @Test
    void test_changes_2024_xinfangBecomesASection() {
        FunctionCatalog c2024 = FunctionCatalog.edition(2024);
        assertThat(c2024.changesOf(code("2010308"))).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(CatalogChange.Kind.RETIRED);
            assertThat(c.getEdition()).hasValue(2024);
            assertThat(c.getName()).isEqualTo("信访事务");
        });
        assertThat(c2024.changesOf(code("20805"))).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(CatalogChange.Kind.RENAMED);
            assertThat(c.getEdition()).isEmpty();
            assertThat(c.getFormerName()).contains("行政事业单位离退休");
        });
    }

    @Test
    void test_editions_2025And2026_holdTheCodesOfThe2025Report() {
        // shiquanlu-2025 prints 2111101 减排专项支出, known from that report only
        assertThat(FunctionCatalog.edition(2025).nameOf(code("2111101"))).contains("减排专项支出");
        assertThat(FunctionCatalog.edition(2026).nameOf(code("2111101"))).contains("减排专项支出");
        assertThat(FunctionCatalog.edition(2024).isKnown(code("2111101"))).isFalse();
        assertThat(FunctionCatalog.edition(2025).find(code("2120101")).orElseThrow().getEvidence())
                .contains("guihuaziranziyuanju-2024").contains("shiquanlu-2025");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "201     | true",   // every 款 of a 类 is bundled
        "20103   | true",   // the 项 of 201 are believed complete
        "21201   | false",  // only the 项 that real reports print
        "22001   | false",
        "2010301 | true",   // a 项 has no children: none missing
        "21299   | false",
        "99999   | false",  // an unknown code
    })
    void test_listsAllChildrenOf_bundled(String parent, boolean expected) {
        assertThat(FunctionCatalog.edition(2024).listsAllChildrenOf(code(parent))).isEqualTo(expected);
    }

    @Test
    void test_everyBundledEdition_economicCatalogListsAllChildren() {
        for (int e : EconomicCatalog.supportedEditions()) {
            assertThat(EconomicCatalog.edition(e).listsAllChildrenOf(EconomicCode.of("302"))).isTrue();
        }
    }

    // ---- catalogs a user plugs in

    @Test
    void test_load_completeFile() {
        ClassificationCatalog<?> c = ClassificationCatalog.load(RESOURCES.resolve("test-user-catalog.tsv"));
        assertThat(c).isInstanceOf(FunctionCatalog.class);
        FunctionCatalog f = (FunctionCatalog) c;
        assertThat(f.getEdition()).isEqualTo(2025);
        assertThat(f.size()).isEqualTo(4);
        assertThat(f.isBundled()).isFalse();
        assertThat(f.getOrigin()).endsWith("test-user-catalog.tsv");
        assertThat(f.nameOf(code("2120104"))).contains("城管执法");
        assertThat(f.find(code("2120104")).orElseThrow().getSource()).endsWith("test-user-catalog.tsv");
        assertThat(f.listsAllChildrenOf(code("21201"))).isTrue(); // a complete file lists every child
        assertThat(f.childrenOf(code("21201"))).extracting(CatalogEntry::toString)
                .containsExactly("2120101 行政运行", "2120104 城管执法");
        assertThat(f.getChanges()).isEmpty();
        assertThat(f.toString()).contains("edition 2025, 4 codes, from");
        assertThat(FunctionCatalog.load(RESOURCES.resolve("test-user-catalog.tsv")).size()).isEqualTo(4);
    }

    @Test
    void test_fromTsv_economicWithoutLevelColumns() {
        EconomicCatalog e = EconomicCatalog.fromTsv(new StringReader(
                "# edition: 2025\ncode\tname\tnote\n302\t商品和服务支出\tx\n30201\t办公费\t\n"), "mine.tsv");
        assertThat(e.nameOf(EconomicCode.of("30201"))).contains("办公费");
        assertThat(e.find(EconomicCode.of("30201")).orElseThrow().getParent()).contains(EconomicCode.of("302"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text (\n for line ends) | the message
        "code\\tname\\n201\\t一般公共服务支出 | my.tsv: no '# classification: function' (or economic) line before the header",
        "# classification: function\\ncode\\tname\\n201\\tx | my.tsv: no '# edition: YYYY' line before the header",
        "# classification: function\\n# edition: 24\\ncode\\tname\\n201\\tx | my.tsv: '# edition: 24' is not a year",
        "# classification: money\\n# edition: 2024\\ncode\\tname | my.tsv: '# classification: money' is not a "
                + "classification: expected function or economic",
        "# classification: function\\n# edition: 2024\\ncode,name\\n201,x | my.tsv has an unexpected header: "
                + "code,name (expected tab-separated columns code, name)",
        "# classification: function\\n# edition: 2024\\ncode\\tname\\n201\\tx\\n2010A\\ty | my.tsv line 5: '2010A' "
                + "is not a functional classification code: expected 3, 5 or 7 digits",
        "# classification: function\\n# edition: 2024\\ncode\\tname\\n201\\t | my.tsv line 4: code 201 has no name",
        "# classification: function\\n# edition: 2024\\ncode\\tname\\n201\\tx\\n201\\ty | my.tsv line 5: duplicate "
                + "code '201' (first on line 4)",
        "# classification: function\\n# edition: 2024\\ncode\\tname\\n201\\tx\\t多 | my.tsv line 4: expected at most "
                + "2 tab-separated fields (the header's), found 3",
        "# classification: function\\n# edition: 2024\\ncode\\tname\\tparent_code\\n201\\tx\\n20101\\ty\\t202 | "
                + "my.tsv line 5: the parent of 20101 is 201, not 202",
        "# classification: function\\n# edition: 2024\\ncode\\tname | my.tsv: the catalog lists no code",
    })
    void test_fromTsv_badText_namesSourceAndLine(String text, String message) {
        String tsv = text.replace("\\n", "\n").replace("\\t", "\t");
        assertThatIllegalArgumentException().isThrownBy(() -> ClassificationCatalog.fromTsv(new StringReader(tsv),
                "my.tsv")).withMessage(message);
    }

    @Test
    void test_load_badFiles_nameFileAndLine() {
        Path missing = RESOURCES.resolve("test-user-missing-parent.tsv");
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCatalog.load(missing))
                .withMessage(missing + " line 5: the parent 21201 of 2120101 is not in the file");
        Path level = RESOURCES.resolve("test-user-bad-level.tsv");
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCatalog.load(level))
                .withMessage(level + " line 5: code 21201 is a 款, not a 项");
        assertThatIllegalArgumentException().isThrownBy(() -> EconomicCatalog.load(RESOURCES.resolve(
                "test-user-catalog.tsv"))).withMessageEndingWith("test-user-catalog.tsv: the file is a catalog of the "
                        + "function classification, not of the economic one");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FunctionCatalog.load(RESOURCES.resolve(
                "no-such-file.tsv")))).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining(
                        "no-such-file.tsv");
    }

    @Test
    void test_bundledFile_evidenceOfEveryCodeOfTheRealReports() {
        // the evidence column names the real reports that print a code; every report of the shared set is there
        Map<String, Integer> byReport = new TreeMap<>();
        for (int e : FunctionCatalog.supportedEditions()) {
            for (CatalogEntry<FunctionCode> entry : FunctionCatalog.edition(e).entries()) {
                for (String r : entry.getEvidence().split("; ")) {
                    if (!r.isEmpty() && e == 2024) {
                        byReport.merge(r, 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(byReport.keySet()).contains("001 (2024)", "002 (2023)", "caizhengju-2024",
                "guihuaziranziyuanju-2024", "shiquanlu-2025", "template-2024", "wanli-budget-2024");
    }
}
