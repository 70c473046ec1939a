package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validator on the three real reports as read from the text of their PDFs. Every finding above
 * information was checked by hand against the document text; the comment on each says why it is right.
 */
class RealReportsValidationTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static FinalAccountReport read(String file) {
        return new TextReportReader().read(Path.of("src/test/resources/real-reports/" + file)).getReport();
    }

    // ---- 001 吉林省人民政府办公厅（本级） 2024

    @Test
    void test_validate_read001_findsTheSameAsTheHandTypedSample() {
        ValidationResult text = VALIDATOR.validate(read("001_204597f849ed16ca.txt"));
        ValidationResult sample = VALIDATOR.validate(SampleReports.jilinGeneralOffice2024());
        assertThat(text.getFindings()).isNotEmpty().containsExactlyElementsOf(sample.getFindings());
        assertThat(text.getOutcomes()).isEqualTo(sample.getOutcomes());
        // its tables agree within rounding; four figures of its prose do not (see testing's
        // RealReportValidationTest): 一's 收入总计 / 支出总计, 四's 支出总计 and the 5.2% share of 住房保障支出
        assertThat(text.getFindingsAbove(Severity.ROUNDING)).extracting(Finding::getRuleId)
                .containsExactlyInAnyOrder("NARR.T01.TOTALS", "NARR.T01.TOTALS", "NARR.T04.TOTALS", "NARR.SHARES");
    }

    // ---- 002 吉林省政务服务和数字化建设服务中心 2023

    @Test
    void test_validate_read002_findsTheBlankTotalRowAndTwoMisprintedNames() {
        ValidationResult result = VALIDATOR.validate(read("002_2626e36b3619c519.txt"));
        assertThat(result.getEdition()).isEqualTo(TableEdition.E2023);
        assertThat(describe(result.getFindingsAbove(Severity.INFO))).containsExactlyInAnyOrder(
                // 公开02表 prints "| 合计 | | | | | | | | | |": every cell of the 合计 row is blank, while its 类 rows
                // (201 42,557.12; 208 14.18; 210 8.18; 221 11.33) add to 42,590.81 = 01's 本年收入合计
                describe(Severity.ERROR, "COMPLETENESS.TOTAL_ROW_BLANK", Location.of(TableId.T02, RowKey.TOTAL),
                        "42590.81", "—"),
                // 公开05表 prints "| 201 | 一般公共预算支出 | 42,557.12 |": the 类 201 is 一般公共服务支出, as 01 to 04
                // print it; "一般公共预算支出" is the name of the whole table's kind of funds
                describe(Severity.WARNING, "CATALOG.NAME_MISMATCH",
                        Location.of(TableId.T05, RowKey.of(FunctionCode.of("201"))), "—", "—"),
                // 公开06表 prints "| 30112 | 其他社会保险缴费 | 2.78 |": the 部门预算支出经济分类科目 name of 30112 is
                // 其他社会保障缴费, which the document's own prose (人员经费 主要包括 … 其他社会保障缴费) uses
                describe(Severity.WARNING, "CATALOG.NAME_MISMATCH",
                        Location.of(TableId.T06, RowKey.of(EconomicCode.of("30112"))), "—", "—"),
                // 第三部分 五（三） 7: "住房公积金（项），年初预算为 9.55 万元，支出决算为 11.33 元": 05 prints 2210201
                // 住房公积金 11.33 万元; the prose's unit is a slip (domain.md)
                describe(Severity.WARNING, "NARR.T05.AMOUNTS",
                        Location.of(TableId.T05, RowKey.of(FunctionCode.of("2210201")), GeneralBudgetColumn.TOTAL),
                        "11.33", "0.001133"),
                // 第三部分 三: "基本支出 297.2 万元，占 0.69% … 项目支出 42293.61 万元，占 99.31%": 297.2 / 42590.81 is
                // 0.70% and 42293.61 / 42590.81 is 99.30%; the shares were forced to add up to 100% (domain.md)
                describe(Severity.WARNING, "NARR.SHARES",
                        Location.of(TableId.T03, RowKey.TOTAL, ExpenditureColumn.BASIC), "0.7", "0.69"),
                describe(Severity.WARNING, "NARR.SHARES",
                        Location.of(TableId.T03, RowKey.TOTAL, ExpenditureColumn.PROJECT), "99.3", "99.31"),
                // 第三部分 五（三） 4: "其他网信事务支出（项）。年初预算为 0 万元，支出决算为 468.9 万元，完成年初预算的 46890%":
                // no rate of completion exists against a budget of 0 (46890% is 468.9 / 1 × 100)
                describe(Severity.WARNING, "NARR.LOGIC.COMPLETION_RATE",
                        Location.ofText("第三部分“五、一般公共预算财政拨款支出决算情况说明”"), "—", "46890"));
    }

    @Test
    void test_validate_read002_everyOtherFigureOfTheProseAgreesWithTheTables() {
        ValidationResult result = VALIDATOR.validate(read("002_2626e36b3619c519.txt"));
        // 收、支总计均为 42590.81 (一 and 四), 本年收入合计, 基本支出 297.2 and 项目支出, the 类 amounts, 六 and the
        // zero “三公” figures are all checked and agree; its 绩效 prose has no 自评得分 to compare
        for (String id : List.of("NARR.T01.TOTALS", "NARR.T04.TOTALS", "NARR.T03.KINDS", "NARR.T05.BASIC",
                "NARR.T09.THREE_PUBLIC")) {
            assertThat(result.getOutcome(id)).as(id).isEqualTo(Outcome.PASSED);
        }
        assertThat(result.getOutcome("NARR.T05.AMOUNTS")).isEqualTo(Outcome.FAILED);
        // of its shares only 基本支出's and 项目支出's are off (above); 五's 类 shares and 六's are right
        assertThat(result.getFindings("NARR.SHARES")).hasSize(2);
    }

    @Test
    void test_validate_read002_tiesWithTheBlankTotalAndScoresAreNotAssessed() {
        ValidationResult result = VALIDATOR.validate(read("002_2626e36b3619c519.txt"));
        // a blank 合计 cannot be tied to 01: not assessed, never passed
        assertThat(result.getOutcome("INTER.T02_TOTAL_EQUALS_T01_INCOME")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(result.getOutcome("INTER.T02_APPROPRIATION_EQUALS_T01_APPROPRIATIONS"))
                .isEqualTo(Outcome.NOT_ASSESSED);
        // its 14 绩效自评表 have no 权重/得分 columns
        assertThat(result.getOutcome("PERF.WEIGHTS_SUM_TO_100")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(result.getOutcome("PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(result.getOutcome("PERF.SCORE_NOT_ABOVE_WEIGHT")).isEqualTo(Outcome.NOT_ASSESSED);
        // their 执行率 and 资金 sums are checked and hold (年度资金总和 = the three sources)
        assertThat(result.getOutcome("PERF.EXECUTION_RATE")).isEqualTo(Outcome.PASSED);
        assertThat(result.getOutcome("PERF.FUNDING_TOTAL_EQUALS_SUM_OF_SOURCES")).isEqualTo(Outcome.PASSED);
        // the 2023 layouts of 07 and 08 are printed with nothing but a blank 合计 row: nothing to add up
        assertThat(result.getOutcome("COMPLETENESS.TOTAL_ROW_BLANK")).isEqualTo(Outcome.FAILED);
        assertThat(result.getFindings("COMPLETENESS.TOTAL_ROW_BLANK")).extracting(Finding::getTable)
                .containsExactly(java.util.Optional.of(TableId.T02));
        // everything else of 01 to 09 ties exactly: no rounding difference at all in this report
        assertThat(result.getFindings()).noneMatch(f -> f.getSeverity() == Severity.ROUNDING);
    }

    // ---- every figure the prose repeats is compared: change it and a 情况说明 rule fires

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {2} → {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "001_204597f849ed16ca.txt | 二、 | 本年收入合计 7698.92 | 本年收入合计 7698.93 | NARR.T01.TOTALS",
        "001_204597f849ed16ca.txt | 三、 | 基本支出 6209.1 | 基本支出 6209.2 | NARR.T03.KINDS",
        "001_204597f849ed16ca.txt | 四、 | 财政拨款收入 7697.03 | 财政拨款收入 7697.04 | NARR.T04.TOTALS",
        "001_204597f849ed16ca.txt | 五、 | 一般公共服务支出 5987.96 | 一般公共服务支出 5987.97 | NARR.T05.AMOUNTS",
        "001_204597f849ed16ca.txt | 五、 | 支出决算为 7841.66 | 支出决算为 7841.67 | NARR.T05.AMOUNTS",
        "001_204597f849ed16ca.txt | 五、 | 支出决算为 4355.4 万元 | 支出决算为 4355 万元 | NARR.T05.AMOUNTS",
        "001_204597f849ed16ca.txt | 五、 | 支出决算为 421.79 | 支出决算为 421.80 | NARR.T05.AMOUNTS",
        "001_204597f849ed16ca.txt | 五、 | 支出决算为 132.76 | 支出决算为 132.67 | NARR.T05.AMOUNTS",
        "001_204597f849ed16ca.txt | 五、 | 占 76.4% | 占 76.5% | NARR.SHARES",
        "001_204597f849ed16ca.txt | 六、 | 人员经费 5374.24 | 人员经费 5374.42 | NARR.T05.BASIC",
        "001_204597f849ed16ca.txt | 九、 | 因公出国（境）费预算为 7.31 | 因公出国（境）费预算为 7.13 | NARR.T09.THREE_PUBLIC",
        "001_204597f849ed16ca.txt | 九、 | 公务接待费预算为 28.93 | 公务接待费预算为 28.39 | NARR.T09.THREE_PUBLIC",
        "001_204597f849ed16ca.txt | 九、 | 公务用车运行维护费支出 153.9 | 公务用车运行维护费支出 153.8 | NARR.T09.THREE_PUBLIC",
        "001_204597f849ed16ca.txt | 十、 | 自评得分为 87 分 | 自评得分为 86 分 | NARR.PERF.PROJECTS",
        "001_204597f849ed16ca.txt | 十、 | 执行数为 47.5 万元 | 执行数为 45.7 万元 | NARR.PERF.PROJECTS",
        "002_2626e36b3619c519.txt | 一、 | 收、支总计均为 42590.81 | 收、支总计均为 42590.18 | NARR.T01.TOTALS",
        "002_2626e36b3619c519.txt | 四、 | 收、支总计均为 42590.81 | 收、支总计均为 42590.18 | NARR.T04.TOTALS",
        "002_2626e36b3619c519.txt | 五、 | 支出决算为 42041.03 | 支出决算为 42041.30 | NARR.T05.AMOUNTS",
        "002_2626e36b3619c519.txt | 五、 | 支出决算为 14.18 | 支出决算为 14.81 | NARR.T05.AMOUNTS",
        "002_2626e36b3619c519.txt | 五、 | 支出决算为 468.9 | 支出决算为 469.8 | NARR.T05.AMOUNTS",
        "002_2626e36b3619c519.txt | 六、 | 公用经费 28.85 | 公用经费 28.58 | NARR.T05.BASIC",
        "002_2626e36b3619c519.txt | 九、 | 公务接待费支出决算为0万元 | 公务接待费支出决算为1万元 | NARR.T09.THREE_PUBLIC"})
    void test_validate_realProse_changedFigure_firesItsRule(String file, String heading, String from, String to,
            String rule) {
        FinalAccountReport report = read(file);
        List<io.github.juesuan.report.NarrativeSection> narrative = new java.util.ArrayList<>();
        int changed = 0;
        // the phrase as the text has it, with line breaks and spaces anywhere between its characters
        java.util.regex.Pattern phrase = java.util.regex.Pattern.compile(from.replace(" ", "").codePoints()
                .mapToObj(c -> java.util.regex.Pattern.quote(new String(Character.toChars(c))))
                .collect(Collectors.joining("\\s*")));
        for (io.github.juesuan.report.NarrativeSection s : report.getNarrative()) {
            java.util.regex.Matcher m = phrase.matcher(s.getText());
            if (s.getHeading().startsWith(heading) && m.find()) {
                changed++;
                s = io.github.juesuan.report.NarrativeSection.of(s.getPart(), s.getHeading(),
                        s.getText().substring(0, m.start()) + to + s.getText().substring(m.end()));
            }
            narrative.add(s);
        }
        assertThat(changed).as("sections of %s saying %s", heading, from).isEqualTo(1);
        ValidationResult before = VALIDATOR.validate(report);
        ValidationResult after = VALIDATOR.validate(FinalAccountReport.builder().from(report).narrative(narrative)
                .build());
        assertThat(after.getFindings(rule)).hasSizeGreaterThan(before.getFindings(rule).size());
    }

    // ---- 000 吉林省政务大厅运行服务中心 2024

    @Test
    void test_validate_read000_reportsTheLostTablePagesAndAcceptsTheDeclaredEmptyOnes() {
        FinalAccountReport report = read("000_aa736e7b58f5109b.txt");
        ValidationResult result = VALIDATOR.validate(report);
        // the pages of 01 to 06 were images and are lost: only their titles remain, so each is unreadable (a
        // reading miss, not a mistake of the report: no COMPLETENESS.TABLE_ABSENT); 07, 08 and 09 say
        // 本单位没有政府性基金预算财政拨款 / 国有资本经营预算财政拨款 / 财政拨款“三公”经费支出
        for (TableId id : List.of(TableId.T01, TableId.T02, TableId.T03, TableId.T04, TableId.T05, TableId.T06)) {
            assertThat(report.getPresence(id)).as(id.getLabel()).isEqualTo(TablePresence.UNREADABLE);
        }
        assertThat(describe(result.getFindingsAbove(Severity.INFO))).containsExactlyInAnyOrder(
                // the prose is all that is left: its 类 amounts 1593.54 + 28.07 + 7.65 + 10.92 = 1640.18 against the
                // total 1640.19 it states (domain.md), within the rounding of 5 figures
                describe(Severity.ROUNDING, "NARR.SHARES",
                        Location.of(TableId.T05, RowKey.TOTAL, GeneralBudgetColumn.TOTAL), "1640.18", "1640.19"));
        assertThat(report.getPresence(TableId.T07)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(report.getPresence(TableId.T08)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(report.getPresence(TableId.T09)).isEqualTo(TablePresence.DECLARED_EMPTY);
        // rules that read the lost tables are not assessed, and said so, never passed
        assertThat(result.getOutcome("INTRA.T01.GRAND_TOTALS_BALANCE")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(result.getOutcome("INTER.T03_TOTAL_EQUALS_T01_EXPENDITURE")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(result.getOutcome("PERF.EXECUTION_RATE")).isEqualTo(Outcome.NOT_ASSESSED);
        // the only rounding is the prose's own sum
        assertThat(result.getOutcomes()).containsEntry("NARR.SHARES", Outcome.ROUNDING);
        assertThat(result.getOutcomes().entrySet()).filteredOn(e -> e.getValue() == Outcome.ROUNDING).hasSize(1);
    }

    private static String absent(TableId id) {
        return describe(Severity.ERROR, "COMPLETENESS.TABLE_ABSENT", Location.of(id), "—", "—");
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> describe(f.getSeverity(), f.getRuleId(), f.getLocation(),
                f.getExpected().map(BigDecimal::toPlainString).orElse("—"),
                f.getActual().map(BigDecimal::toPlainString).orElse("—"))).collect(Collectors.toList());
    }

    private static String describe(Severity severity, String ruleId, Location at, String expected, String actual) {
        return severity + " " + ruleId + " " + at + " expected " + normal(expected) + " actual " + normal(actual);
    }

    private static String normal(String figure) {
        return figure.equals("—") ? figure : new BigDecimal(figure).stripTrailingZeros().toPlainString();
    }
}
