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

class FunctionCatalogTest {

    private static FunctionCode code(String c) {
        return FunctionCode.of(c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "201     | 一般公共服务支出",
        "20103   | 政府办公厅（室）及相关机构事务",
        "2010301 | 行政运行",
        "2010302 | 一般行政管理事务",
        "2010399 | 其他政府办公厅（室）及相关机构事务支出",
        "20805   | 行政事业单位养老支出",
        "2080505 | 机关事业单位基本养老保险缴费支出",
        "2101101 | 行政单位医疗",
        "2210201 | 住房公积金",
        "234     | 抗疫特别国债安排的支出",
    })
    void test_nameOf(String code, String name) {
        FunctionCatalog catalog = FunctionCatalog.edition(2024);
        assertThat(catalog.nameOf(code(code))).contains(name);
        assertThat(catalog.find(code(code))).hasValueSatisfying(e -> {
            assertThat(e.getCode()).isEqualTo(code(code));
            assertThat(e.getName()).isEqualTo(name);
            assertThat(e.getParent()).isEqualTo(code(code).getParent());
            assertThat(e.getSource()).isNotEmpty();
        });
        assertThat(catalog.isKnown(code(code))).isTrue();
    }

    @Test
    void test_nameOf_unknownCode() {
        FunctionCatalog catalog = FunctionCatalog.edition(2024);
        FunctionCode unknown = code("2019998");
        assertThat(catalog.isKnown(unknown)).isFalse();
        assertThat(catalog.find(unknown)).isEmpty();
        assertThat(catalog.nameOf(unknown)).isEmpty();
        assertThat(catalog.isNameOf(unknown, "其他")).isFalse();
        assertThat(catalog.childrenOf(unknown)).isEmpty();
    }

    @Test
    void test_codesNamed_exact() {
        FunctionCatalog catalog = FunctionCatalog.edition(2024);
        assertThat(catalog.codesNamed("政府办公厅（室）及相关机构事务")).containsExactly(code("20103"));
        assertThat(catalog.codesNamed("政府办公厅(室)及相关机构事务")).isEmpty();
        assertThat(catalog.codesNamed("不存在的科目")).isEmpty();
        // a name shared by the 项 of many 款, in code order
        List<FunctionCode> running = catalog.codesNamed("行政运行");
        assertThat(running).hasSizeGreaterThan(10).isSorted()
                .contains(code("2010101"), code("2010201"), code("2010301"))
                .allSatisfy(c -> assertThat(c.getLevel()).isEqualTo(CodeLevel.ITEM));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "政府办公厅（室）及相关机构事务",
        "政府办公厅(室)及相关机构事务",
        "政府办公厅（室）及相关机构 事务",
        " 政府办公厅 (室) 及相关机构事务 ",
        "政府办公厅（室)及相关机构\n事务",
    })
    void test_codesNamedLeniently(String printed) {
        FunctionCatalog catalog = FunctionCatalog.edition(2024);
        assertThat(catalog.codesNamedLeniently(printed)).containsExactly(code("20103"));
        assertThat(catalog.isNameOf(code("20103"), printed)).isTrue();
    }

    @Test
    void test_isNameOf_differentName() {
        FunctionCatalog catalog = FunctionCatalog.edition(2023);
        // report 002 labels 201 so in its 05表; the catalog name is 一般公共服务支出
        assertThat(catalog.isNameOf(code("201"), "一般公共预算支出")).isFalse();
        assertThat(catalog.isNameOf(code("201"), "一般公共服务支出")).isTrue();
    }

    @Test
    void test_childrenOf() {
        FunctionCatalog catalog = FunctionCatalog.edition(2024);
        List<CatalogEntry<FunctionCode>> items = catalog.childrenOf(code("20103"));
        assertThat(items).extracting(CatalogEntry::getCode)
                .contains(code("2010301"), code("2010302"), code("2010350"), code("2010399"))
                .isSorted()
                .allSatisfy(c -> assertThat(c.getParent()).contains(code("20103")));
        List<CatalogEntry<FunctionCode>> sections = catalog.childrenOf(code("201"));
        assertThat(sections).extracting(CatalogEntry::getCode)
                .contains(code("20101"), code("20103"), code("20199"))
                .doesNotContain(code("2010301"))
                .allSatisfy(c -> assertThat(c.getLevel()).isEqualTo(CodeLevel.SECTION));
        assertThat(catalog.childrenOf(code("2010301"))).isEmpty();
    }

    @Test
    void test_editions_differ() {
        // 信访事务 was a 项 of 20103 in 2023 and is believed to be a 款 of its own (20140) in 2024
        assertThat(FunctionCatalog.edition(2023).isKnown(code("2010308"))).isTrue();
        assertThat(FunctionCatalog.edition(2024).isKnown(code("2010308"))).isFalse();
        assertThat(FunctionCatalog.edition(2023).isKnown(code("20140"))).isFalse();
        assertThat(FunctionCatalog.edition(2024).nameOf(code("20140"))).contains("信访事务");
        assertThat(FunctionCatalog.edition(2024).size()).isNotEqualTo(FunctionCatalog.edition(2023).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020 | 2023",
        "2022 | 2023",
        "2023 | 2023",
        "2024 | 2024",
        "2025 | 2025",
        "2026 | 2026",
        "2030 | 2026",
    })
    void test_forYear(int year, int edition) {
        FunctionCatalog catalog = FunctionCatalog.forYear(FiscalYear.of(year));
        assertThat(catalog.getEdition()).isEqualTo(edition);
        assertThat(catalog).isSameAs(FunctionCatalog.edition(edition));
    }

    @ParameterizedTest
    @ValueSource(ints = {2022, 2027, 0, -1})
    void test_edition_unsupported(int edition) {
        assertThatIllegalArgumentException().isThrownBy(() -> FunctionCatalog.edition(edition))
                .withMessage("'" + edition + "' is not a bundled catalog edition: expected one of [2023, 2024, 2025, "
                        + "2026]");
    }

    @Test
    void test_supportedEditions() {
        assertThat(FunctionCatalog.supportedEditions()).containsExactly(2023, 2024, 2025, 2026);
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026})
    void test_entries_noDuplicateCodes(int edition) {
        List<CatalogEntry<FunctionCode>> rows = CatalogLoader.load(CatalogLoader.FUNCTION_RESOURCE, edition,
                FunctionCode::of);
        Set<FunctionCode> distinct = new HashSet<>();
        assertThat(rows).allSatisfy(e -> assertThat(distinct.add(e.getCode())).as("duplicate %s", e).isTrue());
        assertThat(FunctionCatalog.edition(edition).size()).isEqualTo(rows.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026})
    void test_entries_parentsExistAndMatchCode(int edition) {
        FunctionCatalog catalog = FunctionCatalog.edition(edition);
        assertThat(catalog.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getParent()).as("parent of %s", e).isEqualTo(e.getCode().getParent());
            e.getParent().ifPresent(p -> assertThat(catalog.isKnown(p)).as("parent of %s known", e).isTrue());
            assertThat(e.getName()).as("name of %s", e.getCode()).isNotBlank().isEqualTo(e.getName().strip());
        });
    }

    @Test
    void test_entries_everyClassOfTheSummaryTable() {
        // the 类 of 公开01表, 2024 edition
        FunctionCatalog catalog = FunctionCatalog.edition(2024);
        for (String c : List.of("201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213",
                "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "231", "232", "234")) {
            assertThat(catalog.isKnown(code(c))).as(c).isTrue();
        }
    }

    @Test
    void test_entries_codeOrder() {
        FunctionCatalog catalog = FunctionCatalog.edition(2024);
        assertThat(catalog.entries()).extracting(CatalogEntry::getCode).isSorted();
        assertThat(catalog).hasToString("FunctionCatalog[edition 2024, " + catalog.size() + " codes]");
    }
}
