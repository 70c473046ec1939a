package io.github.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.json.JsonReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JuesuanCliTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return JuesuanCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void test_validate_noFile_validatesBundledReport() {
        int code = run("validate", "--locale", "zh");
        assertThat(code).isEqualTo(JuesuanCli.OK);
        Golden.assertMatches("cli-validate.txt", out());
        assertThat(out()).contains("公开06表 302").contains("797.28").contains("797.30")
                .contains("共 9 项：错误 0，警告 4，尾差 5");
    }

    @Test
    void test_validate_jsonFormat_isOneObjectPerInputWithDecimalStrings() {
        int code = run("validate", "--format", "json", "--locale", "en");
        assertThat(code).isEqualTo(JuesuanCli.OK);
        String json = out().strip();
        assertThat(json.lines()).hasSize(1);
        assertThat(json).startsWith("{\"file\":\"001_204597f849ed16ca.txt\"")
                .contains("\"ruleId\":\"INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS\"")
                .contains("\"expected\":\"797.28\"").contains("\"actual\":\"797.30\"").contains("\"difference\":\"0.02\"");
    }

    @Test
    void test_validate_unreadableFile_exitCode2NamingTheFile() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"department\": ", StandardCharsets.UTF_8);
        assertThat(run("validate", "--locale", "zh", bad.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(out()).contains("bad.json").contains("读取错误").contains("未作校验结论").doesNotContain("未发现问题");
    }

    @Test
    void test_validate_missingFile_exitCode2() {
        assertThat(run("validate", tmp.resolve("nope.txt").toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(out()).contains("nope.txt").contains("no such file");
    }

    @Test
    void test_validate_errorFinding_exitCode1() throws IOException {
        Path json = tmp.resolve("broken.json");
        String text = JsonReports.standard().write(Inputs.bundled().getResult().orElseThrow())
                .replace("\"4355.40\"", "\"4455.40\"").replace("4355.40", "4455.40");
        Files.writeString(json, text, StandardCharsets.UTF_8);
        assertThat(run("validate", "--locale", "zh", json.toString())).isEqualTo(JuesuanCli.FINDINGS);
        assertThat(out()).contains("错误");
    }

    @Test
    void test_convert_textToJson_andBack() {
        Path json = tmp.resolve("001.json");
        assertThat(run("convert", "../core/src/test/resources/real-reports/001_204597f849ed16ca.txt", json.toString()))
                .isEqualTo(JuesuanCli.OK);
        assertThat(JsonReports.standard().read(json)).isEqualTo(Inputs.bundled().getResult().orElseThrow());
    }

    @Test
    void test_convert_toUnknownExtension_exitCode2() {
        assertThat(run("convert", "../core/src/test/resources/real-reports/001_204597f849ed16ca.txt",
                tmp.resolve("x.pdf").toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("x.pdf");
    }

    @Test
    void test_exportFacts_csv() throws IOException {
        Path csv = tmp.resolve("facts.csv");
        assertThat(run("export-facts", "../core/src/test/resources/real-reports/001_204597f849ed16ca.txt",
                "--out", csv.toString())).isEqualTo(JuesuanCli.OK);
        assertThat(Files.readAllLines(csv)).hasSize(468).first().isEqualTo(
                io.github.juesuan.cli.facts.FactsWriter.CSV_HEADER);
    }

    @Test
    void test_rules_listsCatalogue() {
        assertThat(run("rules", "--locale", "en")).isEqualTo(JuesuanCli.OK);
        assertThat(out()).contains("INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS").contains("PERF.EXECUTION_RATE");
    }

    @Test
    void test_help_andUnknownOption() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out()).contains("validate").contains("export-facts");
        assertThat(run("validate", "--bogus")).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("--bogus");
    }

    @Test
    void test_threads_oneAndFour_giveIdenticalOutput_onManyInputs() throws IOException {
        Path dir = tmp.resolve("many");
        Files.createDirectories(dir);
        for (String name : new String[] {"000_aa736e7b58f5109b.txt", "001_204597f849ed16ca.txt", "002_2626e36b3619c519.txt"}) {
            Path real = Path.of("../core/src/test/resources/real-reports", name);
            for (int copy = 0; copy < 8; copy++) {
                Files.copy(real, dir.resolve(copy + "_" + name));
            }
        }
        Files.writeString(dir.resolve("5_bad.json"), "{\"formatVersion\": 1, ", StandardCharsets.UTF_8);
        for (String command : new String[] {"validate", "summary"}) {
            int one = run(command, "--threads", "1", dir.toString());
            String outOne = out();
            String errOne = err();
            out.reset();
            err.reset();
            int four = run(command, "--threads", "4", dir.toString());
            assertThat(four).as(command).isEqualTo(one);
            assertThat(out()).as(command).isEqualTo(outOne);
            assertThat(err()).as(command).isEqualTo(errOne);
            assertThat(out() + err()).as(command).contains("5_bad.json");
            out.reset();
            err.reset();
        }
        Path csv1 = tmp.resolve("one.csv");
        Path csv4 = tmp.resolve("four.csv");
        run("export-facts", "--threads", "1", dir.toString(), "--out", csv1.toString());
        run("export-facts", "--threads", "4", dir.toString(), "--out", csv4.toString());
        assertThat(Files.readAllLines(csv4)).hasSizeGreaterThan(24 * 100).isEqualTo(Files.readAllLines(csv1));
    }

    @Test
    void test_messageLocale_followsSystemUnlessGiven() {
        assertThat(JuesuanCli.messageLocale(null, Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(JuesuanCli.messageLocale(null, Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.CHINESE);
        assertThat(JuesuanCli.messageLocale("zh", Locale.US)).isEqualTo(Locale.CHINESE);
        assertThat(JuesuanCli.messageLocale("en", Locale.CHINA)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void test_validate_english_summaryLine() {
        assertThat(run("validate", "--locale", "en")).isEqualTo(JuesuanCli.OK);
        assertThat(out()).contains("9 findings: 0 errors, 4 warnings, 5 rounding").doesNotContain("共 9 项");
    }

    @Test
    void test_progressBar() {
        assertThat(Progress.bar(5, 10, 10)).isEqualTo("[#####.....] 5/10");
        assertThat(Progress.bar(0, 0, 4)).isEqualTo("[####] 0/0");
        assertThat(Progress.bar(5, 10, 10, 2_000_000_000L)).isEqualTo("[#####.....] 5/10 2.5/s 0:02 left");
    }
}
