package io.github.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    static final String R001 = "../core/src/test/resources/real-reports/001_204597f849ed16ca.txt";

    @Test
    void test_exportFacts_csvFile_writesTheFourTablesBesideIt() throws IOException {
        Path csv = tmp.resolve("facts.csv");
        assertThat(run("export-facts", R001, "--out", csv.toString())).isEqualTo(JuesuanCli.OK);
        List<String> cells = Files.readAllLines(csv);
        assertThat(cells.get(0)).startsWith("source,source_sha256,").contains(",code_level,").contains(",amount");
        // 467 cells of 公开01表…09表 (as the first facts writer counted), plus the header
        assertThat(cells).hasSize(468);
        List<String> reports = Files.readAllLines(tmp.resolve("facts-reports.csv"));
        assertThat(reports).hasSize(2);
        // findings: as many rows as the validator gives 001 (header + one per finding)
        int findings = ReportValidator.standard().validate(Inputs.bundled().getResult().orElseThrow())
                .getFindings().size();
        assertThat(Files.readAllLines(tmp.resolve("facts-findings.csv"))).hasSize(findings + 1);
        assertThat(tmp.resolve("facts-performance.csv")).exists();
        assertThat(out()).contains("467 cells").contains(findings + " findings");
    }

    @Test
    void test_exportFacts_parquetFolder_andStdout() throws IOException {
        Path dir = tmp.resolve("facts");
        assertThat(run("export-facts", "--format", "parquet", R001, "--out", dir.toString())).isEqualTo(JuesuanCli.OK);
        for (String t : new String[] {"cells", "findings", "reports", "performance"}) {
            byte[] b = Files.readAllBytes(dir.resolve(t + ".parquet"));
            assertThat(new String(b, 0, 4, StandardCharsets.US_ASCII)).as(t).isEqualTo("PAR1");
        }
        out.reset();
        assertThat(run("export-facts", "--format", "jsonl", R001, "--out", "-")).isEqualTo(JuesuanCli.OK);
        String[] lines = out().split("\n");
        assertThat(lines).hasSize(467).allSatisfy(l -> assertThat(l).startsWith("{\"source\":"));
    }

    @Test
    void test_exportFacts_unknownFormatOrExtension_exitCode2() {
        assertThat(run("export-facts", R001, "--out", tmp.resolve("x.xlsx").toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("x.xlsx");
        err.reset();
        assertThat(run("export-facts", "--format", "orc", R001, "--out", tmp.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("'orc' is not a facts format");
        err.reset();
        assertThat(run("export-facts", "--format", "csv", R001, "--out", tmp.resolve("x.parquet").toString()))
                .isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("x.parquet");
    }

    @Test
    void test_exportFacts_skippedFile_listedWithReason_exitCode2() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"department\": ");
        Path dir = tmp.resolve("out");
        assertThat(run("export-facts", R001, bad.toString(), "--out", dir.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("skipped " + bad).contains("1 of 2 inputs yielded no report");
        List<String> reports = Files.readAllLines(dir.resolve("reports.csv"));
        assertThat(reports).hasSize(3).anySatisfy(l -> assertThat(l).contains("bad.json"));
        err.reset();
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        assertThat(run("export-facts", empty.toString(), "--out", dir.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("nothing to read");
        for (String command : new String[] {"validate", "summary", "report"}) {
            err.reset();
            String[] args = command.equals("report") ? new String[] {command, empty.toString(), "--out", dir.toString()}
                    : new String[] {command, empty.toString()};
            assertThat(run(args)).as(command).isEqualTo(JuesuanCli.UNREADABLE);
            assertThat(err()).as(command).contains("nothing to read").contains(empty.toString());
        }
    }

    @Test
    void test_report_onePage_andFolderWithIndex() throws IOException {
        Path page = tmp.resolve("001.html");
        assertThat(run("report", "--locale", "en", R001, "--out", page.toString())).isEqualTo(JuesuanCli.OK);
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("吉林省人民政府办公厅").contains("公开06表")
                .doesNotContainPattern("(src|href|url)\\s*[=(]\\s*[\"']?https?:");
        // the text reader's source locations reach the page
        assertThat(html).contains("001_204597f849ed16ca.txt line");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "not json");
        Path dir = tmp.resolve("review");
        assertThat(run("report", R001, bad.toString(), "--out", dir.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(dir.resolve("index.html")).exists();
        assertThat(Files.readString(dir.resolve("index.html"))).contains("001_204597f849ed16ca.txt").contains("bad.json");
        assertThat(err()).contains("cannot read " + bad);
    }

    /** xl/workbook.xml of a written workbook, as fastexcel writes it (characters beyond ASCII as &#x…;). */
    private static String workbookXml(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void test_annotate_writesWorkbookThatReadsBack() throws IOException {
        Path xlsx = tmp.resolve("001-annotated.xlsx");
        assertThat(run("annotate", R001, "--out", xlsx.toString(), "--locale", "en")).isEqualTo(JuesuanCli.OK);
        int findings = ReportValidator.standard().validate(Inputs.bundled().getResult().orElseThrow())
                .getFindings().size();
        assertThat(out()).contains("with " + findings + " findings");
        assertThat(io.github.juesuan.excel.ExcelReportReader.create().read(xlsx).getReport())
                .isEqualTo(Inputs.bundled().getResult().orElseThrow());
        // --locale en: the list of findings is the sheet Findings; zh keeps 审核结果
        assertThat(workbookXml(xlsx)).contains("<sheet name=\"Findings\"").contains("<sheet name=\"Table 03\"")
                .doesNotContain("&#x516c;&#x5f00;"); // 公开, as the workbook escapes it

        Path zh = tmp.resolve("001-zh.xlsx");
        assertThat(run("annotate", R001, "--out", zh.toString(), "--locale", "zh")).isEqualTo(JuesuanCli.OK);
        assertThat(workbookXml(zh)).doesNotContain("Findings").doesNotContain("Table 03")
                .contains("<sheet name=\"&#x5ba1;&#x6838;&#x7ed3;&#x679c;\"");
        assertThat(run("annotate", R001, "--out", tmp.resolve("x.csv").toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("x.csv");
    }

    @Test
    void test_validate_xls_isReadWithPoi_notRefusedForWantOfIt() throws IOException {
        Path xls = tmp.resolve("old.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                java.io.OutputStream os = Files.newOutputStream(xls)) {
            wb.createSheet("封面").createRow(0).createCell(0).setCellValue("某某单位2024年度部门决算");
            wb.write(os);
        }
        run("validate", "--locale", "en", xls.toString());
        assertThat(out() + err()).contains("old.xls").doesNotContain("org.apache.poi:poi on the class path")
                .doesNotContain("unknown file type");
    }

    @Test
    void test_titlesButNoTable_validateAndConvertExit2() throws IOException {
        Path doc = tmp.resolve("images.txt");
        Files.writeString(doc, "某某局2024年度部门决算\n\n第二部分 2024年度部门决算表\n\n一、收入支出决算总表\n\n（此页为图片）\n\n"
                + "三、支出决算表\n\n（此页为图片）\n");
        assertThat(run("validate", "--locale", "en", doc.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(out()).contains("no table could be read although the document shows the titles of 公开01表, 公开03表")
                .doesNotContain("no findings");
        Path json = tmp.resolve("images.json");
        assertThat(run("convert", doc.toString(), json.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(json).doesNotExist();
        // a document with some tables read is validated as usual (000: three of nine tables are text)
        out.reset();
        assertThat(run("validate", "--locale", "en", "../core/src/test/resources/real-reports/000_aa736e7b58f5109b.txt"))
                .isNotEqualTo(JuesuanCli.UNREADABLE);
        assertThat(out()).doesNotContain("no table could be read");
    }

    /** 001 with one amount of its 公开02表 misprinted (a letter O for the zero): one reading problem. */
    private Path misprinted001() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(R001), StandardCharsets.UTF_8);
        assertThat(lines.get(155)).startsWith("2010301\t行政运行\t4355.40\t4355.40");
        lines.set(155, lines.get(155).replaceFirst("\t4355\\.40\t4355\\.40", "\t4355.40\t4355.4O"));
        Path file = tmp.resolve("001-misprinted.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private String problemLine(String marker) {
        return out().lines().filter(l -> l.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + marker + " in\n" + out()));
    }

    @Test
    void test_validate_readingProblem_printedInTheLocale_withValueAndPlace() throws IOException {
        Path file = misprinted001();
        run("validate", "--locale", "zh", file.toString());
        String zh = problemLine("4355.4O");
        assertThat(zh).startsWith("  [读取提示] ").contains("001-misprinted.txt 第 156 行，第 4 列：")
                .contains("按空白读取").doesNotContain("read as blank").doesNotContain("line 156");
        out.reset();
        run("validate", "--locale", "en", file.toString());
        String en = problemLine("4355.4O");
        assertThat(en).startsWith("  [read warning] ").contains("001-misprinted.txt line 156, column 4: ")
                .contains("read as blank").doesNotContain("按空白读取").doesNotContain("第 156 行");
        // the JSON output speaks the locale too
        out.reset();
        run("validate", "--format", "json", "--locale", "zh", file.toString());
        assertThat(out()).contains("\"location\":\"" + file + " 第 156 行，第 4 列\"").contains("按空白读取");
    }

    @Test
    void test_validate_fuzzedReport_problemsInEachLocale() {
        String file = "src/test/resources/broken/text-2-IllegalArgumentException.txt";
        run("validate", "--locale", "zh", file);
        List<String> zh = out().lines().filter(l -> l.startsWith("  [读取")).toList();
        out.reset();
        run("validate", "--locale", "en", file);
        List<String> en = out().lines().filter(l -> l.startsWith("  [read ")).toList();
        assertThat(zh).isNotEmpty().hasSameSizeAs(en).noneMatch(l -> l.contains(" line ") || l.contains("ignored"));
        assertThat(en).noneMatch(l -> l.contains("第 ") || l.contains("已忽略") || l.contains("按空白读取"));
    }

    static final String PDF = "../io-pdf/src/test/resources/real-reports/shanghai/";

    @Test
    void test_pdf_validateReportAndText() throws IOException {
        assertThat(run("validate", "--locale", "en", PDF + "caizhengju-2024.pdf")).isNotEqualTo(JuesuanCli.UNREADABLE);
        assertThat(out()).contains("caizhengju-2024.pdf").doesNotContain("unknown file type").doesNotContain("TABLE_ABSENT");
        out.reset();
        assertThat(run("text", PDF + "caizhengju-2024.pdf")).isEqualTo(JuesuanCli.OK);
        assertThat(out()).contains("收入支出决算总表").contains("1,511.89");
        out.reset();
        Path page = tmp.resolve("caizhengju.html");
        run("report", "--locale", "en", PDF + "caizhengju-2024.pdf", "--out", page.toString());
        assertThat(Files.readString(page)).contains("page ");
        err.reset();
        assertThat(run("validate", PDF + "wanli-budget-2024.pdf")).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(out() + err()).contains("wanli-budget-2024.pdf").contains("not a department final-account report");
        Path notPdf = tmp.resolve("fake.pdf");
        Files.writeString(notPdf, "hello");
        err.reset();
        assertThat(run("text", notPdf.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("fake.pdf");
    }

    @Test
    void test_catalogOption_replacesTheBundledEdition_badFileNamesItsLine() throws IOException {
        assertThat(run("validate", "--locale", "en", R001)).isEqualTo(JuesuanCli.OK);
        assertThat(out()).doesNotContain("CATALOG.UNKNOWN_CODE");
        out.reset();
        Path catalog = tmp.resolve("function-2024.tsv");
        Files.writeString(catalog, "# classification: function\n# edition: 2024\ncode\tname\n201\t一般公共服务支出\n"
                + "20103\t政府办公厅（室）及相关机构事务\n");
        run("validate", "--locale", "en", "--catalog", catalog.toString(), R001);
        // the official file knows no 2010301 here: the report's 行政运行 is now unknown
        assertThat(out()).contains("CATALOG.UNKNOWN_CODE").contains("2010301");
        out.reset();
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, "# classification: function\n# edition: 2024\ncode\tname\nxyz\t乱码\n");
        assertThat(run("validate", "--catalog", bad.toString(), R001)).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("bad.tsv").contains("4");
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

    /** The lines a run printed about reading (its reading problems and failures), on either stream. */
    private List<String> readingLines(String file) {
        return (out() + err()).lines().filter(l -> l.contains(file)).toList();
    }

    private static byte[] encryptedPdf() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret", "user-secret",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A zip that is no workbook: it holds no xl/workbook.xml. */
    private static byte[] zipWithoutWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("部门决算".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void test_validate_eachReadersFailure_printedInTheLocale() throws IOException {
        Path text = tmp.resolve("weather.txt");
        Files.writeString(text, "今日晴，最高气温 25 度。\n明日多云。\n", StandardCharsets.UTF_8);
        Path xlsx = tmp.resolve("broken.xlsx");
        Files.write(xlsx, zipWithoutWorkbook());
        Path pdf = tmp.resolve("locked.pdf");
        Files.write(pdf, encryptedPdf());
        Path cell = misprinted001();
        // file, what the Chinese line says, what the English line says
        String[][] cases = {
            {text.toString(), "不是部门决算报告：其中没有提到“部门决算”", "is not a department final-account report (部门决算): it has no mention of 部门决算"},
            {xlsx.toString(), "是 zip 文件，但不是 xlsx 工作簿：其中没有 xl/workbook.xml", "is a zip but not an xlsx workbook: it has no xl/workbook.xml"},
            {pdf.toString(), "设有密码", "is encrypted with a password"},
            {cell.toString(), "'4355.4O' 不是金额：应为 7698.92 或 42,590.81 这样的小数；按空白读取",
                "'4355.4O' is not an amount: expected a decimal number such as 7698.92 or 42,590.81; read as blank"},
        };
        for (String[] c : cases) {
            out.reset();
            err.reset();
            run("validate", "--locale", "zh", c[0]);
            List<String> zh = readingLines(c[0]);
            assertThat(zh).as(c[0]).anySatisfy(l -> assertThat(l).contains(c[1]));
            assertThat(zh).as(c[0]).noneMatch(l -> l.matches(".*\\b(is|not|an?|the|line|page|read|expected)\\b.*"));
            out.reset();
            err.reset();
            run("validate", "--locale", "en", c[0]);
            List<String> en = readingLines(c[0]);
            assertThat(en).as(c[0]).anySatisfy(l -> assertThat(l).contains(c[2]));
            assertThat(en).as(c[0]).noneMatch(l -> l.contains("读取") || l.contains("不是") || l.contains("第 "));
        }
        // the same failures through the other commands: summary, convert and text speak the locale too
        out.reset();
        err.reset();
        assertThat(run("summary", "--locale", "zh", "--no-progress", text.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("无法读取 " + text + "：").contains("不是部门决算报告");
        assertThat(out()).contains("无法读取：1");
        err.reset();
        assertThat(run("convert", "--locale", "zh", xlsx.toString(), tmp.resolve("x.json").toString()))
                .isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("不是 xlsx 工作簿").doesNotContain("not an xlsx");
        err.reset();
        assertThat(run("text", "--locale", "zh", pdf.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("locked.pdf").contains("设有密码").doesNotContain("encrypted");
        err.reset();
        assertThat(run("text", "--locale", "en", pdf.toString())).isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("encrypted with a password").doesNotContain("设有密码");
        // a wrong argument, in the locale asked for
        err.reset();
        assertThat(run("annotate", "--locale", "zh", R001, "--out", tmp.resolve("x.csv").toString()))
                .isEqualTo(JuesuanCli.UNREADABLE);
        assertThat(err()).contains("请以 .xlsx 命名");
    }
}
