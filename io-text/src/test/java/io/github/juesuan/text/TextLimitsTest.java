package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.spi.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each of the {@link TextLimits}, at and just over the limit, on the real report 001: at the limit
 * the report reads as with the defaults, over it the read fails naming the file, the line and the
 * limit (or, for a table, the table is unreadable and the rest is read).
 */
class TextLimitsTest {

    private static final String NAME = "001.txt";
    private static String text;
    private static TextReadResult defaults;

    @BeforeAll
    static void load() throws IOException {
        text = Files.readString(Path.of("src", "test", "resources", "real-reports", "001_204597f849ed16ca.txt"),
                StandardCharsets.UTF_8);
        defaults = new TextReportReader().read(text, NAME);
    }

    private static TextReadResult read(TextLimits limits) {
        return new TextReportReader(limits).read(text, NAME);
    }

    @Test
    void test_defaults_farAboveRealReports() {
        TextLimits d = TextLimits.defaults();
        assertThat(d.getMaxChars()).isEqualTo(8 << 20);
        assertThat(d.getMaxLines()).isEqualTo(200_000);
        assertThat(d.getMaxLineLength()).isEqualTo(100_000);
        assertThat(d.getMaxCellsPerRow()).isEqualTo(1_000);
        assertThat(d.getMaxRowsPerTable()).isEqualTo(10_000);
        assertThat(defaults.getReport().getExpenditure()).isPresent();
    }

    @Test
    void test_maxChars_atAndOver() {
        assertThat(read(TextLimits.defaults().withMaxChars(text.length())).getReport())
                .isEqualTo(defaults.getReport());
        assertThatThrownBy(() -> read(TextLimits.defaults().withMaxChars(text.length() - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NAME).hasMessageContaining(text.length() + " characters")
                .hasMessageContaining("getMaxChars");
    }

    @Test
    void test_maxChars_readingAFile_atAndOver_stopsReadingAtTheLimit(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve(NAME), text, StandardCharsets.UTF_8);
        assertThat(new TextReportReader(TextLimits.defaults().withMaxChars(text.length())).read(file).getReport())
                .isEqualTo(defaults.getReport());
        assertThatThrownBy(() -> new TextReportReader(TextLimits.defaults().withMaxChars(text.length() - 1)).read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + NAME + "'").hasMessageContaining("more than " + (text.length() - 1))
                .hasMessageContaining("getMaxChars");
    }

    @Test
    void test_maxLines_atAndOver() {
        int lines = text.split("\r?\n", -1).length;
        assertThat(read(TextLimits.defaults().withMaxLines(lines)).getReport()).isEqualTo(defaults.getReport());
        assertThatThrownBy(() -> read(TextLimits.defaults().withMaxLines(lines - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NAME).hasMessageContaining(lines + " lines").hasMessageContaining("getMaxLines");
    }

    @Test
    void test_maxLineLength_atAndOver() {
        String[] lines = text.split("\r?\n", -1);
        int longest = 0;
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > longest) {
                longest = lines[i].length();
                at = i + 1;
            }
        }
        assertThat(read(TextLimits.defaults().withMaxLineLength(longest)).getReport()).isEqualTo(defaults.getReport());
        int max = longest;
        assertThatThrownBy(() -> read(TextLimits.defaults().withMaxLineLength(max - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + NAME + "' line " + at + ":").hasMessageContaining(longest + " characters")
                .hasMessageContaining("getMaxLineLength");
    }

    @Test
    void test_maxCellsPerRow_atAndOver() {
        int widest = 0;
        int at = 0;
        for (LayoutLine l : new TextLayoutSource().parse(text, NAME).getLines()) {
            if (l.getCells().size() > widest) {
                widest = l.getCells().size();
                at = l.getNumber();
            }
        }
        assertThat(widest).isGreaterThan(1);
        assertThat(read(TextLimits.defaults().withMaxCellsPerRow(widest)).getReport()).isEqualTo(defaults.getReport());
        int max = widest;
        int line = at;
        assertThatThrownBy(() -> read(TextLimits.defaults().withMaxCellsPerRow(max - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + NAME + "' line ").hasMessageContaining(widest + " cells")
                .hasMessageContaining("getMaxCellsPerRow");
        assertThat(line).isPositive();
    }

    @Test
    void test_maxCellsPerRow_aRowOfManyEmptyCells_failsNamingItsLine() {
        String row = "一、一般公共预算财政拨款收入" + "\t".repeat(1_200) + "7697.03";
        String report = "2024年度示例单位部门决算\n第二部分 2024年度部门决算表\n公开01表\n收入支出决算总表\n" + row + "\n";
        assertThatThrownBy(() -> new TextReportReader().read(report, NAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + NAME + "' line 5:").hasMessageContaining("1201 cells");
        assertThat(new TextReportReader(TextLimits.defaults().withMaxCellsPerRow(1_201)).read(report, NAME)
                .getReport().getDepartment()).isEqualTo("示例单位");
    }

    @Test
    void test_maxRowsPerTable_atAndOver_overIsUnreadableAndTheRestIsRead() {
        // find how many lines 公开01表 spans: over a limit of one line, the problem says so
        TextReadResult tight = read(TextLimits.defaults().withMaxRowsPerTable(1));
        Pattern spans = Pattern.compile("公开01表 spans (\\d+) lines");
        int lines = tight.getProblems().stream().map(Problem::getMessage).map(spans::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst().orElseThrow();
        assertThat(tight.getReport().getPresence(TableId.T01)).isEqualTo(TablePresence.UNREADABLE);
        assertThat(tight.getReport().getNarrative()).isEqualTo(defaults.getReport().getNarrative());

        TextReadResult at = read(TextLimits.defaults().withMaxRowsPerTable(lines));
        assertThat(at.getReport().getSummary()).isEqualTo(defaults.getReport().getSummary());
        TextReadResult over = read(TextLimits.defaults().withMaxRowsPerTable(lines - 1));
        assertThat(over.getReport().getPresence(TableId.T01)).isEqualTo(TablePresence.UNREADABLE);
        assertThat(over.getProblems()).anySatisfy(p -> {
            assertThat(p.getMessage()).contains("公开01表 spans " + lines + " lines, more than the " + (lines - 1));
            assertThat(p.getLocation().getFile()).contains(NAME);
            assertThat(p.getLocation().getLine()).isPresent();
        });
    }

    @Test
    void test_with_rejectsNonPositive() {
        assertThatThrownBy(() -> TextLimits.defaults().withMaxLines(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
