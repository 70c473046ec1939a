package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelReportWriterTest {

    private static XSSFWorkbook written(FinalAccountReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void test_write_expenditureTable_laidOutLikeThePublishedTable() throws IOException {
        FinalAccountReport report = FinalAccountReport.builder().department("吉林省人民政府办公厅（本级）")
                .fiscalYear(FiscalYear.of(2024))
                .expenditure(ExpenditureTable.builder().total(Map.of())
                        .addRows(ExpenditureRow.of("201", "一般公共服务支出", "5987.96", "4355.40", "1632.56"))
                        .addRows(ExpenditureRow.of("2010301", "行政运行", "0", "", "-"))
                        .addNotes("注：本表反映部门本年度各项支出情况。").build())
                .build();
        try (XSSFWorkbook wb = written(report)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("公开03表");
            assertThat(wb.getSheet("元数据")).isNotNull();
            Sheet s = wb.getSheet("公开03表");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("支出决算表");
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("公开03表");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("部门：吉林省人民政府办公厅（本级）");
            assertThat(s.getRow(2).getCell(7).getStringCellValue()).isEqualTo("单位：万元");
            // header: 项目 over 科目代码 and 科目名称, column headers merged down two rows
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("项目");
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("科目代码");
            assertThat(s.getMergedRegions()).anySatisfy(m -> assertThat(m.formatAsString()).isEqualTo("A4:B4"))
                    .anySatisfy(m -> assertThat(m.formatAsString()).isEqualTo("C4:C5"));
            assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("栏次");
            assertThat(s.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            // 合计 printed blank, then the rows: code as text, amounts as numbers, blank stays blank
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(s.getRow(6).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(s.getRow(7).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("201");
            assertThat(s.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(5987.96);
            assertThat(s.getRow(7).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(s.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(0.0);
            assertThat(s.getRow(8).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(s.getRow(9).getCell(0).getStringCellValue()).isEqualTo("注：本表反映部门本年度各项支出情况。");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
        }
    }

    /** A table whose title was found but whose body was not (000's image pages) is kept as a 元数据 row. */
    @Test
    void test_write_unreadableTables_keptOnTheMetadataSheetAndReadBack() throws IOException {
        FinalAccountReport report = FinalAccountReport.builder().department("示例单位").fiscalYear(FiscalYear.of(2024))
                .addUnreadableTables(TableId.T09, TableId.T05).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet meta = wb.getSheet("元数据");
            java.util.List<String> marked = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row r : meta) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("无法读取的表")) {
                    marked.add(r.getCell(1).getStringCellValue());
                }
            }
            assertThat(marked).containsExactly("公开05表", "公开09表");
        }
        ExcelReadResult back = ExcelReportReader.create().read(new ByteArrayInputStream(out.toByteArray()), "u.xlsx");
        assertThat(back.getProblems()).isEmpty();
        assertThat(back.getReport().getUnreadableTables()).containsExactlyInAnyOrder(TableId.T05, TableId.T09);
        assertThat(back.getReport().getPresence(TableId.T05)).isEqualTo(TablePresence.UNREADABLE);
        assertThat(back.getReport()).isEqualTo(report);
    }

    /**
     * The 上海 template's statements open with 说明： or 注： and say 故本表无数据: written and read back
     * they declare their tables empty, while a 注： that says what the table shows stays a note.
     */
    @Test
    void test_roundTrip_noteWordingThatSaysNoData_isAStatement() {
        FinalAccountReport report = FinalAccountReport.builder().department("上海市普陀区财政局").fiscalYear(FiscalYear.of(2024))
                .governmentFund(GovernmentFundTable.builder().total(Map.of())
                        .emptyStatement("说明：上海市 XX 局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。").build())
                .stateCapital(StateCapitalTable.builder().total(Map.of())
                        .emptyStatement("注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。").build())
                .expenditure(ExpenditureTable.builder().total(Map.of())
                        .addRows(ExpenditureRow.of("201", "一般公共服务支出", "5987.96", "4355.40", "1632.56"))
                        .addNotes("注：本表反映部门本年度没有纳入预算管理的收入情况。").build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, out);
        ExcelReadResult back = ExcelReportReader.create().read(new ByteArrayInputStream(out.toByteArray()), "s.xlsx");
        assertThat(back.getProblems()).isEmpty();
        assertThat(back.getReport().getPresence(TableId.T07)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(back.getReport().getPresence(TableId.T08)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(back.getReport().getExpenditure().orElseThrow().getNotes())
                .containsExactly("注：本表反映部门本年度没有纳入预算管理的收入情况。");
        assertThat(back.getReport()).isEqualTo(report);
    }
}
