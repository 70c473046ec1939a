package io.github.juesuan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code of the README's usage section, kept compiling and true. */
class ReadmeUsageTest {

    @Test
    void test_readmeUsage_runsAsDocumented() {
        Path file = Path.of("../core/src/test/resources/real-reports/001_204597f849ed16ca.txt");
        List<String> printed = new ArrayList<>();

        ReadResult read = Formats.discover().forPath(file).orElseThrow()
                .reader().orElseThrow().read(file);
        read.getProblems().forEach(p -> printed.add(p.toString()));
        FinalAccountReport report = read.orElseThrow();

        Amount total = report.getExpenditure().orElseThrow()
                .findRow(FunctionCode.of("2010301")).orElseThrow()
                .getOrZero(ExpenditureColumn.TOTAL);
        assertThat(total).isEqualTo(Amount.of("4355.40"));

        ValidationResult result = ReportValidator.builder().locale(Locale.ENGLISH).build().validate(report);
        for (Finding f : result.getFindingsAbove(Severity.INFO)) {
            printed.add(f.getRuleId() + " " + f.getLocation() + ": " + f.getMessage());
        }
        assertThat(printed).anySatisfy(l -> assertThat(l).startsWith("INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS"));

        FinalAccountReport built = FinalAccountReport.builder()
                .department("示例单位（本级）").fiscalYear(FiscalYear.of(2024))
                .expenditure(ExpenditureTable.builder()
                        .addRows(ExpenditureRow.of("2010301", "行政运行", "100.50", "100.50", ""))
                        .build())
                .build();
        String json = JsonReports.standard().write(built);
        assertThat(JsonReports.standard().read(json)).isEqualTo(built);
    }
}
