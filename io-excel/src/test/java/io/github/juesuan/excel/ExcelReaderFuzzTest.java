package io.github.juesuan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.testing.fuzz.ByteMutator;
import io.github.juesuan.testing.fuzz.Fuzzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutational fuzzing of the Excel reader over the workbooks of the real reports (001 typed by hand,
 * 002 read from its text), one zip entry mutated at a time. {@code mvn verify} runs a thousand
 * inputs; {@code mvn verify -Pfuzz} runs for minutes and writes each new failure under
 * {@code src/test/resources/fuzz-findings}, where {@link FuzzFindingsRegressionTest} picks it up.
 */
class ExcelReaderFuzzTest {

    private static final String FILE = "fuzz.xlsx";

    static List<byte[]> workbooks() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (FinalAccountReport r : List.of(SampleReports.jilinGeneralOffice2024(), ExcelRealReportsTest.report002())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExcelReportWriter.create().write(r, out);
            seeds.add(out.toByteArray());
        }
        return seeds;
    }

    static void read(byte[] input) {
        try {
            ExcelReadResult r = ExcelReportReader.create().read(new ByteArrayInputStream(input), FILE);
            assertThat(r.getProblems()).allSatisfy(p -> assertThat(p.toString()).contains(FILE));
        } catch (ExcelReadException e) {
            assertThat(e.getMessage()).contains(FILE);
        }
    }

    @Test
    void fuzz_excel() throws IOException {
        Fuzzer.Result r = Fuzzer.named("excel").extension("xlsx").seeds(workbooks()).mutator(ByteMutator::mutateZip)
                .inputs(1000).run(ExcelReaderFuzzTest::read);
        assertThat(r.getFailures()).isEmpty();
    }
}
