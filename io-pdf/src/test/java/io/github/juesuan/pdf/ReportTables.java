package io.github.juesuan.pdf;

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
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report's printed content as a PDF export lays it out: lines of text (titles, the 部门 and 单位
 * lines, notes, the prose) and tables of header rows and body rows, every row a list of cells of the
 * table's columns, blank cells empty. The header rows are the published ones: grouping cells
 * (收入 over 项目, 行次 and 决算数) followed by empty cells they span, the 栏次 row last. With split codes
 * a coded table prints its code over 类, 款 and 项 cells, as the 上海 template does.
 */
final class ReportTables {

    /** A block of the printed report. */
    sealed interface Block permits Text, Table {
    }

    /**
     * A line of text.
     *
     * @param text the text, empty for a blank line
     * @param centered whether it is centered on the page (a title)
     */
    record Text(String text, boolean centered) implements Block {
    }

    /**
     * A table.
     *
     * @param id the table
     * @param header the header rows
     * @param body the body rows
     */
    record Table(TableId id, List<List<String>> header, List<List<String>> body) implements Block {

        /** @return the number of columns */
        int columns() {
            int n = 0;
            for (List<String> r : header) {
                n = Math.max(n, r.size());
            }
            for (List<String> r : body) {
                n = Math.max(n, r.size());
            }
            return n;
        }
    }

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private final List<Block> out = new ArrayList<>();
    private final boolean splitCodes;

    private ReportTables(boolean splitCodes) {
        this.splitCodes = splitCodes;
    }

    /**
     * Lays a report out.
     *
     * @param r the report
     * @param splitCodes whether coded tables print their codes over 类, 款 and 项 cells
     * @return the blocks, in print order
     */
    static List<Block> of(FinalAccountReport r, boolean splitCodes) {
        ReportTables t = new ReportTables(splitCodes);
        t.report(r);
        return List.copyOf(t.out);
    }

    private void text(String s, boolean centered) {
        out.add(new Text(s, centered));
    }

    private void report(FinalAccountReport r) {
        int year = r.getFiscalYear().getValue();
        text(year + " 年度", true);
        text(r.getDepartment() + "部门决算", true);
        text("", false);
        text("第二部分 " + year + " 年度部门决算表", false);
        int ordinal = 0;
        for (TableId id : TableId.values()) {
            Optional<? extends ReportTable> found = r.tables().stream().filter(x -> x.getTableId() == id).findFirst();
            if (found.isEmpty()) {
                continue;
            }
            ReportTable table = found.get();
            text(ORDINALS[ordinal++] + "、" + id.getTitle(), false);
            text("", false);
            text(id.getTitle(), true);
            text("公开" + String.format("%02d", id.getNumber()) + "表", true);
            text("部门：" + r.getDepartment(), false);
            text("单位：万元", false);
            out.add(switch (id) {
                case T01 -> summary(id, (IncomeExpenditureSummaryTable) table);
                case T04 -> fiscal(id, (FiscalSummaryTable) table);
                case T06 -> basic(id, (BasicExpenditureDetailTable) table);
                case T09 -> three(id, (ThreePublicExpensesTable) table);
                default -> coded(id, castCoded(table));
            });
            for (String n : table.getNotes()) {
                text(n, false);
            }
            table.getEmptyStatement().ifPresent(s -> text(s, false));
            text("", false);
        }
        if (!r.getPerformanceEvaluations().isEmpty()) {
            text(ORDINALS[ordinal] + "、部门预算项目支出绩效自评表", false);
            for (ProjectPerformanceEvaluation e : r.getPerformanceEvaluations()) {
                out.add(evaluation(e));
                text("", false);
            }
        }
        text("第三部分 " + year + " 年度部门决算情况说明", false);
        text("一、收入支出决算总体情况说明", false);
        text("略。", false);
    }

    @SuppressWarnings("unchecked")
    private static CodedTable<FunctionCode, ?, ?> castCoded(ReportTable t) {
        return (CodedTable<FunctionCode, ?, ?>) t;
    }

    private static String amount(Optional<Amount> a) {
        return a.map(x -> x.toBigDecimal().setScale(2, RoundingMode.UNNECESSARY).toPlainString()).orElse("");
    }

    private static List<String> cells(String... s) {
        return new ArrayList<>(Arrays.asList(s));
    }

    private <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>> Table coded(TableId id,
            CodedTable<FunctionCode, C, R> t) {
        List<C> cols = t.columns();
        List<String> h1 = splitCodes ? cells("科目编码", "", "", "科目名称") : cells("项目", "");
        List<String> h2 = splitCodes ? cells("类", "款", "项", "") : cells("科目编码", "科目名称");
        List<String> h3 = splitCodes ? cells("", "", "", "栏次") : cells("栏次", "");
        // a column named 基本支出/人员经费 prints 基本支出 over the columns of its group and 人员经费 below
        String group = null;
        for (int k = 0; k < cols.size(); k++) {
            String name = cols.get(k).getChineseName();
            int slash = name.indexOf('/');
            String g = slash < 0 ? null : name.substring(0, slash);
            h1.add(g == null ? name : g.equals(group) ? "" : g);
            h2.add(g == null ? "" : name.substring(slash + 1));
            h3.add(String.valueOf(k + 1));
            group = g;
        }
        List<List<String>> body = new ArrayList<>();
        t.getTotal().ifPresent(m -> body.add(codedRow(null, "合计", cols, m)));
        for (R r : t.getRows()) {
            body.add(codedRow(r.getCode(), r.getName(), cols, r.getAmounts()));
        }
        return new Table(id, List.of(h1, h2, h3), body);
    }

    private <C> List<String> codedRow(FunctionCode code, String name, List<C> cols, Map<C, Amount> m) {
        List<String> cells = new ArrayList<>();
        String s = code == null ? "" : code.toString();
        if (splitCodes) {
            cells.add(s.length() >= 3 ? s.substring(0, 3) : "");
            cells.add(s.length() >= 5 ? s.substring(3, 5) : "");
            cells.add(s.length() >= 7 ? s.substring(5, 7) : "");
        } else {
            cells.add(s);
        }
        cells.add(name);
        for (C c : cols) {
            cells.add(amount(Optional.ofNullable(m.get(c))));
        }
        return cells;
    }

    private static Table summary(TableId id, IncomeExpenditureSummaryTable t) {
        List<List<String>> header = List.of(cells("收入", "", "", "支出", "", ""),
                cells("项目", "行次", "决算数", "项目", "行次", "决算数"), cells("栏次", "", "1", "栏次", "", "2"));
        SummaryIncomeLine[] in = SummaryIncomeLine.values();
        List<SummaryExpenditureRow> rows = t.getExpenditureRows();
        int n = Math.max(8, rows.size());
        List<List<String>> body = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            body.add(cells(k < 8 ? ORDINALS[k] + "、" + in[k].getLabel() : "", String.valueOf(1 + k),
                    k < 8 ? amount(t.get(in[k])) : "", k < rows.size() ? rows.get(k).getName() : "",
                    String.valueOf(n + 5 + k), k < rows.size() ? amount(rows.get(k).getAmount()) : ""));
        }
        SummaryExpenditureLine[] ex = SummaryExpenditureLine.values();
        for (int k = 0; k < 4; k++) {
            SummaryIncomeLine l = in[8 + k];
            body.add(cells(l.getLabel(), String.valueOf(n + 1 + k), amount(t.get(l)), ex[k].getLabel(),
                    String.valueOf(2 * n + 5 + k), amount(t.get(ex[k]))));
        }
        return new Table(id, header, body);
    }

    private static Table fiscal(TableId id, FiscalSummaryTable t) {
        List<List<String>> header = List.of(cells("收入", "", "", "支出", "", "", "", "", ""),
                cells("项目", "行次", "决算数", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
                        "国有资本经营预算财政拨款"),
                cells("栏次", "", "1", "栏次", "", "2", "3", "4", "5"));
        FiscalIncomeLine[] in = {FiscalIncomeLine.GENERAL_BUDGET, FiscalIncomeLine.GOVERNMENT_FUND,
            FiscalIncomeLine.STATE_CAPITAL};
        List<FiscalSummaryRow> rows = t.getExpenditureRows();
        int n = Math.max(3, rows.size());
        List<List<String>> body = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<String> c = cells(k < 3 ? ORDINALS[k] + "、" + in[k].getLabel() : "", String.valueOf(k + 1),
                    k < 3 ? amount(t.get(in[k])) : "");
            c.add(k < rows.size() ? rows.get(k).getName() : "");
            c.add(String.valueOf(n + 7 + k));
            for (FiscalSummaryColumn col : FiscalSummaryRow.COLUMNS) {
                c.add(k < rows.size() ? amount(rows.get(k).get(col)) : "");
            }
            body.add(c);
        }
        body.add(fiscalLine(t, "本年收入合计", FiscalIncomeLine.TOTAL_INCOME, FiscalExpenditureLine.TOTAL_EXPENDITURE));
        body.add(fiscalLine(t, "年初财政拨款结转和结余", FiscalIncomeLine.BEGINNING_BALANCE,
                FiscalExpenditureLine.ENDING_BALANCE));
        body.add(fiscalLine(t, "一般公共预算财政拨款", FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, null));
        body.add(fiscalLine(t, "政府性基金预算财政拨款", FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND, null));
        body.add(fiscalLine(t, "国有资本经营预算财政拨款", FiscalIncomeLine.BEGINNING_STATE_CAPITAL, null));
        body.add(fiscalLine(t, "总计", FiscalIncomeLine.GRAND_TOTAL, FiscalExpenditureLine.GRAND_TOTAL));
        return new Table(id, header, body);
    }

    private static List<String> fiscalLine(FiscalSummaryTable t, String label, FiscalIncomeLine in,
            FiscalExpenditureLine ex) {
        List<String> c = cells(label, "", amount(t.get(in)), ex == null ? "" : ex.getLabel(), "");
        for (FiscalSummaryColumn col : FiscalSummaryRow.COLUMNS) {
            c.add(ex == null ? "" : amount(t.get(ex, col)));
        }
        return c;
    }

    private static Table basic(TableId id, BasicExpenditureDetailTable t) {
        List<List<String>> header = List.of(cells("科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数",
                "科目编码", "科目名称", "决算数"));
        List<BasicExpenditureRow> rows = t.getRows();
        int per = (rows.size() + 2) / 3;
        List<List<String>> body = new ArrayList<>();
        for (int k = 0; k < per; k++) {
            List<String> c = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                int i = g * per + k;
                if (i < rows.size()) {
                    BasicExpenditureRow r = rows.get(i);
                    c.addAll(List.of(r.getCode().toString(), r.getName(), amount(r.get(BasicExpenditureColumn.AMOUNT))));
                } else {
                    c.addAll(List.of("", "", ""));
                }
            }
            body.add(c);
        }
        body.add(cells("人员经费合计", "", amount(t.getPersonnelTotal()), "公用经费合计", "", "", "", "",
                amount(t.getPublicUseTotal())));
        return new Table(id, header, body);
    }

    private static Table three(TableId id, ThreePublicExpensesTable t) {
        List<List<String>> header = List.of(cells("预算数", "", "", "", "", "", "决算数", "", "", "", "", ""),
                cells("合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "合计", "因公出国（境）费",
                        "公务用车购置及运行维护费", "", "", "公务接待费"),
                cells("", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""),
                cells("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"));
        List<String> c = new ArrayList<>();
        for (ThreePublicExpensesColumn col : ThreePublicExpensesColumn.values()) {
            c.add(amount(t.get(col)));
        }
        return new Table(id, header, List.of(c));
    }

    private static Table evaluation(ProjectPerformanceEvaluation e) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells("项目支出绩效自评表", "", "", "", "", "", "", "", ""));
        rows.add(cells("项目名称", e.getProjectName(), "", "", "", "", "", "", ""));
        rows.add(cells("主管部门", e.getCompetentDepartment().orElse(""), "", "", "实施单位",
                e.getImplementingUnit().orElse(""), "", "", ""));
        rows.add(cells("资金情况(万元)", "项目资金", "年初预算数", "全年预算数", "全年执行数", "执行率(%)", "得分", "", ""));
        for (FundingRow f : e.getFunding()) {
            rows.add(cells("", f.getLabel(), plain(f.getInitialBudget()), plain(f.getFullYearBudget()),
                    plain(f.getExecuted()), f.getExecutionRate().map(Rate::toString).orElse(""),
                    f.getScore().map(Score::toString).orElse("—"), "", ""));
        }
        rows.add(cells("年度总体目标", "预期目标", "", "", "实际完成情况", "", "", "", ""));
        rows.add(cells("", e.getExpectedGoal(), "", "", e.getActualOutcome(), "", "", "", ""));
        boolean weighted = e.getIndicators().stream().anyMatch(i -> i.getWeight().isPresent());
        rows.add(weighted ? cells("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "自评得分",
                "偏差原因分析及改进措施")
                : cells("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "", ""));
        String level1 = null;
        for (PerformanceIndicator i : e.getIndicators()) {
            String l1 = i.getLevel1().equals(level1) ? "" : i.getLevel1();
            level1 = i.getLevel1();
            rows.add(weighted ? cells("", l1, i.getLevel2(), i.getName(), i.getTarget().getText(), i.getActual().getText(),
                    i.getWeight().map(Score::toString).orElse(""), i.getScore().map(Score::toString).orElse(""),
                    i.getDeviationAnalysis())
                    : cells("", l1, i.getLevel2(), i.getName(), i.getTarget().getText(), i.getActual().getText(),
                            i.getDeviationAnalysis(), "", ""));
        }
        e.getTotalScore().ifPresent(s -> rows.add(cells("总分", "", "", "", "", "", s.toString(), "", "")));
        return new Table(null, List.of(), rows);
    }

    private static String plain(Optional<Amount> a) {
        return a.map(Amount::toString).orElse("");
    }
}
