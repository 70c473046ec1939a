package io.github.juesuan.text;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Renders a report as the text a PDF extractor would give: the tab layout of report 001 or the
 * Markdown pipe layout of report 002, with optional noise of the kinds real extractions show. The
 * reader must give back the same figures whatever the layout and noise.
 */
final class ReportTextRenderer {

    /** How table cells are separated. */
    enum Layout {
        /** Tab-separated cells, as report 001. */
        TABS,
        /** Markdown pipe tables, as report 002. */
        PIPES
    }

    /** The kinds of noise; each is on or off for a whole document, the rows it hits are drawn at random. */
    enum Noise {
        /** A header row broken over two lines inside one of its cells. */
        SPLIT_HEADER,
        /** Amounts with thousands separators (42,590.81). */
        THOUSANDS,
        /** 科目代码 split over 类/款/项 columns. */
        SPLIT_CODE,
        /** Some rows have an extra empty cell before their amounts. */
        SHIFTED_CELLS,
        /** A coded table breaks over a page: page number, title and header rows repeated. */
        PAGE_BREAK,
        /** "—" printed for blank cells. */
        DASH_FOR_BLANK,
        /** Full-width digits in amounts and codes. */
        FULL_WIDTH,
        /** The 合计 label of a coded table on its own line, its amounts on the next. */
        TOTAL_OWN_LINE,
        /** Names of coded rows broken by a line end: the rest of the name alone on the next line. */
        SPLIT_NAME,
        /** 绩效 targets as LaTeX remnants of the extraction ({@code $\geq 90\%$}). */
        LATEX
    }

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private final Layout layout;
    private final java.util.Set<Noise> noise;
    private final Random random;
    private final List<String> out = new ArrayList<>();
    private int page = 1;

    ReportTextRenderer(Layout layout, java.util.Set<Noise> noise, long seed) {
        this.layout = layout;
        this.noise = noise.isEmpty() ? java.util.EnumSet.noneOf(Noise.class) : java.util.EnumSet.copyOf(noise);
        this.random = new Random(seed);
    }

    String render(FinalAccountReport r) {
        out.clear();
        int year = r.getFiscalYear().getValue();
        out.add(year + " 年度");
        out.add(r.getDepartment() + "部门决算");
        out.add("");
        out.add("第二部分 " + year + " 年度部门决算表");
        out.add("");
        String dept = r.getDepartment();
        int ordinal = 0;
        for (TableId id : TableId.values()) {
            Optional<? extends ReportTable> t = r.tables().stream().filter(x -> x.getTableId() == id).findFirst();
            if (t.isEmpty()) {
                continue;
            }
            ReportTable table = t.get();
            out.add(ORDINALS[ordinal++] + "、" + id.getTitle());
            out.add("");
            titleBlock(id, dept);
            switch (id) {
                case T01 -> summary((IncomeExpenditureSummaryTable) table);
                case T04 -> fiscal((FiscalSummaryTable) table);
                case T06 -> basic((BasicExpenditureDetailTable) table);
                case T09 -> three((ThreePublicExpensesTable) table);
                default -> coded(id, (CodedTable<FunctionCode, ?, ?>) table);
            }
            out.add("");
            for (String n : table.getNotes()) {
                out.add(n);
                out.add("");
            }
            table.getEmptyStatement().ifPresent(s -> {
                out.add(s);
                out.add("");
            });
        }
        if (!r.getPerformanceEvaluations().isEmpty()) {
            out.add(ORDINALS[ordinal] + "、部门预算项目支出绩效自评表");
            out.add("");
            for (ProjectPerformanceEvaluation e : r.getPerformanceEvaluations()) {
                evaluation(e);
                out.add("");
            }
        }
        out.add("第三部分 " + year + " 年度部门决算情况说明");
        out.add("");
        out.add("一、收入支出决算总体情况说明");
        out.add("");
        out.add("略。");
        return String.join("\n", out) + "\n";
    }

    private void titleBlock(TableId id, String dept) {
        out.add(id.getTitle());
        out.add("");
        out.add("公开 " + String.format("%02d", id.getNumber()) + " 表");
        out.add("");
        out.add("部门：" + dept);
        out.add("");
        out.add("单位：万元");
        out.add("");
    }

    // ------------------------------------------------------------------ cells

    private String amount(Optional<Amount> a) {
        if (a.isEmpty()) {
            return noise.contains(Noise.DASH_FOR_BLANK) && random.nextInt(3) == 0 ? "—" : "";
        }
        BigDecimal v = a.get().toBigDecimal().setScale(2, java.math.RoundingMode.UNNECESSARY);
        String s = noise.contains(Noise.THOUSANDS) ? String.format("%,.2f", v) : v.toPlainString();
        return digits(s);
    }

    private String digits(String s) {
        if (!noise.contains(Noise.FULL_WIDTH)) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    private void row(List<String> cells) {
        if (layout == Layout.TABS) {
            out.add(String.join("\t", cells));
        } else {
            out.add("| " + String.join(" | ", cells) + " |");
        }
    }

    private void row(String... cells) {
        row(Arrays.asList(cells));
    }

    /** Header rows; the first is followed by the Markdown separator; one may be split over two lines. */
    private void header(List<List<String>> rows) {
        // the 栏次 row (the last of several header rows) is short and never wraps
        int split = noise.contains(Noise.SPLIT_HEADER) ? random.nextInt(Math.max(1, rows.size() - 1)) : -1;
        for (int k = 0; k < rows.size(); k++) {
            List<String> cells = rows.get(k);
            int at = k == split ? longestCell(cells) : -1;
            if (at >= 0 && cells.get(at).length() >= 2 && !(layout == Layout.PIPES && k == 0)) {
                String c = cells.get(at);
                int cut = c.length() / 2;
                List<String> first = new ArrayList<>(cells.subList(0, at));
                first.add(c.substring(0, cut));
                List<String> second = new ArrayList<>();
                second.add(c.substring(cut));
                second.addAll(cells.subList(at + 1, cells.size()));
                if (layout == Layout.TABS) {
                    out.add(String.join("\t", first));
                    out.add(String.join("\t", second));
                } else {
                    row(first);
                    row(second);
                }
            } else {
                row(cells);
            }
            if (k == 0 && layout == Layout.PIPES) {
                List<String> sep = new ArrayList<>();
                cells.forEach(c -> sep.add("---"));
                row(sep);
            }
        }
    }

    private static int longestCell(List<String> cells) {
        int best = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty() && (best < 0 || cells.get(i).length() > cells.get(best).length())) {
                best = i;
            }
        }
        return best;
    }

    private static List<String> cells(String... s) {
        return new ArrayList<>(Arrays.asList(s));
    }

    // ------------------------------------------------------------------ coded tables 02 03 05 07 08

    private <C extends Enum<C> & TableColumn, R extends io.github.juesuan.report.CodedRow<FunctionCode, C>> void coded(
            TableId id, CodedTable<FunctionCode, C, R> t) {
        List<C> cols = t.columns();
        boolean split = noise.contains(Noise.SPLIT_CODE);
        int labels = split ? 4 : 2;
        List<List<String>> header = new ArrayList<>();
        List<String> h1 = split ? cells("科目代码", "", "", "科目名称") : cells("项 目", "");
        List<String> h2 = split ? cells("类", "款", "项", "") : cells("科目代码", "科目名称");
        List<String> h3 = split ? cells("", "", "", "栏次") : cells("栏次", "");
        for (int k = 0; k < cols.size(); k++) {
            h1.add(cols.get(k).getChineseName().replace("/", " "));
            h2.add("");
            h3.add(digits(String.valueOf(k + 1)));
        }
        header.add(h1);
        header.add(h2);
        header.add(h3);
        header(header);
        // each entry: the lines of one row (a row broken over lines stays together across a page break)
        List<List<List<String>>> body = new ArrayList<>();
        t.getTotal().ifPresent(m -> {
            List<String> total = line(labels, null, "合计", cols, m);
            if (noise.contains(Noise.TOTAL_OWN_LINE) && !m.isEmpty()) {
                List<String> label = new ArrayList<>(total);
                List<String> values = new ArrayList<>(total);
                for (int i = 0; i < total.size(); i++) {
                    (i < labels ? values : label).set(i, "");
                }
                body.add(List.of(label, values));
            } else {
                body.add(List.of(total));
            }
        });
        for (R r : t.getRows()) {
            String name = r.getName();
            if (noise.contains(Noise.SPLIT_NAME) && name.length() >= 4 && random.nextInt(4) == 0) {
                int cut = 2 + random.nextInt(name.length() - 3);
                List<String> first = line(labels, r.getCode(), name.substring(0, cut), cols, r.getAmounts());
                List<String> rest = new ArrayList<>();
                for (int i = 0; i < first.size(); i++) {
                    rest.add(i == labels - 1 ? name.substring(cut) : "");
                }
                body.add(List.of(first, rest));
            } else {
                body.add(List.of(line(labels, r.getCode(), name, cols, r.getAmounts())));
            }
        }
        int breakAt = noise.contains(Noise.PAGE_BREAK) && body.size() > 1 ? 1 + random.nextInt(body.size() - 1) : -1;
        for (int k = 0; k < body.size(); k++) {
            if (k == breakAt) {
                out.add("");
                out.add("— " + page++ + " —");
                out.add("");
                out.add(id.getTitle() + "（续）");
                out.add("");
                out.add("公开 " + String.format("%02d", id.getNumber()) + " 表");
                out.add("");
                header(header);
            }
            body.get(k).forEach(this::row);
        }
    }

    private <C> List<String> line(int labels, FunctionCode code, String name, List<C> cols, Map<C, Amount> m) {
        List<String> cells = new ArrayList<>();
        if (labels == 4) {
            String s = code == null ? "" : code.toString();
            cells.add(digits(s.length() >= 3 ? s.substring(0, 3) : ""));
            cells.add(digits(s.length() >= 5 ? s.substring(3, 5) : ""));
            cells.add(digits(s.length() >= 7 ? s.substring(5, 7) : ""));
        } else {
            cells.add(code == null ? "" : digits(code.toString()));
        }
        cells.add(name);
        if (noise.contains(Noise.SHIFTED_CELLS) && random.nextInt(3) == 0) {
            cells.add("");
        }
        for (C c : cols) {
            cells.add(amount(Optional.ofNullable(m.get(c))));
        }
        return cells;
    }

    // ------------------------------------------------------------------ 01 and 04

    private void summary(IncomeExpenditureSummaryTable t) {
        header(List.of(cells("收入", "", "", "支出", "", ""), cells("项 目", "行次", "决算数", "项 目", "行次", "决算数"),
                cells("栏 次", "", digits("1"), "栏 次", "", digits("2"))));
        SummaryIncomeLine[] in = SummaryIncomeLine.values();
        List<SummaryExpenditureRow> rows = t.getExpenditureRows();
        int n = Math.max(8, rows.size());
        int lineNo = 1;
        for (int k = 0; k < n; k++) {
            String left = k < 8 ? ORDINALS[k] + "、" + in[k].getLabel() : "";
            String leftAmount = k < 8 ? amount(t.get(in[k])) : "";
            String right = k < rows.size() ? rows.get(k).getName() : "";
            String rightAmount = k < rows.size() ? amount(rows.get(k).getAmount()) : "";
            sideRow(cells(left, String.valueOf(lineNo + k), leftAmount, right, String.valueOf(lineNo + n + 4 + k),
                    rightAmount));
        }
        SummaryExpenditureLine[] ex = SummaryExpenditureLine.values();
        for (int k = 0; k < 4; k++) {
            SummaryIncomeLine l = in[8 + k];
            sideRow(cells(l.getLabel(), String.valueOf(n + 1 + k), amount(t.get(l)), ex[k].getLabel(),
                    String.valueOf(2 * n + 5 + k), amount(t.get(ex[k]))));
        }
    }

    private void fiscal(FiscalSummaryTable t) {
        List<TableColumn> cols = new ArrayList<>(FiscalSummaryRow.COLUMNS);
        header(List.of(cells("收入", "", "", "支出", "", "", "", "", ""),
                cells("项 目", "行 次", "决算数", "项 目", "行 次", "合 计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
                        "国有资本经营预算财政拨款"),
                cells("栏 次", "", digits("1"), "栏 次", "", digits("2"), digits("3"), digits("4"), digits("5"))));
        FiscalIncomeLine[] in = {FiscalIncomeLine.GENERAL_BUDGET, FiscalIncomeLine.GOVERNMENT_FUND,
            FiscalIncomeLine.STATE_CAPITAL};
        List<FiscalSummaryRow> rows = t.getExpenditureRows();
        int n = Math.max(3, rows.size());
        for (int k = 0; k < n; k++) {
            List<String> c = cells(k < 3 ? ORDINALS[k] + "、" + in[k].getLabel() : "", String.valueOf(k + 1),
                    k < 3 ? amount(t.get(in[k])) : "");
            if (k < rows.size()) {
                c.add(rows.get(k).getName());
                c.add(String.valueOf(n + 7 + k));
                for (TableColumn col : cols) {
                    c.add(amount(rows.get(k).get((io.github.juesuan.report.FiscalSummaryColumn) col)));
                }
            } else {
                c.addAll(List.of("", String.valueOf(n + 7 + k), "", "", "", ""));
            }
            sideRow(c);
        }
        fiscalLine(t, "本年收入合计", FiscalIncomeLine.TOTAL_INCOME, FiscalExpenditureLine.TOTAL_EXPENDITURE, cols);
        fiscalLine(t, "年初财政拨款结转和结余", FiscalIncomeLine.BEGINNING_BALANCE, FiscalExpenditureLine.ENDING_BALANCE,
                cols);
        fiscalLine(t, "一般公共预算财政拨款", FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, null, cols);
        fiscalLine(t, "政府性基金预算财政拨款", FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND, null, cols);
        fiscalLine(t, "国有资本经营预算财政拨款", FiscalIncomeLine.BEGINNING_STATE_CAPITAL, null, cols);
        fiscalLine(t, "总计", FiscalIncomeLine.GRAND_TOTAL, FiscalExpenditureLine.GRAND_TOTAL, cols);
    }

    private void fiscalLine(FiscalSummaryTable t, String label, FiscalIncomeLine in, FiscalExpenditureLine ex,
            List<TableColumn> cols) {
        List<String> c = cells(label, "", amount(t.get(in)), ex == null ? "" : ex.getLabel(), "");
        for (TableColumn col : cols) {
            c.add(ex == null ? "" : amount(t.get(ex, (io.github.juesuan.report.FiscalSummaryColumn) col)));
        }
        sideRow(c);
    }

    /**
     * A row of 01 or 04; with shifted cells, one row in three gets an extra empty cell after its
     * income label or after its expenditure label.
     */
    private void sideRow(List<String> cells) {
        if (noise.contains(Noise.SHIFTED_CELLS) && random.nextInt(3) == 0) {
            cells.add(random.nextBoolean() ? 1 : 4, "");
        }
        row(cells);
    }

    // ------------------------------------------------------------------ 06 and 09

    private void basic(BasicExpenditureDetailTable t) {
        header(List.of(cells("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数")));
        List<BasicExpenditureRow> rows = t.getRows();
        int per = (rows.size() + 2) / 3;
        for (int k = 0; k < per; k++) {
            List<String> c = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                int i = g * per + k;
                if (i < rows.size()) {
                    BasicExpenditureRow r = rows.get(i);
                    c.add(digits(r.getCode().toString()));
                    c.add(r.getName());
                    c.add(amount(r.get(BasicExpenditureColumn.AMOUNT)));
                } else {
                    c.addAll(List.of("", "", ""));
                }
            }
            row(c);
        }
        row("人员经费合计", "", amount(t.getPersonnelTotal()), "公用经费合计", "", "", "", "", amount(t.getPublicUseTotal()));
    }

    private void three(ThreePublicExpensesTable t) {
        header(List.of(cells("预算数", "", "", "", "", "", "决算数", "", "", "", "", ""),
                cells("合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "合计", "因公出国（境）费",
                        "公务用车购置及运行维护费", "", "", "公务接待费"),
                cells("", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""),
                cells("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")));
        List<String> c = new ArrayList<>();
        for (ThreePublicExpensesColumn col : ThreePublicExpensesColumn.values()) {
            c.add(amount(Optional.ofNullable(t.getAmounts().get(col))));
        }
        row(c);
    }

    // ------------------------------------------------------------------ 绩效自评表

    private void evaluation(ProjectPerformanceEvaluation e) {
        row("项目支出绩效自评表", "", "", "", "", "", "", "", "");
        row("项目名称", e.getProjectName(), "", "", "", "", "", "", "");
        row("主管部门", e.getCompetentDepartment().orElse(""), "", "", "实施单位", e.getImplementingUnit().orElse(""), "",
                "", "");
        row("资金情况(万元)", "项目资金", "年初预算数", "全年预算数", "全年执行数", "执行率(%)", "得分", "", "");
        for (FundingRow f : e.getFunding()) {
            row("", f.getLabel(), plain(f.getInitialBudget()), plain(f.getFullYearBudget()), plain(f.getExecuted()),
                    f.getExecutionRate().map(Rate::toString).orElse(""), f.getScore().map(Score::toString).orElse("—"),
                    "", "");
        }
        row("年度总体目标", "预期目标", "", "", "实际完成情况", "", "", "", "");
        row("", e.getExpectedGoal(), "", "", e.getActualOutcome(), "", "", "", "");
        boolean weighted = e.getIndicators().stream().anyMatch(i -> i.getWeight().isPresent());
        if (weighted) {
            row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "自评得分", "偏差原因分析及改进措施");
        } else {
            row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "", "");
        }
        String level1 = null;
        for (PerformanceIndicator i : e.getIndicators()) {
            String l1 = i.getLevel1().equals(level1) ? "" : i.getLevel1();
            level1 = i.getLevel1();
            String target = target(i.getTarget().getText());
            if (weighted) {
                row("", l1, i.getLevel2(), i.getName(), target, i.getActual().getText(),
                        i.getWeight().map(Score::toString).orElse(""), i.getScore().map(Score::toString).orElse(""),
                        i.getDeviationAnalysis());
            } else {
                row("", l1, i.getLevel2(), i.getName(), target, i.getActual().getText(),
                        i.getDeviationAnalysis(), "", "");
            }
        }
        e.getTotalScore().ifPresent(s -> row("总分", "", "", "", "", "", s.toString(), "", ""));
    }

    /** A target as printed, or as the LaTeX an extraction leaves ({@code ≥90%} as {@code $\geq 90\%$}). */
    private String target(String text) {
        if (!noise.contains(Noise.LATEX)) {
            return text;
        }
        return text.replaceFirst("^≥\\s*([0-9.]+)\\s*%$", "\\$\\\\geq $1\\\\%\\$")
                .replaceFirst("^≤\\s*([0-9.]+)\\s*%$", "\\$\\\\leq $1\\\\%\\$");
    }

    private static String plain(Optional<Amount> a) {
        return a.map(Amount::toString).orElse("");
    }
}
