package io.github.juesuan.excel;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GovernmentProcurement;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryColumn;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableDescriptor;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.report.VehicleCount;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.PerformanceColumn;
import io.github.juesuan.validation.ValidationResult;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link FinalAccountReport} as an xlsx workbook laid out like the published tables.
 *
 * <p>One sheet per table, named by its label ({@code 公开01表} … {@code 公开09表}): title, the
 * {@code 部门：} and {@code 单位：万元} lines, merged multi-row headers, a 栏次 row on the coded
 * tables, 科目代码 as text, amounts as numbers with a two-decimal format, blank cells left blank
 * (a zero is written as 0), totals as values, frozen headers and a landscape A4 print setup. A
 * declared-empty table prints its statement ({@code 本单位没有…}) and notes below the header.
 * Then the sheet {@code 绩效自评表} with one block per project, one under the other; the sheet
 * {@code 情况说明} with the prose sections; and the sheet {@code 元数据} with the facts the tables do
 * not show (year, scope, units, duties, internal bodies, table editions, 第三部分 facts) as key/value
 * rows. {@link ExcelReportReader} reads everything back: {@code read(write(r))} equals {@code r}.
 *
 * <p>The writer streams (dhatim fastexcel); instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ExcelReportWriter.create().write(report, Path.of("report.xlsx"));
 * }</pre>
 */
public final class ExcelReportWriter {

    private static final String AMOUNT_FORMAT = "#,##0.00";
    private static final String TEXT_FORMAT = "@";

    private static final ExcelReportWriter CHINESE = new ExcelReportWriter(true);

    /** Whether the annotated copy's list of findings and its comments are in Chinese. */
    private final boolean chinese;

    private ExcelReportWriter(boolean chinese) {
        this.chinese = chinese;
    }

    /**
     * Creates a writer; an annotated copy it writes is in Chinese.
     *
     * @return the writer
     */
    public static ExcelReportWriter create() {
        return CHINESE;
    }

    /**
     * Returns a writer whose annotated copies speak a language: Chinese for a Chinese locale (the
     * default), English for any other. The language is that of the sheet listing the findings
     * (审核结果 or Findings), its headers, the severity and column names, and the labels of the
     * comments; the messages are the findings' own, in the language of the validator that made
     * them. The sheets of the tables are named in the language too: {@code 公开03表} or
     * {@code Table 03} ({@link TableDescriptor#getLabel(Locale)}), {@code 绩效自评表} or
     * {@code Performance self-evaluation}. What the sheets print stays as published (titles,
     * labels and headers in Chinese), and {@link ExcelReportReader} finds the tables by what they
     * print, so it reads either workbook alike; the 元数据 and 情况说明 sheets keep their names.
     *
     * @param locale the locale, not null
     * @return the writer
     */
    public ExcelReportWriter withLocale(Locale locale) {
        boolean zh = "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        return zh ? CHINESE : new ExcelReportWriter(false);
    }

    /**
     * Writes a report to a file.
     *
     * @param report the report
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(FinalAccountReport report, Path file) {
        Objects.requireNonNull(report, "report");
        toFile(file, out -> write(report, out));
    }

    /**
     * Writes a report to a stream, which is left open.
     *
     * @param report the report
     * @param out the stream
     * @throws UncheckedIOException if the stream fails
     */
    public void write(FinalAccountReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        write(report, out, null);
    }

    /**
     * Writes an annotated copy of a report to a stream, which is left open: the workbook of
     * {@link #write(FinalAccountReport, OutputStream)} in which every cell a finding points at is
     * filled in the colour of its severity (错误 red, 警告 yellow, 尾差 blue, 提示 green) and carries
     * a comment with the severity, the rule id, the message and the expected and actual value;
     * and an extra sheet {@code 审核结果} that lists all findings (severity, rule, table, row,
     * column, expected, actual, difference, message) with a hyperlink to the cell. A finding
     * that names a table or project but no cell in it links to the table's title or the
     * project's name. Reading the copy gives back the same report (the reader skips
     * {@code 审核结果}).
     *
     * @param report the report
     * @param findings the findings, such as {@code ReportValidator.standard().validate(report).getFindings()}
     * @param out the stream
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAnnotated(FinalAccountReport report, List<Finding> findings, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(out, "out");
        write(report, out, new Annotations(List.copyOf(findings), chinese));
    }

    /**
     * Writes an annotated copy of a report to a file; see
     * {@link #writeAnnotated(FinalAccountReport, List, OutputStream)}.
     *
     * @param report the report
     * @param findings the findings
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public void writeAnnotated(FinalAccountReport report, List<Finding> findings, Path file) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(findings, "findings");
        toFile(file, out -> writeAnnotated(report, findings, out));
    }

    /**
     * Writes an annotated copy of a report with the findings of a validation to a file; see
     * {@link #writeAnnotated(FinalAccountReport, List, OutputStream)}.
     *
     * <pre>{@code
     * ExcelReportWriter.create().writeAnnotated(report, ReportValidator.standard().validate(report),
     *         Path.of("001-annotated.xlsx"));
     * }</pre>
     *
     * @param report the report
     * @param result the validation result of the report
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public void writeAnnotated(FinalAccountReport report, ValidationResult result, Path file) {
        Objects.requireNonNull(result, "result");
        writeAnnotated(report, result.getFindings(), file);
    }

    private static void toFile(Path file, java.util.function.Consumer<OutputStream> body) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            body.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e.getCause());
        }
    }

    /**
     * Writes an annotated copy of a report with the findings of a validation; see
     * {@link #writeAnnotated(FinalAccountReport, List, OutputStream)}.
     *
     * @param report the report
     * @param result the validation result of the report
     * @param out the stream
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAnnotated(FinalAccountReport report, ValidationResult result, OutputStream out) {
        Objects.requireNonNull(result, "result");
        writeAnnotated(report, result.getFindings(), out);
    }

    private void write(FinalAccountReport report, OutputStream target, Annotations marks) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
            Workbook wb = new Workbook(out, "Juesuan", "1.0");
            for (ReportTable t : report.tables()) {
                writeTable(wb, report, t, marks);
            }
            if (!report.getPerformanceEvaluations().isEmpty()) {
                writePerformance(wb.newWorksheet(chinese ? Layout.PERFORMANCE_SHEET : Layout.PERFORMANCE_SHEET_EN),
                        report.getPerformanceEvaluations(), marks);
            }
            if (!report.getNarrative().isEmpty()) {
                writeNarrative(wb.newWorksheet(Layout.NARRATIVE_SHEET), report.getNarrative());
            }
            writeMetadata(wb.newWorksheet(Layout.METADATA_SHEET), report);
            if (marks != null) {
                marks.apply(wb.newWorksheet(marks.sheetName()));
            }
            wb.finish();
            Dimensions.copyWithDimensions(out.toByteArray(), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- tables

    private void writeTable(Workbook wb, FinalAccountReport report, ReportTable t, Annotations marks) {
        Worksheet ws = wb.newWorksheet(TableDescriptor.of(t.getTableId())
                .getLabel(chinese ? Locale.CHINESE : Locale.ENGLISH));
        Annotations.anchor(marks, t.getTableId().name(), ws, 0, 0);
        List<String[]> paths = headerPaths(t);
        int width = paths.size();
        // title, label, 部门 and 单位 lines
        ws.value(0, 0, Layout.title(t.getTableId(), t.getEdition()));
        ws.range(0, 0, 0, width - 1).merge();
        ws.range(0, 0, 0, width - 1).style().bold().fontSize(16).horizontalAlignment("center").set();
        ws.rowHeight(0, 28);
        ws.value(1, width - 1, t.getTableId().getLabel());
        ws.style(1, width - 1).horizontalAlignment("right").set();
        ws.value(2, 0, Layout.DEPARTMENT_PREFIX + report.getDepartment());
        ws.value(2, width - 1, Layout.UNIT_LINE);
        ws.style(2, width - 1).horizontalAlignment("right").set();
        int row = 3;
        int depth = writeHeader(ws, row, paths);
        row += depth;
        int labelColumns = labelColumns(t);
        if (isCoded(t)) {
            ws.value(row, 0, Layout.COLUMN_NUMBERS);
            ws.range(row, 0, row, labelColumns - 1).merge();
            ws.range(row, 0, row, labelColumns - 1).style().horizontalAlignment("center").borderStyle("thin").set();
            for (int c = labelColumns; c < width; c++) {
                ws.value(row, c, c - labelColumns + 1);
                ws.style(row, c).horizontalAlignment("center").borderStyle("thin").set();
            }
            row++;
        }
        int firstData = row;
        CellFormats fmt = new CellFormats(ws);
        switch (t.getTableId()) {
            case T01:
                row = writeSummary(fmt, row, (IncomeExpenditureSummaryTable) t, marks);
                break;
            case T04:
                row = writeFiscalSummary(fmt, row, (FiscalSummaryTable) t, marks);
                break;
            case T06:
                row = writeBasicDetail(fmt, row, (BasicExpenditureDetailTable) t, marks);
                break;
            case T09:
                row = writeThreePublic(fmt, row, (ThreePublicExpensesTable) t, marks);
                break;
            default:
                row = writeCoded(fmt, row, (CodedTable<?, ?, ?>) t, marks);
                break;
        }
        fmt.flush();
        if (row > firstData) {
            // one style merge for the block, not one per cell (fastexcel merges per distinct style of the range)
            ws.range(firstData, 0, row - 1, width - 1).style().borderStyle("thin").set();
        }
        if (t.getEmptyStatement().isPresent()) {
            ws.value(row++, 0, t.getEmptyStatement().get());
        }
        for (String note : t.getNotes()) {
            ws.value(row++, 0, note);
        }
        columnWidths(ws, t, width);
        ws.freezePane(isCoded(t) ? labelColumns : 0, firstData);
        printSetup(ws, 3 + depth);
    }

    private static boolean isCoded(ReportTable t) {
        switch (t.getTableId()) {
            case T02:
            case T03:
            case T05:
            case T07:
            case T08:
                return true;
            default:
                return false;
        }
    }

    private static int labelColumns(ReportTable t) {
        return isCoded(t) ? 2 : 0;
    }

    private static List<String[]> headerPaths(ReportTable t) {
        List<String[]> paths = new ArrayList<>();
        switch (t.getTableId()) {
            case T01:
                paths.add(new String[] {Layout.INCOME_SIDE, Layout.ITEM});
                paths.add(new String[] {Layout.INCOME_SIDE, Layout.AMOUNT});
                paths.add(new String[] {Layout.EXPENDITURE_SIDE, Layout.CODE});
                paths.add(new String[] {Layout.EXPENDITURE_SIDE, Layout.ITEM});
                paths.add(new String[] {Layout.EXPENDITURE_SIDE, Layout.AMOUNT});
                return paths;
            case T04:
                paths.add(new String[] {Layout.INCOME_SIDE, Layout.ITEM});
                paths.add(new String[] {Layout.INCOME_SIDE, Layout.AMOUNT});
                paths.add(new String[] {Layout.EXPENDITURE_SIDE, Layout.CODE});
                paths.add(new String[] {Layout.EXPENDITURE_SIDE, Layout.ITEM});
                for (FiscalSummaryColumn c : FiscalSummaryRow.COLUMNS) {
                    paths.add(c.getChineseName().split("/"));
                }
                return paths;
            case T06:
                for (int g = 0; g < 3; g++) {
                    paths.add(new String[] {Layout.CODE});
                    paths.add(new String[] {Layout.NAME});
                    paths.add(new String[] {Layout.AMOUNT});
                }
                return paths;
            case T09:
                for (ThreePublicExpensesColumn c : ThreePublicExpensesColumn.values()) {
                    paths.add(c.getChineseName().split("/"));
                }
                return paths;
            default:
                paths.add(new String[] {Layout.ITEM, Layout.CODE});
                paths.add(new String[] {Layout.ITEM, Layout.NAME});
                for (TableColumn c : t.columns()) {
                    paths.add(c.getChineseName().split("/"));
                }
                return paths;
        }
    }

    /** Writes merged multi-row headers; returns the number of header rows. */
    private static int writeHeader(Worksheet ws, int top, List<String[]> paths) {
        int depth = 0;
        for (String[] p : paths) {
            depth = Math.max(depth, p.length);
        }
        for (int level = 0; level < depth; level++) {
            int c = 0;
            while (c < paths.size()) {
                String[] p = paths.get(c);
                if (level >= p.length) {
                    c++;
                    continue;
                }
                boolean leaf = level == p.length - 1;
                int end = c;
                if (!leaf) {
                    while (end + 1 < paths.size() && samePrefix(p, paths.get(end + 1), level)
                            && paths.get(end + 1).length - 1 > level) {
                        end++;
                    }
                }
                int bottom = leaf ? top + depth - 1 : top + level;
                ws.value(top + level, c, p[level]);
                if (end > c || bottom > top + level) {
                    ws.range(top + level, c, bottom, end).merge();
                }
                ws.range(top + level, c, bottom, end).style().bold().horizontalAlignment("center")
                        .verticalAlignment("center").wrapText(true).borderStyle("thin").fillColor("F2F2F2").set();
                c = end + 1;
            }
        }
        return depth;
    }

    private static boolean samePrefix(String[] a, String[] b, int level) {
        if (b.length <= level) {
            return false;
        }
        for (int i = 0; i <= level; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static void columnWidths(Worksheet ws, ReportTable t, int width) {
        switch (t.getTableId()) {
            case T01:
            case T04:
                ws.width(0, 34);
                ws.width(1, 14);
                ws.width(2, 10);
                ws.width(3, 30);
                for (int c = 4; c < width; c++) {
                    ws.width(c, 14);
                }
                break;
            case T06:
                for (int g = 0; g < 3; g++) {
                    ws.width(g * 3, 10);
                    ws.width(g * 3 + 1, 26);
                    ws.width(g * 3 + 2, 13);
                }
                break;
            case T09:
                for (int c = 0; c < width; c++) {
                    ws.width(c, 13);
                }
                break;
            default:
                ws.width(0, 12);
                ws.width(1, 36);
                for (int c = 2; c < width; c++) {
                    ws.width(c, 14);
                }
                break;
        }
    }

    private static void printSetup(Worksheet ws, int headerRows) {
        landscapeFitToWidth(ws);
        ws.repeatRows(0, headerRows - 1);
    }

    /** Landscape A4, as wide as the page and as many pages down as it takes. */
    private static void landscapeFitToWidth(Worksheet ws) {
        ws.pageOrientation("landscape");
        ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    private static void code(CellFormats fmt, int r, int c, String code) {
        fmt.ws.value(r, c, code);
        fmt.add(r, c, TEXT_FORMAT);
    }

    private static void amount(CellFormats fmt, int r, int c, Optional<Amount> a) {
        if (a.isPresent()) {
            fmt.ws.value(r, c, plain(a.get().toBigDecimal()));
        }
        fmt.add(r, c, AMOUNT_FORMAT);
    }

    /** A plain decimal with at least two places, as fastexcel writes {@code toString()}. */
    static BigDecimal plain(BigDecimal v) {
        return v.setScale(Math.max(2, v.scale()));
    }

    private <K extends Comparable<K>, C extends Enum<C> & TableColumn, R extends CodedRow<K, C>> int writeCoded(
            CellFormats fmt, int row, CodedTable<K, C, R> t, Annotations marks) {
        Worksheet ws = fmt.ws;
        List<C> cols = t.columns();
        TableId id = t.getTableId();
        if (t.getTotal().isPresent()) {
            ws.value(row, 0, Layout.TOTAL);
            ws.range(row, 0, row, 1).merge();
            ws.range(row, 0, row, 1).style().horizontalAlignment("center").borderStyle("thin").set();
            for (int i = 0; i < cols.size(); i++) {
                amount(fmt, row, 2 + i, Optional.ofNullable(t.getTotal().get().get(cols.get(i))));
                Annotations.cell(marks, id, RowKey.TOTAL, cols.get(i), ws, row, 2 + i);
            }
            row++;
        }
        for (R r : t.getRows()) {
            code(fmt, row, 0, r.getCode().toString());
            ws.value(row, 1, r.getName());
            RowKey key = t.keyOf(r);
            for (int i = 0; i < cols.size(); i++) {
                amount(fmt, row, 2 + i, Optional.ofNullable(r.getAmounts().get(cols.get(i))));
                Annotations.cell(marks, id, key, cols.get(i), ws, row, 2 + i);
            }
            row++;
        }
        return row;
    }

    private int writeSummary(CellFormats fmt, int row, IncomeExpenditureSummaryTable t, Annotations marks) {
        Worksheet ws = fmt.ws;
        SummaryIncomeLine[] upper = {SummaryIncomeLine.GENERAL_BUDGET, SummaryIncomeLine.GOVERNMENT_FUND,
            SummaryIncomeLine.STATE_CAPITAL, SummaryIncomeLine.SUPERIOR_SUBSIDY, SummaryIncomeLine.BUSINESS,
            SummaryIncomeLine.OPERATING, SummaryIncomeLine.AFFILIATED_REMITTANCE, SummaryIncomeLine.OTHER};
        List<SummaryExpenditureRow> rows = t.getExpenditureRows();
        int n = Math.max(upper.length, rows.size());
        for (int i = 0; i < n; i++) {
            if (i < upper.length) {
                ws.value(row + i, 0, upper[i].getLabel());
                amount(fmt, row + i, 1, t.get(upper[i]));
                Annotations.cell(marks, TableId.T01, upper[i].getRowKey(), SummaryColumn.INCOME, ws, row + i, 1);
            }
            if (i < rows.size()) {
                code(fmt, row + i, 2, rows.get(i).getCode().toString());
                ws.value(row + i, 3, rows.get(i).getName());
                amount(fmt, row + i, 4, rows.get(i).getAmount());
                Annotations.cell(marks, TableId.T01, RowKey.of(rows.get(i).getCode()), SummaryColumn.EXPENDITURE, ws,
                        row + i, 4);
            }
        }
        row += n;
        SummaryIncomeLine[] lowerIncome = {SummaryIncomeLine.TOTAL_INCOME, SummaryIncomeLine.USE_OF_NON_FISCAL_BALANCE,
            SummaryIncomeLine.BEGINNING_BALANCE, SummaryIncomeLine.GRAND_TOTAL};
        SummaryExpenditureLine[] lowerExp = {SummaryExpenditureLine.TOTAL_EXPENDITURE,
            SummaryExpenditureLine.SURPLUS_DISTRIBUTION, SummaryExpenditureLine.ENDING_BALANCE,
            SummaryExpenditureLine.GRAND_TOTAL};
        for (int i = 0; i < 4; i++) {
            ws.value(row, 0, lowerIncome[i].getLabel());
            amount(fmt, row, 1, t.get(lowerIncome[i]));
            Annotations.cell(marks, TableId.T01, lowerIncome[i].getRowKey(), SummaryColumn.INCOME, ws, row, 1);
            ws.value(row, 3, lowerExp[i].getLabel());
            amount(fmt, row, 4, t.get(lowerExp[i]));
            Annotations.cell(marks, TableId.T01, lowerExp[i].getRowKey(), SummaryColumn.EXPENDITURE, ws, row, 4);
            row++;
        }
        return row;
    }

    private int writeFiscalSummary(CellFormats fmt, int row, FiscalSummaryTable t, Annotations marks) {
        Worksheet ws = fmt.ws;
        FiscalIncomeLine[] upper = {FiscalIncomeLine.GENERAL_BUDGET, FiscalIncomeLine.GOVERNMENT_FUND,
            FiscalIncomeLine.STATE_CAPITAL};
        List<FiscalSummaryRow> rows = t.getExpenditureRows();
        List<FiscalSummaryColumn> cols = FiscalSummaryRow.COLUMNS;
        int n = Math.max(upper.length, rows.size());
        for (int i = 0; i < n; i++) {
            if (i < upper.length) {
                ws.value(row + i, 0, upper[i].getLabel());
                amount(fmt, row + i, 1, t.get(upper[i]));
                Annotations.cell(marks, TableId.T04, upper[i].getRowKey(), FiscalSummaryColumn.INCOME, ws, row + i, 1);
            }
            if (i < rows.size()) {
                code(fmt, row + i, 2, rows.get(i).getCode().toString());
                ws.value(row + i, 3, rows.get(i).getName());
                for (int c = 0; c < cols.size(); c++) {
                    amount(fmt, row + i, 4 + c, rows.get(i).get(cols.get(c)));
                    Annotations.cell(marks, TableId.T04, RowKey.of(rows.get(i).getCode()), cols.get(c), ws, row + i,
                            4 + c);
                }
            }
        }
        row += n;
        FiscalIncomeLine[] lowerIncome = {FiscalIncomeLine.TOTAL_INCOME, FiscalIncomeLine.BEGINNING_BALANCE,
            FiscalIncomeLine.BEGINNING_GENERAL_BUDGET, FiscalIncomeLine.BEGINNING_GOVERNMENT_FUND,
            FiscalIncomeLine.BEGINNING_STATE_CAPITAL, FiscalIncomeLine.GRAND_TOTAL};
        FiscalExpenditureLine[] lowerExp = {FiscalExpenditureLine.TOTAL_EXPENDITURE,
            FiscalExpenditureLine.ENDING_BALANCE, null, null, null, FiscalExpenditureLine.GRAND_TOTAL};
        for (int i = 0; i < lowerIncome.length; i++) {
            String label = lowerIncome[i].getLabel();
            int slash = label.indexOf('/');
            ws.value(row, 0, slash < 0 ? label : "  其中：" + label.substring(slash + 1));
            amount(fmt, row, 1, t.get(lowerIncome[i]));
            Annotations.cell(marks, TableId.T04, lowerIncome[i].getRowKey(), FiscalSummaryColumn.INCOME, ws, row, 1);
            FiscalExpenditureLine l = lowerExp[i];
            // a line the table does not print is left out, so that reading gives it back absent
            if (l != null && t.getExpenditureLines().containsKey(l)) {
                ws.value(row, 3, l.getLabel());
                for (int c = 0; c < cols.size(); c++) {
                    amount(fmt, row, 4 + c, t.get(l, cols.get(c)));
                    Annotations.cell(marks, TableId.T04, l.getRowKey(), cols.get(c), ws, row, 4 + c);
                }
            }
            row++;
        }
        return row;
    }

    private int writeBasicDetail(CellFormats fmt, int row, BasicExpenditureDetailTable t, Annotations marks) {
        Worksheet ws = fmt.ws;
        List<BasicExpenditureRow> rows = t.getRows();
        int per = Math.max(1, (rows.size() + 2) / 3);
        for (int i = 0; i < rows.size(); i++) {
            int g = i / per;
            int r = row + i % per;
            BasicExpenditureRow x = rows.get(i);
            code(fmt, r, g * 3, x.getCode().toString());
            ws.value(r, g * 3 + 1, x.getName());
            amount(fmt, r, g * 3 + 2, x.get(BasicExpenditureColumn.AMOUNT));
            Annotations.cell(marks, TableId.T06, t.keyOf(x), BasicExpenditureColumn.AMOUNT, ws, r, g * 3 + 2);
        }
        row += rows.isEmpty() ? 0 : per;
        ws.value(row, 0, Layout.PERSONNEL_TOTAL);
        ws.range(row, 0, row, 1).merge();
        amount(fmt, row, 2, t.getPersonnelTotal());
        Annotations.cell(marks, TableId.T06, BasicExpenditureDetailTable.PERSONNEL_TOTAL, BasicExpenditureColumn.AMOUNT,
                ws, row, 2);
        ws.value(row, 3, Layout.PUBLIC_USE_TOTAL);
        ws.range(row, 3, row, 7).merge();
        amount(fmt, row, 8, t.getPublicUseTotal());
        Annotations.cell(marks, TableId.T06, BasicExpenditureDetailTable.PUBLIC_USE_TOTAL, BasicExpenditureColumn.AMOUNT,
                ws, row, 8);
        return row + 1;
    }

    private int writeThreePublic(CellFormats fmt, int row, ThreePublicExpensesTable t, Annotations marks) {
        Worksheet ws = fmt.ws;
        ThreePublicExpensesColumn[] cols = ThreePublicExpensesColumn.values();
        for (int c = 0; c < cols.length; c++) {
            amount(fmt, row, c, t.get(cols[c]));
            Annotations.cell(marks, TableId.T09, ThreePublicExpensesTable.ROW, cols[c], ws, row, c);
        }
        return row + 1;
    }

    // ---------------------------------------------------------------- 绩效自评表

    private void writePerformance(Worksheet ws, List<ProjectPerformanceEvaluation> evaluations, Annotations marks) {
        CellFormats fmt = new CellFormats(ws);
        int row = 0;
        int width = 8;
        ws.width(0, 14);
        ws.width(1, 16);
        ws.width(2, 22);
        for (int c = 3; c < width; c++) {
            ws.width(c, 14);
        }
        ws.width(7, 30);
        // the rows of each block (from 项目名称 to 总分) and the label cells merged down over their rows, as
        // published: 资金情况（万元） beside the funding rows, 年度总体目标 beside its two rows
        List<int[]> blocks = new ArrayList<>();
        List<int[]> downMerges = new ArrayList<>();
        for (ProjectPerformanceEvaluation e : evaluations) {
            ws.value(row, 0, Layout.PERFORMANCE_TITLE);
            ws.range(row, 0, row, width - 1).merge();
            ws.range(row, 0, row, width - 1).style().bold().fontSize(14).horizontalAlignment("center").set();
            row++;
            int blockTop = row;
            label(fmt, row, 0, "项目名称");
            ws.value(row, 1, e.getProjectName());
            String project = e.getProjectName();
            Annotations.anchor(marks, Annotations.projectAnchor(project), ws, row, 1);
            ws.range(row, 1, row, width - 1).merge();
            row++;
            label(fmt, row, 0, "主管部门");
            if (e.getCompetentDepartment().isPresent()) {
                ws.value(row, 1, e.getCompetentDepartment().get());
            }
            ws.range(row, 1, row, 3).merge();
            label(fmt, row, 4, "实施单位");
            if (e.getImplementingUnit().isPresent()) {
                ws.value(row, 5, e.getImplementingUnit().get());
            }
            ws.range(row, 5, row, width - 1).merge();
            row++;
            String[] fundingHeader = {"资金情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率（%）", "得分"};
            for (int c = 0; c < fundingHeader.length; c++) {
                if (!fundingHeader[c].isEmpty()) {
                    label(fmt, row, c, fundingHeader[c]);
                }
            }
            downMerges.add(new int[] {row, row + e.getFunding().size()});
            row++;
            for (FundingRow f : e.getFunding()) {
                ws.value(row, 1, f.getLabel());
                amount(fmt, row, 2, f.getInitialBudget());
                amount(fmt, row, 3, f.getFullYearBudget());
                amount(fmt, row, 4, f.getExecuted());
                decimal(fmt, row, 5, f.getExecutionRate().map(Rate::getPercent));
                decimal(fmt, row, 6, f.getScore().map(Score::getPoints));
                RowKey fk = Annotations.line(f.getLabel());
                Annotations.cell(marks, project, fk, PerformanceColumn.INITIAL_BUDGET, ws, row, 2);
                Annotations.cell(marks, project, fk, PerformanceColumn.FULL_YEAR_BUDGET, ws, row, 3);
                Annotations.cell(marks, project, fk, PerformanceColumn.EXECUTED, ws, row, 4);
                Annotations.cell(marks, project, fk, PerformanceColumn.EXECUTION_RATE, ws, row, 5);
                Annotations.cell(marks, project, fk, PerformanceColumn.SCORE, ws, row, 6);
                row++;
            }
            downMerges.add(new int[] {row, row + 1});
            label(fmt, row, 0, "年度总体目标");
            label(fmt, row, 1, "预期目标");
            ws.range(row, 1, row, 3).merge();
            label(fmt, row, 4, "实际完成情况");
            ws.range(row, 4, row, width - 1).merge();
            row++;
            if (!e.getExpectedGoal().isEmpty()) {
                ws.value(row, 1, e.getExpectedGoal());
            }
            ws.range(row, 1, row, 3).merge();
            if (!e.getActualOutcome().isEmpty()) {
                ws.value(row, 4, e.getActualOutcome());
            }
            ws.range(row, 4, row, width - 1).merge();
            ws.range(row, 1, row, width - 1).style().wrapText(true).verticalAlignment("top").set();
            row++;
            String[] indicatorHeader = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "自评得分",
                "偏差原因分析及改进措施"};
            for (int c = 0; c < indicatorHeader.length; c++) {
                label(fmt, row, c, indicatorHeader[c]);
            }
            row++;
            for (PerformanceIndicator i : e.getIndicators()) {
                ws.value(row, 0, i.getLevel1());
                ws.value(row, 1, i.getLevel2());
                ws.value(row, 2, i.getName());
                ws.value(row, 3, i.getTarget().getText());
                ws.value(row, 4, i.getActual().getText());
                decimal(fmt, row, 5, i.getWeight().map(Score::getPoints));
                decimal(fmt, row, 6, i.getScore().map(Score::getPoints));
                if (!i.getDeviationAnalysis().isEmpty()) {
                    ws.value(row, 7, i.getDeviationAnalysis());
                }
                RowKey ik = Annotations.line(i.getName());
                Annotations.cell(marks, project, ik, PerformanceColumn.TARGET, ws, row, 3);
                Annotations.cell(marks, project, ik, PerformanceColumn.ACTUAL, ws, row, 4);
                Annotations.cell(marks, project, ik, PerformanceColumn.WEIGHT, ws, row, 5);
                Annotations.cell(marks, project, ik, PerformanceColumn.SCORE, ws, row, 6);
                row++;
            }
            label(fmt, row, 0, "总分");
            decimal(fmt, row, 6, e.getTotalScore().map(Score::getPoints));
            Annotations.cell(marks, project, RowKey.line("总分"), PerformanceColumn.SCORE, ws, row, 6);
            Annotations.cell(marks, project, RowKey.line("合计"), PerformanceColumn.WEIGHT, ws, row, 5);
            blocks.add(new int[] {blockTop, row});
            row += 2;
        }
        fmt.flush();
        for (int[] m : downMerges) {
            if (m[1] > m[0]) {
                ws.range(m[0], 0, m[1], 0).merge();
                ws.range(m[0], 0, m[1], 0).style().verticalAlignment("center").wrapText(true).set();
            }
        }
        for (int[] b : blocks) {
            // one style merge per block, as for the tables
            ws.range(b[0], 0, b[1], width - 1).style().borderStyle("thin").set();
        }
        landscapeFitToWidth(ws);
    }

    private static void label(CellFormats fmt, int r, int c, String text) {
        fmt.ws.value(r, c, text);
        fmt.label(r, c);
    }

    /** A number whose format shows exactly its decimals, so that reading gives back the same scale. */
    private static void decimal(CellFormats fmt, int r, int c, Optional<BigDecimal> v) {
        if (v.isEmpty()) {
            return;
        }
        BigDecimal x = v.get().scale() < 0 ? v.get().setScale(0) : v.get();
        fmt.ws.value(r, c, x);
        fmt.add(r, c, decimalFormat(x.scale()));
    }

    private static final String[] DECIMAL_FORMATS = {"0", "0.0", "0.00", "0.000", "0.0000"};

    private static String decimalFormat(int scale) {
        return scale < DECIMAL_FORMATS.length ? DECIMAL_FORMATS[scale] : "0." + "0".repeat(scale);
    }

    // ---------------------------------------------------------------- prose and metadata

    private void writeNarrative(Worksheet ws, List<NarrativeSection> sections) {
        ws.value(0, 0, "部分");
        ws.value(0, 1, "标题");
        ws.value(0, 2, "正文");
        ws.width(0, 10);
        ws.width(1, 40);
        ws.width(2, 100);
        int row = 1;
        for (NarrativeSection s : sections) {
            ws.value(row, 0, s.getPart().getOrdinal());
            ws.value(row, 1, s.getHeading());
            textCells(ws, row, 2, s.getText());
            ws.style(row, 2).wrapText(true).set();
            row++;
        }
        ws.freezePane(0, 1);
    }

    /** Writes text over as many cells of the row as Excel's limit per cell needs. */
    private static void textCells(Worksheet ws, int row, int col, String text) {
        if (text.isEmpty()) {
            return;
        }
        int c = col;
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + Layout.MAX_CELL_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            ws.value(row, c++, text.substring(i, end));
            i = end;
        }
    }

    private void writeMetadata(Worksheet ws, FinalAccountReport r) {
        ws.width(0, 26);
        ws.width(1, 60);
        ws.width(2, 12);
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[] {Layout.K_DEPARTMENT, r.getDepartment()});
        kv.add(new String[] {Layout.K_YEAR, r.getFiscalYear().toString()});
        kv.add(new String[] {Layout.K_SCOPE, r.getScope().getChineseName()});
        r.getUnitKind().ifPresent(k -> kv.add(new String[] {Layout.K_UNIT_KIND, k.getChineseName()}));
        r.getPublicationDate().ifPresent(d -> kv.add(new String[] {Layout.K_PUBLICATION_DATE, d.toString()}));
        kv.add(new String[] {Layout.K_AMOUNT_UNIT, r.getAmountUnit()});
        r.getConsolidatedUnits().forEach(u -> kv.add(new String[] {Layout.K_UNITS, u}));
        r.getDuties().forEach(u -> kv.add(new String[] {Layout.K_DUTIES, u}));
        r.getInternalBodies().forEach(u -> kv.add(new String[] {Layout.K_BODIES, u}));
        for (ReportTable t : r.tables()) {
            kv.add(new String[] {Layout.K_EDITION, t.getTableId().getLabel(),
                Integer.toString(t.getEdition().getYear())});
        }
        for (TableId id : new java.util.TreeSet<>(r.getUnreadableTables())) {
            kv.add(new String[] {Layout.K_UNREADABLE, id.getLabel()});
        }
        r.getOtherMatters().ifPresent(o -> otherMatters(kv, o));
        ws.value(0, 0, "项");
        ws.value(0, 1, "值");
        int row = 1;
        for (String[] e : kv) {
            ws.value(row, 0, e[0]);
            textCells(ws, row, 1, e[1]);
            if (e.length > 2) {
                ws.value(row, 2, e[2]);
            }
            row++;
        }
        ws.freezePane(0, 1);
    }

    private static void otherMatters(List<String[]> kv, OtherMatters o) {
        kv.add(new String[] {Layout.K_OTHER, Layout.PRESENT});
        o.getOperatingExpenses().ifPresent(a -> kv.add(new String[] {Layout.K_OPERATING, a.toString()}));
        o.getOperatingExpensesChange().ifPresent(a -> kv.add(new String[] {Layout.K_OPERATING_CHANGE, a.toString()}));
        if (o.getProcurement().isPresent()) {
            GovernmentProcurement p = o.getProcurement().get();
            kv.add(new String[] {Layout.K_PROCUREMENT, Layout.PRESENT});
            p.getTotal().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_TOTAL, a.toString()}));
            p.getGoods().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_GOODS, a.toString()}));
            p.getWorks().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_WORKS, a.toString()}));
            p.getServices().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_SERVICES, a.toString()}));
            p.getSmeAmount().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_SME, a.toString()}));
            p.getSmeShare().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_SME_SHARE, a.toString()}));
            p.getSmallMicroAmount().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_SMALL, a.toString()}));
            p.getSmallMicroShare().ifPresent(a -> kv.add(new String[] {Layout.K_PROC_SMALL_SHARE, a.toString()}));
        }
        if (o.getAssets().isPresent()) {
            StateAssets a = o.getAssets().get();
            kv.add(new String[] {Layout.K_ASSETS, Layout.PRESENT});
            a.getVehicleTotal().ifPresent(v -> kv.add(new String[] {Layout.K_VEHICLE_TOTAL, v.toString()}));
            for (VehicleCount v : a.getVehicles()) {
                kv.add(new String[] {Layout.K_VEHICLE, v.getKind(), Integer.toString(v.getCount())});
            }
            a.getEquipmentOverOneMillion().ifPresent(v -> kv.add(new String[] {Layout.K_EQUIPMENT, v.toString()}));
            if (!a.getText().isEmpty()) {
                kv.add(new String[] {Layout.K_ASSETS_TEXT, a.getText()});
            }
        }
    }

    /**
     * The number formats of a sheet's cells, collected while its values are written and set at the end
     * per run of consecutive rows in a column with the same format: fastexcel's style setter merges and
     * looks up styles on every call, so one call per run instead of one per cell. The formats touch no
     * other attribute of a style, so the cells end with the same styles as if set one by one (the last
     * format given to a cell wins, as it would).
     */
    private static final class CellFormats {

        final Worksheet ws;
        private final List<String> formats = new ArrayList<>(4);
        /** Entries of four ints: row, column, format index, sequence number. */
        private int[] entries = new int[256];
        private int size;
        /** Label cells, two ints each: row, column. */
        private int[] labels = new int[64];
        private int labelSize;

        CellFormats(Worksheet ws) {
            this.ws = ws;
        }

        void add(int r, int c, String format) {
            int f = formats.indexOf(format);
            if (f < 0) {
                f = formats.size();
                formats.add(format);
            }
            if (size + 4 > entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
            int n = size / 4;
            entries[size++] = r;
            entries[size++] = c;
            entries[size++] = f;
            entries[size++] = n;
        }

        /** A label cell (bold, centred, grey), styled at the end with its row's neighbours. */
        void label(int r, int c) {
            if (labelSize + 2 > labels.length) {
                labels = Arrays.copyOf(labels, labels.length * 2);
            }
            labels[labelSize++] = r;
            labels[labelSize++] = c;
        }

        void flush() {
            flushLabels();
            int n = size / 4;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // by column, then row, then the order given (the last format of a cell wins)
            Arrays.sort(order, (a, b) -> {
                int x = Integer.compare(entries[a * 4 + 1], entries[b * 4 + 1]);
                if (x == 0) {
                    x = Integer.compare(entries[a * 4], entries[b * 4]);
                }
                return x != 0 ? x : Integer.compare(a, b);
            });
            int runStart = -1;
            int runEnd = -1;
            int runCol = -1;
            int runFmt = -1;
            for (int k = 0; k < n; k++) {
                int e = order[k] * 4;
                if (k + 1 < n && entries[order[k + 1] * 4] == entries[e]
                        && entries[order[k + 1] * 4 + 1] == entries[e + 1]) {
                    continue; // a later format for the same cell
                }
                int r = entries[e];
                int c = entries[e + 1];
                int f = entries[e + 2];
                if (c == runCol && f == runFmt && r == runEnd + 1) {
                    runEnd = r;
                    continue;
                }
                set(runStart, runEnd, runCol, runFmt);
                runStart = r;
                runEnd = r;
                runCol = c;
                runFmt = f;
            }
            set(runStart, runEnd, runCol, runFmt);
            size = 0;
        }

        private void flushLabels() {
            int n = labelSize / 2;
            long[] cells = new long[n];
            for (int i = 0; i < n; i++) {
                cells[i] = ((long) labels[2 * i] << 32) | labels[2 * i + 1];
            }
            Arrays.sort(cells);
            int k = 0;
            while (k < n) {
                int r = (int) (cells[k] >>> 32);
                int first = (int) cells[k];
                int last = first;
                while (k + 1 < n && (int) (cells[k + 1] >>> 32) == r && (int) cells[k + 1] <= last + 1) {
                    last = (int) cells[++k];
                }
                ws.range(r, first, r, last).style().bold().horizontalAlignment("center").fillColor("F2F2F2").set();
                k++;
            }
            labelSize = 0;
        }

        private void set(int top, int bottom, int c, int f) {
            if (f >= 0) {
                ws.range(top, c, bottom, c).style().format(formats.get(f)).set();
            }
        }
    }
}
