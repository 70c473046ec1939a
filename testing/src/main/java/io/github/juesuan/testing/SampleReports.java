package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
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
import io.github.juesuan.report.GovernmentProcurement;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.report.UnitKind;
import io.github.juesuan.report.VehicleCount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Real published reports rebuilt by hand through the public builders of the model, as ready-made
 * fixtures for tests of readers, writers and validators. Every figure is typed here, not parsed
 * from the document, so a sample is an independent check of the code that reads the document.
 *
 * <h2>{@link #jilinGeneralOffice2024()}: report 001</h2>
 *
 * <p>吉林省人民政府办公厅（本级） 2024 年度部门决算 (本级, 行政单位, published 2025-08-25): the
 * whole table set 公开01表 … 公开09表 (07 and 08 declared empty: their 合计 row is printed blank),
 * the 16 项目支出绩效自评表, 第一部分, 第三部分 (with the facts of 机关运行经费, 政府采购 and 国有资产占用)
 * and the 16 entries of 第四部分 名词解释. {@link #jilinGeneralOffice2024Source()} gives the text the
 * sample was built from.
 *
 * <p>How the text was transcribed:
 * <ul>
 *   <li>Figures are kept exactly as printed; a blank cell stays blank (absent), a printed {@code 0}
 *       stays zero, a {@code —} in a 得分 cell is a blank score.</li>
 *   <li>Names, labels and indicator values are the cell text as the text file gives it, spaces
 *       included ({@code 政府办公厅（室）及相关机构 事务} in 03, {@code 产出 指标} and {@code ≤ 600 元}
 *       in the 绩效 tables); LaTeX and HTML paragraph tags that the extraction put into cells are
 *       read as what the PDF prints ({@code $\geq 90\%$} is {@code ≥90%}, {@code <p>…</p> <p>…</p>}
 *       two paragraphs separated by a space); a cell broken
 *       over two text lines ({@code 年度资} / {@code 金总额}) is joined without a separator.
 *       Compare names with {@code Text.normaliseName}-like folding, not {@code equals}.</li>
 *   <li>公开06表 prints three column groups side by side; its rows are listed group by group
 *       (301, 303 and their 款; then 302; then 307, 310, 399), so each 类 precedes its 款.</li>
 *   <li>An indicator whose 一级指标 or 二级指标 cell is left blank because it continues the row
 *       above takes the value of the row above. Two blank levels cannot continue the row above and
 *       take the only level that fits the other one: 办公厅信息化设备、公文流转系统运行维护费 /
 *       办公系统正常运转率 (一级 blank, 二级 社会效益指标: 一级 set to 效益指标) and 省政府印刷费 /
 *       服务对象满意度 (一级 满意度指标 printed on the next text line, 二级 blank: set to
 *       服务对象满意度指标). Levels the document garbles are kept as printed: 省政府决策咨询委员会专项经费
 *       / 获领导批示率 is printed under 一级 {@code 社会效益指标}, 二级 {@code 社会社会效益指标};
 *       机动经费项目 and 省政府印刷费 print 一级 {@code 社会效益指标}. Two 满意度 indicators have no
 *       三级指标 name (吉林发展建设调研经费, 省政府办公厅电子政务内网和工作网运维): the name is empty.</li>
 *   <li>Stray text of the extraction is left out: a lone {@code 标} row under the 政府信息公开工作经费
 *       indicators, and a {@code 满 意 度 指 标} cell printed in the 绩效指标 column of 公务接待经费's
 *       提振吉林经济 row.</li>
 * </ul>
 *
 * <p>Known mistakes of the published document, kept on purpose (a validator must find them):
 * <ul>
 *   <li>公开06表: 302 商品和服务支出 is printed 797.30 while its 款 add to 797.28 (and
 *       公用经费合计 834.86 = 797.30 + 37.56 follows the printed 302).</li>
 *   <li>公开01表: income 总计 7867.54 = 7698.92 + 168.62, but 本年支出合计 + 年末结转和结余 =
 *       7841.66 + 25.87 = 7867.53, while the expenditure 总计 is printed 7867.54 (rounding).</li>
 *   <li>政府信息公开工作经费: 执行率 is printed 4.17 on 年度资金总额 and 4.2 on 当年财政拨款 for the
 *       same figures (12 / 0.5). Likewise 离退休老干部活动经费 prints 67.77 and 67.78 (20.33 / 30 =
 *       67.77%) and 保密检查工作经费 99.44 and 99.45 (31.82 / 32 = 99.44%).</li>
 *   <li>第三部分 五（二）: 住房保障支出 417.45 is said to be 5.2% of 7841.66 (it is 5.3%); the four
 *       shares are forced to add to 100%.</li>
 *   <li>第三部分 一 calls 本年收入合计 7698.92 and 本年支出合计 7841.66 "收入总计" and "支出总计".</li>
 *   <li>政府序列会议经费: 参会人员满意度 reaches its target (≥90%, actual 90%) yet scores 0 of 10.</li>
 * </ul>
 *
 * <h2>{@link #jilinGovernmentServiceCenter2023()}: report 002</h2>
 *
 * <p>吉林省政务服务和数字化建设服务中心 2023 年度部门决算 (本级, 事业单位, dated 2024-08-28): the whole
 * table set in its 2023 editions ({@link TableEdition#E2023}: 07 with thirteen columns, 08 as a
 * 收入支出 table with eight), the 14 项目支出绩效自评表, 第一部分, 第三部分 and the 13 entries of
 * 第四部分. {@link #jilinGovernmentServiceCenter2023Source()} gives the text (Markdown pipe tables,
 * thousands separators such as {@code 42,590.81}).
 *
 * <p>How the text was transcribed, beyond the rules above:
 * <ul>
 *   <li>01 and 04 print a line for twelve 类, most of them blank; every printed line is kept
 *       (a blank amount stays blank), with its ordinal label ({@code 十一、自然资源海洋气象等支出}).</li>
 *   <li>07, 08 and 09 print only their header and an all-blank 合计 row (08 one more all-blank row
 *       without a code, which the model cannot hold and is left out). None of them prints a
 *       {@code 本单位没有…} statement: they are present with a blank 合计 ({@code total} = an empty
 *       map), not declared empty; 第三部分 七 and 八 say {@code 无政府性基金预算财政拨款收入支出。} and
 *       {@code 无国有资本经营预算财政拨款支出。} in prose only.</li>
 *   <li>06 keeps the printed names {@code 其他社会保险缴费} (30112) and the half-width brackets of
 *       {@code 因公出国(境)费用}, {@code 维修(护)费}, {@code 退职(役)费}.</li>
 *   <li>No 主管部门 row and no 权重, 自评得分, 得分 or 总分 cells are printed in the 绩效自评表: those
 *       stay empty. The funding rows are kept in printed order, 年度资金总和 (so labelled) last;
 *       执行率 as printed ({@code 100.00%}).</li>
 *   <li>Indicator rows that the extraction shifted are placed by what their cells hold. A level
 *       printed in the wrong cell is put back (数量 指标 / 时效 指标 in the 一级指标 cell, 时效指标 in the
 *       三级指标 cell of 政务信息基础设施建设工作经费); a blank level continues the row above, so the
 *       rows printed below a table's frame (网站安全事故发生数, 需求处理完成率, 网站点击增长率) and
 *       专家评审次数 (under 成本指标 / 经济成本指标, as printed) take the levels of the row above. A
 *       二级指标 printed without its 一级指标 takes the 一级指标 printed for its group (产出 指标 for the
 *       数量 指标 rows of 吉林省省级政务信息化运维服务项目). 吉林省电子政务外网服务项目 prints no
 *       二级指标 for 广域网覆盖率, 广域网中断次数 and 广域网运维工作响应率: it is empty.</li>
 *   <li>No 机关运行经费 amount: 第三部分 十一（一） states that the unit, a 事业单位, has none, so
 *       {@link OtherMatters#getOperatingExpenses()} is empty rather than zero. 国有资产占用 states 0
 *       vehicles (no breakdown by kind) and 5 items of equipment worth 100 万元 or more.</li>
 *   <li>The document lists no 决算单位构成 (only the 7 内设机构), so the consolidated units are empty;
 *       the scope is 本级 ({@link ReportScope#SELF}).</li>
 * </ul>
 *
 * <p>Known mistakes of the published document, kept on purpose:
 * <ul>
 *   <li>公开02表: the 合计 row is printed with every cell blank although its rows carry 42,590.81.</li>
 *   <li>公开05表: the 类 201 is labelled {@code 一般公共预算支出} instead of 一般公共服务支出.</li>
 *   <li>第三部分 五（三） 7: 住房公积金 支出决算 is given as {@code 11.33 元} (a unit slip for 万元); the
 *       model keeps prose as text, so the slip stays in {@link FinalAccountReport#getNarrative()}.</li>
 *   <li>第三部分 五（三） 4: a 年初预算 of 0 万元 is said to be 46890% executed by 468.9 万元 (a rate
 *       of a zero budget; 468.9 / 1 万元).</li>
 *   <li>第三部分 三: 基本支出 297.2 is said to be 0.69% of 42590.81 (it is 0.70%) and 项目支出 42293.61
 *       99.31% (it is 99.30%): the two shares are forced to add to 100%.</li>
 *   <li>第四部分 numbers its entries 一 … 六, then 八 … 十四 (there is no 七).</li>
 * </ul>
 * The 6411.44 万元 of 第三部分 十 is the sum of the 14 全年执行数 (the 全年预算数 add to 6446.05).
 */
public final class SampleReports {

    private static final String DEPARTMENT = "吉林省人民政府办公厅（本级）";
    private static final String COMPETENT_DEPARTMENT = "吉林省人民政府办公厅";
    private static final String SOURCE_001 = "real-reports/001_204597f849ed16ca.txt";
    private static final String SERVICE_CENTER = "吉林省政务服务和数字化建设服务中心";
    private static final String SOURCE_002 = "real-reports/002_2626e36b3619c519.txt";
    private static final FundingSource TOTAL = FundingSource.TOTAL;
    private static final FundingSource CURRENT = FundingSource.CURRENT_APPROPRIATION;
    private static final FundingSource CARRYOVER = FundingSource.PRIOR_YEAR_CARRYOVER;
    private static final FundingSource OTHER = FundingSource.OTHER;

    private SampleReports() {
    }

    /**
     * The report 吉林省人民政府办公厅（本级） 2024 (real report 001), every table, figure, note and
     * statement as printed. See the class documentation for how the text was transcribed and for
     * the document's own mistakes.
     *
     * @return the report, the same immutable instance on every call
     */
    public static FinalAccountReport jilinGeneralOffice2024() {
        return JilinHolder.REPORT;
    }

    /**
     * The text the sample {@link #jilinGeneralOffice2024()} was built from: the real report 001
     * as extracted from its PDF, unedited (tab-separated table cells, LF line ends).
     *
     * @return the text
     * @throws UncheckedIOException if the bundled resource cannot be read
     */
    public static String jilinGeneralOffice2024Source() {
        return JilinHolder.SOURCE;
    }

    private static final class JilinHolder {
        static final FinalAccountReport REPORT = buildJilin();
        static final String SOURCE = resource(SOURCE_001);
    }

    /**
     * The report 吉林省政务服务和数字化建设服务中心 2023 (real report 002), every table, figure, note
     * and statement as printed, in the 2023 editions of the tables. See the class documentation for
     * how the text was transcribed and for the document's own mistakes.
     *
     * @return the report, the same immutable instance on every call
     */
    public static FinalAccountReport jilinGovernmentServiceCenter2023() {
        return ServiceCenterHolder.REPORT;
    }

    /**
     * The text the sample {@link #jilinGovernmentServiceCenter2023()} was built from: the real report
     * 002 as extracted from its PDF, unedited (Markdown pipe tables, thousands separators, LF line
     * ends).
     *
     * @return the text
     * @throws UncheckedIOException if the bundled resource cannot be read
     */
    public static String jilinGovernmentServiceCenter2023Source() {
        return ServiceCenterHolder.SOURCE;
    }

    private static final class ServiceCenterHolder {
        static final FinalAccountReport REPORT = buildServiceCenter();
        static final String SOURCE = resource(SOURCE_002);
    }

    private static String resource(String name) {
        try (InputStream in = SampleReports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing next to "
                        + SampleReports.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static FinalAccountReport buildJilin() {
        return FinalAccountReport.builder()
                .department(DEPARTMENT)
                .fiscalYear(FiscalYear.of(2024))
                .scope(ReportScope.SELF)
                .addConsolidatedUnits(DEPARTMENT)
                // no unitKind: the document never states it (INDEX.md calls the unit a 行政单位, but the
                // model keeps only what a report states, as the text reader does)
                .publicationDate(LocalDate.of(2025, 8, 25))
                .addAllDuties(Jilin2024Prose.DUTIES)
                .addAllInternalBodies(Jilin2024Prose.INTERNAL_BODIES)
                .summary(jilinSummary())
                .income(jilinIncome())
                .expenditure(jilinExpenditure())
                .fiscalSummary(jilinFiscalSummary())
                .generalBudgetExpenditure(jilinGeneralBudget())
                .basicExpenditureDetail(jilinBasicDetail())
                .governmentFund(GovernmentFundTable.builder()
                        .edition(TableEdition.E2024)
                        .total(Map.of())
                        .addNotes("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。")
                        .emptyStatement("本单位没有政府性基金预算财政拨款。")
                        .build())
                .stateCapital(StateCapitalTable.builder()
                        .edition(TableEdition.E2024)
                        .total(Map.of())
                        .addNotes("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。")
                        .emptyStatement("本单位没有国有资本经营预算财政拨款。")
                        .build())
                .threePublicExpenses(ThreePublicExpensesTable.builder()
                        .edition(TableEdition.E2024)
                        .amounts(cells(ThreePublicExpensesColumn.values(),
                                "190.14", "7.31", "153.90", "", "153.90", "28.93",
                                "190.14", "7.31", "153.90", "", "153.90", "28.93"))
                        .addNotes("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，"
                                + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。")
                        .build())
                .addAllPerformanceEvaluations(jilinEvaluations())
                .otherMatters(jilinOtherMatters())
                .addAllNarrative(Jilin2024Prose.NARRATIVE)
                .build();
    }

    // 公开01表 收入支出决算总表
    private static IncomeExpenditureSummaryTable jilinSummary() {
        return IncomeExpenditureSummaryTable.builder()
                .edition(TableEdition.E2024)
                .income(SummaryIncomeLine.GENERAL_BUDGET, "7697.03")
                .income(SummaryIncomeLine.GOVERNMENT_FUND, "")
                .income(SummaryIncomeLine.STATE_CAPITAL, "")
                .income(SummaryIncomeLine.SUPERIOR_SUBSIDY, "")
                .income(SummaryIncomeLine.BUSINESS, "")
                .income(SummaryIncomeLine.OPERATING, "")
                .income(SummaryIncomeLine.AFFILIATED_REMITTANCE, "")
                .income(SummaryIncomeLine.OTHER, "1.89")
                .income(SummaryIncomeLine.TOTAL_INCOME, "7698.92")
                .income(SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE, "")
                .income(SummaryIncomeLine.BEGINNING_BALANCE, "168.62")
                .income(SummaryIncomeLine.GRAND_TOTAL, "7867.54")
                .addExpenditureRows(
                        SummaryExpenditureRow.of("201", "一、一般公共服务支出", "5987.96"),
                        SummaryExpenditureRow.of("208", "二、社会保障和就业支出", "1086.75"),
                        SummaryExpenditureRow.of("210", "三、卫生健康支出", "349.50"),
                        SummaryExpenditureRow.of("221", "四、住房保障支出", "417.45"))
                .expenditure(SummaryExpenditureLine.TOTAL_EXPENDITURE, "7841.66")
                .expenditure(SummaryExpenditureLine.SURPLUS_DISTRIBUTION, "")
                .expenditure(SummaryExpenditureLine.ENDING_BALANCE, "25.87")
                .expenditure(SummaryExpenditureLine.GRAND_TOTAL, "7867.54")
                .addNotes("注：1. 本表反映部门本年度的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。")
                .build();
    }

    // 公开02表 收入决算表: 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入
    private static IncomeTable jilinIncome() {
        return IncomeTable.builder()
                .edition(TableEdition.E2024)
                .total(cells(IncomeColumn.values(), "7698.92", "7697.03", "", "", "", "", "1.89"))
                .addRows(
                        IncomeRow.of("201", "一般公共服务支出", "5872.42", "5870.53", "", "", "", "", "1.89"),
                        IncomeRow.of("20103", "政府办公厅（室）及相关机构事务", "5872.42", "5870.53", "", "", "", "", "1.89"),
                        IncomeRow.of("2010301", "行政运行", "4246.14", "4244.25", "", "", "", "", "1.89"),
                        IncomeRow.of("2010302", "一般行政管理事务", "1626.28", "1626.28"),
                        IncomeRow.of("208", "社会保障和就业支出", "1089.64", "1089.64"),
                        IncomeRow.of("20805", "行政事业单位养老支出", "956.88", "956.88"),
                        IncomeRow.of("2080501", "行政单位离退休", "532.20", "532.20"),
                        IncomeRow.of("2080505", "机关事业单位基本养老保险缴费支出", "424.68", "424.68"),
                        IncomeRow.of("20808", "抚恤", "132.76", "132.76"),
                        IncomeRow.of("2080801", "死亡抚恤", "132.76", "132.76"),
                        IncomeRow.of("210", "卫生健康支出", "349.50", "349.50"),
                        IncomeRow.of("21011", "行政事业单位医疗", "349.50", "349.50"),
                        IncomeRow.of("2101101", "行政单位医疗", "349.50", "349.50"),
                        IncomeRow.of("221", "住房保障支出", "387.36", "387.36"),
                        IncomeRow.of("22102", "住房改革支出", "387.36", "387.36"),
                        IncomeRow.of("2210201", "住房公积金", "387.36", "387.36"))
                .addNotes("注：本表反映部门本年度取得的各项收入情况。")
                .build();
    }

    // 公开03表 支出决算表: 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出
    private static ExpenditureTable jilinExpenditure() {
        return ExpenditureTable.builder()
                .edition(TableEdition.E2024)
                .total(cells(ExpenditureColumn.values(), "7841.66", "6209.10", "1632.56", "", "", ""))
                .addRows(
                        ExpenditureRow.of("201", "一般公共服务支出", "5987.96", "4355.40", "1632.56"),
                        ExpenditureRow.of("20103", "政府办公厅（室）及相关机构 事务", "5987.96", "4355.40", "1632.56"),
                        ExpenditureRow.of("2010301", "行政运行", "4355.40", "4355.40", ""),
                        ExpenditureRow.of("2010302", "一般行政管理事务", "1632.56", "", "1632.56"),
                        ExpenditureRow.of("208", "社会保障和就业支出", "1086.75", "1086.75"),
                        ExpenditureRow.of("20805", "行政事业单位养老支出", "953.99", "953.99"),
                        ExpenditureRow.of("2080501", "行政单位离退休", "532.20", "532.20"),
                        ExpenditureRow.of("2080505", "机关事业单位基本养老保险 缴费支出", "421.79", "421.79"),
                        ExpenditureRow.of("20808", "抚恤", "132.76", "132.76"),
                        ExpenditureRow.of("2080801", "死亡抚恤", "132.76", "132.76"),
                        ExpenditureRow.of("210", "卫生健康支出", "349.50", "349.50"),
                        ExpenditureRow.of("21011", "行政事业单位医疗", "349.50", "349.50"),
                        ExpenditureRow.of("2101101", "行政单位医疗", "349.50", "349.50"),
                        ExpenditureRow.of("221", "住房保障支出", "417.45", "417.45"),
                        ExpenditureRow.of("22102", "住房改革支出", "417.45", "417.45"),
                        ExpenditureRow.of("2210201", "住房公积金", "417.45", "417.45"))
                .addNotes("注：本表反映部门本年度各项支出情况。")
                .build();
    }

    // 公开04表 财政拨款收入支出决算总表: expenditure columns 合计, 一般公共预算, 政府性基金, 国有资本经营
    private static FiscalSummaryTable jilinFiscalSummary() {
        return FiscalSummaryTable.builder()
                .edition(TableEdition.E2024)
                .income(FiscalIncomeLine.GENERAL_BUDGET, "7697.03")
                .income(FiscalIncomeLine.GOVERNMENT_FUND, "")
                .income(FiscalIncomeLine.STATE_CAPITAL, "")
                .income(FiscalIncomeLine.TOTAL_INCOME, "7697.03")
                .income(FiscalIncomeLine.BEGINNING_BALANCE, "155.70")
                .income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, "155.70")
                .income(FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND, "")
                .income(FiscalIncomeLine.BEGINNING_STATE_CAPITAL, "")
                .income(FiscalIncomeLine.GRAND_TOTAL, "7852.73")
                .addExpenditureRows(
                        FiscalSummaryRow.of("201", "一、一般公共服务支出", "5987.96", "5987.96", "", ""),
                        FiscalSummaryRow.of("208", "二、社会保障和就业支出", "1086.75", "1086.75", "", ""),
                        FiscalSummaryRow.of("210", "三、卫生健康支出", "349.50", "349.50", "", ""),
                        FiscalSummaryRow.of("221", "四、住房保障支出", "417.45", "417.45", "", ""))
                .expenditure(FiscalExpenditureLine.TOTAL_EXPENDITURE, "7841.66", "7841.66", "", "")
                .expenditure(FiscalExpenditureLine.ENDING_BALANCE, "11.07", "11.07", "", "")
                .expenditure(FiscalExpenditureLine.GRAND_TOTAL, "7852.73", "7852.73", "", "")
                .addNotes("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。")
                .build();
    }

    // 公开05表 一般公共预算财政拨款支出决算表: 合计, 基本支出 小计, 人员经费, 公用经费, 项目支出
    private static GeneralBudgetExpenditureTable jilinGeneralBudget() {
        return GeneralBudgetExpenditureTable.builder()
                .edition(TableEdition.E2024)
                .total(cells(GeneralBudgetColumn.values(), "7841.66", "6209.10", "5374.24", "834.86", "1632.56"))
                .addRows(
                        GeneralBudgetExpenditureRow.of("201", "一般公共服务支出", "5987.96", "4355.40", "3520.54", "834.86", "1632.56"),
                        GeneralBudgetExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务",
                                "5987.96", "4355.40", "3520.54", "834.86", "1632.56"),
                        GeneralBudgetExpenditureRow.of("2010301", "行政运行", "4355.40", "4355.40", "3520.54", "834.86", ""),
                        GeneralBudgetExpenditureRow.of("2010302", "一般行政管理事务", "1632.56", "", "", "", "1632.56"),
                        GeneralBudgetExpenditureRow.of("208", "社会保障和就业支出", "1086.75", "1086.75", "1086.75"),
                        GeneralBudgetExpenditureRow.of("20805", "行政事业单位养老支出", "953.99", "953.99", "953.99"),
                        GeneralBudgetExpenditureRow.of("2080501", "行政单位离退休", "532.20", "532.20", "532.20"),
                        GeneralBudgetExpenditureRow.of("2080505", "机关事业单位基本养老保险缴费支出", "421.79", "421.79", "421.79"),
                        GeneralBudgetExpenditureRow.of("20808", "抚恤", "132.76", "132.76", "132.76"),
                        GeneralBudgetExpenditureRow.of("2080801", "死亡抚恤", "132.76", "132.76", "132.76"),
                        GeneralBudgetExpenditureRow.of("210", "卫生健康支出", "349.50", "349.50", "349.50"),
                        GeneralBudgetExpenditureRow.of("21011", "行政事业单位医疗", "349.50", "349.50", "349.50"),
                        GeneralBudgetExpenditureRow.of("2101101", "行政单位医疗", "349.50", "349.50", "349.50"),
                        GeneralBudgetExpenditureRow.of("221", "住房保障支出", "417.45", "417.45", "417.45"),
                        GeneralBudgetExpenditureRow.of("22102", "住房改革支出", "417.45", "417.45", "417.45"),
                        GeneralBudgetExpenditureRow.of("2210201", "住房公积金", "417.45", "417.45", "417.45"))
                .addNotes("注：本表反映部门本年度一般公共预算财政拨款支出情况。")
                .build();
    }

    // 公开06表 一般公共预算财政拨款基本支出决算明细表, column group by column group
    private static BasicExpenditureDetailTable jilinBasicDetail() {
        return BasicExpenditureDetailTable.builder()
                .edition(TableEdition.E2024)
                .addRows(
                        // first column group: 301, 303
                        b("301", "工资福利支出", "4708.46"),
                        b("30101", "基本工资", "1467.90"),
                        b("30102", "津贴补贴", "695.39"),
                        b("30103", "奖金", "1153.26"),
                        b("30106", "伙食补助费", ""),
                        b("30107", "绩效工资", ""),
                        b("30108", "机关事业单位基本养老保险缴费", "418.44"),
                        b("30109", "职业年金缴费", ""),
                        b("30110", "职工基本医疗保险缴费", "189.45"),
                        b("30111", "公务员医疗补助缴费", "159.28"),
                        b("30112", "其他社会保障缴费", "85.21"),
                        b("30113", "住房公积金", "417.45"),
                        b("30114", "医疗费", ""),
                        b("30199", "其他工资福利支出", "122.08"),
                        b("303", "对个人和家庭的补助", "665.78"),
                        b("30301", "离休费", "107.22"),
                        b("30302", "退休费", "424.98"),
                        b("30303", "退职（役）费", ""),
                        b("30304", "抚恤金", "132.76"),
                        b("30305", "生活补助", ""),
                        b("30306", "救济费", ""),
                        b("30307", "医疗费补助", ""),
                        b("30308", "助学金", ""),
                        b("30309", "奖励金", "0.70"),
                        b("30310", "个人农业生产补贴", ""),
                        b("30311", "代缴社会保险费", ""),
                        b("30399", "其他对个人和家庭的补助", "0.12"),
                        // second column group: 302
                        b("302", "商品和服务支出", "797.30"),
                        b("30201", "办公费", "126.64"),
                        b("30202", "印刷费", "1.09"),
                        b("30203", "咨询费", ""),
                        b("30204", "手续费", ""),
                        b("30205", "水费", "9.86"),
                        b("30206", "电费", "46.32"),
                        b("30207", "邮电费", "8.71"),
                        b("30208", "取暖费", ""),
                        b("30209", "物业管理费", ""),
                        b("30211", "差旅费", "92.32"),
                        b("30212", "因公出国（境）费用", "7.31"),
                        b("30213", "维修（护）费", ""),
                        b("30214", "租赁费", ""),
                        b("30215", "会议费", ""),
                        b("30216", "培训费", "1.95"),
                        b("30217", "公务接待费", ""),
                        b("30218", "专用材料费", ""),
                        b("30224", "被装购置费", ""),
                        b("30225", "专用燃料费", ""),
                        b("30226", "劳务费", "2.03"),
                        b("30227", "委托业务费", ""),
                        b("30228", "工会经费", "47.04"),
                        b("30229", "福利费", "121.83"),
                        b("30231", "公务用车运行维护费", "153.90"),
                        b("30239", "其他交通费用", "177.76"),
                        b("30240", "税金及附加费用", ""),
                        b("30299", "其他商品和服务支出", "0.52"),
                        // third column group: 307, 310, 399
                        b("307", "债务利息及费用支出", ""),
                        b("30701", "国内债务付息", ""),
                        b("30702", "国外债务付息", ""),
                        b("310", "资本性支出", "37.56"),
                        b("31001", "房屋建筑物购建", ""),
                        b("31002", "办公设备购置", "37.56"),
                        b("31003", "专用设备购置", ""),
                        b("31005", "基础设施建设", ""),
                        b("31006", "大型修缮", ""),
                        b("31007", "信息网络及软件购置更新", ""),
                        b("31008", "物资储备", ""),
                        b("31009", "土地补偿", ""),
                        b("31010", "安置补助", ""),
                        b("31011", "地上附着物和青苗补偿", ""),
                        b("31012", "拆迁补偿", ""),
                        b("31013", "公务用车购置", ""),
                        b("31019", "其他交通工具购置", ""),
                        b("31021", "文物和陈列品购置", ""),
                        b("31022", "无形资产购置", ""),
                        b("31099", "其他资本性支出", ""),
                        b("399", "其他支出", ""),
                        b("39907", "国家赔偿费用支出", ""),
                        b("39908", "对民间非营利组织和群众性自治组织补贴", ""),
                        b("39909", "经常性赠与", ""),
                        b("39910", "资本性赠与", ""),
                        b("39999", "其他支出", ""))
                .personnelTotal(Amount.of("5374.24"))
                .publicUseTotal(Amount.of("834.86"))
                .addNotes("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
                .build();
    }

    /** The non-blank cells of a row printed in the order of {@code columns}; blank or a dash is blank. */
    private static <C extends Enum<C> & TableColumn> Map<C, Amount> cells(C[] columns, String... printed) {
        if (printed.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " cells, got " + printed.length);
        }
        Map<C, Amount> out = new EnumMap<>(columns[0].getDeclaringClass());
        for (int i = 0; i < printed.length; i++) {
            if (!Amount.isBlankOrPlaceholder(printed[i])) {
                out.put(columns[i], Amount.parse(printed[i]));
            }
        }
        return out;
    }

    private static BasicExpenditureRow b(String code, String name, String amount) {
        return BasicExpenditureRow.of(code, name, amount);
    }

    // 第三部分 十一、其他重要事项情况说明
    private static OtherMatters jilinOtherMatters() {
        return OtherMatters.builder()
                .operatingExpenses(Amount.of("834.86"))
                .operatingExpensesChange(Amount.of("-54.54"))
                .procurement(GovernmentProcurement.builder()
                        .total(Amount.of("458.83"))
                        .goods(Amount.of("0"))
                        .works(Amount.of("0"))
                        .services(Amount.of("458.83"))
                        .smeAmount(Amount.of("83"))
                        .smeShare(Rate.ofPercent("18.1"))
                        .smallMicroAmount(Amount.of("0"))
                        .smallMicroShare(Rate.ofPercent("0"))
                        .build())
                .assets(StateAssets.builder()
                        .vehicleTotal(45)
                        .addVehicles(
                                VehicleCount.of("副部（省）级及以上领导用车", 13),
                                VehicleCount.of("主要负责人用车", 1),
                                VehicleCount.of("机要通信用车", 0),
                                VehicleCount.of("应急保障用车", 0),
                                VehicleCount.of("执法执勤用车", 0),
                                VehicleCount.of("特种专业技术用车", 0),
                                VehicleCount.of("离退休干部用车", 0),
                                VehicleCount.of("其他用车", 31))
                        .equipmentOverOneMillion(40)
                        .text("截至 2024 年 12 月 31 日，吉林省人民政府办公厅（本级）共有车辆 45 辆，其中，副部（省）级及以上领导用车 13 辆、"
                                + "主要负责人用车 1 辆、机要通信用车 0 辆、应急保障用车 0 辆、执法执勤用车 0 辆、特种专业技术用车 0 辆、"
                                + "离退休干部用车 0 辆、其他用车 31 辆，其他用车主要是一般公务用车；单位价值 100 万元（含）以上设备（不含车辆）"
                                + "40 台（套）。")
                        .build())
                .build();
    }

    // 项目支出绩效自评表, in printed order
    private static List<ProjectPerformanceEvaluation> jilinEvaluations() {
        List<ProjectPerformanceEvaluation> out = new ArrayList<>(16);
        out.add(evaluation(0, "政府序列会议经费", "87.00",
                funding("年度资金总额", "100", "50", "47.5", "95", "7"),
                funding("当年财政拨款", "100", "50", "47.5", "95", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "会议审核比例", "=100%", "100%", "25", "25", ""),
                ind("产出指标", "数量指标", "全省规模会议计划召开场次", "≤85场次", "85场次", "25", "25", ""),
                ind("效益指标", "社会效益指标", "政府会议精神传达渠道", "≥3种", "3种", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "参会人员满意度", "≥90%", "90%", "10", "0", "")));
        out.add(evaluation(1, "离退休老干部活动经费", "95.00",
                funding("年度资金总额", "30", "30", "20.33", "67.77", "5"),
                funding("当年财政拨款", "30", "30", "20.33", "67.78", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("成本指标", "经济成本指标", "慰问离退休老干部人均成本", "≤ 600 元", "600元", "20", "20", ""),
                ind("产出指标", "数量指标", "组织活动开展次数", "≥ 3 次", "3次", "20", "20", ""),
                ind("产出指标", "数量指标", "服务离退休老干部人数", "≥ 120 人", "120人", "10", "10", ""),
                ind("产出指标", "数量指标", "全年安排慰问老干部次数", "≥ 25 次", "25次", "10", "10", ""),
                ind("效益指标", "社会效益指标", "提高困难离退休老干部生活水平", "有所提高", "有所提高", "20", "20", ""),
                ind("满意度指标", "服务对象满意度指标", "老干部满意度", "≥90%", "96%", "10", "10", "")));
        out.add(evaluation(2, "省政府决策咨询委员会专项经费", "97.00",
                funding("年度资金总额", "100", "100", "99.87", "99.87", "7"),
                funding("当年财政拨款", "100", "100", "99.87", "99.87", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "《专家建议》期数", "≥6期", "19期", "25", "25",
                        "按照全年实际工作安排撰写专家建议期数，超出原定年度目标值。"),
                ind("产出指标", "数量指标", "决策咨询年度重点课题编撰数量", "≥6份", "19份", "25", "25",
                        "按照全年实际工作安排编撰重点课题，超出原定年度目标值。"),
                ind("社会效益指标", "社会社会效益指标", "获领导批示率", "≥60%", "70%", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "领导满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(3, "政府信息公开工作经费", "90.00",
                funding("年度资金总额", "12", "12", "0.5", "4.17", "0"),
                funding("当年财政拨款", "12", "12", "0.5", "4.2", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "召开会议和培训次数", "≥1 次", "1 次", "10", "10", ""),
                ind("产出指标", "数量指标", "委托第三方服务次数", "≥1 次", "1 次", "20", "20", ""),
                ind("产出指标", "数量指标", "形成评估报告份数", "=121 份", "121 份", "20", "20", ""),
                ind("效益指标", "社会效益指标", "政府信息公开透明度", "多渠道获取", "多渠道获取", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(4, "文电、信息、督查培训经费", "90.00",
                funding("年度资金总额", "20", "1.52", "1.52", "100", "10"),
                funding("当年财政拨款", "20", "1.52", "1.52", "100", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "召开信息培训班次", "=1 次", "0 次", "10", "0",
                        "根据实际工作安排，本年度并未安排信息培训班次"),
                ind("产出指标", "数量指标", "召开文电培训班次", "=1 次", "1 次", "10", "10", ""),
                ind("产出指标", "数量指标", "上报国办信息数量", "≥600 条", "600 条", "30", "30", ""),
                ind("效益指标", "社会效益指标", "会议精神传达率", "≥80%", "80%", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(5, "紧急重大事项处置经费", "97.00",
                funding("年度资金总额", "60", "60", "59.86", "99.77", "7"),
                funding("当年财政拨款", "60", "60", "59.86", "99.77", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "组织培训会场次", "≥1场", "1场", "15", "15", ""),
                ind("产出指标", "数量指标", "全年形成《值班报告》或《每日值班情况》数量", "≥80篇", "85篇", "10", "10", ""),
                ind("产出指标", "数量指标", "不定期值班抽查次数", "≥2次", "30次", "10", "10", "按照全年实际工作安排，开展值班抽查工作"),
                ind("产出指标", "数量指标", "编制值班表期数", "≥4次", "5次", "15", "15", ""),
                ind("效益指标", "社会效益指标", "紧急重大事项妥善处置率", "=100%", "100%", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "领导满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(6, "吉林发展建设调研经费", "95.00",
                funding("年度资金总额", "360", "260", "180.74", "69.52", "5"),
                funding("当年财政拨款", "360", "260", "180.74", "69.52", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "开展调研活动次数", "≥120次", "120次", "50", "50", ""),
                ind("效益指标", "社会效益指标", "走访调研工作覆盖率", "≥80%", "80%", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(7, "机要交换系统维护费", "100.00",
                funding("年度资金总额", "27", "27", "27", "100", "10"),
                funding("当年财政拨款", "27", "27", "27", "100", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "机要交换单位数量", "≥ 215 家", "218家", "30", "30", ""),
                ind("产出指标", "质量指标", "文件投递准确率", "≥98%", "98%", "20", "20", ""),
                ind("效益指标", "社会效益指标", "预防失泄密事件发生", "机要交换工作全覆盖", "机要交换工作全覆盖", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "交换单位满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(8, "互联网+督查专项经费", "100.00",
                funding("年度资金总额", "15", "9", "9", "100", "10"),
                funding("当年财政拨款", "15", "9", "9", "100", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "出版报告字数", "≥5.5 万字", "5.7 万字", "40", "40", ""),
                ind("产出指标", "时效指标", "《民生白皮书》编写时限", "≤1 年", "1 年", "10", "10", ""),
                ind("效益指标", "社会效益指标", "民众参与度", "≥90%", "90%", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(9, "公务接待经费", "90.00",
                funding("年度资金总额", "100", "50", "28.93", "57.86", "0"),
                funding("当年财政拨款", "100", "50", "28.93", "57.86", "—"),
                funding("上年 结转 资金", "0", "0", "0", "0", "—"),
                funding("其他 资金", "0", "0", "0", "0", "—"),
                ind("产出 指标", "数量 指标", "公务接待 团组数量", "≥60 个", "60 个", "20", "20", ""),
                ind("产出 指标", "质量 指标", "接待任务 完成率", "=100%", "100%", "20", "20", ""),
                ind("产出 指标", "质量 指标", "接待标准 符合度", "=100%", "100%", "10", "10", ""),
                ind("效益 指标", "经济 效益 指标", "提振吉林 经济", "有所提高", "有所提 高", "30", "30", ""),
                ind("满 意 度 指 标", "服务 对象 满 意 度指 标", "接待对象 满 意 度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(10, "发布《吉林省人民政府公报》经费", "97.00",
                funding("年度资金总额", "237.5", "237.5", "220.82", "92.98", "7"),
                funding("当年财政拨款", "237.5", "237.5", "220.82", "92.98", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "发布《公报》期数", "=24期", "24期", "20", "20", ""),
                ind("产出指标", "数量指标", "全年期刊发行量", "≥83万册", "83.28万册", "20", "20", ""),
                ind("产出指标", "质量指标", "省政府公报多渠道浏览量", "≥300次", "300次", "10", "10", ""),
                ind("效益指标", "社会效益指标", "省政府公报公众、媒体参与度", "多渠道参与", "多渠道参与", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(11, "保密检查工作经费", "97.00",
                funding("年度资金总额", "32", "32", "31.82", "99.44", "7"),
                funding("当年财政拨款", "32", "32", "31.82", "99.45", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "完成保密检查项目数量", "≥5项", "5项", "30", "30", ""),
                ind("产出指标", "数量指标", "完成保 密检测 工作次 数", "=2 次", "2 次", "20", "20", ""),
                ind("效 益 指 标", "社会效 益指标", "预防失 泄密事 件发生", "保密检 测全覆 盖", "保密检 测全覆 盖", "30", "30", ""),
                ind("满 意 度 指 标", "服务对 象满意 度指标", "服务对 象满意 度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(12, "办公厅信息化设备、公文流转系统运行维护费", "97.00",
                funding("年度资金总额", "354.52", "404.52", "371.48", "91.83", "7"),
                funding("当年财政拨款", "354.52", "404.52", "371.48", "91.83", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "保障计算机数量", "=400 台", "400 台", "10", "10", ""),
                ind("产出指标", "数量指标", "保障打印机数量", "=300 台", "300 台", "10", "10", ""),
                ind("产出指标", "数量指标", "保障空调数量", "=8 台", "8 台", "10", "10", ""),
                ind("产出指标", "数量指标", "保障视频会议次数", "≥200 场", "200 场", "10", "10", ""),
                ind("产出指标", "时效指标", "保障服务工作完成时限", "=1 年", "1 年", "10", "10", ""),
                ind("效益指标", "社会效益指标", "办公系统正常运转率", "≥95%", "95%", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "部门工作人员满意度", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(13, "机动经费项目", "100.00",
                funding("年度资金总额", "50", "50", "50", "100", "10"),
                funding("当年财政拨款", "50", "50", "50", "100", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "保障工作完成率", "≥90%", "90%", "50", "50", ""),
                ind("社会效益指标", "社会效益指标", "省政府、办公厅工作正常开展率", "≥90%", "90%", "40", "40", "")));
        out.add(evaluation(14, "省政府办公厅电子政务内网和工作网运维", "97.00",
                funding("年度资金总额", "243.9", "243.9", "243.83", "99.97", "7"),
                funding("当年财政拨款", "243.9", "243.9", "243.83", "99.97", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "保障线路租用数量", "≥111 条", "111 条", "25", "25", ""),
                ind("产出指标", "数量指标", "保障系统个数", "=6 个", "6 个", "25", "25", ""),
                ind("效益指标", "社会效益指标", "工作网系统运行稳定性", "≥95%", "95%", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "", "≥90%", "90%", "10", "10", "")));
        out.add(evaluation(15, "省政府印刷费", "100.00",
                funding("年度资金总额", "115", "115", "115", "100", "10"),
                funding("当年财政拨款", "115", "115", "115", "100", "—"),
                funding("上年结转资金", "0", "0", "0", "0", "—"),
                funding("其他资金", "0", "0", "0", "0", "—"),
                ind("产出指标", "数量指标", "全年印刷文件资料份数", "≥11万份", "11.2万份", "30", "30", ""),
                ind("产出指标", "数量指标", "印刷品准确率", "≥99.7%", "99.7%", "10", "10", ""),
                ind("产出指标", "质量指标", "印刷品规范率", "≥99.7%", "99.7%", "10", "10", ""),
                ind("社会效益指标", "社会效益指标", "为领导决策提供文稿支持", "保障文稿质量", "保障文稿质量", "30", "30", ""),
                ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "10", "10", "")));
        return out;
    }

    /**
     * One 项目支出绩效自评表: the four funding rows (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金,
     * in this order) then the indicators; the 年度总体目标 is the {@code goal}-th entry of the prose.
     */
    private static ProjectPerformanceEvaluation evaluation(int goal, String name, String totalScore, Object... parts) {
        List<String> goals = Jilin2024Prose.GOALS.get(goal);
        if (!goals.get(0).equals(name)) {
            throw new IllegalStateException("年度总体目标 " + goal + " is of " + goals.get(0) + ", not of " + name);
        }
        ProjectPerformanceEvaluation.Builder b = ProjectPerformanceEvaluation.builder();
        b.projectName(name)
                .competentDepartment(COMPETENT_DEPARTMENT)
                .implementingUnit(DEPARTMENT)
                .expectedGoal(goals.get(1))
                .actualOutcome(goals.get(2))
                .totalScore(Score.parse(totalScore));
        FundingSource[] sources = FundingSource.values();
        int funding = 0;
        for (Object p : parts) {
            if (p instanceof String[]) {
                String[] f = (String[]) p;
                b.addFunding(FundingRow.of(sources[funding++], f[0], f[1], f[2], f[3], f[4], f[5]));
            } else {
                b.addIndicators((PerformanceIndicator) p);
            }
        }
        return b.build();
    }

    private static String[] funding(String label, String initialBudget, String fullYearBudget, String executed,
            String rate, String score) {
        return new String[] {label, initialBudget, fullYearBudget, executed, rate, score};
    }

    private static PerformanceIndicator ind(String level1, String level2, String name, String target, String actual,
            String weight, String score, String deviation) {
        PerformanceIndicator.Builder b = PerformanceIndicator.builder();
        b.target(target).actual(actual);
        b.level1(level1).level2(level2).name(name).deviationAnalysis(deviation);
        if (!weight.isEmpty()) {
            b.weight(Score.parse(weight));
        }
        if (!score.isEmpty()) {
            b.score(Score.parse(score));
        }
        return b.build();
    }

    // ================================================================ report 002

    private static FinalAccountReport buildServiceCenter() {
        return FinalAccountReport.builder()
                .department(SERVICE_CENTER)
                .fiscalYear(FiscalYear.of(2023))
                .scope(ReportScope.SELF)
                .unitKind(UnitKind.PUBLIC_INSTITUTION)
                .publicationDate(LocalDate.of(2024, 8, 28))
                .addAllDuties(JilinServiceCenter2023Prose.DUTIES)
                .addAllInternalBodies(JilinServiceCenter2023Prose.INTERNAL_BODIES)
                .summary(centerSummary())
                .income(centerIncome())
                .expenditure(centerExpenditure())
                .fiscalSummary(centerFiscalSummary())
                .generalBudgetExpenditure(centerGeneralBudget())
                .basicExpenditureDetail(centerBasicDetail())
                .governmentFund(GovernmentFundTable.builder()
                        .edition(TableEdition.E2023)
                        .total(Map.of())
                        .addNotes("注：1.本表依据《政府性基金预算财政拨款收入支出决算表》(财决09表)进行批复。",
                                "2.本表批复到项级科目。",
                                "3.本表以“万元”为金额单位(保留两位小数)。")
                        .build())
                .stateCapital(StateCapitalTable.builder()
                        .edition(TableEdition.E2023)
                        .total(Map.of())
                        .addNotes("注：1. 本表依据《国有资本经营预算财政拨款收入支出决算表》（财决11表）进行批复。",
                                "2. 本表批复到项级科目。",
                                "3. 本表以“万元”为金额单位（保留两位小数）。")
                        .build())
                .threePublicExpenses(ThreePublicExpensesTable.builder()
                        .edition(TableEdition.E2023)
                        .amounts(cells(ThreePublicExpensesColumn.values(),
                                "", "", "", "", "", "",
                                "", "", "", "", "", ""))
                        .addNotes("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，"
                                + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。")
                        .build())
                .addAllPerformanceEvaluations(centerEvaluations())
                .otherMatters(centerOtherMatters())
                .addAllNarrative(JilinServiceCenter2023Prose.NARRATIVE)
                .build();
    }

    // 公开01表 收入支出决算总表 (2023): every 类 line printed, blank ones included
    private static IncomeExpenditureSummaryTable centerSummary() {
        return IncomeExpenditureSummaryTable.builder()
                .edition(TableEdition.E2023)
                .income(SummaryIncomeLine.GENERAL_BUDGET, "42,590.81")
                .income(SummaryIncomeLine.GOVERNMENT_FUND, "")
                .income(SummaryIncomeLine.STATE_CAPITAL, "")
                .income(SummaryIncomeLine.SUPERIOR_SUBSIDY, "")
                .income(SummaryIncomeLine.BUSINESS, "")
                .income(SummaryIncomeLine.OPERATING, "")
                .income(SummaryIncomeLine.AFFILIATED_REMITTANCE, "")
                .income(SummaryIncomeLine.OTHER, "")
                .income(SummaryIncomeLine.TOTAL_INCOME, "42,590.81")
                .income(SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE, "")
                .income(SummaryIncomeLine.BEGINNING_BALANCE, "")
                .income(SummaryIncomeLine.GRAND_TOTAL, "42,590.81")
                .addExpenditureRows(
                        SummaryExpenditureRow.of("201", "一、一般公共服务支出", "42,557.12"),
                        SummaryExpenditureRow.of("202", "二、外交支出", ""),
                        SummaryExpenditureRow.of("203", "三、国防支出", ""),
                        SummaryExpenditureRow.of("204", "四、公共安全支出", ""),
                        SummaryExpenditureRow.of("205", "五、教育支出", ""),
                        SummaryExpenditureRow.of("206", "六、科学技术支出", ""),
                        SummaryExpenditureRow.of("207", "七、文化旅游体育与传媒支出", ""),
                        SummaryExpenditureRow.of("208", "八、社会保障和就业支出", "14.18"),
                        SummaryExpenditureRow.of("210", "九、卫生健康支出", "8.18"),
                        SummaryExpenditureRow.of("211", "十、节能环保支出", ""),
                        SummaryExpenditureRow.of("220", "十一、自然资源海洋气象等支出", ""),
                        SummaryExpenditureRow.of("221", "十二、住房保障支出", "11.33"))
                .expenditure(SummaryExpenditureLine.TOTAL_EXPENDITURE, "42,590.81")
                .expenditure(SummaryExpenditureLine.SURPLUS_DISTRIBUTION, "")
                .expenditure(SummaryExpenditureLine.ENDING_BALANCE, "")
                .expenditure(SummaryExpenditureLine.GRAND_TOTAL, "42,590.81")
                .addNotes("注：本套报表金额单位转换时可能存在尾数误差。",
                        "1. 本表依据《收入支出决算总表》（财决01表）进行批复。",
                        "2. 本表以“万元”为金额单位（保留两位小数）。")
                .build();
    }

    // 公开02表 收入决算表: the 合计 row is printed with every cell blank
    private static IncomeTable centerIncome() {
        return IncomeTable.builder()
                .edition(TableEdition.E2023)
                .total(cells(IncomeColumn.values(), "", "", "", "", "", "", ""))
                .addRows(
                        IncomeRow.of("201", "一般公共服务支出", "42,557.12", "42,557.12", "", "", "", "", ""),
                        IncomeRow.of("20103", "政府办公厅（室）及相关机构事务", "42,088.22", "42,088.22", "", "", "", "", ""),
                        IncomeRow.of("2010302", "一般行政管理事务", "1.35", "1.35", "", "", "", "", ""),
                        IncomeRow.of("2010350", "事业运行", "45.84", "45.84", "", "", "", "", ""),
                        IncomeRow.of("2010399", "其他政府办公厅（室）及相关机构事务支出", "42,041.03", "42,041.03", "", "", "", "", ""),
                        IncomeRow.of("20137", "网信事务", "468.9", "468.9", "", "", "", "", ""),
                        IncomeRow.of("2013799", "其他网信事务支出", "468.9", "468.9", "", "", "", "", ""),
                        IncomeRow.of("208", "社会保障和就业支出", "14.18", "14.18", "", "", "", "", ""),
                        IncomeRow.of("20805", "行政事业单位养老支出", "14.18", "14.18", "", "", "", "", ""),
                        IncomeRow.of("2080505", "机关事业单位基本养老保险缴费支出", "14.18", "14.18", "", "", "", "", ""),
                        IncomeRow.of("210", "卫生健康支出", "8.18", "8.18", "", "", "", "", ""),
                        IncomeRow.of("21011", "行政事业单位医疗", "8.18", "8.18", "", "", "", "", ""),
                        IncomeRow.of("2101102", "事业单位医疗", "8.18", "8.18", "", "", "", "", ""),
                        IncomeRow.of("221", "住房保障支出", "11.33", "11.33", "", "", "", "", ""),
                        IncomeRow.of("22102", "住房改革支出", "11.33", "11.33", "", "", "", "", ""),
                        IncomeRow.of("2210201", "住房公积金", "11.33", "11.33", "", "", "", "", ""))
                .addNotes("注：1. 本表依据《收入决算表》（财决03表）进行批复。",
                        "2. 本表含一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
                        "3. 本表批复到项级科目。",
                        "4. 本表以“万元”为金额单位（保留两位小数）。")
                .build();
    }

    // 公开03表 支出决算表
    private static ExpenditureTable centerExpenditure() {
        return ExpenditureTable.builder()
                .edition(TableEdition.E2023)
                .total(cells(ExpenditureColumn.values(), "42,590.81", "297.20", "42,293.61", "", "", ""))
                .addRows(
                        ExpenditureRow.of("201", "一般公共服务支出", "42,557.12", "263.51", "42,293.61", "", "", ""),
                        ExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "42,088.22", "263.51", "41,824.71", "", "", ""),
                        ExpenditureRow.of("2010302", "一般行政管理事务", "1.35", "", "1.35", "", "", ""),
                        ExpenditureRow.of("2010350", "事业运行", "45.84", "45.84", "", "", "", ""),
                        ExpenditureRow.of("2010399", "其他政府办公厅（室）及相关机构事务支出", "42,041.03", "217.67", "41,823.36", "", "", ""),
                        ExpenditureRow.of("20137", "网信事务", "468.9", "", "468.9", "", "", ""),
                        ExpenditureRow.of("2013799", "其他网信事务支出", "468.9", "", "468.9", "", "", ""),
                        ExpenditureRow.of("208", "社会保障和就业支出", "14.18", "14.18", "", "", "", ""),
                        ExpenditureRow.of("20805", "行政事业单位养老支出", "14.18", "14.18", "", "", "", ""),
                        ExpenditureRow.of("2080505", "机关事业单位基本养老保险缴费支出", "14.18", "14.18", "", "", "", ""),
                        ExpenditureRow.of("210", "卫生健康支出", "8.18", "8.18", "", "", "", ""),
                        ExpenditureRow.of("21011", "行政事业单位医疗", "8.18", "8.18", "", "", "", ""),
                        ExpenditureRow.of("2101102", "事业单位医疗", "8.18", "8.18", "", "", "", ""),
                        ExpenditureRow.of("221", "住房保障支出", "11.33", "11.33", "", "", "", ""),
                        ExpenditureRow.of("22102", "住房改革支出", "11.33", "11.33", "", "", "", ""),
                        ExpenditureRow.of("2210201", "住房公积金", "11.33", "11.33", "", "", "", ""))
                .addNotes("注：1. 本表依据《支出决算表》（财决04表）进行批复。",
                        "2. 本表含一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
                        "3. 本表批复到项级科目。",
                        "4. 本表以“万元”为金额单位（保留两位小数）。")
                .build();
    }

    // 公开04表 财政拨款收入支出决算总表: expenditure columns 合计, 一般公共预算, 政府性基金, 国有资本经营
    private static FiscalSummaryTable centerFiscalSummary() {
        return FiscalSummaryTable.builder()
                .edition(TableEdition.E2023)
                .income(FiscalIncomeLine.GENERAL_BUDGET, "42,590.81")
                .income(FiscalIncomeLine.GOVERNMENT_FUND, "")
                .income(FiscalIncomeLine.STATE_CAPITAL, "")
                .income(FiscalIncomeLine.TOTAL_INCOME, "42,590.81")
                .income(FiscalIncomeLine.BEGINNING_BALANCE, "")
                .income(FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, "")
                .income(FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND, "")
                .income(FiscalIncomeLine.BEGINNING_STATE_CAPITAL, "")
                .income(FiscalIncomeLine.GRAND_TOTAL, "42,590.81")
                .addExpenditureRows(
                        FiscalSummaryRow.of("201", "一、一般公共服务支出", "42,557.12", "42,557.12", "", ""),
                        FiscalSummaryRow.of("202", "二、外交支出", "", "", "", ""),
                        FiscalSummaryRow.of("203", "三、国防支出", "", "", "", ""),
                        FiscalSummaryRow.of("204", "四、公共安全支出", "", "", "", ""),
                        FiscalSummaryRow.of("205", "五、教育支出", "", "", "", ""),
                        FiscalSummaryRow.of("206", "六、科学技术支出", "", "", "", ""),
                        FiscalSummaryRow.of("207", "七、文化旅游体育与传媒支出", "", "", "", ""),
                        FiscalSummaryRow.of("208", "八、社会保障和就业支出", "14.18", "14.18", "", ""),
                        FiscalSummaryRow.of("210", "九、卫生健康支出", "8.18", "8.18", "", ""),
                        FiscalSummaryRow.of("211", "十、节能环保支出", "", "", "", ""),
                        FiscalSummaryRow.of("220", "十一、自然资源海洋气象等支出", "", "", "", ""),
                        FiscalSummaryRow.of("221", "十二、住房保障支出", "11.33", "11.33", "", ""))
                .expenditure(FiscalExpenditureLine.TOTAL_EXPENDITURE, "42,590.81", "42,590.81", "", "")
                .expenditure(FiscalExpenditureLine.ENDING_BALANCE, "", "", "", "")
                .expenditure(FiscalExpenditureLine.GRAND_TOTAL, "42,590.81", "42,590.81", "", "")
                .addNotes("注：1. 本表依据《财政拨款收入支出决算总表》（财决01-1表）进行批复。",
                        "2. 本表以“万元”为金额单位（保留两位小数）。")
                .build();
    }

    // 公开05表 一般公共预算财政拨款支出决算表: 合计, 基本支出 小计, 人员经费, 公用经费, 项目支出 (栏次 7-11)
    private static GeneralBudgetExpenditureTable centerGeneralBudget() {
        return GeneralBudgetExpenditureTable.builder()
                .edition(TableEdition.E2023)
                .total(cells(GeneralBudgetColumn.values(), "42,590.81", "297.20", "268.35", "28.85", "42,293.61"))
                .addRows(
                        // the 类 201 is labelled 一般公共预算支出 in the document (not 一般公共服务支出)
                        GeneralBudgetExpenditureRow.of("201", "一般公共预算支出", "42,557.12", "263.51", "234.66", "28.85", "42,293.61"),
                        GeneralBudgetExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务",
                                "42,088.22", "263.51", "234.66", "28.85", "41,824.71"),
                        GeneralBudgetExpenditureRow.of("2010302", "一般行政管理事务", "1.35", "", "", "", "1.35"),
                        GeneralBudgetExpenditureRow.of("2010350", "事业运行", "45.84", "45.84", "45.84", "", ""),
                        GeneralBudgetExpenditureRow.of("2010399", "其他政府办公厅（室）及相关机构事务支出",
                                "42,041.03", "217.67", "188.82", "28.85", "41,823.36"),
                        GeneralBudgetExpenditureRow.of("20137", "网信事务", "468.9", "", "", "", "468.9"),
                        GeneralBudgetExpenditureRow.of("2013799", "其他网信事务支出", "468.9", "", "", "", "468.9"),
                        GeneralBudgetExpenditureRow.of("208", "社会保障和就业支出", "14.18", "14.18", "14.18", "", ""),
                        GeneralBudgetExpenditureRow.of("20805", "行政事业单位养老支出", "14.18", "14.18", "14.18", "", ""),
                        GeneralBudgetExpenditureRow.of("2080505", "机关事业单位基本养老保险缴费支出", "14.18", "14.18", "14.18", "", ""),
                        GeneralBudgetExpenditureRow.of("210", "卫生健康支出", "8.18", "8.18", "8.18", "", ""),
                        GeneralBudgetExpenditureRow.of("21011", "行政事业单位医疗", "8.18", "8.18", "8.18", "", ""),
                        GeneralBudgetExpenditureRow.of("2101102", "事业单位医疗", "8.18", "8.18", "8.18", "", ""),
                        GeneralBudgetExpenditureRow.of("221", "住房保障支出", "11.33", "11.33", "11.33", "", ""),
                        GeneralBudgetExpenditureRow.of("22102", "住房改革支出", "11.33", "11.33", "11.33", "", ""),
                        GeneralBudgetExpenditureRow.of("2210201", "住房公积金", "11.33", "11.33", "11.33", "", ""))
                .addNotes("注：1.本表按照《一般公共预算财政拨款收入支出决算表》（财决07表）进行填报。",
                        "2.本表批复到项级科目。",
                        "3.本表以“万元”为金额单位（保留两位小数）。")
                .build();
    }

    // 公开06表 一般公共预算财政拨款基本支出决算明细表, column group by column group
    private static BasicExpenditureDetailTable centerBasicDetail() {
        return BasicExpenditureDetailTable.builder()
                .edition(TableEdition.E2023)
                .addRows(
                        // first column group: 301, 303
                        b("301", "工资福利支出", "268.35"),
                        b("30101", "基本工资", "109.79"),
                        b("30102", "津贴补贴", "4.67"),
                        b("30103", "奖金", "50.86"),
                        b("30106", "伙食补助费", ""),
                        b("30107", "绩效工资", "56.48"),
                        b("30108", "机关事业单位基本养老保险缴费", "14.18"),
                        b("30109", "职业年金缴费", ""),
                        b("30110", "职工基本医疗保险缴费", "8.18"),
                        b("30111", "公务员医疗补助缴费", ""),
                        b("30112", "其他社会保险缴费", "2.78"),
                        b("30113", "住房公积金", "11.33"),
                        b("30114", "医疗费", "3.2"),
                        b("30199", "其他工资福利支出", "6.88"),
                        b("303", "对个人和家庭的补助", ""),
                        b("30301", "离休费", ""),
                        b("30302", "退休费", ""),
                        b("30303", "退职(役)费", ""),
                        b("30304", "抚恤金", ""),
                        b("30305", "生活补助", ""),
                        b("30306", "救济费", ""),
                        b("30307", "医疗费补助", ""),
                        b("30308", "助学金", ""),
                        b("30309", "奖励金", ""),
                        b("30310", "个人农业生产补贴", ""),
                        b("30311", "代缴社会保险费", ""),
                        b("30399", "其他对个人和家庭的补助", ""),
                        // second column group: 302
                        b("302", "商品和服务支出", "28.85"),
                        b("30201", "办公费", "11.24"),
                        b("30202", "印刷费", "0.49"),
                        b("30203", "咨询费", "0.25"),
                        b("30204", "手续费", "0.01"),
                        b("30205", "水费", ""),
                        b("30206", "电费", ""),
                        b("30207", "邮电费", ""),
                        b("30208", "取暖费", ""),
                        b("30209", "物业管理费", ""),
                        b("30211", "差旅费", "10.11"),
                        b("30212", "因公出国(境)费用", ""),
                        b("30213", "维修(护)费", "0.18"),
                        b("30214", "租赁费", ""),
                        b("30215", "会议费", ""),
                        b("30216", "培训费", "0.13"),
                        b("30217", "公务接待费", ""),
                        b("30218", "专用材料费", ""),
                        b("30224", "被装购置费", ""),
                        b("30225", "专用燃料费", ""),
                        b("30226", "劳务费", "2.14"),
                        b("30227", "委托业务费", ""),
                        b("30228", "工会经费", "2.46"),
                        b("30229", "福利费", "1.43"),
                        b("30231", "公务用车运行维护费", ""),
                        b("30239", "其他交通费用", "0.31"),
                        b("30240", "税金及附加费用", "0.03"),
                        b("30299", "其他商品和服务支出", "0.07"),
                        // third column group: 307, 310, 399
                        b("307", "债务利息及费用支出", ""),
                        b("30701", "国内债务付息", ""),
                        b("30702", "国外债务付息", ""),
                        b("310", "资本性支出", ""),
                        b("31001", "房屋建筑物购建", ""),
                        b("31002", "办公设备购置", ""),
                        b("31003", "专用设备购置", ""),
                        b("31005", "基础设施建设", ""),
                        b("31006", "大型修缮", ""),
                        b("31007", "信息网络及软件购置更新", ""),
                        b("31008", "物资储备", ""),
                        b("31009", "土地补偿", ""),
                        b("31010", "安置补助", ""),
                        b("31011", "地上附着物和青苗补偿", ""),
                        b("31012", "拆迁补偿", ""),
                        b("31013", "公务用车购置", ""),
                        b("31019", "其他交通工具购置", ""),
                        b("31021", "文物和陈列品购置", ""),
                        b("31022", "无形资产购置", ""),
                        b("31099", "其他资本性支出", ""),
                        b("399", "其他支出", ""),
                        b("39907", "国家赔偿费用支出", ""),
                        b("39908", "对民间非营利组织和群众性自治组织补贴", ""),
                        b("39909", "经常性赠与", ""),
                        b("39910", "资本性赠与", ""),
                        b("39999", "其他支出", ""))
                .personnelTotal(Amount.of("268.35"))
                .publicUseTotal(Amount.of("28.85"))
                .addNotes("注：1.本表依据《一般公共预算财政拨款基本支出决算明细表》(财决08-1表)进行批复。",
                        "2.本表以“万元”为金额单位(保留两位小数)。")
                .build();
    }

    // 第三部分 十一、其他重要事项情况说明
    private static OtherMatters centerOtherMatters() {
        // （一） states that a 事业单位 has no 机关运行经费: no amount is given, so none is recorded
        return OtherMatters.builder()
                .procurement(GovernmentProcurement.builder()
                        .total(Amount.of("42198.47"))
                        .goods(Amount.of("0"))
                        .works(Amount.of("0"))
                        .services(Amount.of("42198.47"))
                        .smeAmount(Amount.of("1274.36"))
                        .smeShare(Rate.ofPercent("3.02"))
                        .smallMicroAmount(Amount.of("171.6"))
                        .smallMicroShare(Rate.ofPercent("13"))
                        .build())
                .assets(StateAssets.builder()
                        .vehicleTotal(0)
                        .equipmentOverOneMillion(5)
                        .text("截至 2023 年 12 月 31 日，吉林省政务服务和数字化建设服务中心共有车辆 0 辆；"
                                + "单位价值 100 万元（含）以上设备（不含车辆）5 台（套）。")
                        .build())
                .build();
    }

    // 项目支出绩效自评表 (2023 layout: no 主管部门, no 权重/得分/总分), in printed order
    private static List<ProjectPerformanceEvaluation> centerEvaluations() {
        List<ProjectPerformanceEvaluation> out = new ArrayList<>(14);
        out.add(evaluation2023(0, "12342 营商环境监督投诉举报电话运营服务费",
                fund(CURRENT, "当年财政拨款", "61.20", "61.20", "61.20", "100.00%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "61.20", "61.20", "61.20", "100.00%"),
                ind("产出指标", "数量指标", "“12342”投诉举报电话接听率", ">=88%", "98.78%", "", "", ""),
                ind("产出指标", "数量指标", "首次解答率", ">=80%", "99.19%", "", "", ""),
                ind("产出指标", "质量指标", "工单派发准确率", ">=95%", "100%", "", "", ""),
                ind("效益指标", "社会效益指标", "全年稳定运行天数", ">=360 天", "365 天", "", "", ""),
                ind("满意度指标", "服务对象满意度指标", "“12342”投诉举报电话服务对象满意度", ">=95%", "99.68%", "", "", "")));
        out.add(evaluation2023(1, "吉林省电子政务外网服务项目",
                fund(CURRENT, "当年财政拨款", "1436.23", "1436.23", "1432.94", "99.77%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "1436.23", "1436.23", "1432.94", "99.77%"),
                ind("成本指标", "经济成本指标", "电子政务广域网运维服务总成本", "≤1436.23 万元", "1432.94 万元", "", "", ""),
                // 产出指标 is printed without a 二级指标 for its first three rows
                ind("产出指标", "", "广域网覆盖率", "≥85%", "100%", "", "", ""),
                ind("产出指标", "", "广域网中断次数", "≤5 次", "1 次", "", "",
                        "省-市级电路, 采用多运营商组网, 才出现一次, 改进措施: 来年指标设置会更精确"),
                ind("产出指标", "", "广域网运维工作响应率", "≥75%", "100%", "", "",
                        "采用专人并建立问题通报处理流程, 在对接收到进行跟踪处理, 所以及时响应率有所提高。改进措施: 来年指标设置会更精确"),
                ind("产出指标", "质量指标", "广域网链路带宽", "≥10G", "11G", "", "", ""),
                ind("产出指标", "时效指标", "故障处理时长", "≤24 小时", "12 小时", "", "",
                        "省级城域网采用多运营商承载业务, 所以处理时长不会太长, 改进措施: 来年指标设置会更精确"),
                ind("效益指标", "社会效益指标", "电子政务广域网正常运行天数", "≥360 天", "365 天", "", "", "")));
        out.add(evaluation2023(2, "吉林省省级政务信息化运维服务项目",
                fund(CURRENT, "当年财政拨款", "971.00", "971.00", "965.50", "99.43%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "971.00", "971.00", "965.50", "99.43%"),
                ind("成本 指标", "经济成本 指标", "项目运维服务成本", "<=2180. 66 万元", "965.5 万 元", "", "",
                        "年度指标值最初设置错误，为三年指标值，不够严谨。往后将重新设置每年年度指标值。"),
                // 数量 指标 is printed in the 一级指标 cell; its 一级指标 is the 产出 指标 printed two rows below
                ind("产出 指标", "数量 指标", "系统等保测评个数", ">=3 次", "4 次", "", "",
                        "项目实际需完成 4 个系统的等保测评，与年度指标值偏差仅 3%，来年会根据项目需要测评等保的系统重新设置年度指标值。"),
                ind("产出 指标", "数量 指标", "现场巡检服务次数", ">=3 次", "8 次", "", "",
                        "根据实际需求，现场需多次进行巡检服务。年度指标值设置过低，根据信息化项目建设需要，来年需提高年度指标值。"),
                ind("产出 指标", "质量 指标", "培训参与率", ">=90%", "100%", "", "", ""),
                ind("产出 指标", "质量 指标", "应用系统稳定运行 率", ">=90%", "100%", "", "", ""),
                ind("产出 指标", "质量 指标", "三级等保巡检评估 测评覆盖率", ">=90%", "100%", "", "", ""),
                ind("产出 指标", "时效 指标", "问题处理解决时间", "<=72 小 时", "72 小时", "", "", ""),
                ind("产出 指标", "时效 指标", "平台运维完成时限", "2023 年 12 月 31 日", "2023 年 12 月 31 日", "", "", ""),
                ind("效益 指标", "社会效益 指标", "全年稳定运行天数", ">=350 天", "365 天", "", "", "")));
        out.add(evaluation2023(3, "吉林省信用信息综合服务平台服务费",
                fund(CURRENT, "当年财政拨款", "35.70", "35.70", "35.70", "100.00%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "35.70", "35.70", "35.70", "100.00%"),
                ind("产出指标", "质量指标", "双公示合规率", ">=98%", "100%", "", "", ""),
                ind("效益指标", "社会效益指标", "城市信用监测排名", "提升城市信用监测排名", "提升", "", "", ""),
                ind("满意度指标", "服务对象满意度指标", "全省对平台使用满意度", ">=90%", "100%", "", "", "")));
        out.add(evaluation2023(4, "吉林省信用中国（吉林）网站服务费",
                fund(CURRENT, "当年财政拨款", "44.20", "44.20", "43.20", "97.74%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "44.20", "44.20", "43.20", "97.74%"),
                ind("产出指标", "数量指标", "双公示数据征集量", ">=30 万条", "33 万条", "", "", ""),
                ind("产出指标", "数量指标", "全省主流媒体网站信用舆情搜索", ">=100 个", "100 个", "", "", ""),
                ind("效益指标", "社会效益指标", "网站点击量", ">=40 万次", "43 万次", "", "", ""),
                ind("满意度指标", "服务对象满意度指标", "全省对信用网站使用满意度", ">=90%", "100%", "", "", "")));
        out.add(evaluation2023(5, "吉林省信用综合服务平台信用信息数据治理服务费",
                fund(CURRENT, "当年财政拨款", "59.50", "59.50", "59.50", "100.00%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "59.50", "59.50", "59.50", "100.00%"),
                ind("产出指标", "数量指标", "地市前置库数据治理数量", "≥800 万条", "832 万条", "", "", ""),
                ind("产出指标", "数量指标", "数据治理数量", ">7 亿条", "7.8 亿条", "", "", ""),
                ind("效益指标", "社会效益指标", "省级信用信息服务平台稳定运行率", "稳定运行无故障", "稳定运行无故障", "", "", ""),
                ind("满意度指标", "服务对象满意度指标", "数据治理服务对象满意度", "≥90%", "100%", "", "", "")));
        out.add(evaluation2023(6, "吉林政务服务“一张网”运维工作经费",
                fund(CURRENT, "当年财政拨款", "221.00", "221.00", "216.80", "98.10%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "221.00", "221.00", "216.80", "98.10%"),
                ind("成本指标", "经济成本指标", "“一张网”全年运维成本", "≤221 万元", "216.8 万元", "", "", ""),
                ind("产出指标", "数量指标", "“一张网”全省地区运维服务数", "≥10 个", "12 个", "", "", ""),
                ind("产出指标", "时效指标", "“一张网”运维服务完成时限", "2023 年 12 月 31 日", "2023 年 12 月 31 日", "", "", ""),
                ind("效益指标", "社会效益指标", "“一张网”全年正常运行天数", "≥360 天", "365 天", "", "", ""),
                ind("满意度指标", "服务对象满意度指标", "“一张网”用户满意度", "≥80%", "100%", "", "", "")));
        out.add(evaluation2023(7, "省级政务服务热线呼叫中心委托业务费",
                fund(CURRENT, "当年财政拨款", "1533.22", "1533.22", "1533.22", "100.00%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "1533.22", "1533.22", "1533.22", "100.00%"),
                ind("成本指标", "经济成本指标", "项目运维服务成本", "<=1533.22万元", "1533.22万元", "", "", ""),
                ind("产出指标", "数量指标", "热线呼叫中心接通率", ">=70%", "90.99%", "", "", ""),
                ind("产出指标", "数量指标", "热线呼叫中心座席数", "话务坐席40个，工单坐席20个", "话务坐席40个，工单坐席20个", "", "", ""),
                ind("产出指标", "时效指标", "热线呼叫中心上线运行时限", "7*24小时", "严格执行7*24小时全天候服务", "", "", ""),
                ind("效益指标", "社会效益指标", "热线服务问题解决率", "据实完成。", "资讯类问题在线解决率92.55%", "", "", ""),
                ind("满意度指标", "服务对象满意度指标", "服务群众满意度", ">=85%", "97.46%", "", "", "")));
        out.add(evaluation2023(8, "省政府门户网站外文版网站翻译服务项目",
                fund(CURRENT, "当年财政拨款", "76.50", "76.50", "76.40", "99.87%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "76.50", "76.50", "76.40", "99.87%"),
                ind("产出指标", "数量指标", "全年外文信息 发布数量", ">=1800 条", "1921 条", "", "", ""),
                ind("产出指标", "质量指标", "发布翻译稿件 的文字差错率", "<=3‰", "0.18‰", "", "",
                        "指标设定参考规章制度及行 业指标,实际发布稿件信息特 别是公共事业要求高,需三审 三校,出错可能较小,所以文"
                                + " 字差错率低。来年年度指标值 设置会更精准"),
                ind("产出指标", "时效指标", "信息发布时限 (日均)", ">=2 条", "5 条", "", "",
                        "信息发布数量取决于当天新 闻的多少,不太可控,去年新 闻较多,信息发布频次高。来 年年度指标值设置会更精准"),
                ind("效益指标", "社会效益 指标", "向外方宣传推 介吉林,为外籍 人士提供信息 和服务",
                        "提供英、日、朝、 俄等 4 个语种 的信息和服务, 外文版网站点 击率逐年提升", "逐年提升", "", "", "")));
        out.add(evaluation2023(9, "省政府网站集约化平台运维服务项目",
                fund(CURRENT, "当年财政拨款", "1073.00", "1073.00", "1063.50", "99.11%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "1073.00", "1073.00", "1063.50", "99.11%"),
                ind("产出指标", "数量指标", "运维工程师驻场服务人数", ">=3 名", "5 名", "", "",
                        "工作任务量大,增加人手。来年年指标值设置会更精准"),
                ind("产出指标", "数量指标", "专题网站建设服务个数", ">=70 个", "78 个", "", "", ""),
                ind("产出指标", "数量指标", "系统等保测评个数", ">=5 个", "7 个", "", "",
                        "系统存在相应风险,必须完成相应的等级保护测评个数。来年年指标值设置会更精准"),
                ind("产出指标", "数量指标", "网站检查服务数", ">=300 家", "310 家", "", "", ""),
                ind("产出指标", "数量指标", "部门网站改版服务个数", ">=10 个", "10 个", "", "", ""),
                ind("产出指标", "数量指标", "应用系统支撑数", ">=50 个", "74 个", "", "",
                        "应用系统需支撑数量多。来年年指标值设置会更精准"),
                ind("产出指标", "数量指标", "机房现场巡检服务次数", ">=80 次/年", "88 次/年", "", "", ""),
                // printed one cell to the left (in the 二级指标 cell)
                ind("产出指标", "数量指标", "访谈直播间和监控间日常运维服务", ">=30 次", "32 次", "", "", ""),
                ind("产出指标", "时效指标", "问题处理解决时间", "<=24 小时", "24 小时", "", "", ""),
                ind("产出指标", "时效指标", "事发现场抵达时间", "<=4 小时", "4 小时", "", "", ""),
                // printed in the 一级指标 cell
                ind("产出指标", "时效指标", "运维服务响应时间", "<=0.5 小时", "0.5 小时", "", "", ""),
                ind("效益指标", "社会效益指标", "省政府门户网站群点击量增加率", ">=10%", "11.48%", "", "", ""),
                ind("效益指标", "社会效益指标", "全年累计核心业务中断次数", "<=20 次", "0 次", "", "",
                        "全年遵照业务流程和规章制度,做好维护和预防,没出现业务中断。来年年指标值设置会更精准"),
                // the last two rows are printed outside the 绩效指标 frame; they continue the row above
                ind("效益指标", "社会效益指标", "网站安全事故发生数", "=0 次", "0 次", "", "", ""),
                ind("效益指标", "社会效益指标", "需求处理完成率", ">=85%", "100%", "", "", "")));
        out.add(evaluation2023(10, "省政府网站内容运维服务项目",
                fund(CURRENT, "当年财政拨款", "100.00", "100.00", "100.00", "100.00%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "100.00", "100.00", "100.00", "100.00%"),
                ind("产出指标", "数量指标", "省政府门户网站日均发布信息数", "≥20 条", "34 条", "", "",
                        "本年度宣传工作互动较多，新闻发布量有所上升。来年年度指标值设置会更精准"),
                ind("产出指标", "数量指标", "“吉林省人民政府网”微信公众号信息年发布量", "≥300 条", "881 条", "", "",
                        "本年度宣传工作互动较多，新闻发布量有所上升。来年年度指标值设置会更精准"),
                ind("产出指标", "质量指标", "值班读网工作时间", "24 小时不间断", "24 小时不间断", "", "", ""),
                ind("产出指标", "时效指标", "重要信息发布时限", "≤2 小时", "2 小时", "", "", ""),
                ind("效益指标", "社会效益指标", "省政府门户网站点击率和微信公众号阅读量", "有所提升", "有所提升", "", "", "")));
        out.add(evaluation2023(11, "省政府专网租用及维护服务项目",
                fund(CURRENT, "当年财政拨款", "775.00", "775.00", "772.90", "99.73%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "775.00", "775.00", "772.90", "99.73%"),
                ind("产出 指标", "数量 指标", "政府专网租赁数", ">=1 条", "2 条", "", "",
                        "政府专网租赁数为两条, 分别为省政府专网吉视传媒租用线路、省政府专网联通租用线路(详见合同), "
                                + "由两家供应商(吉视传媒/联通)提供, 一主一备。改进措施: 来年指标设置会更精确"),
                ind("产出 指标", "数量 指标", "三级等保巡检评估测评次数", ">=1 次", "1 次", "", "", ""),
                ind("产出 指标", "质量 指标", "专网骨干网中断次数", "<=5 次", "0 次", "", "",
                        "该网络为省级重点业务环网, 有专人定期巡查, 所以中断次数减到为零。改进措施: 来年指标设置会更精确"),
                ind("产出 指标", "质量 指标", "三级等保巡检评估测评覆盖率", ">=85%", "85.5%", "", "", ""),
                // 时效 指标 is printed in the 一级指标 cell
                ind("产出 指标", "时效 指标", "环网线路故障处理时长", "<=24 小时", "10 小时", "", "",
                        "有专项运维人员 7*24 小时进行运维响应, 会第一时间到达现场, 所以处理时长有所减少改进措施: 来年指标设置会更精确"),
                ind("产出 指标", "时效 指标", "专网骨干网故障处理时长", "<=24 小时", "4 小时", "", "",
                        "对专网骨干网采用定期巡查的方式进行维护, 提前进行线路排迁或专人进行现场保障。所以处理时长有所减少, "
                                + "改进措施: 来年指标设置会更精确"),
                ind("效益 指标", "社会效益 指标", "省政府专网运行通畅率", ">=90%", "100%", "", "", "")));
        out.add(evaluation2023(12, "政府网站网上宣传经费",
                fund(CURRENT, "当年财政拨款", "42.50", "42.50", "40.88", "96.19%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "42.50", "42.50", "40.88", "96.19%"),
                ind("产出指标", "数量指标", "政府门户网站年点击量", ">=8000 万次", "10241 万次", "", "", ""),
                ind("产出指标", "数量指标", "原创图片制作数", ">=150 幅", "579 幅", "", "",
                        "新闻条数增加不可控，由于新闻量增加导致匹配图片增加。来年年度指标值设置会更精准"),
                ind("产出指标", "数量指标", "原创小视频制作数", ">=1 个", "1 个", "", "", ""),
                ind("产出指标", "质量指标", "文字差错率", "<=3%", "3%", "", "", ""),
                ind("产出指标", "时效指标", "重要信息发布时限", "<=5 小时", "5 小时", "", "", ""),
                ind("效益指标", "社会效益指标", "重大政策信息年点击量", ">=2 万次", "6.7 万次", "", "",
                        "今年政策发布较多，且含金量较高，推广能力较往年有所增强，所以点击量提升。来年年度指标值设置会更精准"),
                // printed outside the 绩效指标 frame; continues the row above
                ind("效益指标", "社会效益指标", "网站点击增长率", "有所提升", "有所提升", "", "", "")));
        out.add(evaluation2023(13, "政务信息基础设施建设工作经费",
                fund(CURRENT, "当年财政拨款", "17.00", "17.00", "9.70", "57.06%"),
                fund(CARRYOVER, "上年结转资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(OTHER, "其他资金", "0.00", "0.00", "0.00", "0.00%"),
                fund(TOTAL, "年度资金总和", "17.00", "17.00", "9.70", "57.06%"),
                ind("成本指标", "经济成本指标", "第三方评审咨询服务单项成本", "≤5000 元", "4800 元", "", "", ""),
                // levels blank: continues the row above (成本指标 / 经济成本指标), as printed
                ind("成本指标", "经济成本指标", "专家评审次数", "≥10 次", "23 次", "", "",
                        "大项目中存在小分项, 每一个小分项需要单独进行专家评审, 评审次数变多。来年年度指标值设计会更加严谨。"),
                ind("产出指标", "数量指标", "审核省直部门信息化建设项目数", "≥20 项", "52 项", "", "",
                        "各个省直部门实际需求增加, 项目增多, 服务中心根据相关规定, 审核各个省直部门项目增多, 实际完成值增多。"
                                + "来年会重新预估各个省直部门申报项目数量。"),
                // 时效指标 is printed in the 三级指标 cell, the row shifted one cell to the right
                ind("产出指标", "时效指标", "信息化项目申报材料审核时限", "2023 年 12 月底前", "2023 年 12 月底前", "", "", ""),
                ind("效益指标", "社会效益指标", "项目申报材料准确率", "2023 年 12 月底前", "2023 年 12 月底前", "", "", "")));
        return out;
    }

    /**
     * One 项目支出绩效自评表 of report 002: the funding rows in printed order (年度资金总和 last), then
     * the indicators; the 年度总体目标 is the {@code goal}-th entry of the prose.
     */
    private static ProjectPerformanceEvaluation evaluation2023(int goal, String name, Object... parts) {
        List<String> goals = JilinServiceCenter2023Prose.GOALS.get(goal);
        if (!goals.get(0).equals(name)) {
            throw new IllegalStateException("年度总体目标 " + goal + " is of " + goals.get(0) + ", not of " + name);
        }
        ProjectPerformanceEvaluation.Builder b = ProjectPerformanceEvaluation.builder();
        b.projectName(name)
                .implementingUnit(SERVICE_CENTER)
                .expectedGoal(goals.get(1))
                .actualOutcome(goals.get(2));
        for (Object p : parts) {
            if (p instanceof FundingRow) {
                b.addFunding((FundingRow) p);
            } else {
                b.addIndicators((PerformanceIndicator) p);
            }
        }
        return b.build();
    }

    private static FundingRow fund(FundingSource source, String label, String initialBudget, String fullYearBudget,
            String executed, String rate) {
        return FundingRow.of(source, label, initialBudget, fullYearBudget, executed, rate, "");
    }
}
