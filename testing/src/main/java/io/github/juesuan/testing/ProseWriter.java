package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the 第三部分 情况说明 of a generated report from its tables, the way reports word it, so that
 * every figure the prose repeats equals its cell: 一 收支总计, 二 本年收入合计, 三 本年支出合计 and its kinds, 四
 * the 财政拨款 收入总计 and 支出总计 of 04,
 * 五 the general budget's total, 类 amounts and shares and 项 figures, 六 基本支出 and its parts, 九 the
 * “三公” figures, 七 and 八 the totals and 项 of 07 and 08 (or that there are none), 十 each project's score,
 * budget, executed amount and rate and 十一 the 机关运行经费 (06's 公用经费合计). A section whose table is absent is
 * not written.
 */
final class ProseWriter {

    /** How the funds' score is computed, as a template may state it (read by PERF.FUNDS_SCORE_FROM_EXECUTION_RATE). */
    static final String FUNDS_FORMULA = "项目支出绩效自评中，资金执行得分=执行率×权重（执行率超过100%的按100%计）。";

    private ProseWriter() {
    }

    /**
     * Writes the sections.
     *
     * @param r the report
     * @return the 第三部分 sections, in order
     */
    static List<NarrativeSection> explain(FinalAccountReport r) {
        List<NarrativeSection> out = new ArrayList<>();
        int year = r.getFiscalYear().getValue();
        r.getSummary().ifPresent(t -> {
            out.add(section("一、收入支出决算总体情况说明", year + "年度收入总计" + wan(t.get(SummaryIncomeLine.GRAND_TOTAL))
                    + "万元、支出总计" + wan(t.get(SummaryExpenditureLine.GRAND_TOTAL)) + "万元。"));
            out.add(section("二、收入决算情况说明", income(t)));
        });
        if (r.getSummary().isPresent() || r.getExpenditure().isPresent()) {
            StringBuilder b = new StringBuilder();
            r.getSummary().ifPresent(t -> b.append("本年支出合计")
                    .append(wan(t.get(SummaryExpenditureLine.TOTAL_EXPENDITURE))).append("万元"));
            r.getExpenditure().ifPresent(t -> b.append(b.length() == 0 ? "" : "，其中：").append("基本支出")
                    .append(wan(t.getTotal(ExpenditureColumn.BASIC))).append("万元；项目支出")
                    .append(wan(t.getTotal(ExpenditureColumn.PROJECT))).append("万元"));
            out.add(section("三、支出决算情况说明", b.append('。').toString()));
        }
        r.getFiscalSummary().ifPresent(t -> out.add(section("四、财政拨款收入支出决算总体情况说明", year
                + "年度财政拨款收入总计" + wan(t.get(FiscalIncomeLine.GRAND_TOTAL)) + "万元、支出总计"
                + wan(t.get(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_TOTAL)) + "万元。")));
        r.getGeneralBudgetExpenditure().ifPresent(t -> {
            out.add(section("五、一般公共预算财政拨款支出决算情况说明", generalBudget(year, t)));
            out.add(section("六、一般公共预算财政拨款基本支出决算情况说明", year + "年度一般公共预算财政拨款基本支出"
                    + wan(t.getTotal(GeneralBudgetColumn.BASIC)) + "万元，其中：\n人员经费"
                    + wan(t.getTotal(GeneralBudgetColumn.PERSONNEL)) + "万元，主要包括：基本工资、津贴补贴。\n公用经费"
                    + wan(t.getTotal(GeneralBudgetColumn.PUBLIC_USE)) + "万元，主要包括：办公费、公务接待费。"));
        });
        r.getGovernmentFund().ifPresent(t -> out.add(section("七、政府性基金预算财政拨款收入支出决算情况说明",
                fund(year, "政府性基金", t, GovernmentFundColumn.EXPENDITURE))));
        r.getStateCapital().ifPresent(t -> out.add(section("八、国有资本经营预算财政拨款支出决算情况说明",
                fund(year, "国有资本经营", t, StateCapitalColumn.EXPENDITURE))));
        r.getThreePublicExpenses().ifPresent(t -> out.add(section("九、财政拨款“三公”经费支出决算情况说明",
                threePublic(year, t))));
        if (!r.getPerformanceEvaluations().isEmpty()) {
            StringBuilder b = new StringBuilder("（二）项目绩效自评结果");
            for (ProjectPerformanceEvaluation p : r.getPerformanceEvaluations()) {
                b.append('\n').append(project(p));
            }
            if (r.getPerformanceEvaluations().stream().anyMatch(ProjectPerformanceEvaluation::hasWeights)) {
                b.append('\n').append(FUNDS_FORMULA);
            }
            out.add(section("十、关于" + year + "年度绩效评价情况说明", b.toString()));
        }
        r.getBasicExpenditureDetail().map(BasicExpenditureDetailTable::getPublicUseTotal).ifPresent(a -> out.add(
                section("十一、其他重要事项情况说明", "（一）机关运行经费支出情况\n" + year + "年度机关运行经费支出" + wan(a)
                        + "万元。")));
        return out;
    }

    /**
     * 七 and 八: the total of 07 (08) and each 项 with its 类 and 款, or, for a table declared empty, that there is
     * none.
     */
    private static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>> String fund(int year,
            String fund, CodedTable<FunctionCode, C, R> t, C expenditure) {
        if (t.getRows().isEmpty()) {
            return "本单位无" + fund + "预算财政拨款收入支出。";
        }
        StringBuilder b = new StringBuilder().append(year).append("年度").append(fund).append("预算财政拨款支出")
                .append(wan(t.getTotal(expenditure))).append("万元。");
        int n = 1;
        for (R row : t.getRows()) {
            FunctionCode c = row.getCode();
            if (c.getLevel() != CodeLevel.ITEM) {
                continue;
            }
            String klass = t.findRow(c.getClassCode()).map(CodedRow::getName).orElse("");
            String section = t.findRow(c.getSectionCode().orElseThrow()).map(CodedRow::getName).orElse("");
            b.append('\n').append(n++).append(". ").append(klass).append("（类）").append(section).append("（款）")
                    .append(row.getName()).append("（项）支出决算为").append(wan(row.get(expenditure))).append("万元。");
        }
        return b.toString();
    }

    /**
     * Replaces the 第三部分 sections of a report with those {@link #explain} writes for it.
     *
     * @param r the report
     * @return the report with its prose rewritten from its tables
     */
    static FinalAccountReport rewrite(FinalAccountReport r) {
        List<NarrativeSection> narrative = new ArrayList<>();
        for (NarrativeSection s : r.getNarrative()) {
            if (s.getPart() != ReportPart.EXPLANATION) {
                narrative.add(s);
            }
        }
        narrative.addAll(explain(r));
        return FinalAccountReport.builder().from(r).narrative(narrative).build();
    }

    /**
     * Tells whether the report's 第三部分 is what {@link #explain} writes for it.
     *
     * @param r the report
     * @return true for the prose of a generated report
     */
    static boolean isWritten(FinalAccountReport r) {
        List<NarrativeSection> explanation = new ArrayList<>();
        for (NarrativeSection s : r.getNarrative()) {
            if (s.getPart() == ReportPart.EXPLANATION) {
                explanation.add(s);
            }
        }
        return explanation.equals(explain(r));
    }

    private static String income(IncomeExpenditureSummaryTable t) {
        BigDecimal appropriations = BigDecimal.ZERO;
        for (SummaryIncomeLine l : List.of(SummaryIncomeLine.GENERAL_BUDGET, SummaryIncomeLine.GOVERNMENT_FUND,
                SummaryIncomeLine.STATE_CAPITAL)) {
            appropriations = appropriations.add(t.get(l).map(Amount::toBigDecimal).orElse(BigDecimal.ZERO));
        }
        return "本年收入合计" + wan(t.get(SummaryIncomeLine.TOTAL_INCOME)) + "万元，其中：财政拨款收入"
                + wan(Optional.of(Amount.of(appropriations))) + "万元；其他收入" + wan(t.get(SummaryIncomeLine.OTHER))
                + "万元。";
    }

    private static String generalBudget(int year, GeneralBudgetExpenditureTable t) {
        Amount total = t.getTotal(GeneralBudgetColumn.TOTAL).orElse(Amount.of(BigDecimal.ZERO));
        StringBuilder b = new StringBuilder("（一）一般公共预算财政拨款支出决算总体情况\n").append(year)
                .append("年度一般公共预算财政拨款支出").append(total).append("万元。\n（二）一般公共预算财政拨款支出决算结构情况\n")
                .append(year).append("年度一般公共预算财政拨款支出").append(total).append("万元，主要用于以下方面：");
        boolean first = true;
        for (GeneralBudgetExpenditureRow row : t.getRows()) {
            if (row.getCode().getLevel() != CodeLevel.CLASS) {
                continue;
            }
            Amount a = row.get(GeneralBudgetColumn.TOTAL).orElse(Amount.of(BigDecimal.ZERO));
            b.append(first ? "" : "；").append(row.getName()).append(a).append("万元");
            if (total.toBigDecimal().signum() != 0) {
                b.append("，占").append(a.toBigDecimal().multiply(BigDecimal.valueOf(100))
                        .divide(total.toBigDecimal(), 2, RoundingMode.HALF_UP).toPlainString()).append('%');
            }
            first = false;
        }
        b.append("。\n（三）一般公共预算财政拨款支出决算具体情况");
        int n = 1;
        for (GeneralBudgetExpenditureRow row : t.getRows()) {
            FunctionCode c = row.getCode();
            if (c.getLevel() != CodeLevel.ITEM) {
                continue;
            }
            String klass = t.findRow(c.getClassCode()).map(GeneralBudgetExpenditureRow::getName).orElse("");
            String section = t.findRow(c.getSectionCode().orElseThrow()).map(GeneralBudgetExpenditureRow::getName)
                    .orElse("");
            b.append('\n').append(n++).append(". ").append(klass).append("（类）").append(section).append("（款）")
                    .append(row.getName()).append("（项）支出决算为").append(wan(row.get(GeneralBudgetColumn.TOTAL)))
                    .append("万元。");
        }
        return b.toString();
    }

    private static String threePublic(int year, ThreePublicExpensesTable t) {
        return "（一）“三公”经费财政拨款支出决算总体情况说明\n" + year + "年度“三公”经费财政拨款支出预算为"
                + wan(t.get(ThreePublicExpensesColumn.BUDGET_TOTAL)) + "万元，支出决算为"
                + wan(t.get(ThreePublicExpensesColumn.FINAL_TOTAL)) + "万元。\n（二）“三公”经费财政拨款支出决算具体情况说明\n"
                + "1. 因公出国（境）费预算为" + wan(t.get(ThreePublicExpensesColumn.BUDGET_OVERSEAS)) + "万元，支出决算为"
                + wan(t.get(ThreePublicExpensesColumn.FINAL_OVERSEAS)) + "万元。\n2. 公务用车购置及运行费预算为"
                + wan(t.get(ThreePublicExpensesColumn.BUDGET_VEHICLES)) + "万元，支出决算为"
                + wan(t.get(ThreePublicExpensesColumn.FINAL_VEHICLES)) + "万元。其中：公务用车购置费支出"
                + wan(t.get(ThreePublicExpensesColumn.FINAL_VEHICLE_PURCHASE)) + "万元；公务用车运行维护费支出"
                + wan(t.get(ThreePublicExpensesColumn.FINAL_VEHICLE_OPERATION)) + "万元。\n3. 公务接待费预算为"
                + wan(t.get(ThreePublicExpensesColumn.BUDGET_RECEPTION)) + "万元，支出决算为"
                + wan(t.get(ThreePublicExpensesColumn.FINAL_RECEPTION)) + "万元。";
    }

    private static String project(ProjectPerformanceEvaluation p) {
        StringBuilder b = new StringBuilder(p.getProjectName()).append("自评情况：根据年初设定的绩效目标，");
        p.getTotalScore().ifPresent(s -> b.append("项目绩效自评得分为").append(s).append("分。"));
        Optional<FundingRow> total = p.findFunding(FundingSource.TOTAL);
        total.flatMap(FundingRow::getFullYearBudget).ifPresent(a -> b.append("项目全年预算数为").append(a).append("万元，"));
        total.flatMap(FundingRow::getExecuted).ifPresent(a -> b.append("执行数为").append(a).append("万元，"));
        total.flatMap(FundingRow::getExecutionRate).map(Rate::getPercent)
                .ifPresent(x -> b.append("完成预算的").append(x.toPlainString()).append("%，"));
        b.append("项目绩效目标基本完成。");
        return b.toString();
    }

    private static NarrativeSection section(String heading, String text) {
        return NarrativeSection.of(ReportPart.EXPLANATION, heading, text);
    }

    private static String wan(Optional<Amount> a) {
        return a.orElse(Amount.of(BigDecimal.ZERO)).toString();
    }
}
