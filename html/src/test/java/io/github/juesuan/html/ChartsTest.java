package io.github.juesuan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartsTest {

    @ParameterizedTest
    @CsvSource({
        "100.00, 100.00, 360",
        "50.00, 100.00, 180",
        "0.01, 7841.66, 1",
        "14.18, 42557.12, 1",
        "33.33, 100.00, 120",
        "0.00, 100.00, 0",
        "-5.00, 100.00, 0",
        "5.00, 0.00, 0"
    })
    void test_length_shareOfTheLargest(String value, String max, int pixels) {
        assertThat(Charts.length(new BigDecimal(value), new BigDecimal(max))).isEqualTo(pixels);
    }

    @Test
    void test_length_blank() {
        assertThat(Charts.length(null, BigDecimal.TEN)).isZero();
    }

    @Test
    void test_bars_labelsArePlainAmounts() {
        String svg = Charts.bars("x", "t<", List.of(new Charts.Group("201 一般公共服务支出", List.of(
                new Charts.Bar("total", "合计", new BigDecimal("1E+3")))), new Charts.Group("205 <b>", List.of(
                new Charts.Bar("total", "合计", null)))));

        assertThat(svg).contains(">1000</text>").contains("data-amount=\"1000\"").contains("width=\"360\"")
                .contains(">—</text>").contains("205 &lt;b&gt;").contains("<title>t&lt;</title>");
    }
}
