package io.github.juesuan.cli.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactsWriterTest {

    @Test
    void test_csv_quotesCommasQuotesAndLineBreaks() {
        assertThat(FactsWriter.csv("plain")).isEqualTo("plain");
        assertThat(FactsWriter.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(FactsWriter.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(FactsWriter.csv("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void test_json_escapesControlCharacters() {
        assertThat(FactsWriter.json("a\"b\\c\td\u0001")).isEqualTo("\"a\\\"b\\\\c\\td\\u0001\"");
    }

    @Test
    void test_format_byFileName() {
        assertThat(FactsWriter.Format.forFileName("x.JSONL")).isEqualTo(FactsWriter.Format.JSON_LINES);
        assertThat(FactsWriter.Format.forFileName("x.ndjson")).isEqualTo(FactsWriter.Format.JSON_LINES);
        assertThat(FactsWriter.Format.forFileName("x.csv")).isEqualTo(FactsWriter.Format.CSV);
    }
}
