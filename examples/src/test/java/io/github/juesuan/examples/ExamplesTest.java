package io.github.juesuan.examples;

import io.github.juesuan.cli.Inputs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.json.JsonReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main of every example and compares its output with a golden file. */
class ExamplesTest {

    @TempDir
    Path tmp;

    @Test
    void test_buildReportExample_printsEveryCell() {
        Golden.assertMatches("build-report.txt", Golden.capture(out -> BuildReportExample.print(BuildReportExample.build(), out)));
    }

    @Test
    void test_loadAndValidateExample_bundledReport() {
        Golden.assertMatches("load-and-validate.txt", Golden.capture(out -> LoadAndValidateExample.run(null, out)));
    }

    @Test
    void test_loadAndValidateExample_jsonFile() throws IOException {
        Path json = tmp.resolve("001.json");
        JsonReports.standard().write(Inputs.bundled().getResult().orElseThrow(), json);
        String viaJson = Golden.capture(out -> LoadAndValidateExample.run(json, out));
        String viaText = Golden.capture(out -> LoadAndValidateExample.run(null, out));
        // the text reader's two problems are not in the JSON; the findings are the same
        assertThat(viaJson).isEqualTo(viaText.lines().filter(l -> !l.startsWith("problem:"))
                .reduce("", (a, b) -> a + b + System.lineSeparator()));
    }

    @Test
    void test_convertExample_writesJsonThatReadsBackEqual() {
        String out = Golden.capture(o -> ConvertExample.run(tmp.resolve("001.json"), o));
        Golden.assertMatches("convert.txt", out);
        assertThat(out).contains("read back equal: true");
    }

    @Test
    void test_beanValidationExample_propertyPathsPointAtCells() {
        String out = Golden.capture(BeanValidationExample::run);
        Golden.assertMatches("bean-validation.txt", out);
        assertThat(out).contains("expenditure.rows[2010301].TOTAL");
    }

    @Test
    void test_exportFactsExample_csvAndJsonLines() throws IOException {
        String out = Golden.capture(o -> ExportFactsExample.run(tmp, o));
        Golden.assertMatches("export-facts.txt", out);
        List<String> csv = Files.readAllLines(tmp.resolve("facts-csv/cells.csv"), StandardCharsets.UTF_8);
        String header = csv.get(0);
        int code = List.of(header.split(",")).indexOf("code");
        int column = List.of(header.split(",")).indexOf("column_id");
        int amount = List.of(header.split(",")).indexOf("amount");
        assertThat(code).isNotNegative();
        // 2010301 行政运行 in 公开03表: 4355.40 in total, its 项目支出 cell blank (empty, never zero)
        assertThat(csv).anySatisfy(l -> assertThat(l.split(",", -1)).satisfies(f -> {
            assertThat(f[code]).isEqualTo("2010301");
            assertThat(f[column]).isEqualTo("TOTAL");
            assertThat(f[amount]).isEqualTo("4355.40");
        }));
        assertThat(csv).anySatisfy(l -> assertThat(l.split(",", -1)).satisfies(f -> {
            assertThat(f[code]).isEqualTo("2010301");
            assertThat(f[column]).isEqualTo("PROJECT");
            assertThat(f[amount]).isEmpty();
        }));
        assertThat(Files.readAllLines(tmp.resolve("facts-csv/findings.csv"), StandardCharsets.UTF_8)).hasSizeGreaterThan(1);
        byte[] parquet = Files.readAllBytes(tmp.resolve("facts-parquet/cells.parquet"));
        assertThat(new String(parquet, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void test_validateFolderExample_summary() throws IOException {
        Path dir = tmp.resolve("reports");
        Files.createDirectories(dir);
        for (String f : new String[] {"000_aa736e7b58f5109b.txt", "001_204597f849ed16ca.txt", "002_2626e36b3619c519.txt"}) {
            Files.copy(Path.of("../core/src/test/resources/real-reports/" + f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1,", StandardCharsets.UTF_8);
        String out = Golden.capture(o -> ValidateFolderExample.run(dir, o));
        Golden.assertMatches("validate-folder.txt", out);
        assertThat(out).contains("reports read: 3, failed to read: 1");
    }
}
