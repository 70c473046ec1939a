package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.ClassificationCatalog;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * CATALOG.UNKNOWN_CODE and CATALOG.NAME_MISMATCH against the edition of the report's year: unknown 项
 * of a partly bundled 款 are not assessed, codes added or retired between editions and former names get
 * their own messages, and a catalog plugged in replaces the bundled one.
 */
class CatalogRulesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    /** A report of one year whose 公开03表 prints these rows (code, name, amount). */
    private static FinalAccountReport report(int year, String... rows) {
        ExpenditureTable.Builder t = ExpenditureTable.builder();
        for (int i = 0; i < rows.length; i += 3) {
            t.addRows(ExpenditureRow.of(rows[i], rows[i + 1], rows[i + 2], rows[i + 2], ""));
        }
        return FinalAccountReport.builder().department("测试局").fiscalYear(FiscalYear.of(year)).expenditure(t.build())
                .build();
    }

    private static List<Finding> findings(ReportValidator v, FinalAccountReport r, String rule) {
        return v.validate(r).getFindings(rule);
    }

    @Test
    void test_unknownItemOfAPartlyBundledSection_notAssessed() {
        // 2120106 is not bundled, and the bundled 项 of 21201 are only those real reports print
        List<Finding> fs = findings(VALIDATOR, report(2024, "212", "城乡社区支出", "10.00", "21201", "城乡社区管理事务",
                "10.00", "2120106", "市政公用行业市场监管", "10.00"), "CATALOG.UNKNOWN_CODE");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(f.getOutcome()).isEqualTo(Outcome.NOT_ASSESSED);
            assertThat(f.getMessage()).contains("科目 2120106（市政公用行业市场监管）不在内置的 2024 年版科目表中")
                    .contains("只列出 21201 的部分下级科目");
            assertThat(f.getMessage(Locale.ENGLISH)).contains("not assessed");
        });
        assertThat(VALIDATOR.validate(report(2024, "2120106", "x", "1.00")).getOutcome("CATALOG.UNKNOWN_CODE"))
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void test_unknownItemOfACompletelyBundledSection_warning_yearWithoutGrouping() {
        // the 项 of 20103 are believed complete: 2010398 is unknown, a warning
        List<Finding> fs = findings(VALIDATOR, report(2024, "2010398", "某未知支出", "1.00"), "CATALOG.UNKNOWN_CODE");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("不在 2024 年版科目表中").doesNotContain("2,024");
            assertThat(f.getMessage(Locale.ENGLISH)).contains("the 2024 edition").doesNotContain("2,024");
        });
    }

    @Test
    void test_eachReportIsCheckedAgainstItsOwnYearsEdition() {
        // 2111101 is known from a 2025 report only
        assertThat(findings(VALIDATOR, report(2025, "2111101", "减排专项支出", "1.00"), "CATALOG.UNKNOWN_CODE")).isEmpty();
        assertThat(findings(VALIDATOR, report(2024, "2111101", "减排专项支出", "1.00"), "CATALOG.UNKNOWN_CODE"))
                .singleElement().satisfies(f -> assertThat(f.getOutcome()).isEqualTo(Outcome.NOT_ASSESSED));
        assertThat(findings(VALIDATOR, report(2026, "2120101", "行政运行", "1.00"), "CATALOG.UNKNOWN_CODE")).isEmpty();
    }

    @Test
    void test_codeRetiredOrAddedBetweenEditions_ownMessages() {
        List<Finding> retired = findings(VALIDATOR, report(2024, "2010308", "信访事务", "1.00"), "CATALOG.UNKNOWN_CODE");
        assertThat(retired).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("不在 2024 年版科目表中：该科目（信访事务）自 2024 年版起已取消");
        });
        List<Finding> later = findings(VALIDATOR, report(2023, "20140", "信访事务", "1.00"), "CATALOG.UNKNOWN_CODE");
        assertThat(later).singleElement().satisfies(f -> assertThat(f.getMessage(Locale.ENGLISH))
                .contains("is not in the 2023 edition of the catalog: it exists from the 2024 edition on"));
        assertThat(findings(VALIDATOR, report(2023, "2010308", "信访事务", "1.00"), "CATALOG.UNKNOWN_CODE")).isEmpty();
    }

    @Test
    void test_formerName_ownMessage_otherMismatchUnchanged() {
        List<Finding> former = findings(VALIDATOR, report(2024, "20805", "行政事业单位离退休", "1.00"),
                "CATALOG.NAME_MISMATCH");
        assertThat(former).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("印为“行政事业单位离退休”，是该科目的旧名称；2024 年版科目表中名称为“行政事业单位养老支出”");
        });
        assertThat(findings(VALIDATOR, report(2024, "20805", "行政事业单位养老支出", "1.00"), "CATALOG.NAME_MISMATCH"))
                .isEmpty();
        assertThat(findings(VALIDATOR, report(2024, "20805", "离退休", "1.00"), "CATALOG.NAME_MISMATCH"))
                .singleElement().satisfies(f -> assertThat(f.getMessage()).contains("科目表名称为“行政事业单位养老支出”"));
    }

    @Test
    void test_pluggedInCatalog_replacesTheBundledEditionOfItsYear() {
        FunctionCatalog mine = FunctionCatalog.load(Path.of(
                "src/test/resources/io/github/juesuan/classification/test-user-catalog.tsv"));
        ReportValidator v = ReportValidator.builder().catalog(mine).build();
        // complete for 21201: 2120104 is known, and a code it does not list is a warning, not "not assessed"
        FinalAccountReport r = report(2025, "212", "城乡社区支出", "2.00", "21201", "城乡社区管理事务", "2.00", "2120104",
                "城管执法", "1.00", "2120106", "市政公用行业市场监管", "1.00");
        assertThat(findings(v, r, "CATALOG.UNKNOWN_CODE")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("2120106").contains("2025 年版");
        });
        assertThat(findings(VALIDATOR, r, "CATALOG.UNKNOWN_CODE")).singleElement()
                .satisfies(f -> assertThat(f.getOutcome()).isEqualTo(Outcome.NOT_ASSESSED));
        // a report of another year keeps the bundled edition of its year
        assertThat(findings(v, report(2024, "2010301", "行政运行", "1.00"), "CATALOG.UNKNOWN_CODE")).isEmpty();
        ClassificationCatalog<?> untyped = ClassificationCatalog.load(Path.of(
                "src/test/resources/io/github/juesuan/classification/test-user-catalog.tsv"));
        assertThat(findings(ReportValidator.builder().catalog(untyped).build(), r, "CATALOG.UNKNOWN_CODE")).hasSize(1);
    }
}
