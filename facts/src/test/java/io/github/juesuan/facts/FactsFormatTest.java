package io.github.juesuan.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FactsFormatTest {

    @ParameterizedTest
    @CsvSource({"csv, CSV", "CSV, CSV", "jsonl, JSON_LINES", "ndjson, JSON_LINES", "json-lines, JSON_LINES",
        "' parquet ', PARQUET"})
    void test_parse_knownNames(String name, FactsFormat expected) {
        assertThat(FactsFormat.parse(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "json", "", "parq"})
    void test_parse_unknownName_isAnErrorNamingIt(String name) {
        assertThatThrownBy(() -> FactsFormat.parse(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'").hasMessageContaining("csv, jsonl or parquet");
    }

    @ParameterizedTest
    @CsvSource({"facts.csv, CSV", "out/x.JSONL, JSON_LINES", "x.ndjson, JSON_LINES", "cells.parquet, PARQUET"})
    void test_forFileName_byExtension(String file, FactsFormat expected) {
        assertThat(FactsFormat.forFileName(file)).isEqualTo(expected);
        assertThat(FactsSink.fileName(FactsTable.CELLS, expected)).isEqualTo("cells." + expected.getExtension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"facts.parquet.txt", "facts", "facts.xlsx"})
    void test_forFileName_unknownExtension_isAnError(String file) {
        assertThatThrownBy(() -> FactsFormat.forFileName(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + file + "'").hasMessageContaining(".parquet");
    }
}
