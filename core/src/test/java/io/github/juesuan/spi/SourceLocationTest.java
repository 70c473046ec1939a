package io.github.juesuan.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLocationTest {

    @Test
    void test_toString_combinations() {
        assertThat(SourceLocation.UNKNOWN).hasToString("unknown location");
        assertThat(SourceLocation.ofFile("a.json").withLine(3, 14).withJsonPointer("/tables/income"))
                .hasToString("a.json line 3, column 14, at /tables/income");
        assertThat(SourceLocation.builder().file("r.xlsx").cell("公开02表", "C7").build())
                .hasToString("r.xlsx sheet 公开02表 cell C7");
        assertThat(SourceLocation.ofJsonPointer("")).hasToString("at /");
    }

    @Test
    void test_equals_byValue() {
        assertThat(SourceLocation.ofFile("a").withLine(1, 0)).isEqualTo(SourceLocation.builder().file("a").line(1, 0).build());
        assertThat(SourceLocation.ofFile("a").getLine()).isEmpty();
    }
}
