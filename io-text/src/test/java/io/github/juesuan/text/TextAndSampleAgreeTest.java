package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The two independent paths to report 001 agree: the text reader on the PDF's text, and the
 * sample typed by hand from the document.
 */
class TextAndSampleAgreeTest {

    private static final FinalAccountReport TEXT = new TextReportReader()
            .read(Path.of("src/test/resources/real-reports/001_204597f849ed16ca.txt")).getReport();
    private static final FinalAccountReport SAMPLE = SampleReports.jilinGeneralOffice2024();

    @Test
    void test_read001_everyTableFigureEqualsTheSample() {
        List<String> text = TEXT.cells().stream().map(TextAndSampleAgreeTest::figure).collect(Collectors.toList());
        List<String> sample = SAMPLE.cells().stream().map(TextAndSampleAgreeTest::figure).collect(Collectors.toList());
        assertThat(text).containsExactlyElementsOf(sample);
    }

    private static String figure(Cell c) {
        return c.getTable().getLabel() + " " + c.getRow() + " " + c.getColumn().getId() + " "
                + c.getAmount().map(Object::toString).orElse("blank");
    }
}
