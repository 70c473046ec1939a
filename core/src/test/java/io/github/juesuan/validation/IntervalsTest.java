package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The interval reading of printed figures (XBRL Calculations 1.1) for shares and rates. */
class IntervalsTest {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "76.4   | 0.05",
        "100    | 0.5",
        "2106.66| 0.005",
        "4.17   | 0.005",
    })
    void test_halfUnit(String printed, String half) {
        assertThat(Intervals.halfUnit(new BigDecimal(printed.strip()))).isEqualByComparingTo(half);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // share | part | whole | meets
        // caizhengju-2024 五: 2106.66 / 2940.05 = 71.65%, printed 71.73%: no rounding reaches it
        "71.73 | 2106.66 | 2940.05 | false",
        "71.65 | 2106.66 | 2940.05 | true",
        // 001's 政府信息公开工作经费: 0.5 / 12 = 4.1667%; 4.2 (one decimal) and 4.17 are both roundings
        "4.2   | 0.5     | 12      | true",
        "4.17  | 0.5     | 12      | true",
        "4.3   | 0.5     | 12      | false",
        // a part of one cent of three: the amounts' own rounding allows 14.3% to 60%
        "50.00 | 0.01    | 0.03    | true",
        "33.33 | 0.01    | 0.03    | true",
        "61    | 0.01    | 0.03    | false",
        "14    | 0.01    | 0.03    | true",   // 14 stands for up to 14.5, the lower end is 100 × 0.005 / 0.035
        "13    | 0.01    | 0.03    | false",
        // just inside and just outside the upper end: 100 × 120.005 / 169.995 = 70.5932…
        "70.59 | 120.00  | 170.00  | true",
        "70.60 | 120.00  | 170.00  | false",
    })
    void test_shareMeets(String share, String part, String whole, boolean meets) {
        BigDecimal p = new BigDecimal(share.strip());
        assertThat(Intervals.shareMeets(p, Intervals.halfUnit(p), new BigDecimal(part.strip()), HALF_CENT,
                new BigDecimal(whole.strip()), HALF_CENT)).isEqualTo(meets);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // exact amounts: only the share's own half-width
        "4.2 | 0.5 | 12 | 0     | 0.05",
        // 4.2 above 4.1667: up to 100 × 0.505 / 11.995 − 4.1667 + 0.05 = 0.0934…
        "4.2 | 0.5 | 12 | 0.005 | 0.0935",
        // below: 4.1667 − 100 × 0.495 / 12.005 + 0.05 = 0.0933…, rounded up
        "4.1 | 0.5 | 12 | 0.005 | 0.0934",
    })
    void test_shareAllowance(String share, String part, String whole, String half, String allowance) {
        BigDecimal p = new BigDecimal(share.strip());
        BigDecimal h = new BigDecimal(half.strip());
        BigDecimal a = Intervals.shareAllowance(p, Intervals.halfUnit(p), new BigDecimal(part.strip()), h,
                new BigDecimal(whole.strip()), h);
        assertThat(a).isEqualByComparingTo(allowance);
    }
}
