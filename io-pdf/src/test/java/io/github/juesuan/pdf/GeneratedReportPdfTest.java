package io.github.juesuan.pdf;

import static io.github.juesuan.pdf.ReportPdfReadBack.assertReadBack;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.juesuan.pdf.ReportPdfRenderer.Rules;
import io.github.juesuan.pdf.ReportPdfRenderer.Style;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real reports (吉林 001 and the 2023 service centre, as modelled in {@code SampleReports}) rendered
 * by {@link ReportPdfRenderer} as a PDF export lays out its tables, in every ruling, read back figure
 * for figure ({@link ReportPdfReadBack}). Regression: before the layout reader skipped the title
 * block printed again above a header (title and 公开05表 centred over the columns), 28 figures of
 * 001's 05 (5 columns, 基本支出 over 小计/人员经费/公用经费) were read one column off in every ruling.
 * Needs the font that the CI installs (fonts-wqy-zenhei); skipped with that reason where it is missing.
 */
class GeneratedReportPdfTest {

    @BeforeEach
    void font() {
        assumeTrue(ReportPdfRenderer.fontInstalled(), "the CJK font " + ReportPdfRenderer.FONT
                + " (Debian package fonts-wqy-zenhei) is not installed");
    }

    private static Style plain(Rules rules) {
        return new Style(9f, 1.4f, 36f, 0.3f, rules, true, 12f, 8f, 7L, 40, true, true, false);
    }

    @ParameterizedTest
    @EnumSource(Rules.class)
    void test_read_jilin001_everyRuling(Rules rules) {
        assertReadBack(SampleReports.jilinGeneralOffice2024(), plain(rules));
    }

    @ParameterizedTest
    @EnumSource(Rules.class)
    void test_read_serviceCentre2023_everyRuling(Rules rules) {
        FinalAccountReport r = SampleReports.jilinGovernmentServiceCenter2023();
        assertReadBack(r, plain(rules));
    }
}
