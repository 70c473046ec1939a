package io.github.juesuan.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
    void test_format_chineseLabels_englishAsToString() {
        assertThat(SourceLocation.UNKNOWN.format(Locale.CHINESE)).isEqualTo("位置不明");
        SourceLocation json = SourceLocation.ofFile("a.json").withLine(3, 14).withJsonPointer("/tables/income");
        assertThat(json.format(Locale.CHINESE)).isEqualTo("a.json 第 3 行，第 14 列，位置 /tables/income");
        assertThat(json.format(Locale.ENGLISH)).isEqualTo(json.toString());
        assertThat(SourceLocation.builder().file("r.xlsx").cell("公开02表", "C7").build().format(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("r.xlsx 工作表 公开02表 单元格 C7");
        assertThat(SourceLocation.ofFile("r.pdf").withPage(4).withBox(new SourceLocation.Box(1, 2, 3, 4))
                .format(Locale.CHINESE)).isEqualTo("r.pdf 第 4 页 区域 (1,2)-(3,4)");
        assertThat(SourceLocation.ofJsonPointer("").format(Locale.CHINESE)).isEqualTo("位置 /");
        assertThat(SourceLocation.ofFile("r.pdf").withPage(4).format(Locale.GERMAN)).isEqualTo("r.pdf page 4");
    }

    @Test
    void test_equals_byValue() {
        assertThat(SourceLocation.ofFile("a").withLine(1, 0)).isEqualTo(SourceLocation.builder().file("a").line(1, 0).build());
        assertThat(SourceLocation.ofFile("a").getLine()).isEmpty();
    }
}
