package io.github.juesuan.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the pages in a real headless Chromium from {@code file://} URLs and asserts on the rendered
 * DOM: one highlight per located finding, every in-page link resolves, the filters hide and show
 * rows, the index sorts, nothing is fetched, and markup in a report's names never runs. Screenshots
 * are saved under {@code target/} for people to look at. Skipped, with the reason printed, only
 * when Chromium cannot be found or started.
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target/html-report");

    private static Chromium browser;
    private static String skipped;
    private static Review r001;
    private static Review r002en;
    private static List<IndexEntry> entries;

    @BeforeAll
    static void startBrowser() throws Exception {
        Optional<Path> exe = Chromium.find();
        if (exe.isEmpty()) {
            skipped = "no Chromium found (/usr/bin/chromium or $CHROMIUM); .ci/run installs Debian's chromium package";
        } else {
            try {
                browser = Chromium.start(exe.get());
            } catch (Exception e) {
                skipped = "Chromium " + exe.get() + " did not start: " + e.getMessage();
            }
        }
        if (skipped != null) {
            System.out.println("HtmlReportBrowserTest skipped: " + skipped);
            return;
        }
        HtmlReportWriter zh = HtmlReportWriter.builder().locale(Locale.CHINA).build();
        HtmlReportWriter en = HtmlReportWriter.builder().locale(Locale.ENGLISH).build();
        r001 = TestReviews.real(TestReviews.R001, Locale.CHINA);
        r002en = TestReviews.real(TestReviews.R002, Locale.ENGLISH);
        entries = zh.writeFolder(List.of(r001, TestReviews.real(TestReviews.R002, Locale.CHINA),
                TestReviews.hostile(Locale.CHINA)), OUT);
        en.write(r002en, OUT.resolve("en/002.html"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void assumeBrowser() {
        Assumptions.assumeTrue(skipped == null, () -> skipped);
    }

    private static int visibleFindings() throws Exception {
        return browser.eval("[...document.querySelectorAll('tr.finding')].filter(r => r.getClientRects().length > 0).length")
                .asInt();
    }

    private static void click(String selector) throws Exception {
        assertThat(browser.eval("(() => { const e = document.querySelector('" + selector + "'); if (!e) return false;"
                + " e.click(); return true; })()").asBoolean()).as("element %s to click", selector).isTrue();
    }

    private static String family(Finding f) {
        return f.getRuleId().substring(0, f.getRuleId().indexOf('.'));
    }

    @Test
    void test_report001_highlightsAndLinksAndFilters() throws Exception {
        assumeBrowser();
        browser.open(OUT.resolve(entries.get(0).href()));
        FinalAccountReport report = r001.getReport().orElseThrow();
        List<Finding> findings = r001.getValidation().orElseThrow().getFindings();

        JsonNode dom = browser.evalJson("JSON.stringify((() => {"
                + " const rows = [...document.querySelectorAll('tr.finding')];"
                + " const located = rows.filter(r => r.dataset.target);"
                + " const bad = located.filter(r => { const t = document.getElementById(r.dataset.target);"
                + "   return !t || !t.classList.contains('hl') || t.querySelectorAll('a.fref[data-f=\"' + r.id + '\"]').length !== 1; })"
                + "   .map(r => r.id);"
                + " const links = [...document.querySelectorAll('a[href^=\"#\"]')];"
                + " const dangling = links.filter(a => !document.getElementById(a.getAttribute('href').slice(1)))"
                + "   .map(a => a.getAttribute('href'));"
                + " return { findings: rows.length, located: located.length, bad, links: links.length, dangling,"
                + "   frefs: document.querySelectorAll('a.fref').length,"
                + "   cells: located.filter(r => document.getElementById(r.dataset.target).tagName === 'TD').length,"
                + "   resources: performance.getEntriesByType('resource').length,"
                + "   external: [...document.querySelectorAll('[src], link, iframe, object, embed')].length,"
                + "   sources: document.querySelectorAll('section.report-table td[data-src]').length,"
                + "   perfSources: document.querySelectorAll('section.evaluation td[data-src]').length }; })())");

        // every finding whose table or project is in the report points at an element of the page
        long inReport = findings.stream().filter(f -> f.getTable().map(t -> report.getTable(t).isPresent())
                .orElseGet(() -> f.getLocation().getProject().flatMap(report::findPerformanceEvaluation).isPresent()))
                .count();
        long atCells = findings.stream().filter(f -> f.getTable().isPresent() && f.getRow().isPresent()
                && f.getColumn().isPresent() && report.getTable(f.getTable().get())
                        .flatMap(t -> t.findCell(f.getRow().get(), f.getColumn().get())).isPresent()).count();
        assertThat(dom.get("findings").asInt()).isEqualTo(findings.size());
        assertThat(dom.get("located").asLong()).isEqualTo(inReport).isPositive();
        assertThat(dom.get("cells").asLong()).isGreaterThanOrEqualTo(atCells).isPositive();
        assertThat(dom.get("bad")).as("findings whose target is not highlighted once").isEmpty();
        assertThat(dom.get("frefs").asInt()).as("one link back per located finding").isEqualTo(dom.get("located").asInt());
        assertThat(dom.get("links").asInt()).isGreaterThan(dom.get("located").asInt());
        assertThat(dom.get("dangling")).as("links to no element").isEmpty();
        assertThat(dom.get("resources").asInt()).as("resources fetched").isZero();
        assertThat(dom.get("external").asInt()).isZero();
        assertThat(dom.get("sources").asInt()).isEqualTo(report.cells().size());
        assertThat(dom.get("perfSources").asInt()).isPositive();
        browser.screenshot(OUT.resolve("report-001-top.png"));

        // following a finding's link reaches its cell
        String first = browser.eval("document.querySelector('tr.finding[data-target] a.goto').getAttribute('href')").asText();
        click("tr.finding[data-target] a.goto");
        assertThat(browser.eval("location.hash").asText()).isEqualTo(first);
        browser.eval("document.getElementById('" + first.substring(1) + "').scrollIntoView({block: 'center'})");
        browser.screenshot(OUT.resolve("report-001-cell.png"));
        browser.eval("window.scrollTo(0, 0)");

        // severity: hide the most frequent one, then show it again
        var bySeverity = findings.stream().collect(Collectors.groupingBy(Finding::getSeverity, Collectors.counting()));
        var most = bySeverity.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        String box = "input[data-filter=severity][value=" + most.getKey().name() + "]";
        assertThat(visibleFindings()).isEqualTo(findings.size());
        click(box);
        assertThat(visibleFindings()).isEqualTo(findings.size() - most.getValue().intValue());
        assertThat(browser.eval("document.querySelectorAll('.hl:not(.muted) a.fref[data-f]:not([hidden])').length").asInt())
                .isEqualTo(dom.get("located").asInt() - (int) findings.stream().filter(f -> f.getSeverity() == most.getKey())
                        .filter(f -> f.getTable().map(t -> report.getTable(t).isPresent()).orElseGet(() -> f.getLocation()
                                .getProject().flatMap(report::findPerformanceEvaluation).isPresent())).count());
        browser.screenshot(OUT.resolve("report-001-filtered.png"));
        click(box);
        assertThat(visibleFindings()).isEqualTo(findings.size());

        // table: hide the findings of 公开06表
        long t06 = findings.stream().filter(f -> f.getTable().equals(Optional.of(TableId.T06))).count();
        assertThat(t06).isPositive();
        click("input[data-filter=table][value=T06]");
        assertThat(visibleFindings()).isEqualTo(findings.size() - (int) t06);
        click("input[data-filter=table][value=T06]");

        // family: keep one family only
        List<String> families = findings.stream().map(HtmlReportBrowserTest::family).distinct().sorted().toList();
        assertThat(families.size()).isGreaterThan(1);
        String kept = families.get(0);
        for (String other : families.subList(1, families.size())) {
            click("input[data-filter=family][value=" + other + "]");
        }
        assertThat(visibleFindings()).isEqualTo((int) findings.stream().filter(f -> family(f).equals(kept)).count());
        for (String other : families.subList(1, families.size())) {
            click("input[data-filter=family][value=" + other + "]");
        }
        assertThat(visibleFindings()).isEqualTo(findings.size());

        // for people to look at: the first table and the first 绩效自评表 as printed
        browser.eval("document.querySelector('section.report-table').scrollIntoView()");
        browser.screenshot(OUT.resolve("report-001-table01.png"));
        browser.eval("document.querySelector('section.evaluation').scrollIntoView()");
        browser.screenshot(OUT.resolve("report-001-perf.png"));
    }

    @Test
    void test_report002_englishPage_chartsDrawn() throws Exception {
        assumeBrowser();
        browser.open(OUT.resolve("en/002.html"));
        FinalAccountReport report = r002en.getReport().orElseThrow();

        JsonNode dom = browser.evalJson("JSON.stringify({ lang: document.documentElement.lang,"
                + " h2: [...document.querySelectorAll('h2')].map(h => h.firstChild.textContent.trim()),"
                + " bars: [...document.querySelectorAll('#svg-by-class rect')].map(r => r.dataset.amount),"
                + " widths: [...document.querySelectorAll('#svg-by-class rect')].map(r => r.getBBox().width),"
                + " projects: document.querySelectorAll('figure.budget-exec').length,"
                + " projectBars: document.querySelectorAll('figure.budget-exec rect').length })");

        assertThat(dom.get("lang").asText()).isEqualTo("en");
        assertThat(dom.get("h2").toString()).contains("\"Findings\"", "\"Reading problems\"", "\"Charts\"", "\"Tables\"");
        TableId source = report.getExpenditure().isPresent() ? TableId.T03 : TableId.T05;
        List<String> expected = new ArrayList<>();
        report.getTable(source).orElseThrow().cells().stream()
                .filter(c -> c.getRow().getFunctionCode().filter(k -> k.getLevel() == CodeLevel.CLASS).isPresent()
                        && c.getColumn().getId().equals("TOTAL"))
                .forEach(c -> expected.add(c.getAmount().map(a -> a.toBigDecimal().toPlainString()).orElse("—")));
        List<String> bars = new ArrayList<>();
        dom.get("bars").forEach(b -> bars.add(b.asText()));
        assertThat(bars).isNotEmpty().containsExactlyElementsOf(expected);
        // the largest amount has the longest bar
        int largest = 0;
        for (int i = 1; i < bars.size(); i++) {
            if (new java.math.BigDecimal(bars.get(i)).compareTo(new java.math.BigDecimal(bars.get(largest))) > 0) {
                largest = i;
            }
        }
        List<Integer> widths = new ArrayList<>();
        dom.get("widths").forEach(w -> widths.add(w.asInt()));
        assertThat(widths.get(largest)).isEqualTo(widths.stream().max(Comparator.naturalOrder()).orElseThrow()).isPositive();
        assertThat(dom.get("projects").asInt()).isEqualTo(report.getPerformanceEvaluations().size()).isPositive();
        assertThat(dom.get("projectBars").asInt()).isGreaterThanOrEqualTo(2 * report.getPerformanceEvaluations().size());
        browser.eval("document.getElementById('charts').scrollIntoView()");
        browser.screenshot(OUT.resolve("report-002-en-charts.png"));
    }

    @Test
    void test_hostileReport_markupShownAsTextNeverRun() throws Exception {
        assumeBrowser();
        browser.open(OUT.resolve(entries.get(2).href()));

        JsonNode dom = browser.evalJson("JSON.stringify({ pwned: typeof window.pwned,"
                + " h1: document.querySelector('h1').textContent,"
                + " names: [...document.querySelectorAll('th.name')].map(t => t.firstChild.textContent),"
                + " scripts: document.scripts.length, imgs: document.images.length,"
                + " problem: document.querySelector('tr.problem').textContent })");

        assertThat(dom.get("pwned").asText()).isEqualTo("undefined");
        assertThat(dom.get("h1").asText()).isEqualTo(TestReviews.SCRIPT + "单位 2024");
        assertThat(dom.get("names").toString()).contains(TestReviews.IMG.replace("\"", "\\\""));
        assertThat(dom.get("scripts").asInt()).isEqualTo(1);
        assertThat(dom.get("imgs").asInt()).isZero();
        assertThat(dom.get("problem").asText()).contains("odd " + TestReviews.SCRIPT);
    }

    @Test
    void test_index_oneRowPerReport_sortedByClickingAHeader() throws Exception {
        assumeBrowser();
        browser.open(OUT.resolve("index.html"));
        String column = "[...document.querySelectorAll('#index tbody tr')].map(r => r.cells[%d].dataset.sort)";

        List<String> files = new ArrayList<>();
        browser.evalJson("JSON.stringify(" + String.format(column, 0) + ")").forEach(n -> files.add(n.asText()));
        assertThat(files).containsExactlyElementsOf(entries.stream().map(e -> e.review().getSourceName()).toList());

        // 警告 column: ascending, then descending
        int warnings = 4;
        click("#index thead th:nth-child(" + (warnings + 1) + ")");
        List<Integer> asc = new ArrayList<>();
        browser.evalJson("JSON.stringify(" + String.format(column, warnings) + ")").forEach(n -> asc.add(n.asInt()));
        assertThat(asc).hasSize(entries.size()).isSorted();
        click("#index thead th:nth-child(" + (warnings + 1) + ")");
        List<Integer> desc = new ArrayList<>();
        browser.evalJson("JSON.stringify(" + String.format(column, warnings) + ")").forEach(n -> desc.add(n.asInt()));
        assertThat(desc).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(desc.get(0)).isGreaterThan(desc.get(desc.size() - 1));
        assertThat(browser.eval("document.querySelector('#index thead th:nth-child(5)').getAttribute('aria-sort')")
                .asText()).isEqualTo("descending");
        browser.screenshot(OUT.resolve("index.png"));
        assertThat(Files.size(OUT.resolve("index.png"))).isPositive();
    }
}
