package io.github.juesuan.html;

import io.github.juesuan.spi.SourceLocator;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.text.TextReadResult;
import io.github.juesuan.text.TextReportReader;
import io.github.juesuan.validation.ReportValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The inputs of the tests: the real reports 001 and 002 read from their text, and a hostile report built in code. */
final class TestReviews {

    static final String R001 = "001_204597f849ed16ca.txt";
    static final String R002 = "002_2626e36b3619c519.txt";

    /** A script that sets a global if it ever runs. */
    static final String SCRIPT = "<script>window.pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.pwned=2\">";

    private TestReviews() {
    }

    static TextReadResult readText(String file) {
        return new TextReportReader().read(Path.of("src/test/resources/real-reports/" + file));
    }

    /** The review of a real report, with the text reader's source locations. */
    static Review real(String file, Locale locale) {
        TextReadResult text = readText(file);
        return Review.of(file, text.getReport(), text.getProblems(),
                ReportValidator.builder().locale(locale).build().validate(text.getReport()))
                .withSources(sources(text));
    }

    /** What the text reader knows of the figures' positions, as the reader SPI's locator. */
    static SourceLocator sources(TextReadResult text) {
        return text.getLayoutResult().getSources();
    }

    /** A report whose every printed name is markup: a department, a row name, a note and a problem. */
    static Review hostile(Locale locale) {
        FinalAccountReport report = FinalAccountReport.builder()
                .department(SCRIPT + "单位").fiscalYear(FiscalYear.of(2024))
                .expenditure(ExpenditureTable.builder()
                        .addRows(ExpenditureRow.of("201", IMG, "100.00", "90.00", "9.00"))
                        .addRows(ExpenditureRow.of("20101", "人大事务" + SCRIPT, "100.00", "90.00", "10.00"))
                        .addNotes("注：" + SCRIPT)
                        .build())
                .build();
        List<Problem> problems = List.of(Problem.warning("odd " + SCRIPT, IMG,
                SourceLocation.ofFile("hostile" + SCRIPT + ".txt").withLine(3, 1)));
        return Review.of("hostile" + SCRIPT + ".txt", report, problems,
                ReportValidator.builder().locale(locale).build().validate(report));
    }
}
