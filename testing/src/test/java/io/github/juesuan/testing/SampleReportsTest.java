package io.github.juesuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.ExpenseKind;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.report.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleReportsTest {

    private final FinalAccountReport report = SampleReports.jilinGeneralOffice2024();

    // ---------------------------------------------------------------- identity and 第一部分

    @Test
    void test_jilinGeneralOffice2024_isCachedAndEqualToItself() {
        assertThat(SampleReports.jilinGeneralOffice2024()).isSameAs(report);
        assertThat(FinalAccountReport.builder(report).build()).isEqualTo(report).hasSameHashCodeAs(report);
    }

    @Test
    void test_jilinGeneralOffice2024_identityAndOverview() {
        assertThat(report.getDepartment()).isEqualTo("吉林省人民政府办公厅（本级）");
        assertThat(report.getFiscalYear()).isEqualTo(FiscalYear.of(2024));
        assertThat(report.getScope()).isEqualTo(ReportScope.SELF);
        assertThat(report.getUnitKind()).as("001 never states its unit kind").isEmpty();
        assertThat(report.getPublicationDate()).contains(LocalDate.of(2025, 8, 25));
        assertThat(report.getAmountUnit()).isEqualTo("万元");
        assertThat(report.getConsolidatedUnits()).containsExactly("吉林省人民政府办公厅（本级）");
        assertThat(report.getDuties()).hasSize(9);
        assertThat(report.getDuties().get(0)).isEqualTo("(一) 负责省政府会议的准备工作；负责省政府领导公务活动和公务接待工作。");
        assertThat(report.getDuties().get(8)).isEqualTo("(九)承办省政府领导同志交办的其他事项。");
        assertThat(report.getInternalBodies()).hasSize(27).doesNotHaveDuplicates()
                .startsWith("秘书处", "会议处", "综合协调处")
                .contains("督查一处（建议提案工作处）", "省政府决策咨询委员会办公室联络处")
                .endsWith("机要保密处", "行政处", "财务处")
                .doesNotContain("老干部处", "机关党委");
    }

    // ---------------------------------------------------------------- presence

    @Test
    void test_tables_presence() {
        for (TableId id : List.of(TableId.T01, TableId.T02, TableId.T03, TableId.T04, TableId.T05, TableId.T06,
                TableId.T09)) {
            assertThat(report.getPresence(id)).as(id.getLabel()).isEqualTo(TablePresence.PRESENT);
        }
        assertThat(report.getPresence(TableId.T07)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(report.getPresence(TableId.T08)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(report.tables()).hasSize(9);
        for (ReportTable t : report.tables()) {
            assertThat(t.getEdition()).as(t.getTableId().getLabel()).isEqualTo(TableEdition.E2024);
            assertThat(t.getNotes()).as(t.getTableId().getLabel()).isNotEmpty().allMatch(n -> !n.isBlank());
        }
    }

    @Test
    void test_tables07And08_declaredEmptyWithBlankTotalRow() {
        GovernmentFundTable t07 = report.getGovernmentFund().orElseThrow();
        assertThat(t07.getEmptyStatement()).contains("本单位没有政府性基金预算财政拨款。");
        assertThat(t07.getRows()).isEmpty();
        assertThat(t07.getTotal()).isEqualTo(Optional.of(Map.of()));
        assertThat(t07.getNotes()).containsExactly("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
        assertThat(t07.columns()).hasSize(6);
        assertThat(t07.cells()).hasSize(6).allMatch(Cell::isBlank);

        StateCapitalTable t08 = report.getStateCapital().orElseThrow();
        assertThat(t08.getEmptyStatement()).contains("本单位没有国有资本经营预算财政拨款。");
        assertThat(t08.getRows()).isEmpty();
        assertThat(t08.getTotal()).isEqualTo(Optional.of(Map.of()));
        assertThat(t08.getNotes()).containsExactly("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。");
        assertThat(t08.columns()).hasSize(3);
        assertThat(t08.cells()).hasSize(3).allMatch(Cell::isBlank);
    }

    // ---------------------------------------------------------------- 01 and 04

    @Test
    void test_table01_everyLineAndRow() {
        IncomeExpenditureSummaryTable t = report.getSummary().orElseThrow();
        assertThat(t.getIncome()).containsOnly(
                entry(SummaryIncomeLine.GENERAL_BUDGET, a("7697.03")),
                entry(SummaryIncomeLine.OTHER, a("1.89")),
                entry(SummaryIncomeLine.TOTAL_INCOME, a("7698.92")),
                entry(SummaryIncomeLine.BEGINNING_BALANCE, a("168.62")),
                entry(SummaryIncomeLine.GRAND_TOTAL, a("7867.54")));
        assertThat(t.getExpenditureRows()).extracting(SummaryExpenditureRow::getCode, SummaryExpenditureRow::getName,
                SummaryExpenditureRow::getAmount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FunctionCode.of("201"), "一、一般公共服务支出", Optional.of(a("5987.96"))),
                        org.assertj.core.groups.Tuple.tuple(FunctionCode.of("208"), "二、社会保障和就业支出", Optional.of(a("1086.75"))),
                        org.assertj.core.groups.Tuple.tuple(FunctionCode.of("210"), "三、卫生健康支出", Optional.of(a("349.50"))),
                        org.assertj.core.groups.Tuple.tuple(FunctionCode.of("221"), "四、住房保障支出", Optional.of(a("417.45"))));
        assertThat(t.getExpenditureLines()).containsOnly(
                entry(SummaryExpenditureLine.TOTAL_EXPENDITURE, a("7841.66")),
                entry(SummaryExpenditureLine.ENDING_BALANCE, a("25.87")),
                entry(SummaryExpenditureLine.GRAND_TOTAL, a("7867.54")));
        assertThat(t.get(SummaryExpenditureLine.SURPLUS_DISTRIBUTION)).isEmpty();
        assertThat(t.getNotes()).containsExactly("注：1. 本表反映部门本年度的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。");
    }

    @Test
    void test_table01_grandTotalsDisagreeByOneCentWithTheirParts() {
        IncomeExpenditureSummaryTable t = report.getSummary().orElseThrow();
        Amount income = t.get(SummaryIncomeLine.TOTAL_INCOME).orElseThrow()
                .plus(t.get(SummaryIncomeLine.BEGINNING_BALANCE).orElseThrow());
        Amount expenditure = t.get(SummaryExpenditureLine.TOTAL_EXPENDITURE).orElseThrow()
                .plus(t.get(SummaryExpenditureLine.ENDING_BALANCE).orElseThrow());
        assertThat(income).isEqualTo(a("7867.54")).isEqualTo(t.get(SummaryIncomeLine.GRAND_TOTAL).orElseThrow());
        assertThat(expenditure).isEqualTo(a("7867.53"));
        assertThat(t.get(SummaryExpenditureLine.GRAND_TOTAL)).contains(a("7867.54"));
        Amount rows = Amount.sum(t.getExpenditureRows().stream().map(r -> r.getAmount().orElseThrow())
                .collect(Collectors.toList()));
        assertThat(rows).isEqualTo(t.get(SummaryExpenditureLine.TOTAL_EXPENDITURE).orElseThrow());
    }

    @Test
    void test_table04_everyLineAndRow() {
        FiscalSummaryTable t = report.getFiscalSummary().orElseThrow();
        assertThat(t.getIncome()).containsOnly(
                entry(FiscalIncomeLine.GENERAL_BUDGET, a("7697.03")),
                entry(FiscalIncomeLine.TOTAL_INCOME, a("7697.03")),
                entry(FiscalIncomeLine.BEGINNING_BALANCE, a("155.70")),
                entry(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, a("155.70")),
                entry(FiscalIncomeLine.GRAND_TOTAL, a("7852.73")));
        assertThat(render(t.getExpenditureRows(), FiscalSummaryRow.COLUMNS)).containsExactly(
                "201|一、一般公共服务支出|5987.96|5987.96||",
                "208|二、社会保障和就业支出|1086.75|1086.75||",
                "210|三、卫生健康支出|349.50|349.50||",
                "221|四、住房保障支出|417.45|417.45||");
        assertThat(t.getExpenditureLines()).containsOnlyKeys(FiscalExpenditureLine.values());
        assertThat(t.get(FiscalExpenditureLine.TOTAL_EXPENDITURE, FiscalSummaryColumn.EXPENDITURE_TOTAL)).contains(a("7841.66"));
        assertThat(t.get(FiscalExpenditureLine.TOTAL_EXPENDITURE, FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET))
                .contains(a("7841.66"));
        assertThat(t.get(FiscalExpenditureLine.ENDING_BALANCE, FiscalSummaryColumn.EXPENDITURE_TOTAL)).contains(a("11.07"));
        assertThat(t.get(FiscalExpenditureLine.ENDING_BALANCE, FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET))
                .contains(a("11.07"));
        assertThat(t.get(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_TOTAL)).contains(a("7852.73"));
        assertThat(t.get(FiscalExpenditureLine.GRAND_TOTAL, FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET))
                .contains(a("7852.73"));
        for (FiscalExpenditureLine l : FiscalExpenditureLine.values()) {
            assertThat(t.get(l, FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND)).isEmpty();
            assertThat(t.get(l, FiscalSummaryColumn.EXPENDITURE_STATE_CAPITAL)).isEmpty();
        }
    }

    // ---------------------------------------------------------------- coded tables 02, 03, 05

    @Test
    void test_table02_everyRowWithAllColumns() {
        var t = report.getIncome().orElseThrow();
        assertThat(renderTotal(t)).isEqualTo("合计|7698.92|7697.03|||||1.89");
        assertThat(render(t.getRows(), t.columns())).containsExactly(
                "201|一般公共服务支出|5872.42|5870.53|||||1.89",
                "20103|政府办公厅（室）及相关机构事务|5872.42|5870.53|||||1.89",
                "2010301|行政运行|4246.14|4244.25|||||1.89",
                "2010302|一般行政管理事务|1626.28|1626.28|||||",
                "208|社会保障和就业支出|1089.64|1089.64|||||",
                "20805|行政事业单位养老支出|956.88|956.88|||||",
                "2080501|行政单位离退休|532.20|532.20|||||",
                "2080505|机关事业单位基本养老保险缴费支出|424.68|424.68|||||",
                "20808|抚恤|132.76|132.76|||||",
                "2080801|死亡抚恤|132.76|132.76|||||",
                "210|卫生健康支出|349.50|349.50|||||",
                "21011|行政事业单位医疗|349.50|349.50|||||",
                "2101101|行政单位医疗|349.50|349.50|||||",
                "221|住房保障支出|387.36|387.36|||||",
                "22102|住房改革支出|387.36|387.36|||||",
                "2210201|住房公积金|387.36|387.36|||||");
        assertThat(t.getNotes()).containsExactly("注：本表反映部门本年度取得的各项收入情况。");
    }

    @Test
    void test_table03_everyRowWithAllColumns() {
        var t = report.getExpenditure().orElseThrow();
        assertThat(renderTotal(t)).isEqualTo("合计|7841.66|6209.10|1632.56|||");
        assertThat(render(t.getRows(), t.columns())).containsExactly(
                "201|一般公共服务支出|5987.96|4355.40|1632.56|||",
                "20103|政府办公厅（室）及相关机构 事务|5987.96|4355.40|1632.56|||",
                "2010301|行政运行|4355.40|4355.40||||",
                "2010302|一般行政管理事务|1632.56||1632.56|||",
                "208|社会保障和就业支出|1086.75|1086.75||||",
                "20805|行政事业单位养老支出|953.99|953.99||||",
                "2080501|行政单位离退休|532.20|532.20||||",
                "2080505|机关事业单位基本养老保险 缴费支出|421.79|421.79||||",
                "20808|抚恤|132.76|132.76||||",
                "2080801|死亡抚恤|132.76|132.76||||",
                "210|卫生健康支出|349.50|349.50||||",
                "21011|行政事业单位医疗|349.50|349.50||||",
                "2101101|行政单位医疗|349.50|349.50||||",
                "221|住房保障支出|417.45|417.45||||",
                "22102|住房改革支出|417.45|417.45||||",
                "2210201|住房公积金|417.45|417.45||||");
        assertThat(t.getNotes()).containsExactly("注：本表反映部门本年度各项支出情况。");
    }

    @Test
    void test_table05_everyRowWithAllColumns() {
        var t = report.getGeneralBudgetExpenditure().orElseThrow();
        assertThat(renderTotal(t)).isEqualTo("合计|7841.66|6209.10|5374.24|834.86|1632.56");
        assertThat(render(t.getRows(), t.columns())).containsExactly(
                "201|一般公共服务支出|5987.96|4355.40|3520.54|834.86|1632.56",
                "20103|政府办公厅（室）及相关机构事务|5987.96|4355.40|3520.54|834.86|1632.56",
                "2010301|行政运行|4355.40|4355.40|3520.54|834.86|",
                "2010302|一般行政管理事务|1632.56||||1632.56",
                "208|社会保障和就业支出|1086.75|1086.75|1086.75||",
                "20805|行政事业单位养老支出|953.99|953.99|953.99||",
                "2080501|行政单位离退休|532.20|532.20|532.20||",
                "2080505|机关事业单位基本养老保险缴费支出|421.79|421.79|421.79||",
                "20808|抚恤|132.76|132.76|132.76||",
                "2080801|死亡抚恤|132.76|132.76|132.76||",
                "210|卫生健康支出|349.50|349.50|349.50||",
                "21011|行政事业单位医疗|349.50|349.50|349.50||",
                "2101101|行政单位医疗|349.50|349.50|349.50||",
                "221|住房保障支出|417.45|417.45|417.45||",
                "22102|住房改革支出|417.45|417.45|417.45||",
                "2210201|住房公积金|417.45|417.45|417.45||");
        assertThat(t.getNotes()).containsExactly("注：本表反映部门本年度一般公共预算财政拨款支出情况。");
    }

    // ---------------------------------------------------------------- 06

    @Test
    void test_table06_rowsBlanksAndTotals() {
        BasicExpenditureDetailTable t = report.getBasicExpenditureDetail().orElseThrow();
        List<BasicExpenditureRow> rows = t.getRows();
        assertThat(rows).hasSize(81);
        assertThat(rows.stream().filter(r -> r.getAmounts().isEmpty()).count()).isEqualTo(48);
        // column groups: 301 … 30399, 302 … 30299, 307 … 39999
        assertThat(rows.get(0).getCode()).isEqualTo(EconomicCode.of("301"));
        assertThat(rows.get(27).getCode()).isEqualTo(EconomicCode.of("302"));
        assertThat(rows.get(55).getCode()).isEqualTo(EconomicCode.of("307"));
        assertThat(rows.get(80).getCode()).isEqualTo(EconomicCode.of("39999"));
        assertThat(cellOf(t, "30106")).isEmpty();
        assertThat(cellOf(t, "30107")).isEmpty();
        assertThat(cellOf(t, "30217")).isEmpty();
        assertThat(cellOf(t, "307")).isEmpty();
        assertThat(cellOf(t, "399")).isEmpty();
        assertThat(cellOf(t, "30309")).contains(a("0.70"));
        assertThat(cellOf(t, "30399")).contains(a("0.12"));
        assertThat(cellOf(t, "30229")).contains(a("121.83"));
        assertThat(cellOf(t, "30239")).contains(a("177.76"));
        assertThat(cellOf(t, "31002")).contains(a("37.56"));
        assertThat(t.findRow(EconomicCode.of("39908")).orElseThrow().getName()).isEqualTo("对民间非营利组织和群众性自治组织补贴");
        assertThat(t.getPersonnelTotal()).contains(a("5374.24"));
        assertThat(t.getPublicUseTotal()).contains(a("834.86"));
        assertThat(t.getTotal()).isEmpty();
        assertThat(t.getNotes()).containsExactly("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    }

    @Test
    void test_table06_class302PrintedTwoCentsAboveItsSections() {
        BasicExpenditureDetailTable t = report.getBasicExpenditureDetail().orElseThrow();
        Amount sections = Amount.sum(t.getRows().stream()
                .filter(r -> r.getCode().toString().length() == 5 && r.getCode().toString().startsWith("302"))
                .map(r -> r.getOrZero(BasicExpenditureColumn.AMOUNT)).collect(Collectors.toList()));
        assertThat(sections).isEqualTo(a("797.28"));
        assertThat(cellOf(t, "302")).contains(a("797.30"));
        // the other 类 add up, and the totals follow the printed 类
        for (String c : List.of("301", "303", "310")) {
            Amount s = Amount.sum(t.getRows().stream()
                    .filter(r -> r.getCode().toString().length() == 5 && r.getCode().toString().startsWith(c))
                    .map(r -> r.getOrZero(BasicExpenditureColumn.AMOUNT)).collect(Collectors.toList()));
            assertThat(s).as(c).isEqualTo(cellOf(t, c).orElseThrow());
        }
        Amount personnel = Amount.ZERO;
        Amount publicUse = Amount.ZERO;
        for (BasicExpenditureRow r : t.getRows()) {
            if (r.getCode().toString().length() == 3) {
                if (r.getCode().getExpenseKind() == ExpenseKind.PERSONNEL) {
                    personnel = personnel.plus(r.getOrZero(BasicExpenditureColumn.AMOUNT));
                } else {
                    publicUse = publicUse.plus(r.getOrZero(BasicExpenditureColumn.AMOUNT));
                }
            }
        }
        assertThat(personnel).isEqualTo(t.getPersonnelTotal().orElseThrow());
        assertThat(publicUse).isEqualTo(t.getPublicUseTotal().orElseThrow());
    }

    // ---------------------------------------------------------------- 09

    @Test
    void test_table09_twelveCells() {
        ThreePublicExpensesTable t = report.getThreePublicExpenses().orElseThrow();
        assertThat(t.columns()).hasSize(12);
        assertThat(t.cells()).extracting(c -> c.getAmount().map(Amount::toString).orElse("")).containsExactly(
                "190.14", "7.31", "153.90", "", "153.90", "28.93", "190.14", "7.31", "153.90", "", "153.90", "28.93");
        assertThat(t.get(ThreePublicExpensesColumn.FINAL_VEHICLE_PURCHASE)).isEmpty();
        assertThat(t.get(ThreePublicExpensesColumn.FINAL_RECEPTION)).contains(a("28.93"));
        assertThat(t.getNotes()).singleElement().asString().startsWith("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。")
                .endsWith("决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
    }

    // ---------------------------------------------------------------- 绩效自评表

    @Test
    void test_performanceEvaluations_namesAndTotalScores() {
        List<ProjectPerformanceEvaluation> ev = report.getPerformanceEvaluations();
        assertThat(ev).extracting(ProjectPerformanceEvaluation::getProjectName).containsExactly(
                "政府序列会议经费", "离退休老干部活动经费", "省政府决策咨询委员会专项经费", "政府信息公开工作经费",
                "文电、信息、督查培训经费", "紧急重大事项处置经费", "吉林发展建设调研经费", "机要交换系统维护费",
                "互联网+督查专项经费", "公务接待经费", "发布《吉林省人民政府公报》经费", "保密检查工作经费",
                "办公厅信息化设备、公文流转系统运行维护费", "机动经费项目", "省政府办公厅电子政务内网和工作网运维", "省政府印刷费");
        assertThat(ev).extracting(e -> e.getTotalScore().orElseThrow()).containsExactly(
                s("87"), s("95"), s("97"), s("90"), s("90"), s("97"), s("95"), s("100"),
                s("100"), s("90"), s("97"), s("97"), s("97"), s("100"), s("97"), s("100"));
        for (ProjectPerformanceEvaluation e : ev) {
            assertThat(e.getCompetentDepartment()).contains("吉林省人民政府办公厅");
            assertThat(e.getImplementingUnit()).contains("吉林省人民政府办公厅（本级）");
            assertThat(e.getFunding()).extracting(FundingRow::getSource).containsExactly(FundingSource.values());
            assertThat(e.hasWeights()).isTrue();
            // in this document Σ 自评得分 + 资金得分 = 总分 and Σ 权重 + 10 = 100 hold for every table
            Score funds = e.findFunding(FundingSource.TOTAL).orElseThrow().getScore().orElseThrow();
            Score scores = Score.sum(e.getIndicators().stream().map(i -> i.getScore().orElseThrow())
                    .collect(Collectors.toList()));
            Score weights = Score.sum(e.getIndicators().stream().map(i -> i.getWeight().orElseThrow())
                    .collect(Collectors.toList()));
            assertThat(Score.sum(List.of(funds, scores))).as(e.getProjectName()).isEqualTo(e.getTotalScore().orElseThrow());
            assertThat(Score.sum(List.of(weights, Score.of(10)))).as(e.getProjectName()).isEqualTo(Score.of(100));
            for (FundingRow f : e.getFunding()) {
                if (f.getSource() != FundingSource.TOTAL) {
                    assertThat(f.getScore()).as("%s %s", e.getProjectName(), f.getLabel()).isEmpty();
                }
            }
            assertThat(e.getIndicators()).allSatisfy(i -> {
                assertThat(i.getLevel1()).isNotBlank();
                assertThat(i.getLevel2()).isNotBlank();
            });
        }
        assertThat(ev.stream().mapToInt(e -> e.getIndicators().size()).sum()).isEqualTo(73);
    }

    @Test
    void test_performanceEvaluation_informationDisclosurePrintsTwoRatesForOneRatio() {
        ProjectPerformanceEvaluation e = report.findPerformanceEvaluation("政府信息公开工作经费").orElseThrow();
        FundingRow total = e.findFunding(FundingSource.TOTAL).orElseThrow();
        FundingRow current = e.findFunding(FundingSource.CURRENT_APPROPRIATION).orElseThrow();
        assertThat(total.getLabel()).isEqualTo("年度资金总额");
        assertThat(total.getExecutionRate()).contains(Rate.ofPercent("4.17"));
        assertThat(current.getExecutionRate()).contains(Rate.ofPercent("4.2"));
        assertThat(total.getExecutionRate()).isNotEqualTo(current.getExecutionRate());
        assertThat(total.getFullYearBudget()).isEqualTo(current.getFullYearBudget()).contains(a("12"));
        assertThat(total.getExecuted()).isEqualTo(current.getExecuted()).contains(a("0.5"));
        assertThat(total.getScore()).contains(Score.ZERO);
        assertThat(current.getScore()).isEmpty();
        assertThat(Rate.ratio(a("0.5"), a("12"), 2)).isEqualTo(Rate.ofPercent("4.17"));
    }

    @Test
    void test_performanceEvaluations_fundingAsPrinted() {
        ProjectPerformanceEvaluation meetings = report.getPerformanceEvaluations().get(0);
        assertThat(funding(meetings.getFunding().get(0))).isEqualTo("年度资金总额|100|50|47.5|95|7");
        assertThat(funding(meetings.getFunding().get(1))).isEqualTo("当年财政拨款|100|50|47.5|95|");
        assertThat(funding(meetings.getFunding().get(2))).isEqualTo("上年结转资金|0|0|0|0|");
        assertThat(funding(meetings.getFunding().get(3))).isEqualTo("其他资金|0|0|0|0|");
        ProjectPerformanceEvaluation reception = report.findPerformanceEvaluation("公务接待经费").orElseThrow();
        assertThat(reception.getFunding()).extracting(FundingRow::getLabel)
                .containsExactly("年度资金总额", "当年财政拨款", "上年 结转 资金", "其他 资金");
        assertThat(funding(reception.getFunding().get(0))).isEqualTo("年度资金总额|100|50|28.93|57.86|0");
        assertThat(reception.getActualOutcome()).isEmpty();
        assertThat(reception.getExpectedGoal()).startsWith("公务接待工作中，营造吉林全面振兴全方位振兴新形象");
        ProjectPerformanceEvaluation intranet = report.findPerformanceEvaluation("省政府办公厅电子政务内网和工作网运维")
                .orElseThrow();
        assertThat(intranet.getExpectedGoal()).isEmpty();
        assertThat(intranet.getActualOutcome()).startsWith("本单位已完成两家通信运营商 111 条电子政务内网线路");
        ProjectPerformanceEvaluation retirees = report.getPerformanceEvaluations().get(1);
        assertThat(retirees.getFunding()).extracting(f -> f.getExecutionRate().orElseThrow())
                .containsExactly(Rate.ofPercent("67.77"), Rate.ofPercent("67.78"), Rate.ofPercent("0"), Rate.ofPercent("0"));
    }

    @Test
    void test_performanceIndicators_levelsContinuedAndValuesParsed() {
        ProjectPerformanceEvaluation meetings = report.getPerformanceEvaluations().get(0);
        assertThat(meetings.getIndicators()).extracting(this::indicator).containsExactly(
                "产出指标|数量指标|会议审核比例|=100%|100%|25|25|",
                "产出指标|数量指标|全省规模会议计划召开场次|≤85场次|85场次|25|25|",
                "效益指标|社会效益指标|政府会议精神传达渠道|≥3种|3种|30|30|",
                "满意度指标|服务对象满意度指标|参会人员满意度|≥90%|90%|10|0|");
        PerformanceIndicator meetingsCount = meetings.getIndicators().get(1);
        assertThat(meetingsCount.getTarget().getNumber()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("85"));
        assertThat(meetingsCount.getTarget().getUnit()).isEqualTo("场次");
        assertThat(meetingsCount.getTarget().isMetBy(meetingsCount.getActual())).contains(true);

        ProjectPerformanceEvaluation retirees = report.getPerformanceEvaluations().get(1);
        PerformanceIndicator satisfaction = retirees.getIndicators().get(5);
        assertThat(satisfaction.getTarget().getText()).isEqualTo("≥90%");
        assertThat(satisfaction.getTarget().getNumber()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("90"));
        assertThat(satisfaction.getTarget().isMetBy(satisfaction.getActual())).contains(true);

        ProjectPerformanceEvaluation it = report.findPerformanceEvaluation("办公厅信息化设备、公文流转系统运行维护费").orElseThrow();
        assertThat(it.getIndicators()).extracting(i -> i.getLevel1() + "/" + i.getLevel2()).containsExactly(
                "产出指标/数量指标", "产出指标/数量指标", "产出指标/数量指标", "产出指标/数量指标", "产出指标/时效指标",
                "效益指标/社会效益指标", "满意度指标/服务对象满意度指标");

        ProjectPerformanceEvaluation training = report.findPerformanceEvaluation("文电、信息、督查培训经费").orElseThrow();
        assertThat(training.getIndicators().get(0).getDeviationAnalysis()).isEqualTo("根据实际工作安排，本年度并未安排信息培训班次");
        assertThat(training.getIndicators().get(0).getScore()).contains(Score.ZERO);

        ProjectPerformanceEvaluation survey = report.findPerformanceEvaluation("吉林发展建设调研经费").orElseThrow();
        assertThat(survey.getIndicators()).extracting(PerformanceIndicator::getName)
                .containsExactly("开展调研活动次数", "走访调研工作覆盖率", "");
    }

    // ---------------------------------------------------------------- 第三部分, 第四部分

    @Test
    void test_narrative_sectionsByPart() {
        List<NarrativeSection> n = report.getNarrative();
        assertThat(n.stream().filter(s -> s.getPart() == ReportPart.OVERVIEW)).extracting(NarrativeSection::getHeading)
                .containsExactly("一、部门主要职责", "二、机构设置及部门决算单位构成");
        assertThat(n.stream().filter(s -> s.getPart() == ReportPart.EXPLANATION)).extracting(NarrativeSection::getHeading)
                .containsExactly("一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明",
                        "四、财政拨款收入支出决算总体情况说明", "五、一般公共预算财政拨款支出决算情况说明",
                        "六、一般公共预算财政拨款基本支出决算情况说明", "七、政府性基金预算财政拨款收入支出决算情况说明",
                        "八、国有资本经营预算财政拨款支出决算情况说明", "九、财政拨款“三公”经费支出决算情况说明",
                        "十、关于 2024 年度绩效评价情况说明", "十一、其他重要事项情况说明");
        List<NarrativeSection> glossary = n.stream().filter(s -> s.getPart() == ReportPart.GLOSSARY)
                .collect(Collectors.toList());
        assertThat(glossary).hasSize(16);
        assertThat(glossary.get(15).getHeading()).isEqualTo("十六、住房保障（类）住房改革支出（款）住房公积金（项）");
        assertThat(glossary.get(0).getHeading()).isEqualTo("一、财政拨款收入");
        assertThat(glossary.get(0).getText()).isEqualTo("指单位从同级财政部门取得的财政预算资金。");
        assertThat(glossary.get(6).getHeading()).isEqualTo("七、“三公”经费");
        // joined over the page break
        assertThat(glossary.get(6).getText()).contains("公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）");
        NarrativeSection income = n.get(3);
        assertThat(income.getText()).contains("主要是公用经费与项目经费减少").doesNotContain("公\n用");
        assertThat(n).allSatisfy(s -> assertThat(s.getText()).isNotBlank().doesNotStartWith(" ").doesNotEndWith("\n"));
    }

    @Test
    void test_otherMatters_asStated() {
        OtherMatters m = report.getOtherMatters().orElseThrow();
        assertThat(m.getOperatingExpenses()).contains(a("834.86"));
        assertThat(m.getOperatingExpensesChange()).contains(a("-54.54"));
        var p = m.getProcurement().orElseThrow();
        assertThat(p.getTotal()).contains(a("458.83"));
        assertThat(p.getGoods()).contains(Amount.ZERO);
        assertThat(p.getWorks()).contains(Amount.ZERO);
        assertThat(p.getServices()).contains(a("458.83"));
        assertThat(p.getSmeAmount()).contains(a("83"));
        assertThat(p.getSmeShare()).contains(Rate.ofPercent("18.1"));
        assertThat(p.getSmallMicroAmount()).contains(Amount.ZERO);
        assertThat(p.getSmallMicroShare()).contains(Rate.ofPercent("0"));
        var assets = m.getAssets().orElseThrow();
        assertThat(assets.getVehicleTotal()).contains(45);
        assertThat(assets.getVehicles()).hasSize(8);
        assertThat(assets.getVehicles().stream().mapToInt(v -> v.getCount()).sum()).isEqualTo(45);
        assertThat(assets.getEquipmentOverOneMillion()).contains(40);
        assertThat(assets.getText()).startsWith("截至 2024 年 12 月 31 日").endsWith("40 台（套）。");
        // 机关运行经费 equals 06 公用经费合计 in this report
        assertThat(m.getOperatingExpenses()).isEqualTo(report.getBasicExpenditureDetail().orElseThrow().getPublicUseTotal());
    }

    // ---------------------------------------------------------------- uniform cell view

    @Test
    void test_cells_everyCellExactlyOnce() {
        List<Cell> cells = report.cells();
        Set<String> keys = new HashSet<>();
        for (Cell c : cells) {
            assertThat(keys.add(c.getTable() + "|" + c.getRow().getKind() + "|" + c.getRow() + "|" + c.getColumn().getId()))
                    .as("duplicate cell %s", c).isTrue();
        }
        int expected = 0;
        for (ReportTable t : report.tables()) {
            int n;
            if (t instanceof CodedTable && !(t instanceof BasicExpenditureDetailTable)) {
                CodedTable<?, ?, ?> ct = (CodedTable<?, ?, ?>) t;
                n = (ct.getRows().size() + (ct.getTotal().isPresent() ? 1 : 0)) * ct.columns().size();
            } else if (t instanceof BasicExpenditureDetailTable) {
                n = (((BasicExpenditureDetailTable) t).getRows().size() + 2) * t.columns().size();
            } else if (t instanceof IncomeExpenditureSummaryTable) {
                IncomeExpenditureSummaryTable s = (IncomeExpenditureSummaryTable) t;
                n = SummaryIncomeLine.values().length
                        + s.getExpenditureRows().size() + SummaryExpenditureLine.values().length;
            } else if (t instanceof FiscalSummaryTable) {
                FiscalSummaryTable f = (FiscalSummaryTable) t;
                n = FiscalIncomeLine.values().length
                        + (f.getExpenditureRows().size() + FiscalExpenditureLine.values().length) * FiscalSummaryRow.COLUMNS.size();
            } else {
                n = t.columns().size();
            }
            assertThat(t.cells()).as(t.getTableId().getLabel()).hasSize(n);
            expected += n;
        }
        assertThat(cells).hasSize(expected).hasSize(20 + 119 + 102 + 37 + 85 + 83 + 6 + 3 + 12);
        assertThat(cells.stream().filter(c -> !c.isBlank()).count()).isEqualTo(
                5 + 4 + 3 // 01
                + 17 * 2 + 4 // 02: two columns in every row, 其他收入 in four
                + 17 + 16 + 4 // 03: 本年支出合计 in all 17 rows, 基本 in 16, 项目 in 4
                + 5 + 4 * 2 + 3 * 2 // 04
                + 17 + 16 + 16 + 4 + 4 // 05
                + 33 + 2 // 06
                + 10); // 09
    }

    // ---------------------------------------------------------------- the source text

    @Test
    void test_jilinGeneralOffice2024Source_isTheBundledOriginal() {
        String source = SampleReports.jilinGeneralOffice2024Source();
        assertThat(source).isSameAs(SampleReports.jilinGeneralOffice2024Source()).startsWith("\n\n2024 年度\n")
                .contains("吉林省人民政府办公厅（本级）部门决算", "公开 09 表")
                .endsWith("十六、住房保障（类）住房改革支出（款）住房公积金（项）：主要用于行政事业单位按基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。");
        assertThat(source.split("\n", -1)).hasSize(850);
    }

    @Test
    void test_codedRows_matchTheSourceLines() {
        List<String> lines = Arrays.asList(SampleReports.jilinGeneralOffice2024Source().split("\n", -1));
        for (CodedTable<?, ?, ?> t : List.<CodedTable<?, ?, ?>>of(report.getIncome().orElseThrow(), report.getExpenditure().orElseThrow(),
                report.getGeneralBudgetExpenditure().orElseThrow())) {
            for (String row : render(t.getRows(), t.columns())) {
                String printed = row.replace('|', '\t');
                assertThat(lines).as("%s row %s", t.getTableId().getLabel(), row)
                        .anyMatch(l -> l.startsWith(printed) && l.substring(printed.length()).isBlank());
            }
        }
        String source = SampleReports.jilinGeneralOffice2024Source();
        for (BasicExpenditureRow r : report.getBasicExpenditureDetail().orElseThrow().getRows()) {
            String printed = r.getCode() + "\t" + r.getName() + "\t"
                    + r.get(BasicExpenditureColumn.AMOUNT).map(Amount::toString).orElse("");
            String next = r.getAmounts().isEmpty() ? "(\t|\n)" : "";
            assertThat(source).as("公开06表 row %s", r.getCode())
                    .containsPattern(java.util.regex.Pattern.quote(printed) + next);
        }
    }

    @Test
    void test_performanceFiguresAndProse_matchTheSource() {
        String source = Printed.of(SampleReports.jilinGeneralOffice2024Source());
        String collapsed = source.replaceAll("\t+", "\t");
        String bare = source.replaceAll("\\s+", "");
        for (ProjectPerformanceEvaluation e : report.getPerformanceEvaluations()) {
            assertThat(source).contains("项目名称\t" + e.getProjectName() + "\t");
            for (FundingRow f : e.getFunding()) {
                String figures = funding(f).substring(f.getLabel().length()).replace('|', '\t');
                figures = figures.endsWith("\t") ? figures + "—" : figures;
                assertThat(collapsed).as("%s %s", e.getProjectName(), f.getLabel()).contains(figures);
            }
            for (PerformanceIndicator i : e.getIndicators()) {
                String cells = (i.getName().isEmpty() ? i.getLevel2() : i.getName()) + "\t" + i.getTarget() + "\t"
                        + i.getActual() + "\t" + i.getWeight().orElseThrow() + "\t" + i.getScore().orElseThrow();
                assertThat(source).as("%s %s", e.getProjectName(), i.getName()).contains(cells);
                if (!i.getDeviationAnalysis().isEmpty()) {
                    assertThat(source).contains(cells + "\t" + i.getDeviationAnalysis());
                }
            }
            for (String goal : List.of(e.getExpectedGoal(), e.getActualOutcome())) {
                // a goal is one cell of the source, or two when the cell is broken over two text lines
                String g = goal.replaceAll("\\s+", "");
                int prefix = g.length();
                while (prefix > 0 && !bare.contains(g.substring(0, prefix))) {
                    prefix--;
                }
                assertThat(prefix).as(e.getProjectName()).isGreaterThan(g.isEmpty() ? -1 : 20);
                assertThat(bare).as(e.getProjectName()).contains(g.substring(prefix));
            }
        }
        for (NarrativeSection s : report.getNarrative()) {
            assertThat(bare).as(s.getHeading()).contains(s.getHeading().replaceAll("\\s+", ""));
            assertThat(bare).as(s.getHeading()).contains(s.getText().replaceAll("\\s+", ""));
        }
        for (String duty : report.getDuties()) {
            assertThat(source).contains("\n" + duty + "\n");
        }
        for (String body : report.getInternalBodies()) {
            assertThat(source.contains("、" + body + "、") || source.contains("：" + body + "、")
                    || source.contains("、" + body + "。")).as(body).isTrue();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Amount a(String s) {
        return Amount.of(s);
    }

    private static Score s(String s) {
        return Score.parse(s);
    }

    private static Optional<Amount> cellOf(BasicExpenditureDetailTable t, String code) {
        return t.findRow(EconomicCode.of(code)).orElseThrow().get(BasicExpenditureColumn.AMOUNT);
    }

    /** code|name|cell|cell…, blank cells empty, amounts with two decimals. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> render(List<? extends CodedRow<?, ?>> rows, List<?> columns) {
        List<String> out = new ArrayList<>();
        for (CodedRow r : rows) {
            StringBuilder b = new StringBuilder().append(r.getCode()).append('|').append(r.getName());
            for (Object c : columns) {
                Optional<Amount> v = r.get((Enum) c);
                b.append('|').append(v.map(Amount::toString).orElse(""));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static String renderTotal(CodedTable<?, ?, ?> t) {
        Map<?, Amount> total = t.getTotal().orElseThrow();
        return "合计|" + t.columns().stream().map(c -> Optional.ofNullable(total.get(c)).map(Amount::toString).orElse(""))
                .collect(Collectors.joining("|"));
    }

    private static String funding(FundingRow f) {
        return f.getLabel() + "|" + plain(f.getInitialBudget()) + "|" + plain(f.getFullYearBudget()) + "|"
                + plain(f.getExecuted()) + "|" + f.getExecutionRate().map(r -> r.getPercent().toPlainString()).orElse("")
                + "|" + f.getScore().map(Score::toString).orElse("");
    }

    private static String plain(Optional<Amount> a) {
        return a.map(x -> x.toBigDecimal().stripTrailingZeros().toPlainString()).orElse("");
    }

    private String indicator(PerformanceIndicator i) {
        return i.getLevel1() + "|" + i.getLevel2() + "|" + i.getName() + "|" + i.getTarget() + "|" + i.getActual() + "|"
                + i.getWeight().map(Score::toString).orElse("") + "|" + i.getScore().map(Score::toString).orElse("") + "|"
                + i.getDeviationAnalysis();
    }
}
