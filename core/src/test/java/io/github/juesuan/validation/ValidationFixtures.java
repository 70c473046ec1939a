package io.github.juesuan.validation;

import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Score;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small, fully consistent 2024 report with every table, used by the validation tests. */
final class ValidationFixtures {

    private ValidationFixtures() {
    }

    static <C extends Enum<C>> Map<C, Amount> amounts(Class<C> type, List<C> columns, String... cells) {
        Map<C, Amount> m = new EnumMap<>(type);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                m.put(columns.get(i), Amount.of(cells[i]));
            }
        }
        return m;
    }

    static IncomeExpenditureSummaryTable t01() {
        return IncomeExpenditureSummaryTable.builder()
                .income(SummaryIncomeLine.GENERAL_BUDGET, "160.00")
                .income(SummaryIncomeLine.OTHER, "10.00")
                .income(SummaryIncomeLine.TOTAL_INCOME, "170.00")
                .income(SummaryIncomeLine.BEGINNING_BALANCE, "5.00")
                .income(SummaryIncomeLine.GRAND_TOTAL, "175.00")
                .addExpenditureRows(SummaryExpenditureRow.of("201", "一般公共服务支出", "150.00"))
                .addExpenditureRows(SummaryExpenditureRow.of("221", "住房保障支出", "20.00"))
                .expenditure(SummaryExpenditureLine.TOTAL_EXPENDITURE, "170.00")
                .expenditure(SummaryExpenditureLine.ENDING_BALANCE, "5.00")
                .expenditure(SummaryExpenditureLine.GRAND_TOTAL, "175.00")
                .build();
    }

    static IncomeTable t02() {
        return IncomeTable.builder()
                .addRows(IncomeRow.of("201", "一般公共服务支出", "150.00", "140.00", "", "", "", "", "10.00"))
                .addRows(IncomeRow.of("20103", "政府办公厅（室）及相关机构事务", "150.00", "140.00", "", "", "", "", "10.00"))
                .addRows(IncomeRow.of("2010301", "行政运行", "100.00", "90.00", "", "", "", "", "10.00"))
                .addRows(IncomeRow.of("2010302", "一般行政管理事务", "50.00", "50.00"))
                .addRows(IncomeRow.of("221", "住房保障支出", "20.00", "20.00"))
                .addRows(IncomeRow.of("22102", "住房改革支出", "20.00", "20.00"))
                .addRows(IncomeRow.of("2210201", "住房公积金", "20.00", "20.00"))
                .total(amounts(IncomeColumn.class, List.of(IncomeColumn.values()), "170.00", "160.00", "", "", "", "",
                        "10.00"))
                .build();
    }

    static ExpenditureTable t03() {
        return ExpenditureTable.builder()
                .addRows(ExpenditureRow.of("201", "一般公共服务支出", "150.00", "100.00", "50.00"))
                .addRows(ExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "150.00", "100.00", "50.00"))
                .addRows(ExpenditureRow.of("2010301", "行政运行", "100.00", "100.00", ""))
                .addRows(ExpenditureRow.of("2010302", "一般行政管理事务", "50.00", "", "50.00"))
                .addRows(ExpenditureRow.of("221", "住房保障支出", "20.00", "20.00"))
                .addRows(ExpenditureRow.of("22102", "住房改革支出", "20.00", "20.00"))
                .addRows(ExpenditureRow.of("2210201", "住房公积金", "20.00", "20.00"))
                .total(amounts(ExpenditureColumn.class, List.of(ExpenditureColumn.values()), "170.00", "120.00",
                        "50.00"))
                .build();
    }

    static FiscalSummaryTable t04() {
        return FiscalSummaryTable.builder()
                .income(FiscalIncomeLine.GENERAL_BUDGET, "160.00")
                .income(FiscalIncomeLine.TOTAL_INCOME, "160.00")
                .income(FiscalIncomeLine.BEGINNING_BALANCE, "5.00")
                .income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, "5.00")
                .income(FiscalIncomeLine.GRAND_TOTAL, "165.00")
                .addExpenditureRows(FiscalSummaryRow.of("201", "一般公共服务支出", "140.00", "140.00"))
                .addExpenditureRows(FiscalSummaryRow.of("221", "住房保障支出", "20.00", "20.00"))
                .expenditure(FiscalExpenditureLine.TOTAL_EXPENDITURE, "160.00", "160.00")
                .expenditure(FiscalExpenditureLine.ENDING_BALANCE, "5.00", "5.00")
                .expenditure(FiscalExpenditureLine.GRAND_TOTAL, "165.00", "165.00")
                .build();
    }

    static GeneralBudgetExpenditureTable t05() {
        return GeneralBudgetExpenditureTable.builder()
                .addRows(GeneralBudgetExpenditureRow.of("201", "一般公共服务支出", "140.00", "100.00", "80.00", "20.00", "40.00"))
                .addRows(GeneralBudgetExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "140.00", "100.00", "80.00",
                        "20.00", "40.00"))
                .addRows(GeneralBudgetExpenditureRow.of("2010301", "行政运行", "100.00", "100.00", "80.00", "20.00", ""))
                .addRows(GeneralBudgetExpenditureRow.of("2010302", "一般行政管理事务", "40.00", "", "", "", "40.00"))
                .addRows(GeneralBudgetExpenditureRow.of("221", "住房保障支出", "20.00", "20.00", "20.00"))
                .addRows(GeneralBudgetExpenditureRow.of("22102", "住房改革支出", "20.00", "20.00", "20.00"))
                .addRows(GeneralBudgetExpenditureRow.of("2210201", "住房公积金", "20.00", "20.00", "20.00"))
                .total(amounts(GeneralBudgetColumn.class, List.of(GeneralBudgetColumn.values()), "160.00", "120.00",
                        "100.00", "20.00", "40.00"))
                .build();
    }

    static BasicExpenditureDetailTable t06() {
        return BasicExpenditureDetailTable.builder()
                .addRows(BasicExpenditureRow.of("301", "工资福利支出", "80.00"))
                .addRows(BasicExpenditureRow.of("30101", "基本工资", "60.00"))
                .addRows(BasicExpenditureRow.of("30113", "住房公积金", "20.00"))
                .addRows(BasicExpenditureRow.of("302", "商品和服务支出", "20.00"))
                .addRows(BasicExpenditureRow.of("30201", "办公费", "12.00"))
                .addRows(BasicExpenditureRow.of("30217", "公务接待费", "3.00"))
                .addRows(BasicExpenditureRow.of("30231", "公务用车运行维护费", "5.00"))
                .addRows(BasicExpenditureRow.of("303", "对个人和家庭的补助", "20.00"))
                .addRows(BasicExpenditureRow.of("30302", "退休费", "20.00"))
                .personnelTotal(Amount.of("100.00"))
                .publicUseTotal(Amount.of("20.00"))
                .build();
    }

    static ThreePublicExpensesTable t09() {
        return ThreePublicExpensesTable.of("10.00", "", "7.00", "", "7.00", "3.00", "8.00", "", "5.00", "", "5.00",
                "3.00");
    }

    static ProjectPerformanceEvaluation evaluation() {
        return ProjectPerformanceEvaluation.builder()
                .projectName("政府序列会议经费")
                .addFunding(FundingRow.of(FundingSource.TOTAL, "年度资金总额", "100", "50", "47.5", "95", "10"))
                .addFunding(FundingRow.of(FundingSource.CURRENT_APPROPRIATION, "当年财政拨款", "100", "50", "47.5", "95"))
                .addFunding(FundingRow.of(FundingSource.PRIOR_YEAR_CARRYOVER, "上年结转资金", "0", "0", "0", "0"))
                .addIndicators(indicator("产出指标", "数量指标", "会议审核比例", "=100%", "100%", 25, 25))
                .addIndicators(indicator("产出指标", "数量指标", "全省规模会议计划召开场次", "≤85场次", "85场次", 25, 25))
                .addIndicators(indicator("效益指标", "社会效益指标", "政府会议精神传达渠道", "≥3种", "3种", 30, 30))
                .addIndicators(indicator("满意度指标", "服务对象满意度指标", "参会人员满意度", "≥90%", "90%", 10, 10))
                .totalScore(Score.of(100))
                .build();
    }

    static PerformanceIndicator indicator(String l1, String l2, String name, String target, String actual,
            long weight, long score) {
        return PerformanceIndicator.builder().level1(l1).level2(l2).name(name).target(target).actual(actual)
                .weight(Score.of(weight)).score(Score.of(score)).build();
    }

    static FinalAccountReport.Builder builder() {
        return FinalAccountReport.builder()
                .department("测试厅")
                .fiscalYear(FiscalYear.of(2024))
                .summary(t01())
                .income(t02())
                .expenditure(t03())
                .fiscalSummary(t04())
                .generalBudgetExpenditure(t05())
                .basicExpenditureDetail(t06())
                .governmentFund(GovernmentFundTable.builder()
                        .emptyStatement("本单位没有政府性基金预算财政拨款收入、支出和结转结余，故本表为空表。").build())
                .stateCapital(StateCapitalTable.builder()
                        .emptyStatement("本单位没有国有资本经营预算财政拨款支出，故本表为空表。").build())
                .threePublicExpenses(t09())
                .addPerformanceEvaluations(evaluation())
                .narrative(narrative());
    }

    /** 第三部分 as reports write it, repeating the figures of the tables above. */
    static List<NarrativeSection> narrative() {
        return List.of(
                explanation("一、收入支出决算总体情况说明", "2024 年度收入总计 175.00 万元、支出总计 175.00 万元。与 2023 年度相比，"
                        + "收入总计增加 5.00 万元，增长 2.9%。"),
                explanation("二、收入决算情况说明", "本年收入合计 170.00 万元，其中：财政拨款收入 160.00 万元，占 94.12%；"
                        + "其他收入 10.00 万元，占 5.88%。"),
                explanation("三、支出决算情况说明", "本年支出合计 170.00 万元，其中：基本支出 120.00 万元，占 70.59%；"
                        + "项目支出 50.00 万元，占 29.41%。"),
                explanation("四、财政拨款收入支出决算总体情况说明", "2024 年度财政拨款收、支总计均为 165.00 万元。"),
                explanation("五、一般公共预算财政拨款支出决算情况说明", "（一）一般公共预算财政拨款支出决算总体情况\n"
                        + "2024 年度一般公共预算财政拨款支出 160.00 万元，占本年支出合计的 94.1%。\n"
                        + "（二）一般公共预算财政拨款支出决算结构情况\n"
                        + "2024 年度一般公共预算财政拨款支出 160.00 万元，主要用于以下方面：一般公共服务支出 140.00 万元，占 87.5%；"
                        + "住房保障支出 20.00 万元，占 12.5%。\n"
                        + "（三）一般公共预算财政拨款支出决算具体情况\n"
                        + "1. 一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 90.00 万元，支出决算为 "
                        + "100.00 万元，完成年初预算的 111.1%。\n"
                        + "2. 一般公共服务（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）年初预算为 40.00 万元，"
                        + "支出决算为 40.00 万元，完成年初预算的 100%。\n"
                        + "3. 住房保障（类）住房改革（款）住房公积金（项）年初预算为 20.00 万元，支出决算为 20.00 万元。"),
                explanation("六、一般公共预算财政拨款基本支出决算情况说明", "2024 年度一般公共预算财政拨款基本支出 120.00 万元，"
                        + "其中：\n人员经费 100.00 万元，主要包括：基本工资、住房公积金、退休费。\n公用经费 20.00 万元，主要包括："
                        + "办公费、公务接待费、公务用车运行维护费。"),
                explanation("七、政府性基金预算财政拨款收入支出决算情况说明", "本单位无政府性基金预算财政拨款收入支出。"),
                explanation("八、国有资本经营预算财政拨款支出决算情况说明", "本单位无国有资本经营预算财政拨款支出。"),
                explanation("九、财政拨款“三公”经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明\n"
                        + "2024 年度“三公”经费财政拨款支出预算为 10.00 万元，支出决算为 8.00 万元，完成预算的 80%。\n"
                        + "（二）“三公”经费财政拨款支出决算具体情况说明\n"
                        + "1. 因公出国（境）费支出决算为 0 万元。\n"
                        + "2. 公务用车购置及运行费预算为 7.00 万元，支出决算为 5.00 万元，完成预算的 71.4%。其中：\n"
                        + "公务用车购置费支出 0 万元。\n公务用车运行维护费支出 5.00 万元。\n"
                        + "3. 公务接待费预算为 3.00 万元，支出决算为 3.00 万元，完成预算的 100%。"),
                explanation("十、关于 2024 年度绩效评价情况说明", "（二）项目绩效自评结果\n政府序列会议经费自评情况：根据年初设定的"
                        + "绩效目标，项目绩效自评得分为 100 分。项目全年预算数为 50 万元，执行数为 47.5 万元，完成预算的 95%。\n"
                        + "资金执行得分=执行率×权重（执行率超过100%的按100%计）。"),
                explanation("十一、其他重要事项情况说明", "（一）机关运行经费支出情况\n2024 年度机关运行经费支出 18.00 万元。"),
                NarrativeSection.of(ReportPart.GLOSSARY, "十一、机关运行经费", "指行政单位和参照公务员法管理的事业单位使用"
                        + "一般公共预算财政拨款安排的基本支出中的日常公用经费支出。"));
    }

    static NarrativeSection explanation(String heading, String text) {
        return NarrativeSection.of(ReportPart.EXPLANATION, heading, text);
    }

    static FinalAccountReport consistent() {
        return builder().build();
    }
}
