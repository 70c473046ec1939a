package io.github.juesuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.classification.EconomicCode;
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
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-typed sample of report 002 ({@link SampleReports#jilinGovernmentServiceCenter2023()}). */
class SampleReports2023Test {

    private static final String CENTER = "吉林省政务服务和数字化建设服务中心";

    private final FinalAccountReport report = SampleReports.jilinGovernmentServiceCenter2023();

    // ---------------------------------------------------------------- identity and 第一部分

    @Test
    void test_jilinGovernmentServiceCenter2023_isCachedAndEqualToItself() {
        assertThat(SampleReports.jilinGovernmentServiceCenter2023()).isSameAs(report);
        assertThat(FinalAccountReport.builder(report).build()).isEqualTo(report).hasSameHashCodeAs(report);
        assertThat(report).isNotEqualTo(SampleReports.jilinGeneralOffice2024());
    }

    @Test
    void test_jilinGovernmentServiceCenter2023_identityAndOverview() {
        assertThat(report.getDepartment()).isEqualTo(CENTER);
        assertThat(report.getFiscalYear()).isEqualTo(FiscalYear.of(2023));
        assertThat(report.getScope()).isEqualTo(ReportScope.SELF);
        assertThat(report.getUnitKind()).contains(UnitKind.PUBLIC_INSTITUTION);
        assertThat(report.getPublicationDate()).contains(LocalDate.of(2024, 8, 28));
        assertThat(report.getAmountUnit()).isEqualTo("万元");
        // the document names no 决算单位构成
        assertThat(report.getConsolidatedUnits()).isEmpty();
        assertThat(report.getDuties()).hasSize(1);
        assertThat(report.getDuties().get(0)).startsWith("为全省政务服务和数字化建设提供服务。")
                .endsWith("智慧城市评价体系建设等服务保障工作。");
        assertThat(report.getInternalBodies()).containsExactly(
                "综合科", "业务一科", "业务二科", "业务三科", "业务四科", "业务五科", "业务六科");
    }

    // ---------------------------------------------------------------- presence, 07, 08, 09

    @Test
    void test_tables_presenceAndEdition() {
        for (TableId id : TableId.values()) {
            assertThat(report.getPresence(id)).as(id.getLabel()).isEqualTo(TablePresence.PRESENT);
        }
        assertThat(report.tables()).hasSize(9);
        for (ReportTable t : report.tables()) {
            assertThat(t.getEdition()).as(t.getTableId().getLabel()).isEqualTo(TableEdition.E2023);
            assertThat(t.getEmptyStatement()).as(t.getTableId().getLabel()).isEmpty();
            assertThat(t.getNotes()).as(t.getTableId().getLabel()).isNotEmpty().allMatch(n -> !n.isBlank());
        }
    }

    @Test
    void test_tables07And08_2023LayoutWithBlankTotalRowAndNoStatement() {
        GovernmentFundTable t07 = report.getGovernmentFund().orElseThrow();
        assertThat(t07.getRows()).isEmpty();
        assertThat(t07.getTotal()).isEqualTo(Optional.of(Map.of()));
        assertThat(t07.columns()).hasSize(13).containsExactly(GovernmentFundColumn.values());
        assertThat(t07.cells()).hasSize(13).allMatch(Cell::isBlank).allMatch(c -> c.getRow().equals(RowKey.TOTAL));
        assertThat(t07.getNotes()).containsExactly("注：1.本表依据《政府性基金预算财政拨款收入支出决算表》(财决09表)进行批复。",
                "2.本表批复到项级科目。", "3.本表以“万元”为金额单位(保留两位小数)。");

        StateCapitalTable t08 = report.getStateCapital().orElseThrow();
        assertThat(t08.getRows()).isEmpty();
        assertThat(t08.getTotal()).isEqualTo(Optional.of(Map.of()));
        assertThat(t08.columns()).containsExactly(StateCapitalColumn.BEGINNING_BALANCE, StateCapitalColumn.BEGINNING_CARRYOVER,
                StateCapitalColumn.BEGINNING_SURPLUS, StateCapitalColumn.INCOME, StateCapitalColumn.EXPENDITURE,
                StateCapitalColumn.ENDING_BALANCE, StateCapitalColumn.ENDING_CARRYOVER, StateCapitalColumn.ENDING_SURPLUS);
        assertThat(t08.cells()).hasSize(8).allMatch(Cell::isBlank);
        assertThat(t08.getNotes()).containsExactly("注：1. 本表依据《国有资本经营预算财政拨款收入支出决算表》（财决11表）进行批复。",
                "2. 本表批复到项级科目。", "3. 本表以“万元”为金额单位（保留两位小数）。");
    }

    @Test
    void test_table09_twelveBlankCells() {
        ThreePublicExpensesTable t = report.getThreePublicExpenses().orElseThrow();
        assertThat(t.getAmounts()).isEmpty();
        assertThat(t.cells()).hasSize(12).allMatch(Cell::isBlank);
        for (ThreePublicExpensesColumn c : ThreePublicExpensesColumn.values()) {
            assertThat(t.get(c)).as(c.getChineseName()).isEmpty();
        }
        assertThat(t.getNotes()).singleElement().asString().startsWith("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。");
    }

    // ---------------------------------------------------------------- 01 and 04

    @Test
    void test_table01_everyLineAndRow() {
        IncomeExpenditureSummaryTable t = report.getSummary().orElseThrow();
        assertThat(t.getIncome()).containsOnly(
                entry(SummaryIncomeLine.GENERAL_BUDGET, a("42590.81")),
                entry(SummaryIncomeLine.TOTAL_INCOME, a("42590.81")),
                entry(SummaryIncomeLine.GRAND_TOTAL, a("42590.81")));
        assertThat(t.getExpenditureRows()).extracting(SummaryExpenditureTest::render).containsExactly(
                "201|一、一般公共服务支出|42557.12",
                "202|二、外交支出|",
                "203|三、国防支出|",
                "204|四、公共安全支出|",
                "205|五、教育支出|",
                "206|六、科学技术支出|",
                "207|七、文化旅游体育与传媒支出|",
                "208|八、社会保障和就业支出|14.18",
                "210|九、卫生健康支出|8.18",
                "211|十、节能环保支出|",
                "220|十一、自然资源海洋气象等支出|",
                "221|十二、住房保障支出|11.33");
        assertThat(t.getExpenditureLines()).containsOnly(
                entry(SummaryExpenditureLine.TOTAL_EXPENDITURE, a("42590.81")),
                entry(SummaryExpenditureLine.GRAND_TOTAL, a("42590.81")));
        Amount rows = Amount.sum(t.getExpenditureRows().stream().map(r -> r.getAmount().orElse(Amount.ZERO))
                .collect(Collectors.toList()));
        assertThat(rows).isEqualTo(a("42590.81"));
        assertThat(t.getNotes()).containsExactly("注：本套报表金额单位转换时可能存在尾数误差。",
                "1. 本表依据《收入支出决算总表》（财决01表）进行批复。", "2. 本表以“万元”为金额单位（保留两位小数）。");
    }

    /** Renders 01 rows; a nested holder keeps the method reference short. */
    private static final class SummaryExpenditureTest {
        static String render(SummaryExpenditureRow r) {
            return r.getCode() + "|" + r.getName() + "|" + r.getAmount().map(Amount::toString).orElse("");
        }
    }

    @Test
    void test_table04_everyLineAndRow() {
        FiscalSummaryTable t = report.getFiscalSummary().orElseThrow();
        assertThat(t.getIncome()).containsOnly(
                entry(FiscalIncomeLine.GENERAL_BUDGET, a("42590.81")),
                entry(FiscalIncomeLine.TOTAL_INCOME, a("42590.81")),
                entry(FiscalIncomeLine.GRAND_TOTAL, a("42590.81")));
        assertThat(render(t.getExpenditureRows(), FiscalSummaryRow.COLUMNS)).containsExactly(
                "201|一、一般公共服务支出|42557.12|42557.12||",
                "202|二、外交支出||||",
                "203|三、国防支出||||",
                "204|四、公共安全支出||||",
                "205|五、教育支出||||",
                "206|六、科学技术支出||||",
                "207|七、文化旅游体育与传媒支出||||",
                "208|八、社会保障和就业支出|14.18|14.18||",
                "210|九、卫生健康支出|8.18|8.18||",
                "211|十、节能环保支出||||",
                "220|十一、自然资源海洋气象等支出||||",
                "221|十二、住房保障支出|11.33|11.33||");
        assertThat(t.getExpenditureLines()).containsOnlyKeys(FiscalExpenditureLine.values());
        assertThat(t.getExpenditureLines().get(FiscalExpenditureLine.TOTAL_EXPENDITURE)).containsOnly(
                entry(FiscalSummaryColumn.EXPENDITURE_TOTAL, a("42590.81")),
                entry(FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, a("42590.81")));
        assertThat(t.getExpenditureLines().get(FiscalExpenditureLine.ENDING_BALANCE)).isEmpty();
        assertThat(t.getExpenditureLines().get(FiscalExpenditureLine.GRAND_TOTAL)).containsOnly(
                entry(FiscalSummaryColumn.EXPENDITURE_TOTAL, a("42590.81")),
                entry(FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, a("42590.81")));
        assertThat(t.getNotes()).containsExactly("注：1. 本表依据《财政拨款收入支出决算总表》（财决01-1表）进行批复。",
                "2. 本表以“万元”为金额单位（保留两位小数）。");
    }

    // ---------------------------------------------------------------- coded tables 02, 03, 05

    @Test
    void test_table02_everyRowAndTheEmptyTotalRow() {
        var t = report.getIncome().orElseThrow();
        // known mistake: the 合计 row is printed, every cell of it blank
        assertThat(t.getTotal()).isEqualTo(Optional.of(Map.of()));
        assertThat(t.cells().stream().filter(c -> c.getRow().equals(RowKey.TOTAL))).hasSize(7).allMatch(Cell::isBlank);
        assertThat(render(t.getRows(), t.columns())).containsExactly(
                "201|一般公共服务支出|42557.12|42557.12|||||",
                "20103|政府办公厅（室）及相关机构事务|42088.22|42088.22|||||",
                "2010302|一般行政管理事务|1.35|1.35|||||",
                "2010350|事业运行|45.84|45.84|||||",
                "2010399|其他政府办公厅（室）及相关机构事务支出|42041.03|42041.03|||||",
                "20137|网信事务|468.90|468.90|||||",
                "2013799|其他网信事务支出|468.90|468.90|||||",
                "208|社会保障和就业支出|14.18|14.18|||||",
                "20805|行政事业单位养老支出|14.18|14.18|||||",
                "2080505|机关事业单位基本养老保险缴费支出|14.18|14.18|||||",
                "210|卫生健康支出|8.18|8.18|||||",
                "21011|行政事业单位医疗|8.18|8.18|||||",
                "2101102|事业单位医疗|8.18|8.18|||||",
                "221|住房保障支出|11.33|11.33|||||",
                "22102|住房改革支出|11.33|11.33|||||",
                "2210201|住房公积金|11.33|11.33|||||");
        assertThat(t.getNotes()).containsExactly("注：1. 本表依据《收入决算表》（财决03表）进行批复。",
                "2. 本表含一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
                "3. 本表批复到项级科目。", "4. 本表以“万元”为金额单位（保留两位小数）。");
    }

    @Test
    void test_table03_everyRowWithAllColumns() {
        var t = report.getExpenditure().orElseThrow();
        assertThat(renderTotal(t)).isEqualTo("合计|42590.81|297.20|42293.61|||");
        assertThat(render(t.getRows(), t.columns())).containsExactly(
                "201|一般公共服务支出|42557.12|263.51|42293.61|||",
                "20103|政府办公厅（室）及相关机构事务|42088.22|263.51|41824.71|||",
                "2010302|一般行政管理事务|1.35||1.35|||",
                "2010350|事业运行|45.84|45.84||||",
                "2010399|其他政府办公厅（室）及相关机构事务支出|42041.03|217.67|41823.36|||",
                "20137|网信事务|468.90||468.90|||",
                "2013799|其他网信事务支出|468.90||468.90|||",
                "208|社会保障和就业支出|14.18|14.18||||",
                "20805|行政事业单位养老支出|14.18|14.18||||",
                "2080505|机关事业单位基本养老保险缴费支出|14.18|14.18||||",
                "210|卫生健康支出|8.18|8.18||||",
                "21011|行政事业单位医疗|8.18|8.18||||",
                "2101102|事业单位医疗|8.18|8.18||||",
                "221|住房保障支出|11.33|11.33||||",
                "22102|住房改革支出|11.33|11.33||||",
                "2210201|住房公积金|11.33|11.33||||");
        assertThat(t.getNotes()).hasSize(4).first().isEqualTo("注：1. 本表依据《支出决算表》（财决04表）进行批复。");
    }

    @Test
    void test_table05_everyRowAndThe201Label() {
        var t = report.getGeneralBudgetExpenditure().orElseThrow();
        assertThat(renderTotal(t)).isEqualTo("合计|42590.81|297.20|268.35|28.85|42293.61");
        assertThat(render(t.getRows(), t.columns())).containsExactly(
                "201|一般公共预算支出|42557.12|263.51|234.66|28.85|42293.61",
                "20103|政府办公厅（室）及相关机构事务|42088.22|263.51|234.66|28.85|41824.71",
                "2010302|一般行政管理事务|1.35||||1.35",
                "2010350|事业运行|45.84|45.84|45.84||",
                "2010399|其他政府办公厅（室）及相关机构事务支出|42041.03|217.67|188.82|28.85|41823.36",
                "20137|网信事务|468.90||||468.90",
                "2013799|其他网信事务支出|468.90||||468.90",
                "208|社会保障和就业支出|14.18|14.18|14.18||",
                "20805|行政事业单位养老支出|14.18|14.18|14.18||",
                "2080505|机关事业单位基本养老保险缴费支出|14.18|14.18|14.18||",
                "210|卫生健康支出|8.18|8.18|8.18||",
                "21011|行政事业单位医疗|8.18|8.18|8.18||",
                "2101102|事业单位医疗|8.18|8.18|8.18||",
                "221|住房保障支出|11.33|11.33|11.33||",
                "22102|住房改革支出|11.33|11.33|11.33||",
                "2210201|住房公积金|11.33|11.33|11.33||");
        // known mistake: 201 printed as 一般公共预算支出, while 02 and 03 print 一般公共服务支出
        FunctionCode c201 = FunctionCode.of("201");
        assertThat(t.findRow(c201).orElseThrow().getName()).isEqualTo("一般公共预算支出");
        assertThat(report.getExpenditure().orElseThrow().findRow(c201).orElseThrow().getName()).isEqualTo("一般公共服务支出");
        assertThat(report.getIncome().orElseThrow().findRow(c201).orElseThrow().getName()).isEqualTo("一般公共服务支出");
        assertThat(t.getNotes()).containsExactly("注：1.本表按照《一般公共预算财政拨款收入支出决算表》（财决07表）进行填报。",
                "2.本表批复到项级科目。", "3.本表以“万元”为金额单位（保留两位小数）。");
    }

    // ---------------------------------------------------------------- 06

    @Test
    void test_table06_rowsBlanksAndTotals() {
        BasicExpenditureDetailTable t = report.getBasicExpenditureDetail().orElseThrow();
        assertThat(t.getRows()).hasSize(81);
        assertThat(t.getRows().stream().filter(r -> !r.getAmounts().isEmpty()).map(BasicExpenditureTest::render))
                .containsExactly(
                        "301|工资福利支出|268.35", "30101|基本工资|109.79", "30102|津贴补贴|4.67", "30103|奖金|50.86",
                        "30107|绩效工资|56.48", "30108|机关事业单位基本养老保险缴费|14.18", "30110|职工基本医疗保险缴费|8.18",
                        "30112|其他社会保险缴费|2.78", "30113|住房公积金|11.33", "30114|医疗费|3.20",
                        "30199|其他工资福利支出|6.88",
                        "302|商品和服务支出|28.85", "30201|办公费|11.24", "30202|印刷费|0.49", "30203|咨询费|0.25",
                        "30204|手续费|0.01", "30211|差旅费|10.11", "30213|维修(护)费|0.18", "30216|培训费|0.13",
                        "30226|劳务费|2.14", "30228|工会经费|2.46", "30229|福利费|1.43", "30239|其他交通费用|0.31",
                        "30240|税金及附加费用|0.03", "30299|其他商品和服务支出|0.07");
        assertThat(t.getRows()).extracting(r -> r.getCode().toString()).startsWith("301", "30101")
                .containsSubsequence("303", "30399", "302", "30299", "307", "310", "31099", "399", "39999").endsWith("39999");
        assertThat(t.findRow(EconomicCode.of("30212")).orElseThrow().getName()).isEqualTo("因公出国(境)费用");
        assertThat(t.findRow(EconomicCode.of("303")).orElseThrow().getAmounts()).isEmpty();
        assertThat(t.getPersonnelTotal()).contains(a("268.35"));
        assertThat(t.getPublicUseTotal()).contains(a("28.85"));
        // in this report every 类 adds up and the totals follow 05
        Amount sections301 = Amount.sum(t.getRows().stream()
                .filter(r -> r.getCode().toString().startsWith("301") && r.getCode().toString().length() == 5)
                .map(r -> r.get(BasicExpenditureColumn.AMOUNT).orElse(Amount.ZERO)).collect(Collectors.toList()));
        assertThat(sections301).isEqualTo(a("268.35"));
        Amount sections302 = Amount.sum(t.getRows().stream()
                .filter(r -> r.getCode().toString().startsWith("302") && r.getCode().toString().length() == 5)
                .map(r -> r.get(BasicExpenditureColumn.AMOUNT).orElse(Amount.ZERO)).collect(Collectors.toList()));
        assertThat(sections302).isEqualTo(a("28.85"));
        assertThat(t.getNotes()).containsExactly("注：1.本表依据《一般公共预算财政拨款基本支出决算明细表》(财决08-1表)进行批复。",
                "2.本表以“万元”为金额单位(保留两位小数)。");
    }

    /** Renders 06 rows. */
    private static final class BasicExpenditureTest {
        static String render(BasicExpenditureRow r) {
            return r.getCode() + "|" + r.getName() + "|"
                    + r.get(BasicExpenditureColumn.AMOUNT).map(Amount::toString).orElse("");
        }
    }

    // ---------------------------------------------------------------- 项目支出绩效自评表

    private static final List<String> PROJECTS = List.of(
            "12342 营商环境监督投诉举报电话运营服务费", "吉林省电子政务外网服务项目", "吉林省省级政务信息化运维服务项目",
            "吉林省信用信息综合服务平台服务费", "吉林省信用中国（吉林）网站服务费", "吉林省信用综合服务平台信用信息数据治理服务费",
            "吉林政务服务“一张网”运维工作经费", "省级政务服务热线呼叫中心委托业务费", "省政府门户网站外文版网站翻译服务项目",
            "省政府网站集约化平台运维服务项目", "省政府网站内容运维服务项目", "省政府专网租用及维护服务项目", "政府网站网上宣传经费",
            "政务信息基础设施建设工作经费");

    @Test
    void test_performanceEvaluations_fourteenProjectsWithoutWeightsOrScores() {
        List<ProjectPerformanceEvaluation> ev = report.getPerformanceEvaluations();
        assertThat(ev).extracting(ProjectPerformanceEvaluation::getProjectName).containsExactlyElementsOf(PROJECTS);
        for (ProjectPerformanceEvaluation e : ev) {
            assertThat(e.getCompetentDepartment()).as(e.getProjectName()).isEmpty();
            assertThat(e.getImplementingUnit()).contains(CENTER);
            assertThat(e.getTotalScore()).as(e.getProjectName()).isEmpty();
            // known trait: the 2023 tables print no 权重 and no 得分
            assertThat(e.hasWeights()).as(e.getProjectName()).isFalse();
            assertThat(e.getIndicators()).as(e.getProjectName()).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.getScore()).isEmpty());
            assertThat(e.getFunding()).allSatisfy(f -> assertThat(f.getScore()).isEmpty());
            assertThat(e.getExpectedGoal()).as(e.getProjectName()).isNotBlank();
            assertThat(e.getActualOutcome()).as(e.getProjectName()).isNotBlank();
        }
        assertThat(ev).extracting(e -> e.getIndicators().size())
                .containsExactly(5, 7, 9, 3, 4, 4, 5, 6, 4, 15, 5, 7, 7, 5);
    }

    @Test
    void test_performanceEvaluations_fundingRowsInPrintedOrder() {
        List<String> rows = new ArrayList<>();
        for (ProjectPerformanceEvaluation e : report.getPerformanceEvaluations()) {
            assertThat(e.getFunding()).extracting(FundingRow::getSource).containsExactly(FundingSource.CURRENT_APPROPRIATION,
                    FundingSource.PRIOR_YEAR_CARRYOVER, FundingSource.OTHER, FundingSource.TOTAL);
            assertThat(e.getFunding()).extracting(FundingRow::getLabel)
                    .containsExactly("当年财政拨款", "上年结转资金", "其他资金", "年度资金总和");
            for (FundingRow f : e.getFunding().subList(1, 3)) {
                assertThat(funding(f)).endsWith("|0.00|0.00|0.00|0.00%");
            }
            FundingRow current = e.getFunding().get(0);
            FundingRow total = e.getFunding().get(3);
            assertThat(funding(total)).isEqualTo(funding(current).replace("当年财政拨款", "年度资金总和"));
            rows.add(funding(current));
            // 执行率 = 全年执行数 / 全年预算数, to two decimals, on every table of this report
            assertThat(Rate.ratio(current.getExecuted().orElseThrow(), current.getFullYearBudget().orElseThrow(), 2))
                    .as(e.getProjectName()).isEqualTo(current.getExecutionRate().orElseThrow());
        }
        assertThat(rows).containsExactly(
                "当年财政拨款|61.20|61.20|61.20|100.00%",
                "当年财政拨款|1436.23|1436.23|1432.94|99.77%",
                "当年财政拨款|971.00|971.00|965.50|99.43%",
                "当年财政拨款|35.70|35.70|35.70|100.00%",
                "当年财政拨款|44.20|44.20|43.20|97.74%",
                "当年财政拨款|59.50|59.50|59.50|100.00%",
                "当年财政拨款|221.00|221.00|216.80|98.10%",
                "当年财政拨款|1533.22|1533.22|1533.22|100.00%",
                "当年财政拨款|76.50|76.50|76.40|99.87%",
                "当年财政拨款|1073.00|1073.00|1063.50|99.11%",
                "当年财政拨款|100.00|100.00|100.00|100.00%",
                "当年财政拨款|775.00|775.00|772.90|99.73%",
                "当年财政拨款|42.50|42.50|40.88|96.19%",
                "当年财政拨款|17.00|17.00|9.70|57.06%");
        // 第三部分 十: 共涉及资 6411.44 万元 is the sum of the 全年执行数
        Amount executed = Amount.sum(report.getPerformanceEvaluations().stream()
                .map(e -> e.findFunding(FundingSource.TOTAL).orElseThrow().getExecuted().orElseThrow())
                .collect(Collectors.toList()));
        assertThat(executed).isEqualTo(a("6411.44"));
    }

    @Test
    void test_performanceIndicators_asPrintedAndPlacedByContent() {
        ProjectPerformanceEvaluation hotline = report.getPerformanceEvaluations().get(0);
        assertThat(hotline.getIndicators()).extracting(SampleReports2023Test::indicator).containsExactly(
                "产出指标|数量指标|“12342”投诉举报电话接听率|>=88%|98.78%|",
                "产出指标|数量指标|首次解答率|>=80%|99.19%|",
                "产出指标|质量指标|工单派发准确率|>=95%|100%|",
                "效益指标|社会效益指标|全年稳定运行天数|>=360 天|365 天|",
                "满意度指标|服务对象满意度指标|“12342”投诉举报电话服务对象满意度|>=95%|99.68%|");
        PerformanceIndicator answered = hotline.getIndicators().get(0);
        assertThat(answered.getTarget().getNumber()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("88"));
        assertThat(answered.getTarget().isMetBy(answered.getActual())).contains(true);

        ProjectPerformanceEvaluation extranet = report.getPerformanceEvaluations().get(1);
        assertThat(extranet.getIndicators()).extracting(i -> i.getLevel1() + "/" + i.getLevel2() + "/" + i.getName())
                .containsExactly("成本指标/经济成本指标/电子政务广域网运维服务总成本", "产出指标//广域网覆盖率",
                        "产出指标//广域网中断次数", "产出指标//广域网运维工作响应率", "产出指标/质量指标/广域网链路带宽",
                        "产出指标/时效指标/故障处理时长", "效益指标/社会效益指标/电子政务广域网正常运行天数");
        assertThat(extranet.getIndicators().get(2).getDeviationAnalysis()).startsWith("省-市级电路, 采用多运营商组网");

        ProjectPerformanceEvaluation operations = report.getPerformanceEvaluations().get(2);
        PerformanceIndicator cost = operations.getIndicators().get(0);
        assertThat(cost.getTarget().getText()).isEqualTo("<=2180. 66 万元");
        assertThat(cost.getTarget().getNumber()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("2180.66"));
        assertThat(operations.getIndicators()).extracting(i -> i.getLevel1() + "/" + i.getLevel2()).containsExactly(
                "成本 指标/经济成本 指标", "产出 指标/数量 指标", "产出 指标/数量 指标", "产出 指标/质量 指标",
                "产出 指标/质量 指标", "产出 指标/质量 指标", "产出 指标/时效 指标", "产出 指标/时效 指标",
                "效益 指标/社会效益 指标");

        ProjectPerformanceEvaluation platform = report.getPerformanceEvaluations().get(9);
        assertThat(platform.getIndicators()).extracting(PerformanceIndicator::getName).contains(
                "访谈直播间和监控间日常运维服务", "运维服务响应时间").endsWith("网站安全事故发生数", "需求处理完成率");
        assertThat(platform.getIndicators().subList(11, 15)).allSatisfy(i -> {
            assertThat(i.getLevel1()).isEqualTo("效益指标");
            assertThat(i.getLevel2()).isEqualTo("社会效益指标");
        });

        ProjectPerformanceEvaluation infrastructure = report.getPerformanceEvaluations().get(13);
        assertThat(infrastructure.getIndicators()).extracting(SampleReports2023Test::indicator).containsExactly(
                "成本指标|经济成本指标|第三方评审咨询服务单项成本|≤5000 元|4800 元|",
                "成本指标|经济成本指标|专家评审次数|≥10 次|23 次|大项目中存在小分项, 每一个小分项需要单独进行专家评审, "
                        + "评审次数变多。来年年度指标值设计会更加严谨。",
                "产出指标|数量指标|审核省直部门信息化建设项目数|≥20 项|52 项|各个省直部门实际需求增加, 项目增多, "
                        + "服务中心根据相关规定, 审核各个省直部门项目增多, 实际完成值增多。来年会重新预估各个省直部门申报项目数量。",
                "产出指标|时效指标|信息化项目申报材料审核时限|2023 年 12 月底前|2023 年 12 月底前|",
                "效益指标|社会效益指标|项目申报材料准确率|2023 年 12 月底前|2023 年 12 月底前|");
        assertThat(infrastructure.getIndicators().get(3).getTarget().isQuantitative()).isFalse();

        for (ProjectPerformanceEvaluation e : report.getPerformanceEvaluations()) {
            assertThat(e.getIndicators()).as(e.getProjectName()).allSatisfy(i -> {
                assertThat(i.getLevel1().replace(" ", "")).isIn("产出指标", "效益指标", "满意度指标", "成本指标");
                assertThat(i.getName()).isNotBlank();
            });
        }
    }

    // ---------------------------------------------------------------- 第三部分, 第四部分

    @Test
    void test_narrative_sectionsByPartAndTheUnitSlip() {
        List<NarrativeSection> n = report.getNarrative();
        assertThat(n.stream().filter(s -> s.getPart() == ReportPart.OVERVIEW)).extracting(NarrativeSection::getHeading)
                .containsExactly("一、部门职责", "二、机构设置及部门决算单位构成");
        assertThat(n.stream().filter(s -> s.getPart() == ReportPart.EXPLANATION)).extracting(NarrativeSection::getHeading)
                .containsExactly("一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明",
                        "四、财政拨款收入支出决算总体情况说明", "五、一般公共预算财政拨款支出决算情况说明",
                        "六、一般公共预算财政拨款基本支出决算情况说明", "七、政府性基金预算财政拨款收入支出决算情况说明",
                        "八、国有资本经营预算财政拨款支出决算情况说明", "九、财政拨款“三公”经费支出决算情况说明",
                        "十、关于 2023 年度绩效评价情况说明", "十一、其他重要事项情况说明");
        List<NarrativeSection> glossary = n.stream().filter(s -> s.getPart() == ReportPart.GLOSSARY)
                .collect(Collectors.toList());
        assertThat(glossary).extracting(NarrativeSection::getHeading).containsExactly("一、财政拨款收入", "二、其他收入",
                "三、年初结转和结余", "四、年末结转和结余", "五、基本支出", "六、项目支出", "八、“三公”经费", "九、一般行政管理事务",
                "十、事业运行", "十一、其他政府办公厅（室）及相关机构事务支出", "十二、机关事业单位基本养老保险缴费支出", "十三、事业单位医疗",
                "十四、住房公积金");
        assertThat(glossary.get(6).getText()).contains("过桥过路费、保险费、安全奖励费");
        NarrativeSection five = n.get(6);
        assertThat(five.getHeading()).startsWith("五、");
        // known mistake: the unit slip 11.33 元 (for 万元) stays in the prose, which is kept as text
        assertThat(five.getText()).contains("支出决算为 11.33 元，完成年初预算的 118.64%")
                .contains("1. 一般公共服务（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。")
                .contains("完成年初预算的 46890%");
        assertThat(n.get(8).getText()).isEqualTo("无政府性基金预算财政拨款收入支出。");
        assertThat(n.get(9).getText()).isEqualTo("无国有资本经营预算财政拨款支出。");
        assertThat(n.get(10).getText()).contains("全年共接待外事来访团组数0个、来访外宾 0 人次。");
        assertThat(n).allSatisfy(s -> assertThat(s.getText()).isNotBlank().doesNotContain("**").doesNotEndWith("\n"));
    }

    @Test
    void test_otherMatters_asStated() {
        OtherMatters m = report.getOtherMatters().orElseThrow();
        // a 事业单位: 无机关运行经费支出, no amount
        assertThat(m.getOperatingExpenses()).isEmpty();
        assertThat(m.getOperatingExpensesChange()).isEmpty();
        var p = m.getProcurement().orElseThrow();
        assertThat(p.getTotal()).contains(a("42198.47"));
        assertThat(p.getGoods()).contains(Amount.ZERO);
        assertThat(p.getWorks()).contains(Amount.ZERO);
        assertThat(p.getServices()).contains(a("42198.47"));
        assertThat(p.getSmeAmount()).contains(a("1274.36"));
        assertThat(p.getSmeShare()).contains(Rate.ofPercent("3.02"));
        assertThat(p.getSmallMicroAmount()).contains(a("171.60"));
        assertThat(p.getSmallMicroShare()).contains(Rate.ofPercent("13"));
        var assets = m.getAssets().orElseThrow();
        assertThat(assets.getVehicleTotal()).contains(0);
        assertThat(assets.getVehicles()).isEmpty();
        assertThat(assets.getEquipmentOverOneMillion()).contains(5);
        assertThat(assets.getText()).startsWith("截至 2023 年 12 月 31 日").endsWith("5 台（套）。");
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
        assertThat(report.getSummary().orElseThrow().cells()).hasSize(12 + 12 + 4);
        assertThat(report.getIncome().orElseThrow().cells()).hasSize(17 * 7);
        assertThat(report.getExpenditure().orElseThrow().cells()).hasSize(17 * 6);
        assertThat(report.getFiscalSummary().orElseThrow().cells()).hasSize(9 + 15 * 4);
        assertThat(report.getGeneralBudgetExpenditure().orElseThrow().cells()).hasSize(17 * 5);
        assertThat(report.getBasicExpenditureDetail().orElseThrow().cells()).hasSize(81 + 2);
        assertThat(cells).hasSize(28 + 119 + 102 + 69 + 85 + 83 + 13 + 8 + 12);
        assertThat(cells.stream().filter(c -> !c.isBlank()).count()).isEqualTo(
                3 + 4 + 2 // 01
                + 16 * 2 // 02: two columns in every row, the 合计 row blank
                + 3 + 35 // 03
                + 3 + 4 * 2 + 2 * 2 // 04
                + 5 + 51 // 05
                + 25 + 2); // 06; 07, 08 and 09 are blank
    }

    // ---------------------------------------------------------------- the source text

    @Test
    void test_jilinGovernmentServiceCenter2023Source_isTheBundledOriginal() {
        String source = SampleReports.jilinGovernmentServiceCenter2023Source();
        assertThat(source).isSameAs(SampleReports.jilinGovernmentServiceCenter2023Source()).startsWith("\n\n2023 年度\n")
                .contains("吉林省政务服务和数字化建设服务中心\n部门决算", "公开09表", "| 合计 | | | | | | | | | |")
                .contains("支出决算为 11.33 元")
                .endsWith("规定比例为职工缴纳的住房公积金。");
        assertThat(source.split("\n", -1)).hasSize(794);
        assertThat(source).doesNotContain("权重", "得分", "主管部门");
    }

    @Test
    void test_figuresAndProse_matchTheSource() {
        String source = Printed.of(SampleReports.jilinGovernmentServiceCenter2023Source());
        // the terms of 第四部分 are printed in Markdown bold (**财政拨款收入**), mark-up left out of the sample
        String bare = source.replaceAll("\\s+", "").replace("**", "");
        for (CodedTable<?, ?, ?> t : List.<CodedTable<?, ?, ?>>of(report.getIncome().orElseThrow(),
                report.getExpenditure().orElseThrow(), report.getGeneralBudgetExpenditure().orElseThrow())) {
            for (CodedRow<?, ?> r : t.getRows()) {
                assertThat(source).as("%s %s", t.getTableId().getLabel(), r.getCode())
                        .contains("| " + r.getCode() + " | ").contains(" " + r.getName() + " |");
            }
        }
        for (ProjectPerformanceEvaluation e : report.getPerformanceEvaluations()) {
            assertThat(source).contains("| 项目名称 | " + e.getProjectName() + " |");
            for (FundingRow f : e.getFunding()) {
                assertThat(source).as("%s %s", e.getProjectName(), f.getLabel())
                        .contains("| " + funding(f).replace("|", " | ") + " |");
            }
            for (PerformanceIndicator i : e.getIndicators()) {
                for (String cell : List.of(i.getName(), i.getTarget().getText(), i.getActual().getText(),
                        i.getDeviationAnalysis())) {
                    if (!cell.isEmpty()) {
                        assertThat(source).as("%s %s", e.getProjectName(), i.getName()).contains("| " + cell + " |");
                    }
                }
            }
            assertThat(source).contains("| " + e.getExpectedGoal() + " |", "| " + e.getActualOutcome() + " |");
        }
        for (NarrativeSection s : report.getNarrative()) {
            assertThat(bare).as(s.getHeading()).contains(s.getHeading().replaceAll("\\s+", ""));
            assertThat(bare).as(s.getHeading()).contains(s.getText().replaceAll("\\s+", ""));
        }
        assertThat(source).contains("\n" + report.getDuties().get(0) + "\n");
    }

    // ---------------------------------------------------------------- helpers

    private static Amount a(String s) {
        return Amount.of(s);
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

    /** label|初|全年|执行|rate as printed (two decimals, with %). */
    private static String funding(FundingRow f) {
        return f.getLabel() + "|" + f.getInitialBudget().map(Amount::toString).orElse("") + "|"
                + f.getFullYearBudget().map(Amount::toString).orElse("") + "|"
                + f.getExecuted().map(Amount::toString).orElse("") + "|"
                + f.getExecutionRate().map(r -> r.getPercent().setScale(2, java.math.RoundingMode.UNNECESSARY) + "%")
                        .orElse("");
    }

    private static String indicator(PerformanceIndicator i) {
        return i.getLevel1() + "|" + i.getLevel2() + "|" + i.getName() + "|" + i.getTarget() + "|" + i.getActual() + "|"
                + i.getDeviationAnalysis();
    }
}
