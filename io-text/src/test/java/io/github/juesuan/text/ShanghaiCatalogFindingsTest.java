package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The catalog findings on the 上海市普陀区 reports, read from their text by {@link TextReportReader}: each is
 * checked against the edition of its own year, no printed functional code is an unknown-code warning, and a
 * year prints as "2024", never "2,024".
 */
class ShanghaiCatalogFindingsTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static ValidationResult validate(String file) {
        FinalAccountReport r = new TextReportReader().read(Path.of("src/test/resources/real-reports/shanghai/" + file))
                .getReport();
        return VALIDATOR.validate(r);
    }

    @ParameterizedTest
    @CsvSource({
        "caizhengju-2024.layout.txt, 2024",
        "guihuaziranziyuanju-2024.layout.txt, 2024",
        "shiquanlu-2025.pages.txt, 2025",
        "template-2024.layout.txt, 2024",
    })
    void test_validate_noUnknownCodeAboveInfo_yearsWithoutGrouping(String file, int year) {
        ValidationResult result = validate(file);
        // before: 12 CATALOG.UNKNOWN_CODE warnings on guihuaziranziyuanju and 42 on shiquanlu ("不在 2,024 年版")
        assertThat(result.getFindings("CATALOG.UNKNOWN_CODE")).allSatisfy(f -> assertThat(f.getSeverity())
                .isEqualTo(Severity.INFO));
        for (Finding f : result.getFindings()) {
            assertThat(f.getMessage()).as(f.getRuleId()).doesNotContain("2,02");
            assertThat(f.getMessage(Locale.ENGLISH)).as(f.getRuleId()).doesNotContain("2,02");
        }
        // every finding that names an edition names the report's own year
        for (Finding f : result.getFindings()) {
            if (f.getMessage().contains("年版")) {
                assertThat(f.getMessage()).as(f.getRuleId()).contains(year + " 年版");
            }
        }
    }

    @Test
    void test_validate_shiquanlu_formerNameOf20805_ownMessageWithTheYear() {
        // shiquanlu-2025 prints 20805 with its former name 行政事业单位离退休 in 02, 03 and 05
        List<Finding> former = validate("shiquanlu-2025.pages.txt").getFindings("CATALOG.NAME_MISMATCH").stream()
                .filter(f -> f.getMessage().contains("行政事业单位离退休")).toList();
        assertThat(former).hasSize(3).allSatisfy(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("是该科目的旧名称；2025 年版科目表中名称为“行政事业单位养老支出”");
        });
    }

    @Test
    void test_validate_shiquanlu_checkedAgainstThe2025Edition() {
        ValidationResult result = validate("shiquanlu-2025.pages.txt");
        // 2111101 减排专项支出 and the 项 of 212 are known to the 2025 edition; none is unknown
        assertThat(result.getFindings("CATALOG.UNKNOWN_CODE")).isEmpty();
        assertThat(result.getOutcome("CATALOG.UNKNOWN_CODE")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void test_validate_caizhengju_trueShareMismatchKept() {
        // 第三部分 五: 2106.66 / 2940.05 = 71.65%, printed 71.73%: no rounding of the three figures explains it
        List<Finding> shares = validate("caizhengju-2024.layout.txt").getFindings("NARR.SHARES");
        assertThat(shares).anySatisfy(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("71.73%").contains("71.65%");
        });
    }
}
