package io.github.juesuan.excel;

import io.github.juesuan.report.FinalAccountReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbooks of other writers that the tests read, written with Apache POI: each test of the
 * reader asserts its own expectations on them.
 */
final class WorkbookFixtures {

    private WorkbookFixtures() {
    }

    private static void row(Sheet s, int r, Object... cells) {
        Row row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Number) {
                c.setCellValue(((Number) v).doubleValue());
            } else {
                c.setCellValue(v.toString());
            }
        }
    }

    private static Path save(Path dir, XSSFWorkbook wb, String name) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        wb.close();
        return p;
    }

    /** All tables in one sheet, 03 before 02, split 类/款/项 columns, numbers as text, notes below. */
    static Path foreignLayout(Path dir) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("决算公开表");
        row(s, 0, "某某厅2024年度支出决算表");
        row(s, 1, null, null, null, null, null, null, "公开03表");
        row(s, 2, "部门：某某厅", null, null, null, null, null, "单位：万元");
        row(s, 3, "项目", null, null, null, "本年支出合计", "基本支出", "项目支出");
        row(s, 4, "功能分类科目编码", null, null, "科目名称");
        row(s, 5, "类", "款", "项");
        s.addMergedRegion(new CellRangeAddress(3, 3, 0, 3));
        s.addMergedRegion(new CellRangeAddress(4, 4, 0, 2));
        s.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));
        s.addMergedRegion(new CellRangeAddress(3, 5, 4, 4));
        s.addMergedRegion(new CellRangeAddress(3, 5, 5, 5));
        s.addMergedRegion(new CellRangeAddress(3, 5, 6, 6));
        row(s, 6, "合计", null, null, null, "42,590.81", 40000.5, "2590.31");
        row(s, 7, "201", null, null, "一般公共服务支出", 5987.96, 4355.4, 1632.56);
        row(s, 8, "201", "03", null, "政府办公厅（室）及相关机构事务", "５９８７．９６", "4355.40", "1632.56");
        row(s, 9, "201", "03", "01", "  行政运行", 5987.96, "4355.40", "-");
        row(s, 10, "208", "05", "05", "机关事业单位基本养老保险缴费支出", "abc", null, null);
        row(s, 11, "注：本表反映部门本年度各项支出情况。");
        row(s, 13, "收入决算表");
        row(s, 14, "项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入");
        row(s, 15, "科目代码", "科目名称");
        s.addMergedRegion(new CellRangeAddress(13, 13, 0, 1));
        row(s, 16, "栏次", null, 1, 2, 3, 4, 5, 6, 7);
        row(s, 17, 2010301, "行政运行", 100, 100);
        row(s, 19, "公开07表 政府性基金预算财政拨款收入支出决算表");
        row(s, 20, "本单位没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。");
        return save(dir, wb, "foreign.xlsx");
    }

    /** 09 with a cached formula result (A6) and a formula without a stored value (G6). */
    static Path cachedFormula(Path dir) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("三公");
        row(s, 0, "2024年财政拨款“三公”经费支出决算表");
        row(s, 1, "部门：某局");
        row(s, 2, "预算数", null, null, null, null, null, "决算数");
        row(s, 3, "合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费", "合计", "因公出国（境）费",
                "公务用车购置及运行维护费", null, null, "公务接待费");
        row(s, 4, null, null, "小计", "公务用车购置费", "公务用车运行维护费", null, null, null, "小计", "公务用车购置费",
                "公务用车运行维护费");
        s.addMergedRegion(new CellRangeAddress(2, 2, 0, 5));
        s.addMergedRegion(new CellRangeAddress(2, 2, 6, 11));
        s.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
        s.addMergedRegion(new CellRangeAddress(3, 3, 8, 10));
        for (int c : new int[] {0, 1, 5, 6, 7, 11}) {
            s.addMergedRegion(new CellRangeAddress(3, 4, c, c));
        }
        row(s, 5, null, 1, 2, 0, 2, 3, null, 1, 2, 0, 2, 3);
        s.getRow(5).createCell(0).setCellFormula("B6+C6+F6");
        s.getRow(5).createCell(6).setCellFormula("H6+I6+L6");
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(s.getRow(5).getCell(0));
        return save(dir, wb, "formula.xlsx");
    }

    /** One title, 收入决算表, and no year anywhere. */
    static Path noYear(Path dir) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Sheet1");
        row(s, 0, "收入决算表");
        return save(dir, wb, "noyear.xlsx");
    }

    /**
     * Writes the title, 部门 line and three header rows of 09 (merged as printed) into a sheet, rows
     * 1 to 5: its figures go in row 6.
     */
    static void threePublicHeader(Sheet s) {
        String[][] rows = {
            {"2024年财政拨款“三公”经费支出决算表"}, {"部门：某局"},
            {"预算数", null, null, null, null, null, "决算数"},
            {"合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费", "合计", "因公出国（境）费",
                "公务用车购置及运行维护费", null, null, "公务接待费"},
            {null, null, "小计", "公务用车购置费", "公务用车运行维护费", null, null, null, "小计", "公务用车购置费",
                "公务用车运行维护费"}};
        for (int i = 0; i < rows.length; i++) {
            Row row = s.createRow(i);
            for (int c = 0; c < rows[i].length; c++) {
                if (rows[i][c] != null) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
        }
        s.addMergedRegion(new CellRangeAddress(2, 2, 0, 5));
        s.addMergedRegion(new CellRangeAddress(2, 2, 6, 11));
        s.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
        s.addMergedRegion(new CellRangeAddress(3, 3, 8, 10));
    }

    /** An .xls (HSSF) of 09 whose G6 holds the text 六. */
    static Path xlsThreePublicWithText(Path dir) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("三公");
            threePublicHeader(s);
            Row data = s.createRow(5);
            double[] v = {6, 1, 2, 0, 2, 3, 0, 1, 2, 0, 2, 3};
            for (int c = 0; c < v.length; c++) {
                data.createCell(c).setCellValue(v[c]);
            }
            data.getCell(6).setCellValue("六");
            Path xls = dir.resolve("三公.xls");
            try (var out = Files.newOutputStream(xls)) {
                wb.write(out);
            }
            return xls;
        }
    }

    /** Our .xlsx of the report, copied cell by cell (text, numbers, merged ranges) into an .xls. */
    static byte[] asXls(FinalAccountReport report) throws IOException {
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        ExcelReportWriter.create().write(report, x);
        try (XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(x.toByteArray()));
                HSSFWorkbook out = new HSSFWorkbook()) {
            for (Sheet from : in) {
                Sheet to = out.createSheet(from.getSheetName());
                for (Row r : from) {
                    Row tr = to.createRow(r.getRowNum());
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            tr.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
                        } else if (c.getCellType() == CellType.STRING) {
                            tr.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
                        }
                    }
                }
                for (var m : from.getMergedRegions()) {
                    to.addMergedRegion(m);
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            out.write(b);
            return b.toByteArray();
        }
    }
}
