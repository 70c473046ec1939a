package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.RuleFamily;
import io.github.juesuan.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules on the wording of the text (family {@code TEXT}) on the real reports, as read from the text of their
 * PDFs: every finding above information, checked by hand against the document (docs/real-reports.md), and
 * nothing else. The reports that reviewers found no wording mistake in get none.
 */
class TextRulesRealReportsTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().locale(Locale.CHINESE).build();

    static FinalAccountReport read(String file) {
        return new TextReportReader().read(Path.of("src/test/resources/real-reports/" + file)).getReport();
    }

    /** The findings above information of the TEXT family, as "RULE location". */
    private static List<String> text(String file) {
        return VALIDATOR.validate(read(file)).getFindingsAbove(Severity.INFO).stream()
                .filter(f -> f.getRuleId().startsWith(RuleFamily.TEXT.name() + "."))
                .map(f -> f.getRuleId() + " " + f.getLocation()).collect(Collectors.toList());
    }

    private static List<Finding> findings(String file, String ruleId) {
        return VALIDATOR.validate(read(file)).getFindings(ruleId);
    }

    private static String at(String place) {
        return Location.ofText(place).toString();
    }

    @Test
    void test_jilinReports_haveNoWordingMistake() {
        assertThat(text("000_aa736e7b58f5109b.txt")).isEmpty();
        assertThat(text("001_204597f849ed16ca.txt")).isEmpty();
        assertThat(text("002_2626e36b3619c519.txt")).isEmpty();
    }

    @Test
    void test_caizhengju_hasNoWordingMistake() {
        assertThat(text("shanghai/caizhengju-2024.layout.txt")).isEmpty();
    }

    @Test
    void test_guihuaziranziyuanju_unchosenAlternativeAndGrowthWithoutPercent() {
        assertThat(text("shanghai/guihuaziranziyuanju-2024.layout.txt")).containsExactlyInAnyOrder(
                // 七: "比 2023 年度减少 0.15 万元，下降（增长）27.78%": the template's 下降（增长） left as printed
                "TEXT.INSTRUCTION " + at("第三部分“七、财政拨款“三公”经费支出决算情况说明”"),
                // 五（一）: "增加1193.20 万元，增长 13.95。主要原因": the rate lost its %
                "TEXT.SHARE_WITHOUT_PERCENT " + at("第三部分“五、一般公共预算财政拨款支出决算情况说明”"));
        assertThat(findings("shanghai/guihuaziranziyuanju-2024.layout.txt", "TEXT.SHARE_WITHOUT_PERCENT"))
                .singleElement().satisfies(f -> {
                    assertThat(f.getMessage()).contains("增长13.95");
                    assertThat(f.getActual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("13.95"));
                });
    }

    @Test
    void test_shiquanlu_garbledTemplateWordings() {
        assertThat(text("shanghai/shiquanlu-2025.pages.txt")).containsExactlyInAnyOrder(
                // 七: "决算数比 2024 年度减\n增加 21.90 万元" (减少 and 增加 run together)
                "TEXT.GARBLED " + at("第三部分“七、财政拨款“三公”经费支出决算情况说明”"),
                // 五（三）: "决算数大\n小于预算数的主要原因" (大于 and 小于 run together)
                "TEXT.GARBLED " + at("第三部分“五、一般公共预算财政拨款支出决算情况说明”"));
        assertThat(findings("shanghai/shiquanlu-2025.pages.txt", "TEXT.GARBLED")).extracting(Finding::getMessage)
                .anySatisfy(m -> assertThat(m).contains("“减增加”"))
                .anySatisfy(m -> assertThat(m).contains("“大小于”"));
    }

    @Test
    void test_template_isToldItHoldsPlaceholdersAndInstructions() {
        String file = "shanghai/template-2024.layout.txt";
        List<String> found = text(file);
        // the department is no department: "上海市 XX 局"
        assertThat(found).contains("TEXT.PLACEHOLDER " + at("单位名称"),
                "TEXT.PLACEHOLDER " + at("第三部分“一、收入支出决算总体情况说明”"),
                "TEXT.PLACEHOLDER " + Location.of(TableId.T07),
                "TEXT.INSTRUCTION " + at("第一部分“一、主要职能”"),
                "TEXT.INSTRUCTION " + at("第三部分“一、收入支出决算总体情况说明”"),
                "TEXT.INSTRUCTION " + at("第三部分“十、预算绩效管理情况”"));
        // every prose section of 第三部分 but the two headings without text holds XX
        assertThat(found.stream().filter(s -> s.startsWith("TEXT.PLACEHOLDER 正文[第三部分")).count()).isEqualTo(11);
        assertThat(findings(file, "TEXT.PLACEHOLDER")).allSatisfy(f -> assertThat(f.getSeverity())
                .isEqualTo(Severity.ERROR));
        // the years of the template agree with its 2024: 与 2023 年度相比, 截至 2024 年 12 月 31 日
        assertThat(findings(file, "TEXT.YEAR")).isEmpty();
    }
}
