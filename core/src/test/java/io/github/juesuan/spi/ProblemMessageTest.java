package io.github.juesuan.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reading problems' messages: every key the project's sources use has an English and a Chinese
 * text with the same arguments, and a problem prints in the language asked for.
 */
class ProblemMessageTest {

    /** A key as the sources write it: a string literal {@code "problem.…"}. */
    private static final Pattern KEY = Pattern.compile("\"(problem\\.[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = ProblemMessage.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The keys used in the main sources of every module of the project, with a file that uses each. */
    private static TreeMap<String, Path> usedKeys() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        TreeMap<String, Path> used = new TreeMap<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path m : (Iterable<Path>) modules::iterator) {
                Path main = m.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        for (Path f : sources) {
            Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                used.putIfAbsent(m.group(1), f);
            }
        }
        return used;
    }

    private static Set<String> args(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void test_bundles_everyKeyUsedInTheSourcesHasBothTexts_andNoKeyIsUnused() throws IOException {
        Properties en = bundle("ProblemMessages.properties");
        Properties zh = bundle("ProblemMessages_zh.properties");
        TreeMap<String, Path> used = usedKeys();
        // the layout, text, PDF, Excel, JSON readers and the command line all use keys
        assertThat(used.keySet()).anyMatch(k -> k.startsWith("problem.layout.")).anyMatch(k -> k.startsWith("problem.json."))
                .anyMatch(k -> k.startsWith("problem.excel.")).anyMatch(k -> k.startsWith("problem.pdf."))
                .anyMatch(k -> k.startsWith("problem.text.")).anyMatch(k -> k.startsWith("problem.cli."));
        List<String> missing = new ArrayList<>();
        used.forEach((k, f) -> {
            if (!en.containsKey(k) || !ProblemMessage.hasText(k, Locale.ENGLISH)) {
                missing.add(k + " (used in " + f.getFileName() + ") has no English text");
            }
            if (!zh.containsKey(k) || !ProblemMessage.hasText(k, Locale.CHINESE)) {
                missing.add(k + " (used in " + f.getFileName() + ") has no Chinese text");
            }
        });
        assertThat(missing).isEmpty();
        assertThat(en.stringPropertyNames()).as("keys of the English bundle no source uses")
                .isSubsetOf(used.keySet());
        assertThat(zh.stringPropertyNames()).as("the Chinese bundle has the English bundle's keys")
                .isEqualTo(en.stringPropertyNames());
    }

    @Test
    void test_bundles_chineseTextHasTheEnglishArguments() {
        Properties en = bundle("ProblemMessages.properties");
        Properties zh = bundle("ProblemMessages_zh.properties");
        for (String k : en.stringPropertyNames()) {
            assertThat(args(zh.getProperty(k, ""))).as(k).isEqualTo(args(en.getProperty(k)));
            if (ARG.matcher(en.getProperty(k)).replaceAll("").chars().anyMatch(Character::isLetter)) {
                // a text with words (not only "{0}: {1}") is written in Chinese
                assertThat(zh.getProperty(k, "")).as(k + " is Chinese").matches(s -> s.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            }
        }
    }

    @Test
    void test_problem_keyedMessage_inEachLanguage_valueAndLocationKept() {
        SourceLocation at = SourceLocation.ofFile("001.txt").withPage(3).withLine(12, 4);
        Problem p = Problem.warning(ProblemMessage.of("problem.layout.table.cellBeyondColumns", "公开03表", "1.00", 7),
                "1.00", at);
        assertThat(p.getMessage()).isEqualTo("公开03表: cell '1.00' lies beyond the 7 columns of the table; ignored");
        assertThat(p.getMessage(Locale.ENGLISH)).isEqualTo(p.getMessage());
        assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("公开03表：单元格“1.00”超出此表的 7 栏，已忽略");
        assertThat(p.toString()).isEqualTo("WARNING 001.txt page 3 line 12, column 4 ('1.00'): " + p.getMessage());
        assertThat(p.format(Locale.ENGLISH)).isEqualTo(p.toString());
        assertThat(p.format(Locale.CHINESE))
                .isEqualTo("警告 001.txt 第 3 页 第 12 行，第 4 列（'1.00'）：公开03表：单元格“1.00”超出此表的 7 栏，已忽略");
        assertThat(p.getProblemMessage().getKey()).contains("problem.layout.table.cellBeyondColumns");
        assertThat(p.getProblemMessage().getArguments()).containsExactly("公开03表", "1.00", 7);
        assertThat(p.getValue()).contains("1.00");
        assertThat(p.asError().isError()).isTrue();
        assertThat(p.asError().getMessage(Locale.CHINESE)).isEqualTo(p.getMessage(Locale.CHINESE));
        assertThat(p.withLocation(SourceLocation.ofFile("x")).getMessage(Locale.CHINESE)).isEqualTo(p.getMessage(Locale.CHINESE));
    }

    @Test
    void test_problem_equality_byKeyArgumentsValueAndLocation() {
        SourceLocation at = SourceLocation.ofFile("a.txt").withLine(2, 0);
        Problem a = Problem.error(ProblemMessage.of("problem.layout.table.codeTwice", "公开03表", "2010301"), null, at);
        Problem b = Problem.error(ProblemMessage.of("problem.layout.table.codeTwice", "公开03表", "2010301"), null, at);
        Problem c = Problem.error(ProblemMessage.of("problem.layout.table.codeTwice", "公开03表", "2010302"), null, at);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(a.withLocation(SourceLocation.UNKNOWN));
        assertThat(a).isNotEqualTo(Problem.warning(a.getProblemMessage(), null, at));
    }

    @Test
    void test_problem_freeText_sameInEveryLanguage() {
        Problem p = Problem.error("not a functional code", "20103A", SourceLocation.ofFile("r.txt"));
        assertThat(p.getMessage(Locale.CHINESE)).isEqualTo("not a functional code").isEqualTo(p.getMessage());
        assertThat(p.getProblemMessage().getKey()).isEmpty();
        assertThat(p).isEqualTo(Problem.error("not a functional code", "20103A", SourceLocation.ofFile("r.txt")));
    }

    @Test
    void test_of_unknownKey_namesTheKey() {
        assertThatThrownBy(() -> ProblemMessage.of("problem.no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'problem.no.such.key'");
    }

    @Test
    void test_of_wholeNumbersWithoutGrouping_otherArgumentsAsText() {
        ProblemMessage m = ProblemMessage.of("problem.text.tooLarge", 268435456);
        assertThat(m.format(Locale.ENGLISH)).contains("268435456 bytes");
        assertThat(m.format(Locale.CHINESE)).isEqualTo("文本超过 268435456 字节，不是任何决算报告的大小");
        assertThat(ProblemMessage.of("problem.json.unexpectedToken", Thread.State.NEW).getArguments()).containsExactly("NEW");
    }

    @Test
    void test_of_messageArgument_formattedInTheSameLanguage() {
        ProblemMessage year = ProblemMessage.of("problem.layout.notAReport.noYear", "book.xlsx");
        ProblemMessage m = ProblemMessage.of("problem.excel.noFiscalYear", "book.xlsx", year);
        assertThat(m.format(Locale.ENGLISH)).isEqualTo(m.toString())
                .contains("'book.xlsx' is not a readable department final-account report").doesNotContain("不是");
        assertThat(m.format(Locale.CHINESE)).contains("“book.xlsx”不是可读的部门决算报告")
                .doesNotContain("is not").doesNotContain("states no");
        assertThat(m.getArguments()).containsExactly("book.xlsx", year);
        assertThat(m).isEqualTo(ProblemMessage.of("problem.excel.noFiscalYear", "book.xlsx", year))
                .isNotEqualTo(ProblemMessage.of("problem.excel.noFiscalYear", "book.xlsx", year.toString()));
    }

    @Test
    void test_anyOfAndListOf_joinedInEachLanguage() {
        ProblemMessage columns = ProblemMessage.anyOf(List.of("基本支出", "项目支出", "上缴上级支出"));
        assertThat(columns.format(Locale.ENGLISH)).isEqualTo("基本支出 or 项目支出 or 上缴上级支出");
        assertThat(columns.format(Locale.CHINESE)).isEqualTo("基本支出或项目支出或上缴上级支出");
        ProblemMessage figures = ProblemMessage.listOf(List.of(
                ProblemMessage.of("problem.layout.free.ambiguousRow.figure", "1.00", columns),
                ProblemMessage.of("problem.layout.free.ambiguousRow.figure", "2.00", ProblemMessage.anyOf(List.of("合计")))));
        assertThat(figures.format(Locale.ENGLISH))
                .isEqualTo("1.00 in 基本支出 or 项目支出 or 上缴上级支出, 2.00 in 合计");
        assertThat(figures.format(Locale.CHINESE)).isEqualTo("1.00 在基本支出或项目支出或上缴上级支出；2.00 在合计");
        Problem p = Problem.warning(ProblemMessage.of("problem.layout.free.ambiguousRow", "公开05表", "2010301", 2, 3,
                figures), null, SourceLocation.ofFile("r.txt").withLine(9, 0));
        assertThat(p.getMessage(Locale.CHINESE)).contains("（1.00 在基本支出或项目支出或上缴上级支出；2.00 在合计）")
                .doesNotContain(" or ").doesNotContain(" in ").doesNotContain(", ");
        assertThat(p.getMessage()).contains("(1.00 in 基本支出 or 项目支出 or 上缴上级支出, 2.00 in 合计)");
        assertThat(ProblemMessage.listOf(List.of()).format(Locale.CHINESE)).isEmpty();
        assertThat(columns.getKey()).isEmpty();
        assertThat(columns).isEqualTo(ProblemMessage.anyOf(List.of("基本支出", "项目支出", "上缴上级支出")))
                .isNotEqualTo(ProblemMessage.listOf(List.of("基本支出", "项目支出", "上缴上级支出")));
    }

    @Test
    void test_from_keptMessageOfTheLibrarysExceptions_elseFreeText() {
        InvalidInputException invalid = new InvalidInputException(ProblemMessage.of("problem.value.amount.notNumber", "'4355.4O'"));
        assertThat(invalid).isInstanceOf(IllegalArgumentException.class);
        assertThat(invalid.getMessage()).isEqualTo("'4355.4O' is not an amount: expected a decimal number such as 7698.92 or 42,590.81");
        assertThat(invalid.getMessage(Locale.CHINESE)).isEqualTo("'4355.4O' 不是金额：应为 7698.92 或 42,590.81 这样的小数");
        assertThat(ProblemMessage.from(invalid)).isSameAs(invalid.getProblemMessage());
        ReportReadException read = new ReportReadException(Problem.error(ProblemMessage.of("problem.json.expectedObject"), "[]",
                SourceLocation.ofFile("a.json").withLine(3, 2)));
        assertThat(ProblemMessage.from(read)).isEqualTo(read.getProblem().getProblemMessage());
        assertThat(read.getMessage()).isEqualTo("expected a JSON object: '[]' (a.json line 3, column 2)");
        assertThat(read.getMessage(Locale.ENGLISH)).isEqualTo(read.getMessage());
        assertThat(read.getMessage(Locale.CHINESE)).isEqualTo(ProblemMessage.of("problem.json.expectedObject")
                .format(Locale.CHINESE) + "：'[]'（a.json 第 3 行，第 2 列）");
        ProblemMessage free = ProblemMessage.from(new IllegalStateException("boom"));
        assertThat(free.getKey()).isEmpty();
        assertThat(free.format(Locale.CHINESE)).isEqualTo("boom");
    }

    @Test
    void test_valueTypes_rejectWithKeyedMessages() {
        assertThatThrownBy(() -> io.github.juesuan.amount.Amount.parse("4355.4O"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).startsWith("'4355.4O' is not an amount");
                    assertThat(e.getMessage(Locale.CHINESE)).startsWith("'4355.4O' 不是金额");
                });
        assertThatThrownBy(() -> io.github.juesuan.amount.FiscalYear.of(1200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage(Locale.CHINESE))
                        .isEqualTo("'1200' 不是财政年度：应在 1949 至 2999 之间"));
        assertThatThrownBy(() -> io.github.juesuan.amount.Rate.parse("九五"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage(Locale.CHINESE))
                        .contains("不是比率"));
        assertThatThrownBy(() -> io.github.juesuan.amount.Score.parse("x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage(Locale.CHINESE))
                        .contains("不是分值"));
    }
}
