package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-2024 | 2023 | true",
        "2023-2024 | 2024 | true",
        "2023-2024 | 2025 | false",
        "2024      | 2024 | true",
        "2024      | 2023 | false",
        "'2023 - 2024' | 2024 | true",
    })
    void test_appliesTo(String years, int edition, boolean expected) {
        assertThat(CatalogLoader.appliesTo(years, edition)).isEqualTo(expected);
    }

    @Test
    void test_appliesTo_malformed() {
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogLoader.appliesTo("2024年", 2024))
                .withMessage("'2024年' is not an edition year range");
    }

    @Test
    void test_load_duplicateCode() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogLoader.load("test-duplicate-codes.tsv", 2024, FunctionCode::of))
                .withMessage("catalog resource io/github/juesuan/classification/test-duplicate-codes.tsv line 4:"
                        + " duplicate code '20101' in edition 2024");
    }

    @Test
    void test_load_duplicateCodeInOtherEditionIsFine() {
        // the file holds 20101 twice, once for 2023 and once for 2024: one per edition
        assertThat(CatalogLoader.load("test-duplicate-codes.tsv", 2023, FunctionCode::of))
                .extracting(CatalogEntry::toString).containsExactly("201 一般公共服务支出", "20101 人大事务");
    }

    @Test
    void test_load_badCode() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogLoader.load("test-bad-code.tsv", 2024, FunctionCode::of))
                .withMessage("catalog resource io/github/juesuan/classification/test-bad-code.tsv line 3:"
                        + " '2010A' is not a functional classification code: expected 3, 5 or 7 digits");
    }

    @Test
    void test_load_missingResource() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogLoader.load("no-such-catalog.tsv", 2024, FunctionCode::of))
                .withMessage("catalog resource io/github/juesuan/classification/no-such-catalog.tsv is missing from the jar");
    }

    @Test
    void test_load_badHeader() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogLoader.load("test-bad-header.tsv", 2024, FunctionCode::of))
                .withMessageStartingWith("catalog resource io/github/juesuan/classification/test-bad-header.tsv"
                        + " has an unexpected header");
    }

    @Test
    void test_editionFor() {
        assertThat(CatalogLoader.editionFor(1990)).isEqualTo(2023);
        assertThat(CatalogLoader.editionFor(2023)).isEqualTo(2023);
        assertThat(CatalogLoader.editionFor(2024)).isEqualTo(2024);
        assertThat(CatalogLoader.editionFor(2025)).isEqualTo(2025);
        assertThat(CatalogLoader.editionFor(2026)).isEqualTo(2026);
        assertThat(CatalogLoader.editionFor(2099)).isEqualTo(2026);
    }
}
