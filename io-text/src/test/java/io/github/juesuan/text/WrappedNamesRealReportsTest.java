package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names printed over several lines are read whole. A last line that is only 支出 (also a header word of the
 * tables) was taken for a header repeated after a page break and dropped; the words printed right above a code
 * went to the row above even when its name was complete. Each such row was reported by
 * {@code CATALOG.NAME_MISMATCH}, a reading miss and no mistake of the report.
 */
class WrappedNamesRealReportsTest {

    private static Set<String> names(FinalAccountReport r, TableId table, String code) {
        return r.cells().stream().filter(c -> c.getTable() == table && c.getRow().equals(RowKey.of(FunctionCode.of(code))))
                .map(Cell::getRowName).collect(Collectors.toSet());
    }

    @Test
    void test_caizhengju_codedRowNameEndingInALine支出_keepsIt() {
        // 02: "208 05 06  80.38 80.38" / "机关事业单位职业年金缴费" / "支出"
        FinalAccountReport r = TextRulesRealReportsTest.read("shanghai/caizhengju-2024.layout.txt");
        assertThat(names(r, TableId.T02, "2080506")).containsExactly("机关事业单位职业年金缴费支出");
    }

    @Test
    void test_caizhengju_t04ClassNameEndingInALine支出_keepsIt() {
        // 04: "十四、资源勘探工业信息等" / "支出" (the 01 of the same report prints it on one line)
        FinalAccountReport r = TextRulesRealReportsTest.read("shanghai/caizhengju-2024.layout.txt");
        assertThat(names(r, TableId.T04, "215")).allSatisfy(n -> assertThat(n).endsWith("资源勘探工业信息等支出"));
        assertThat(names(r, TableId.T04, "220")).allSatisfy(n -> assertThat(n).endsWith("自然资源海洋气象等支出"));
        assertThat(names(r, TableId.T04, "215")).isNotEmpty();
    }

    @Test
    void test_shiquanlu_pageTextNameEndingInALine支出_keepsIt() {
        // pdfplumber text of 05: "社会保障和就业" / "208 3,019.34 2,439.14 580.19" / "支出"
        FinalAccountReport r = TextRulesRealReportsTest.read("shanghai/shiquanlu-2025.pages.txt");
        assertThat(names(r, TableId.T05, "208")).containsExactly("社会保障和就业支出");
        assertThat(names(r, TableId.T02, "2080506")).containsExactly("机关事业单位职业年金缴费支出");
    }

    @Test
    void test_guihuaziranziyuanju_wordsAboveACodeAfterACompleteName_startTheNextName() {
        // 05: "事业单位离退" / "2080502 28.11 …" / "休" / "机关事业单位" / "2080505 基本养老保险 446.11 …" / "缴费支出"
        FinalAccountReport r = TextRulesRealReportsTest.read("shanghai/guihuaziranziyuanju-2024.layout.txt");
        assertThat(names(r, TableId.T05, "2080502")).containsExactly("事业单位离退休");
        assertThat(names(r, TableId.T05, "2080505")).containsExactly("机关事业单位基本养老保险缴费支出");
        assertThat(names(r, TableId.T05, "2080506")).containsExactly("机关事业单位职业年金缴费支出");
    }

    @Test
    void test_shiquanlu_pageTextWordsAboveACodeAfterACompleteName_startTheNextName() {
        FinalAccountReport r = TextRulesRealReportsTest.read("shanghai/shiquanlu-2025.pages.txt");
        assertThat(names(r, TableId.T05, "2080502")).containsExactly("事业单位离退休");
        assertThat(names(r, TableId.T05, "2080505")).containsExactly("机关事业单位基本养老保险缴费支出");
    }
}
