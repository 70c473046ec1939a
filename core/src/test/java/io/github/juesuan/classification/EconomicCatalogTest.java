package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.juesuan.amount.FiscalYear;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EconomicCatalogTest {

    private static EconomicCode code(String c) {
        return EconomicCode.of(c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "301   | 工资福利支出",
        "30101 | 基本工资",
        "30113 | 住房公积金",
        "302   | 商品和服务支出",
        "30212 | 因公出国（境）费用",
        "30217 | 公务接待费",
        "30231 | 公务用车运行维护费",
        "303   | 对个人和家庭的补助",
        "30302 | 退休费",
        "307   | 债务利息及费用支出",
        "310   | 资本性支出",
        "31013 | 公务用车购置",
        "399   | 其他支出",
    })
    void test_nameOf(String code, String name) {
        EconomicCatalog catalog = EconomicCatalog.edition(2024);
        assertThat(catalog.nameOf(code(code))).contains(name);
        assertThat(catalog.isKnown(code(code))).isTrue();
        assertThat(catalog.codesNamed(name)).contains(code(code));
    }

    @Test
    void test_nameOf_unknownCode() {
        EconomicCatalog catalog = EconomicCatalog.edition(2023);
        assertThat(catalog.isKnown(code("30298"))).isFalse();
        assertThat(catalog.nameOf(code("30298"))).isEmpty();
        assertThat(catalog.find(code("398"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"因公出国（境）费用", "因公出国(境)费用", "因公出国 (境) 费用", "因公出国（境）\n费用"})
    void test_codesNamedLeniently(String printed) {
        EconomicCatalog catalog = EconomicCatalog.edition(2023);
        assertThat(catalog.codesNamedLeniently(printed)).containsExactly(code("30212"));
        assertThat(catalog.isNameOf(code("30212"), printed)).isTrue();
    }

    @Test
    void test_codesNamed_exactOnly() {
        EconomicCatalog catalog = EconomicCatalog.edition(2023);
        assertThat(catalog.codesNamed("因公出国(境)费用")).isEmpty();
        assertThat(catalog.codesNamed("维修（护）费")).containsExactly(code("30213"));
    }

    @Test
    void test_childrenOf() {
        EconomicCatalog catalog = EconomicCatalog.edition(2024);
        assertThat(catalog.childrenOf(code("301"))).extracting(CatalogEntry::getCode)
                .startsWith(code("30101"), code("30102"), code("30103"))
                .endsWith(code("30199"))
                .allSatisfy(c -> assertThat(c.getClassCode()).isEqualTo(code("301")));
        assertThat(catalog.childrenOf(code("30101"))).isEmpty();
    }

    @Test
    void test_classes_tenClassesWithKinds() {
        EconomicCatalog catalog = EconomicCatalog.edition(2024);
        List<EconomicCode> classes = catalog.entries().stream().map(CatalogEntry::getCode)
                .filter(c -> c.getLevel() == CodeLevel.CLASS).toList();
        assertThat(classes).extracting(EconomicCode::toString)
                .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
        assertThat(classes).filteredOn(EconomicCode::isPersonnel).extracting(EconomicCode::toString)
                .containsExactly("301", "303");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2022 | 2023", "2023 | 2023", "2024 | 2024", "2025 | 2025",
        "2026 | 2026", "2030 | 2026"})
    void test_forYear(int year, int edition) {
        assertThat(EconomicCatalog.forYear(FiscalYear.of(year)).getEdition()).isEqualTo(edition);
    }

    @Test
    void test_edition_unsupported() {
        assertThatIllegalArgumentException().isThrownBy(() -> EconomicCatalog.edition(2027))
                .withMessage("'2027' is not a bundled catalog edition: expected one of [2023, 2024, 2025, 2026]");
        assertThat(EconomicCatalog.supportedEditions()).containsExactly(2023, 2024, 2025, 2026);
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024})
    void test_entries_noDuplicateCodes(int edition) {
        List<CatalogEntry<EconomicCode>> rows = CatalogLoader.load(CatalogLoader.ECONOMIC_RESOURCE, edition,
                EconomicCode::of);
        Set<EconomicCode> distinct = new HashSet<>();
        assertThat(rows).allSatisfy(e -> assertThat(distinct.add(e.getCode())).as("duplicate %s", e).isTrue());
        assertThat(EconomicCatalog.edition(edition).size()).isEqualTo(rows.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024})
    void test_entries_parentsExistAndMatchCode(int edition) {
        EconomicCatalog catalog = EconomicCatalog.edition(edition);
        assertThat(catalog.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getParent()).as("parent of %s", e).isEqualTo(e.getCode().getParent());
            e.getParent().ifPresent(p -> assertThat(catalog.isKnown(p)).as("parent of %s known", e).isTrue());
        });
    }
}
