package io.github.juesuan.examples;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportScope;
import java.io.PrintStream;

/**
 * Builds a small report in code with the public builders and prints its cells.
 *
 * <pre>{@code java -cp juesuan-examples.jar io.github.juesuan.examples.BuildReportExample}</pre>
 */
public final class BuildReportExample {

    private BuildReportExample() {
    }

    /**
     * Builds the report.
     *
     * @return a small 支出决算表-only report
     */
    public static FinalAccountReport build() {
        return FinalAccountReport.builder()
                .department("示例单位（本级）")
                .fiscalYear(FiscalYear.of(2024))
                .scope(ReportScope.SELF)
                .expenditure(ExpenditureTable.builder()
                        // cells in printed column order: 本年支出合计, 基本支出, 项目支出; "" is a blank cell
                        .total(java.util.Map.of())
                        .addRows(ExpenditureRow.of("201", "一般公共服务支出", "120.50", "100.50", "20.00"))
                        .addRows(ExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "120.50", "100.50", "20.00"))
                        .addRows(ExpenditureRow.of("2010301", "行政运行", "100.50", "100.50", ""))
                        .addRows(ExpenditureRow.of("2010302", "一般行政管理事务", "20.00", "", "20.00"))
                        .build())
                .build();
    }

    /**
     * Prints the cells of the built report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(build(), System.out);
    }

    static void print(FinalAccountReport report, PrintStream out) {
        out.println(report.getDepartment() + " " + report.getFiscalYear() + "年度");
        report.cells().forEach(c -> out.println("  " + c.getTable().getLabel() + " " + c.getRow() + " "
                + c.getRowName() + " / " + c.getColumn().getChineseName() + " = "
                + c.getAmount().map(Object::toString).orElse("(blank)")));
    }
}
