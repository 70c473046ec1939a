package io.github.juesuan.html;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.PerformanceColumn;
import io.github.juesuan.validation.RuleFamily;
import io.github.juesuan.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One review page. It is laid out in two passes: first the tables are turned into views whose
 * cells, rows and tables have keys; then each finding's location is resolved to the key of its
 * cell (or row, or table) so that the cell can carry links to its findings and each finding a link
 * to its cell; last everything is printed.
 */
final class ReportPage {

    private static final String PERF = "PERF";
    private static final String WHOLE = "REPORT";

    private final Review review;
    private final Labels labels;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Keys of everything that can be pointed at, in page order, with their element ids. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** The findings that point at each key. */
    private final Map<String, List<Integer>> findingsAt = new HashMap<>();
    /** The key each finding points at (by finding number), and its likely culprit's. */
    private final Map<Integer, String> targetOf = new HashMap<>();
    private final Map<Integer, String> culpritOf = new HashMap<>();
    /** The source location of each cell key, where known. */
    private final Map<String, String> sourceOf = new HashMap<>();
    private final Map<String, Integer> projectIndex = new HashMap<>();
    /** The keys whose element has been printed (an id is printed once). */
    private final Set<String> emitted = new HashSet<>();
    private final List<Finding> findings;

    ReportPage(Review review, Labels labels) {
        this.review = review;
        this.labels = labels;
        this.findings = review.getValidation().map(v -> v.getFindings()).orElse(List.of());
    }

    // ------------------------------------------------------------------ views

    /** A printed cell: its key, text and whether it is a number. */
    private record CellView(String key, String text, boolean numeric) {
    }

    /** A printed row: its key, code, name, indent (0 for 类) and cells. */
    private record RowView(String key, String code, String name, int indent, List<CellView> cells) {
    }

    /** A table of 公开01表…09表. */
    private record TableView(ReportTable table, String key, List<TableColumn> columns, List<RowView> rows) {
    }

    private static String tableKey(TableId id) {
        return id.name();
    }

    private static String projectKey(int index) {
        return "P" + index;
    }

    private static String rowKey(String owner, RowKey row) {
        return owner + "|" + row.getKind().name() + ":" + row.getValue();
    }

    private static String cellKey(String owner, RowKey row, TableColumn column) {
        return rowKey(owner, row) + "|" + column.getId();
    }

    /** The row key of a 绩效自评表 line as the validator names it (a blank label is （未命名）). */
    private static RowKey line(String label) {
        return label == null || label.isBlank() ? RowKey.line("（未命名）") : RowKey.line(label);
    }

    private String idOf(String key) {
        return ids.computeIfAbsent(key, k -> "k" + (ids.size() + 1));
    }

    private List<TableView> tableViews(FinalAccountReport report) {
        List<TableView> views = new ArrayList<>();
        for (ReportTable t : report.tables()) {
            String owner = tableKey(t.getTableId());
            idOf(owner);
            List<TableColumn> columns = new ArrayList<>(t.columns());
            Map<RowKey, List<Cell>> byRow = new LinkedHashMap<>();
            for (Cell c : t.cells()) {
                byRow.computeIfAbsent(c.getRow(), k -> new ArrayList<>()).add(c);
            }
            List<RowView> rows = new ArrayList<>();
            for (Map.Entry<RowKey, List<Cell>> e : byRow.entrySet()) {
                RowKey row = e.getKey();
                String rk = rowKey(owner, row);
                idOf(rk);
                Map<String, Cell> byColumn = new HashMap<>();
                for (Cell c : e.getValue()) {
                    byColumn.put(c.getColumn().getId(), c);
                }
                List<CellView> cells = new ArrayList<>();
                for (TableColumn col : columns) {
                    Cell c = byColumn.get(col.getId());
                    if (c == null) {
                        cells.add(new CellView(null, "", false));
                        continue;
                    }
                    String ck = cellKey(owner, row, col);
                    idOf(ck);
                    review.getSources().locate(t.getTableId(), row, col)
                            .ifPresent(l -> sourceOf.put(ck, l.toString()));
                    cells.add(new CellView(ck, c.getAmount().map(a -> a.toBigDecimal().toPlainString()).orElse(""),
                            true));
                }
                String code = row.getKind() == RowKey.Kind.LINE ? "" : row.getValue();
                String name = e.getValue().get(0).getRowName();
                rows.add(new RowView(rk, code, name, indent(row), cells));
            }
            views.add(new TableView(t, owner, columns, rows));
        }
        return views;
    }

    private static int indent(RowKey row) {
        if (row.getFunctionCode().isPresent()) {
            return row.getFunctionCode().get().getLevel().ordinal();
        }
        if (row.getEconomicCode().isPresent()) {
            return row.getEconomicCode().get().getLevel().ordinal();
        }
        return 0;
    }

    /** Registers the keys of each 绩效自评表 (the same keys {@link #evaluation} prints). */
    private void evaluationKeys(FinalAccountReport report) {
        List<ProjectPerformanceEvaluation> evaluations = report.getPerformanceEvaluations();
        for (int i = 0; i < evaluations.size(); i++) {
            ProjectPerformanceEvaluation p = evaluations.get(i);
            projectIndex.putIfAbsent(p.getProjectName(), i);
            String owner = projectKey(i);
            idOf(owner);
            for (FundingRow f : p.getFunding()) {
                RowKey row = line(f.getLabel());
                idOf(rowKey(owner, row));
                for (PerformanceColumn c : FUNDING_COLUMNS) {
                    String ck = cellKey(owner, row, c);
                    idOf(ck);
                    review.getSources().locateFunding(i, f.getSource()).ifPresent(l -> sourceOf.put(ck, l.toString()));
                }
            }
            List<PerformanceIndicator> indicators = p.getIndicators();
            for (int j = 0; j < indicators.size(); j++) {
                RowKey row = line(indicators.get(j).getName());
                idOf(rowKey(owner, row));
                for (PerformanceColumn c : INDICATOR_COLUMNS) {
                    String ck = cellKey(owner, row, c);
                    idOf(ck);
                    int jj = j;
                    int ii = i;
                    review.getSources().locateIndicator(ii, jj).ifPresent(l -> sourceOf.putIfAbsent(ck, l.toString()));
                }
            }
            String total = cellKey(owner, RowKey.line("总分"), PerformanceColumn.SCORE);
            idOf(total);
            int ii = i;
            review.getSources().locateTotalScore(ii).ifPresent(l -> sourceOf.put(total, l.toString()));
        }
    }

    private static final List<PerformanceColumn> FUNDING_COLUMNS = List.of(PerformanceColumn.INITIAL_BUDGET,
            PerformanceColumn.FULL_YEAR_BUDGET, PerformanceColumn.EXECUTED, PerformanceColumn.EXECUTION_RATE,
            PerformanceColumn.SCORE);
    private static final List<PerformanceColumn> INDICATOR_COLUMNS = List.of(PerformanceColumn.TARGET,
            PerformanceColumn.ACTUAL, PerformanceColumn.WEIGHT, PerformanceColumn.SCORE);

    /** The key a location points at: its cell, else its row, else its table; empty if none is on the page. */
    private Optional<String> resolve(Location l) {
        String owner;
        if (l.getTable().isPresent()) {
            owner = tableKey(l.getTable().get());
        } else {
            Integer i = l.getProject().map(projectIndex::get).orElse(null);
            if (i == null) {
                return Optional.empty();
            }
            owner = projectKey(i);
        }
        if (l.getRow().isPresent()) {
            if (l.getColumn().isPresent()) {
                String ck = cellKey(owner, l.getRow().get(), l.getColumn().get());
                if (ids.containsKey(ck)) {
                    return Optional.of(ck);
                }
            }
            String rk = rowKey(owner, l.getRow().get());
            if (ids.containsKey(rk)) {
                return Optional.of(rk);
            }
        }
        return ids.containsKey(owner) ? Optional.of(owner) : Optional.empty();
    }

    private void resolveFindings() {
        for (int n = 1; n <= findings.size(); n++) {
            Finding f = findings.get(n - 1);
            int num = n;
            resolve(f.getLocation()).ifPresent(k -> {
                targetOf.put(num, k);
                findingsAt.computeIfAbsent(k, x -> new ArrayList<>()).add(num);
            });
            f.getLikelyCulprit().filter(c -> !c.equals(f.getLocation())).flatMap(this::resolve)
                    .ifPresent(k -> culpritOf.put(num, k));
        }
    }

    // ------------------------------------------------------------------ printing

    String render() {
        Optional<FinalAccountReport> report = review.getReport();
        List<TableView> views = List.of();
        if (report.isPresent()) {
            views = tableViews(report.get());
            evaluationKeys(report.get());
            resolveFindings();
        }
        String heading = report.map(r -> r.getDepartment() + " " + r.getFiscalYear()).orElse(review.getSourceName());
        out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
                .append("<meta name=\"generator\" content=\"Juesuan\">")
                .append("<title>").append(Html.esc(heading + " — " + labels.get("title"))).append("</title>")
                .append("<style>").append(Html.asset("style.css")).append("</style></head>\n<body>\n");
        out.append("<header><h1 id=\"top\">").append(Html.esc(heading)).append("</h1><p class=\"meta\">")
                .append(Html.esc(labels.get("source"))).append(": <span class=\"source\">")
                .append(Html.esc(review.getSourceName())).append("</span>");
        if (report.isPresent()) {
            out.append(" · ").append(Html.esc(labels.get("unit")));
        }
        out.append("</p>");
        counts();
        out.append("</header>\n");
        nav(views, report);
        out.append("<main>\n");
        if (report.isEmpty()) {
            out.append("<p class=\"failed\">").append(Html.esc(labels.get("noReport"))).append("</p>");
        } else {
            findingsSection();
        }
        problemsSection();
        if (report.isPresent()) {
            chartsSection(report.get());
            out.append("<section id=\"tables\"><h2>").append(Html.esc(labels.get("tables"))).append("</h2>\n");
            for (TableView v : views) {
                table(v);
            }
            out.append("</section>\n");
            List<ProjectPerformanceEvaluation> evaluations = report.get().getPerformanceEvaluations();
            if (!evaluations.isEmpty()) {
                out.append("<section id=\"perf\"><h2>").append(Html.esc(labels.get("perf"))).append("</h2>\n");
                for (int i = 0; i < evaluations.size(); i++) {
                    evaluation(i, evaluations.get(i));
                }
                out.append("</section>\n");
            }
        }
        out.append("</main><footer>").append(Html.esc(labels.get("generated"))).append("</footer>\n")
                .append("<script>").append(Html.asset("report.js")).append("</script>\n</body></html>\n");
        return out.toString();
    }

    private String severityName(Severity s) {
        return labels.chinese() ? s.getChineseName() : s.getEnglishName();
    }

    private void counts() {
        Map<Severity, Integer> counts = review.countBySeverity();
        out.append("<ul class=\"counts\">");
        if (review.getValidation().isPresent()) {
            for (Severity s : Labels.SEVERITIES_DOWN) {
                out.append("<li class=\"sev-").append(s.name()).append("\" data-severity=\"").append(s.name())
                        .append("\">").append(Html.esc(severityName(s))).append(" <b>").append(counts.get(s))
                        .append("</b></li>");
            }
        }
        out.append("<li class=\"problems\">").append(Html.esc(labels.get("problems"))).append(" <b>")
                .append(review.getProblems().size()).append("</b></li></ul>");
    }

    private void nav(List<TableView> views, Optional<FinalAccountReport> report) {
        out.append("<nav><ul>");
        if (report.isPresent()) {
            link("findings", labels.get("findings"));
        }
        link("problems", labels.get("problems"));
        if (report.isPresent()) {
            link("charts", labels.get("charts"));
            for (TableView v : views) {
                link(ids.get(v.key()), v.table().getTableId().getLabel());
            }
            if (!report.get().getPerformanceEvaluations().isEmpty()) {
                link("perf", labels.get("perf"));
            }
        }
        out.append("</ul></nav>\n");
    }

    private void link(String id, String text) {
        out.append("<li><a href=\"#").append(Html.esc(id)).append("\">").append(Html.esc(text)).append("</a></li>");
    }

    private static String family(Finding f) {
        String id = f.getRuleId();
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    private String familyName(String family) {
        for (RuleFamily rf : RuleFamily.values()) {
            if (rf.name().equals(family)) {
                return family + " " + (labels.chinese() ? rf.getChineseName() : rf.getEnglishName());
            }
        }
        return family;
    }

    private static String tableFilter(Finding f) {
        Location l = f.getLocation();
        if (l.getTable().isPresent()) {
            return l.getTable().get().name();
        }
        return l.getProject().filter(p -> !p.isEmpty()).isPresent() ? PERF : WHOLE;
    }

    private String tableFilterName(String value) {
        if (value.equals(PERF)) {
            return labels.get("perf");
        }
        if (value.equals(WHOLE)) {
            return "—";
        }
        return TableId.valueOf(value).getLabel();
    }

    private void findingsSection() {
        out.append("<section id=\"findings\"><h2>").append(Html.esc(labels.get("findings"))).append(" <small>(")
                .append("<span id=\"shown-count\">").append(findings.size()).append("</span> / ")
                .append(findings.size()).append(")</small></h2>\n");
        if (findings.isEmpty()) {
            out.append("<p class=\"none\">").append(Html.esc(labels.get("noFindings"))).append("</p></section>\n");
            return;
        }
        filters();
        Map<Severity, Map<String, List<Integer>>> grouped = new TreeMap<>(Comparator.reverseOrder());
        for (int n = 1; n <= findings.size(); n++) {
            Finding f = findings.get(n - 1);
            grouped.computeIfAbsent(f.getSeverity(), s -> new TreeMap<>())
                    .computeIfAbsent(f.getRuleId(), r -> new ArrayList<>()).add(n);
        }
        for (Map.Entry<Severity, Map<String, List<Integer>>> sev : grouped.entrySet()) {
            int total = sev.getValue().values().stream().mapToInt(List::size).sum();
            out.append("<section class=\"sev-group sev-").append(sev.getKey().name()).append("\" id=\"sev-")
                    .append(sev.getKey().name()).append("\"><h3>").append(Html.esc(severityName(sev.getKey())))
                    .append(" <small>(").append(total).append(")</small></h3>\n<table class=\"findings\"><thead><tr>");
            for (String h : List.of("col.no", "col.location", "col.expected", "col.actual", "col.difference",
                    "col.message", "col.source")) {
                out.append("<th>").append(Html.esc(labels.get(h))).append("</th>");
            }
            out.append("</tr></thead><tbody>\n");
            for (Map.Entry<String, List<Integer>> rule : sev.getValue().entrySet()) {
                out.append("<tr class=\"rule-head\" data-rule=\"").append(Html.esc(rule.getKey()))
                        .append("\"><th colspan=\"7\">").append(Html.esc(labels.get("col.rule"))).append(" <code>")
                        .append(Html.esc(rule.getKey())).append("</code> (").append(rule.getValue().size())
                        .append(")</th></tr>\n");
                for (int n : rule.getValue()) {
                    findingRow(n, findings.get(n - 1));
                }
            }
            out.append("</tbody></table></section>\n");
        }
        out.append("</section>\n");
    }

    private void filters() {
        Set<String> severities = new LinkedHashSet<>();
        for (Severity s : Labels.SEVERITIES_DOWN) {
            if (findings.stream().anyMatch(f -> f.getSeverity() == s)) {
                severities.add(s.name());
            }
        }
        Set<String> families = new TreeSet<>();
        Set<String> tables = new TreeSet<>();
        for (Finding f : findings) {
            families.add(family(f));
            tables.add(tableFilter(f));
        }
        out.append("<form class=\"filters\" id=\"filters\" onsubmit=\"return false\"><b>")
                .append(Html.esc(labels.get("filters"))).append("</b>");
        filterGroup("severity", labels.get("filter.severity"), severities, s -> severityName(Severity.valueOf(s)));
        filterGroup("family", labels.get("filter.family"), families, this::familyName);
        filterGroup("table", labels.get("filter.table"), tables, this::tableFilterName);
        out.append("</form>\n");
    }

    private void filterGroup(String name, String legend, Set<String> values, Function<String, String> text) {
        out.append("<fieldset data-group=\"").append(name).append("\"><legend>").append(Html.esc(legend))
                .append("</legend>");
        for (String v : values) {
            out.append("<label><input type=\"checkbox\" checked data-filter=\"").append(name).append("\" value=\"")
                    .append(Html.esc(v)).append("\"> ").append(Html.esc(text.apply(v))).append("</label>");
        }
        out.append("</fieldset>");
    }

    private String locationText(Location l) {
        StringBuilder sb = new StringBuilder();
        if (l.getTable().isPresent()) {
            sb.append(l.tableLabel(labels.chinese()));
        } else if (l.getProject().filter(p -> !p.isEmpty()).isPresent()) {
            sb.append(labels.get("perf")).append(labels.chinese() ? "（" : " (").append(l.getProject().get())
                    .append(labels.chinese() ? "）" : ")");
        }
        l.getRow().ifPresent(r -> sb.append(sb.length() > 0 ? " · " : "").append(r.getValue()));
        l.getColumn().ifPresent(c -> sb.append(" · ").append(labels.chinese() ? c.getChineseName() : c.getEnglishName()));
        return sb.length() == 0 ? "—" : sb.toString();
    }

    private void findingRow(int n, Finding f) {
        String target = targetOf.get(n);
        out.append("<tr class=\"finding sev-").append(f.getSeverity().name()).append("\" id=\"f").append(n)
                .append("\" data-severity=\"").append(f.getSeverity().name()).append("\" data-family=\"")
                .append(Html.esc(family(f))).append("\" data-table=\"").append(Html.esc(tableFilter(f)))
                .append("\" data-rule=\"").append(Html.esc(f.getRuleId())).append('"');
        if (target != null) {
            out.append(" data-target=\"").append(ids.get(target)).append('"');
        }
        out.append("><td class=\"no\">").append(n).append("</td><td class=\"loc\">");
        String where = locationText(f.getLocation());
        if (target != null) {
            out.append("<a class=\"goto\" href=\"#").append(ids.get(target)).append("\">").append(Html.esc(where))
                    .append("</a>");
        } else {
            out.append(Html.esc(where)).append(" <span class=\"muted-text\">").append(Html.esc(labels.get("notInPage")))
                    .append("</span>");
        }
        String culprit = culpritOf.get(n);
        if (culprit != null) {
            out.append("<br><a class=\"culprit\" href=\"#").append(ids.get(culprit)).append("\">")
                    .append(Html.esc(labels.get("likelyCulprit") + ": " + locationText(f.getLikelyCulprit().get())))
                    .append("</a>");
        }
        out.append("</td>");
        number(f.getExpected());
        number(f.getActual());
        number(f.getDifference());
        out.append("<td class=\"msg\">").append(Html.esc(f.getMessage(labels.locale()))).append("</td><td class=\"src\">");
        if (target != null && sourceOf.containsKey(target)) {
            out.append(Html.esc(sourceOf.get(target)));
        }
        out.append("</td></tr>\n");
    }

    private void number(Optional<BigDecimal> value) {
        out.append("<td class=\"num\">").append(value.map(BigDecimal::toPlainString).orElse("")).append("</td>");
    }

    private void problemsSection() {
        out.append("<section id=\"problems\"><h2>").append(Html.esc(labels.get("problems"))).append(" <small>(")
                .append(review.getProblems().size()).append(")</small></h2>\n");
        if (review.getProblems().isEmpty()) {
            out.append("<p class=\"none\">").append(Html.esc(labels.get("noProblems"))).append("</p></section>\n");
            return;
        }
        out.append("<table class=\"problems\"><thead><tr><th>").append(Html.esc(labels.get("col.severity")))
                .append("</th><th>").append(Html.esc(labels.get("col.source"))).append("</th><th>")
                .append(Html.esc(labels.get("col.value"))).append("</th><th>")
                .append(Html.esc(labels.get("col.message"))).append("</th></tr></thead><tbody>\n");
        Locale locale = labels.chinese() ? Locale.CHINESE : Locale.ENGLISH;
        for (Problem p : review.getProblems()) {
            out.append("<tr class=\"problem ").append(p.getSeverity().name()).append("\"><td>")
                    .append(p.getSeverity().name()).append("</td><td class=\"src\">")
                    .append(Html.esc(p.getLocation().format(locale))).append("</td><td><code>")
                    .append(Html.esc(p.getValue().orElse(""))).append("</code></td><td>")
                    .append(Html.esc(p.getMessage(locale))).append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    // ------------------------------------------------------------------ charts

    private void chartsSection(FinalAccountReport report) {
        out.append("<section id=\"charts\"><h2>").append(Html.esc(labels.get("charts"))).append("</h2>\n");
        List<Charts.Group> byClass = new ArrayList<>();
        TableId from = null;
        for (TableId id : List.of(TableId.T03, TableId.T05)) {
            Optional<ReportTable> t = report.getTable(id);
            if (t.isEmpty()) {
                continue;
            }
            for (Cell c : t.get().cells()) {
                Optional<FunctionCode> code = c.getRow().getFunctionCode();
                if (code.isPresent() && code.get().getLevel() == CodeLevel.CLASS && c.getColumn().getId().equals("TOTAL")) {
                    byClass.add(new Charts.Group(code.get() + " " + c.getRowName(), List.of(new Charts.Bar("total",
                            labels.get("col.total"), c.getAmount().map(Amount::toBigDecimal).orElse(null)))));
                }
            }
            if (!byClass.isEmpty()) {
                from = id;
                break;
            }
        }
        out.append("<figure class=\"chart-box\" id=\"chart-by-class\"><figcaption>")
                .append(Html.esc(labels.get("chart.byClass")));
        if (from != null) {
            out.append(" (").append(Html.esc(from.getLabel())).append(", ")
                    .append(Html.esc(labels.chinese() ? "万元" : "万元")).append(")</figcaption>")
                    .append(Charts.bars("svg-by-class", labels.get("chart.byClass"), byClass));
        } else {
            out.append("</figcaption><p class=\"none\">").append(Html.esc(labels.get("chart.none"))).append("</p>");
        }
        out.append("</figure>\n");
        List<ProjectPerformanceEvaluation> evaluations = report.getPerformanceEvaluations();
        for (int i = 0; i < evaluations.size(); i++) {
            ProjectPerformanceEvaluation p = evaluations.get(i);
            List<Charts.Group> groups = new ArrayList<>();
            for (FundingRow f : p.getFunding()) {
                if (f.getFullYearBudget().isEmpty() && f.getExecuted().isEmpty()) {
                    continue;
                }
                groups.add(new Charts.Group(f.getLabel(), List.of(
                        new Charts.Bar("budget", labels.get("perf.budget"),
                                f.getFullYearBudget().map(Amount::toBigDecimal).orElse(null)),
                        new Charts.Bar("executed", labels.get("perf.executed"),
                                f.getExecuted().map(Amount::toBigDecimal).orElse(null)))));
            }
            if (groups.isEmpty()) {
                continue;
            }
            out.append("<figure class=\"chart-box budget-exec\" id=\"chart-p").append(i).append("\"><figcaption>")
                    .append("<a href=\"#").append(ids.get(projectKey(i))).append("\">").append(Html.esc(p.getProjectName()))
                    .append("</a>: ").append(Html.esc(labels.get("chart.budgetExec")))
                    .append(" <span class=\"legend\"><i class=\"budget\"></i>").append(Html.esc(labels.get("perf.budget")))
                    .append(" <i class=\"executed\"></i>").append(Html.esc(labels.get("perf.executed")))
                    .append("</span></figcaption>")
                    .append(Charts.bars("svg-p" + i, p.getProjectName() + " " + labels.get("chart.budgetExec"), groups))
                    .append("</figure>\n");
        }
        out.append("</section>\n");
    }

    // ------------------------------------------------------------------ tables

    /**
     * Opens a cell that may be pointed at: its id, highlight, source and tooltip. A key printed twice
     * (two indicators of one name) gets its id and findings the first time only.
     *
     * @return the findings at the cell, for {@link #closeCell}; null if none
     */
    private List<Integer> openCell(String tag, String key, String cssClass) {
        out.append('<').append(tag);
        boolean first = key != null && emitted.add(key);
        List<Integer> at = first ? findingsAt.get(key) : null;
        String cls = cssClass;
        if (at != null) {
            Severity worst = Severity.INFO;
            for (int n : at) {
                Severity s = findings.get(n - 1).getSeverity();
                if (s.isAbove(worst)) {
                    worst = s;
                }
            }
            cls = (cls.isEmpty() ? "" : cls + " ") + "hl sev-" + worst.name();
        }
        if (first) {
            out.append(" id=\"").append(ids.get(key)).append('"');
        }
        if (!cls.isEmpty()) {
            out.append(" class=\"").append(cls).append('"');
        }
        String src = key == null ? null : sourceOf.get(key);
        StringBuilder title = new StringBuilder();
        if (src != null) {
            out.append(" data-src=\"").append(Html.esc(src)).append('"');
            title.append(labels.get("source")).append(": ").append(src);
        }
        if (at != null) {
            StringBuilder fs = new StringBuilder();
            for (int n : at) {
                fs.append(fs.length() > 0 ? " " : "").append('f').append(n);
                title.append(title.length() > 0 ? "\n" : "").append('#').append(n).append(' ')
                        .append(findings.get(n - 1).getMessage(labels.locale()));
            }
            out.append(" data-findings=\"").append(fs).append('"');
        }
        if (title.length() > 0) {
            out.append(" title=\"").append(Html.esc(title.toString())).append('"');
        }
        out.append('>');
        return at;
    }

    /** Closes a cell, after the links back to its findings. */
    private void closeCell(String tag, List<Integer> at) {
        if (at != null) {
            out.append("<span class=\"frefs\">");
            for (int n : at) {
                out.append("<a class=\"fref sev-").append(findings.get(n - 1).getSeverity().name())
                        .append("\" data-f=\"f").append(n).append("\" href=\"#f").append(n).append("\">")
                        .append(n).append("</a>");
            }
            out.append("</span>");
        }
        out.append("</").append(tag).append('>');
    }

    /** Prints a whole cell of text. */
    private void cell(String tag, String key, String cssClass, String text) {
        List<Integer> at = openCell(tag, key, cssClass);
        out.append(Html.esc(text));
        closeCell(tag, at);
    }

    private void heading(String tag, String key, String text) {
        cell(tag, key, "", text);
    }

    private void table(TableView v) {
        TableId id = v.table().getTableId();
        out.append("<section class=\"report-table\" data-table=\"").append(id.name()).append("\">");
        heading("h3", v.key(), id.getLabel() + " " + id.getTitle()
                + (labels.chinese() ? "" : " (" + id.getEnglishTitle() + ")"));
        v.table().getEmptyStatement().ifPresent(s -> out.append("<p class=\"empty\">")
                .append(Html.esc(labels.get("declaredEmpty"))).append(": ").append(Html.esc(s)).append("</p>"));
        if (!v.rows().isEmpty()) {
            out.append("<div class=\"scroll\"><table class=\"report\"><thead><tr><th>")
                    .append(Html.esc(labels.get("col.code"))).append("</th><th>").append(Html.esc(labels.get("col.name")))
                    .append("</th>");
            for (TableColumn c : v.columns()) {
                out.append("<th title=\"").append(Html.esc(c.getEnglishName())).append("\">")
                        .append(Html.esc(c.getChineseName().replace('/', '／'))).append("</th>");
            }
            out.append("</tr></thead><tbody>\n");
            for (RowView r : v.rows()) {
                out.append("<tr class=\"lvl").append(r.indent()).append("\"><td class=\"code\">")
                        .append(Html.esc(r.code())).append("</td>");
                cell("th", r.key(), "name", r.name());
                for (CellView c : r.cells()) {
                    cell("td", c.key(), c.numeric() ? "num" : "", c.text());
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table></div>");
        }
        for (String note : v.table().getNotes()) {
            out.append("<p class=\"note\">").append(Html.esc(note)).append("</p>");
        }
        out.append("</section>\n");
    }

    private void evaluation(int i, ProjectPerformanceEvaluation p) {
        String owner = projectKey(i);
        out.append("<section class=\"evaluation\" data-project=\"").append(i).append("\">");
        heading("h3", owner, p.getProjectName());
        out.append("<dl>");
        p.getCompetentDepartment().ifPresent(d -> out.append("<dt>").append(Html.esc(labels.get("perf.department")))
                .append("</dt><dd>").append(Html.esc(d)).append("</dd>"));
        p.getImplementingUnit().ifPresent(d -> out.append("<dt>").append(Html.esc(labels.get("perf.unit")))
                .append("</dt><dd>").append(Html.esc(d)).append("</dd>"));
        out.append("</dl>");
        out.append("<div class=\"scroll\"><table class=\"report funding\"><caption>")
                .append(Html.esc(labels.get("perf.funding"))).append("</caption><thead><tr><th>")
                .append(Html.esc(labels.get("perf.funds"))).append("</th>");
        for (PerformanceColumn c : FUNDING_COLUMNS) {
            out.append("<th title=\"").append(Html.esc(c.getEnglishName())).append("\">")
                    .append(Html.esc(c.getChineseName())).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (FundingRow f : p.getFunding()) {
            RowKey row = line(f.getLabel());
            out.append("<tr>");
            cell("th", rowKey(owner, row), "name", f.getLabel());
            perfCell(owner, row, PerformanceColumn.INITIAL_BUDGET, f.getInitialBudget().map(ReportPage::plain));
            perfCell(owner, row, PerformanceColumn.FULL_YEAR_BUDGET, f.getFullYearBudget().map(ReportPage::plain));
            perfCell(owner, row, PerformanceColumn.EXECUTED, f.getExecuted().map(ReportPage::plain));
            perfCell(owner, row, PerformanceColumn.EXECUTION_RATE,
                    f.getExecutionRate().map(Rate::getPercent).map(BigDecimal::toPlainString));
            perfCell(owner, row, PerformanceColumn.SCORE, f.getScore().map(Score::getPoints).map(BigDecimal::toPlainString));
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>");
        out.append("<table class=\"goal\"><caption>").append(Html.esc(labels.get("perf.goal")))
                .append("</caption><tr><th>").append(Html.esc(labels.get("perf.expected"))).append("</th><th>")
                .append(Html.esc(labels.get("perf.outcome"))).append("</th></tr><tr><td>")
                .append(Html.esc(p.getExpectedGoal())).append("</td><td>").append(Html.esc(p.getActualOutcome()))
                .append("</td></tr></table>");
        out.append("<div class=\"scroll\"><table class=\"report indicators\"><caption>")
                .append(Html.esc(labels.get("perf.indicators"))).append("</caption><thead><tr>");
        for (String h : List.of("perf.level1", "perf.level2", "perf.level3")) {
            out.append("<th>").append(Html.esc(labels.get(h))).append("</th>");
        }
        for (PerformanceColumn c : INDICATOR_COLUMNS) {
            out.append("<th title=\"").append(Html.esc(c.getEnglishName())).append("\">")
                    .append(Html.esc(c.getChineseName())).append("</th>");
        }
        out.append("<th>").append(Html.esc(labels.get("perf.deviation"))).append("</th></tr></thead><tbody>\n");
        for (PerformanceIndicator ind : p.getIndicators()) {
            RowKey row = line(ind.getName());
            out.append("<tr><td>").append(Html.esc(ind.getLevel1())).append("</td><td>")
                    .append(Html.esc(ind.getLevel2())).append("</td>");
            cell("th", rowKey(owner, row), "name", ind.getName());
            perfCell(owner, row, PerformanceColumn.TARGET, Optional.of(ind.getTarget().getText()));
            perfCell(owner, row, PerformanceColumn.ACTUAL, Optional.of(ind.getActual().getText()));
            perfCell(owner, row, PerformanceColumn.WEIGHT, ind.getWeight().map(Score::getPoints).map(BigDecimal::toPlainString));
            perfCell(owner, row, PerformanceColumn.SCORE, ind.getScore().map(Score::getPoints).map(BigDecimal::toPlainString));
            out.append("<td>").append(Html.esc(ind.getDeviationAnalysis())).append("</td></tr>\n");
        }
        out.append("<tr class=\"total\"><th colspan=\"6\">").append(Html.esc(labels.get("perf.totalScore"))).append("</th>");
        perfCell(owner, RowKey.line("总分"), PerformanceColumn.SCORE,
                p.getTotalScore().map(Score::getPoints).map(BigDecimal::toPlainString));
        out.append("<td></td></tr>\n</tbody></table></div></section>\n");
    }

    private static String plain(Amount a) {
        return a.toBigDecimal().toPlainString();
    }

    private void perfCell(String owner, RowKey row, PerformanceColumn column, Optional<String> text) {
        String key = cellKey(owner, row, column);
        boolean numeric = column != PerformanceColumn.TARGET && column != PerformanceColumn.ACTUAL;
        cell("td", key, numeric ? "num" : "", text.orElse(""));
    }
}
