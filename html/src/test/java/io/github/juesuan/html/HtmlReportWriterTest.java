package io.github.juesuan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.ReportValidator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final HtmlReportWriter ZH = HtmlReportWriter.builder().build();
    private static final HtmlReportWriter EN = HtmlReportWriter.builder().locale(Locale.ENGLISH).build();

    private static List<String> all(String regex, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void test_render_hostileNames_printedAsTextNeverAsMarkup() {
        String html = ZH.render(TestReviews.hostile(Locale.CHINA));

        assertThat(html).doesNotContain(TestReviews.SCRIPT).doesNotContain("<img").doesNotContain("onerror=\"");
        assertThat(html).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;单位")
                .contains("&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;");
        // our own script element is the only one
        assertThat(all("(<script)", html)).hasSize(1);
    }

    @Test
    void test_render_real001_selfContained_noExternalReference() {
        String html = ZH.render(TestReviews.real(TestReviews.R001, Locale.CHINA));

        assertThat(all("href=\"([^\"]*)\"", html)).isNotEmpty().allMatch(h -> h.startsWith("#"));
        assertThat(html).doesNotContain(" src=").doesNotContain("<link").doesNotContain("@import")
                .doesNotContain("url(").doesNotContain("https://");
        assertThat(all("(http://[^\"]*)", html)).containsOnly("http://www.w3.org/2000/svg");
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    @Test
    void test_render_real001_idsUniqueAndEveryLinkResolves() {
        String html = ZH.render(TestReviews.real(TestReviews.R001, Locale.CHINA));

        List<String> ids = all(" id=\"([^\"]+)\"", html);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(all("href=\"#([^\"]+)\"", html)).isNotEmpty().allMatch(ids::contains);
        // one link back per finding that points at a cell, row or table of the page
        assertThat(all("(class=\"fref )", html)).hasSameSizeAs(all("( data-target=\")", html)).isNotEmpty();
    }

    @Test
    void test_render_real001_everyCellFindingHighlightedAtItsCell() {
        Review review = TestReviews.real(TestReviews.R001, Locale.CHINA);
        FinalAccountReport report = review.getReport().orElseThrow();
        String html = ZH.render(review);

        List<Finding> findings = review.getValidation().orElseThrow().getFindings();
        int cellFindings = 0;
        for (int n = 1; n <= findings.size(); n++) {
            Finding f = findings.get(n - 1);
            if (f.getTable().isPresent() && f.getRow().isPresent() && f.getColumn().isPresent()
                    && report.getTable(f.getTable().get()).flatMap(t -> t.findCell(f.getRow().get(),
                            f.getColumn().get())).isPresent()) {
                cellFindings++;
                // the finding row links to a td that is highlighted and links back to it
                Matcher row = Pattern.compile("<tr class=\"finding[^>]* id=\"f" + n + "\"[^>]* data-target=\"(k\\d+)\"")
                        .matcher(html);
                assertThat(row.find()).as("finding %d %s has a target", n, f).isTrue();
                Matcher cell = Pattern.compile("<td id=\"" + row.group(1) + "\" class=\"num hl sev-[A-Z]+\"[^>]*>[^<]*"
                        + "<span class=\"frefs\">(<a [^>]*>\\d+</a>)*<a class=\"fref sev-" + f.getSeverity().name()
                        + "\" data-f=\"f" + n + "\"").matcher(html);
                assertThat(cell.find()).as("cell of finding %d %s", n, f).isTrue();
            }
        }
        assertThat(cellFindings).isGreaterThan(0);
    }

    @Test
    void test_render_real001_chartsCarryTheExactAmounts() {
        Review review = TestReviews.real(TestReviews.R001, Locale.CHINA);
        FinalAccountReport report = review.getReport().orElseThrow();
        String html = ZH.render(review);

        String byClass = html.substring(html.indexOf("<svg", html.indexOf("id=\"chart-by-class\"")),
                html.indexOf("</svg>", html.indexOf("id=\"chart-by-class\"")));
        List<String> expected = new ArrayList<>();
        for (Cell c : report.getTable(TableId.T03).orElseThrow().cells()) {
            if (c.getRow().getFunctionCode().filter(k -> k.getLevel() == CodeLevel.CLASS).isPresent()
                    && c.getColumn().getId().equals("TOTAL")) {
                expected.add(c.getAmount().orElseThrow().toBigDecimal().toPlainString());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(all("data-amount=\"([^\"]+)\"", byClass)).containsExactlyElementsOf(expected);
        long withFigures = report.getPerformanceEvaluations().stream()
                .filter(p -> p.getFunding().stream().anyMatch(f -> f.getFullYearBudget().isPresent()))
                .count();
        assertThat(withFigures).isPositive();
        assertThat(all("(class=\"chart-box budget-exec\")", html)).hasSize((int) withFigures);
    }

    @Test
    void test_render_real002_noTable03InChart_or03Used_andSourcesShown() {
        Review review = TestReviews.real(TestReviews.R002, Locale.CHINA);
        String html = ZH.render(review);

        assertThat(html).contains("id=\"svg-by-class\"");
        // figures carry the line of the text they were read from
        assertThat(all("data-src=\"([^\"]+)\"", html)).isNotEmpty()
                .allMatch(s -> s.startsWith(TestReviews.R002 + " line "));
    }

    @Test
    void test_render_english_wordsAndMessagesInEnglish() {
        Review review = TestReviews.real(TestReviews.R001, Locale.ENGLISH);
        String html = EN.render(review);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains(">Findings <small>")
                .contains(">Reading problems <small>");
        Finding first = review.getValidation().orElseThrow().getFindings().get(0);
        assertThat(html).contains(Html.esc(first.getMessage(Locale.ENGLISH)));
        assertThat(ZH.render(review)).contains(Html.esc(first.getMessage(Locale.CHINESE))).contains(">审核结果 <small>");
    }

    @Test
    void test_render_no03_chartFrom05_no05_noChart() {
        FinalAccountReport only05 = FinalAccountReport.builder().department("示例单位").fiscalYear(FiscalYear.of(2024))
                .generalBudgetExpenditure(GeneralBudgetExpenditureTable.builder()
                        .addRows(GeneralBudgetExpenditureRow.of("201", "一般公共服务支出", "120.50", "100.00", "80.00",
                                "20.00", "20.50"))
                        .addRows(GeneralBudgetExpenditureRow.of("208", "社会保障和就业支出", "30.25", "30.25", "30.25"))
                        .build())
                .build();
        String html = ZH.render(Review.of("05.txt", only05, List.of(), ReportValidator.standard().validate(only05)));

        assertThat(html).contains("按功能分类（类）的支出 (公开05表, 万元)");
        assertThat(all("data-amount=\"([^\"]+)\"", html)).containsExactly("120.50", "30.25");
        assertThat(all("<rect class=\"bar total\" x=\"300\" y=\"\\d+\" width=\"(\\d+)\"", html))
                .containsExactly("360", "90");

        FinalAccountReport none = FinalAccountReport.builder().department("示例单位").fiscalYear(FiscalYear.of(2024))
                .build();
        String empty = EN.render(Review.of("none.txt", none, List.of(), ReportValidator.standard().validate(none)));
        assertThat(empty).contains("The report has no 类 rows in 公开03表 or 公开05表.").doesNotContain("<svg");
    }

    @Test
    void test_render_failedRead_showsTheProblemsOnly() {
        Problem error = Problem.error("no table found", "x<y", SourceLocation.ofFile("broken.txt").withLine(2, 0));
        Review review = Review.of("broken.txt", ReadResult.failed(List.of(error)), null);
        String html = EN.render(review);

        assertThat(html).contains("No report could be read").contains("no table found").contains("x&lt;y")
                .contains("broken.txt line 2").doesNotContain("id=\"findings\"").doesNotContain("id=\"tables\"");
        assertThat(review.countBySeverity().values()).containsOnly(0);
    }

    @Test
    void test_of_readWithReportButNoValidation_rejected() {
        Review real = TestReviews.real(TestReviews.R002, Locale.CHINA);
        ReadResult read = ReadResult.of(real.getReport().orElseThrow(), List.of());
        assertThatThrownBy(() -> Review.of("002.txt", read, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'002.txt' yielded a report, so it needs its validation result");
        ReadResult failed = ReadResult.failed(List.of(Problem.error("empty", null, SourceLocation.ofFile("x.txt"))));
        assertThatThrownBy(() -> Review.of("x.txt", failed, real.getValidation().orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x.txt' yielded no report");
    }

    @Test
    void test_writeFolder_pagesAndIndex(@TempDir Path dir) throws Exception {
        Review r1 = TestReviews.real(TestReviews.R001, Locale.CHINA);
        Review r2 = TestReviews.real(TestReviews.R002, Locale.CHINA);
        List<IndexEntry> entries = ZH.writeFolder(List.of(r1, r2, TestReviews.hostile(Locale.CHINA)), dir);

        assertThat(entries).extracting(IndexEntry::href).containsExactly(TestReviews.R001 + ".html",
                TestReviews.R002 + ".html", "script_.txt.html"); // the last / of the name starts the file name
        for (IndexEntry e : entries) {
            assertThat(dir.resolve(e.href())).exists();
        }
        String index = Files.readString(dir.resolve("index.html"));
        assertThat(index).contains("href=\"" + TestReviews.R001 + ".html\"").contains(r1.getReport().orElseThrow()
                .getDepartment()).doesNotContain(TestReviews.SCRIPT);
        StringWriter w = new StringWriter();
        ZH.writeIndex(entries, w);
        assertThat(w.toString()).isEqualTo(index);
    }

    @Test
    void test_pageName_unsafeAndRepeatedNames() {
        Set<String> taken = new HashSet<>(Set.of("index.html"));
        assertThat(HtmlReportWriter.pageName("reports/a b?.txt", taken)).isEqualTo("a_b_.txt.html");
        assertThat(HtmlReportWriter.pageName("other\\a b?.txt", taken)).isEqualTo("a_b_.txt-2.html");
        assertThat(HtmlReportWriter.pageName("index", taken)).isEqualTo("index-2.html");
        assertThat(HtmlReportWriter.pageName(".hidden", taken)).isEqualTo("report.hidden.html");
    }

    @Test
    void test_encodePath_keepsUnreservedEncodesTheRest() {
        assertThat(IndexPage.encodePath("a/报告 1#x.html")).isEqualTo("a/%E6%8A%A5%E5%91%8A%201%23x.html");
        assertThat(IndexPage.encodePath("javascript:alert(1)")).isEqualTo("javascript%3Aalert%281%29");
    }

    @Test
    void test_esc_everyMarkupCharacter() {
        assertThat(Html.esc("<a href='x' title=\"y\">&`\u0001")).isEqualTo(
                "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&#96;\uFFFD");
        assertThat(Html.esc(null)).isEmpty();
    }
}
