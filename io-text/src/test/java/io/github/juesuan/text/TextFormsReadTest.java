package io.github.juesuan.text;

import static io.github.juesuan.text.TextRoundTripPropertiesTest.differences;
import static io.github.juesuan.text.TextRoundTripPropertiesTest.figures;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.testing.TextForms;
import io.github.juesuan.text.ReportTextRenderer.Layout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Report 001's figures rendered in the space-aligned and single-space forms of {@link TextForms},
 * paged with a running footer, read back: 01 with its 行次 column (the numbers are no labels) and 09
 * placed under its 栏次 row across a page break.
 */
class TextFormsReadTest {

    private static Map<String, Optional<Amount>> of(Map<String, Optional<Amount>> figures, String table) {
        Map<String, Optional<Amount>> out = new LinkedHashMap<>(figures);
        out.keySet().removeIf(k -> !k.startsWith(table + " "));
        return out;
    }

    private static FinalAccountReport read(String text) {
        return new TextReportReader().read(text, "001-forms.txt").getReport();
    }

    @Test
    void test_read_spaceAligned_lineNumbersOf01AndHeaderOf09OverPageBreaks() {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        String tabs = new ReportTextRenderer(Layout.TABS, Set.of(), 0).render(report);
        for (int lines = 8; lines <= 40; lines += 8) {
            String text = TextForms.paged(TextForms.spaceAligned(tabs, 2), lines, true, "吉林省人民政府办公厅2024年度部门决算");
            assertThat(text).containsPattern("一、一般公共预算财政拨款收入 {2,}1 {2,}");
            FinalAccountReport read = read(text);
            for (String table : new String[] {"T01", "T09"}) {
                assertThat(differences(of(figures(report), table), of(figures(read), table)))
                        .as(table + " paged every " + lines).isEmpty();
            }
        }
    }

    @Test
    void test_read_pageText_lineNumbersOf01() {
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        String tabs = new ReportTextRenderer(Layout.TABS, Set.of(), 0).render(report);
        String text = TextForms.paged(TextForms.pageText(TextForms.spaceAligned(tabs, 2)), 30, false,
                "吉林省人民政府办公厅2024年度部门决算");
        assertThat(text).contains("一、一般公共预算财政拨款收入 1 ");
        assertThat(differences(of(figures(report), "T01"), of(figures(read(text)), "T01"))).isEmpty();
    }
}
