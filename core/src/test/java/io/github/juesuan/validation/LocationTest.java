package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocationTest {

    private static final Location CELL = Location.of(TableId.T03, RowKey.of(FunctionCode.of("2010301")),
            ExpenditureColumn.TOTAL);

    @Test
    void test_format_chineseAndEnglishLabels() {
        assertThat(CELL.format(Locale.CHINESE)).isEqualTo("公开03表[2010301, TOTAL]");
        assertThat(CELL.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("公开03表[2010301, TOTAL]");
        assertThat(CELL.format(Locale.ENGLISH)).isEqualTo("Table 03[2010301, TOTAL]");
        assertThat(Location.of(TableId.T03, RowKey.TOTAL, ExpenditureColumn.TOTAL).format(Locale.ENGLISH))
                .isEqualTo("Table 03[total, TOTAL]");
        assertThat(Location.ofProject("印刷费", RowKey.line("年度资金总额"), PerformanceColumn.EXECUTED).format(Locale.ENGLISH))
                .startsWith("performance self-evaluation of 印刷费[年度资金总额, ");
        assertThat(CELL.toString()).isEqualTo("公开03表[2010301, TOTAL]");
    }

    @Test
    void test_toString_ofAFinding_inTheValidatorsLanguage() {
        // 201 printed 100.00 while its one 款 prints 50.00: a roll-up finding in 公开03表
        FinalAccountReport report = FinalAccountReport.builder().department("示例单位（本级）").fiscalYear(FiscalYear.of(2024))
                .expenditure(ExpenditureTable.builder()
                        .addRows(ExpenditureRow.of("201", "一般公共服务支出", "100.00", "100.00", ""))
                        .addRows(ExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "50.00", "50.00", ""))
                        .addRows(ExpenditureRow.of("2010301", "行政运行", "50.00", "50.00", ""))
                        .build())
                .build();
        List<Finding> en = ReportValidator.builder().locale(Locale.ENGLISH).build().validate(report).getFindings();
        List<Finding> zh = ReportValidator.builder().locale(Locale.CHINESE).build().validate(report).getFindings();
        Finding enRollUp = en.stream().filter(f -> f.getLocation().getTable().equals(java.util.Optional.of(TableId.T03))
                && f.getLocation().getRow().isPresent()).findFirst().orElseThrow();
        Finding zhRollUp = zh.stream().filter(f -> f.getRuleId().equals(enRollUp.getRuleId())
                && f.getLocation().equals(enRollUp.getLocation())).findFirst().orElseThrow();
        assertThat(enRollUp.getLocation().toString()).startsWith("Table 03[");
        assertThat(zhRollUp.getLocation().toString()).startsWith("公开03表[");
        // the language is not part of the value
        assertThat(enRollUp.getLocation()).isEqualTo(zhRollUp.getLocation()).hasSameHashCodeAs(zhRollUp.getLocation());
    }
}
