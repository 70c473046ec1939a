package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.internal.CompactText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass {@link TextScan} finds what the straightforward reading finds: one pass per word list and per
 * pattern over the text, white space removed by a copy of each window (the rules as they were first written,
 * kept here as the oracle). Texts are generated from the words and patterns' own pieces, and cut from the real
 * reports and mutated by inserting those pieces and white space.
 */
class TextScanPropertiesTest {

    private static final String[] PIECES = {"待填写", "请填写", "待补充", "（略）", "(略)", "X", "XX", "x", "Ｘ", "×",
        "www.", "0", "仍保留该表格式", "作下述说明", "增加（减少）", "下降(增长)", "大于（小于）", "预算", "决算", "支出",
        "收入", "万元", "减", "增加", "增", "减少", "大", "小于", "增长", "下降", "。", "，", "；", "、", ",", ";", "占比", "占",
        "降低", "增幅", "完成年初预算的", "完成预算的", "执行率", "为", "了", "达", "约", "13.95", "2", "20", "202", "2023",
        "2024", "2025", "年", "年度", "12月31日", "截至", "截止", "与", "同", "和", "比", "较", "相比", "相较", "持平",
        "部门决算", "主要原因", "决算数", "大于", "等于", "预算数", "年初", "基本", "一致", "相等", "是", "：", ":", "%", " ", "\n", "\u3000", "\u00a0", "a", "1", "."};

    private static final String REAL = read("/real-reports/001_204597f849ed16ca.txt")
            + read("/real-reports/002_2626e36b3619c519.txt");

    @Property(tries = 2000)
    void test_scan_generatedText_findsWhatSeparatePassesFind(@ForAll("generated") String text) {
        assertSameAsReference(text, Math.min(text.length(), text.length() / 3));
    }

    @Property(tries = 1000)
    void test_scan_mutatedRealProse_findsWhatSeparatePassesFind(@ForAll("mutated") String text) {
        assertSameAsReference(text, text.length() / 5);
    }

    @Property(tries = 1000)
    void test_compactText_offsets_agreeWithCompactingEachPiece(@ForAll("generated") String text,
            @ForAll("fractions") double a, @ForAll("fractions") double b) {
        CompactText ct = CompactText.of(text);
        assertThat(ct.getCompact()).isEqualTo(compactReference(text));
        int from = (int) (Math.min(a, b) * text.length());
        int to = (int) (Math.max(a, b) * text.length());
        assertThat(ct.getCompact().substring(ct.toCompact(from), ct.toCompact(to)))
                .isEqualTo(compactReference(text.substring(from, to)));
        for (int k = 0; k <= ct.getCompact().length(); k++) {
            int o = ct.toOriginal(k);
            assertThat(ct.toCompact(o)).isEqualTo(k);
            if (k < ct.getCompact().length()) {
                assertThat(text.charAt(o)).isEqualTo(ct.getCompact().charAt(k));
            }
        }
    }

    @Property(tries = 2000)
    void test_findBudgetWords_generatedText_isFindInTheRegion(@ForAll("generated") String raw,
            @ForAll("fractions") double a, @ForAll("fractions") double b) {
        String text = compactReference(raw + "决算数大于预算数决算与年初预算基本一致");
        int from = (int) (Math.min(a, b) * text.length());
        int to = (int) (Math.max(a, b) * text.length());
        Matcher fast = ProseLogicRules.BUDGET_WORDS.matcher(text);
        Matcher plain = ProseLogicRules.BUDGET_WORDS.matcher(text.substring(from, to));
        boolean found = ProseLogicRules.findBudgetWords(fast, text, from, to);
        assertThat(found).isEqualTo(plain.find());
        if (found) {
            assertThat(fast.group()).isEqualTo(plain.group());
            assertThat(fast.group(1)).isEqualTo(plain.group(1));
            assertThat(fast.group(5)).isEqualTo(plain.group(5));
        }
    }

    @Provide
    Arbitrary<String> generated() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, REAL.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 3000);
        Arbitrary<List<Insertion>> insertions = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.of(PIECES)).as(Insertion::new).list().ofMaxSize(30);
        return Combinators.combine(start, length, insertions).as((s, n, ins) -> {
            StringBuilder b = new StringBuilder(REAL.substring(s, Math.min(REAL.length(), s + n)));
            for (Insertion i : ins) {
                b.insert((int) (i.at * b.length()), i.piece);
            }
            return b.toString();
        });
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    private record Insertion(double at, String piece) {
    }

    private static void assertSameAsReference(String raw, int headingLength) {
        String text = compactReference(raw);
        int bodyStart = Math.min(headingLength, text.length());
        String heading = text.substring(0, bodyStart);
        TextScan scan = TextScan.scan(text, bodyStart, heading);

        Reference ref = new Reference(text, bodyStart, heading);
        assertThat(describe(scan)).isEqualTo(ref.describe());
    }

    private static String describe(TextScan s) {
        return "placeholders " + s.placeholders + " " + s.firstPlaceholder + "\ninstructions " + s.instructions + " "
                + s.firstInstruction + "\ngarbled " + s.garbled + " " + s.firstGarbled + "\nnoPercent " + s.noPercent
                + "\nasOf " + s.asOf + "\ncompared " + s.compared + "\nown " + s.ownYear + "\ntruncated "
                + s.truncated + "\nheading " + s.headingYears + "\nreasons " + s.noReason;
    }

    /** The rules as first written: one pass per word list and per pattern. */
    private static final class Reference {
        final String s;
        final List<String> lines = new ArrayList<>();

        Reference(String s, int bodyStart, String heading) {
            this.s = s;
            placeholders();
            findAll(TextScan.INSTRUCTIONS, "instructions");
            findAll(TextScan.GARBLE, "garbled");
            List<TextScan.Hit> pct = new ArrayList<>();
            matches(TextScan.NO_PERCENT, TextScan.PERCENT_TRIGGERS, s,
                    m -> pct.add(new TextScan.Hit(m.group(), m.start(), m.end(), m.group(3))));
            lines.add("noPercent " + pct);
            List<TextScan.Hit> asOf = new ArrayList<>();
            matches(TextScan.AS_OF, TextScan.AS_OF_TRIGGERS, s,
                    m -> asOf.add(new TextScan.Hit(m.group(), m.start(), m.end(), m.group(1))));
            lines.add("asOf " + asOf);
            List<TextScan.Hit> compared = new ArrayList<>();
            matches(TextScan.COMPARED, TextScan.COMPARED_TRIGGERS, s, m -> compared.add(new TextScan.Hit(m.group(),
                    m.start(), m.end(), m.group(2) != null ? m.group(2) : m.group(5))));
            lines.add("compared " + compared);
            List<TextScan.Hit> own = new ArrayList<>();
            matches(TextScan.OWN_YEAR, TextScan.DIGIT_TWO, s,
                    m -> own.add(new TextScan.Hit(m.group(), m.start(), m.end(), m.group(1))));
            lines.add("own " + own);
            List<TextScan.Hit> truncated = new ArrayList<>();
            matches(TextScan.TRUNCATED, TextScan.DIGIT_TWO, s,
                    m -> truncated.add(new TextScan.Hit(m.group(), m.start(), m.end(), m.group())));
            lines.add("truncated " + truncated);
            List<Integer> years = new ArrayList<>();
            Matcher m = TextScan.ANY_YEAR.matcher(heading);
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
            lines.add("heading " + years);
            // 主要原因 in the body alone, as a copy of it
            String t = s.substring(bodyStart);
            List<String> reasons = new ArrayList<>();
            Matcher r = TextScan.NO_REASON.matcher(t);
            for (int k = t.indexOf("主要原因"); k >= 0; k = t.indexOf("主要原因", k + 4)) {
                if (r.region(k, t.length()).lookingAt()) {
                    reasons.add(TextRules.around(t, r.start(), r.end()));
                }
            }
            lines.add("reasons " + reasons);
        }

        String describe() {
            return String.join("\n", lines);
        }

        private void placeholders() {
            int count = 0;
            TextScan.Hit first = null;
            for (int i = 0; i < s.length(); i++) {
                int end = -1;
                char c = s.charAt(i);
                if (TextScan.isX(c)) {
                    int j = i;
                    while (j < s.length() && TextScan.isX(s.charAt(j))) {
                        j++;
                    }
                    if (j - i >= 2 && (c == 'Ｘ' || TextScan.standsAlone(s, i, j))) {
                        end = j;
                    }
                    if (end < 0) {
                        i = j - 1;
                        continue;
                    }
                } else {
                    String w = TextScan.PLACEHOLDER_WORDS.at(s, i);
                    end = w == null ? -1 : i + w.length();
                }
                if (end > 0) {
                    if (count++ == 0) {
                        first = new TextScan.Hit(s.substring(i, end), i, end, null);
                    }
                    i = end - 1;
                }
            }
            lines.add("placeholders " + count + " " + first);
        }

        private void findAll(TextScan.Words words, String name) {
            int count = 0;
            TextScan.Hit first = null;
            for (int i = 0; i < s.length(); i++) {
                String w = words.at(s, i);
                if (w != null) {
                    if (count++ == 0) {
                        first = new TextScan.Hit(w, i, i + w.length(), null);
                    }
                    i += w.length() - 1;
                }
            }
            lines.add(name + " " + count + " " + first);
        }

        private static void matches(Pattern p, TextScan.Words triggers, String s, Consumer<Matcher> each) {
            Matcher m = p.matcher(s).useTransparentBounds(true);
            for (int i = 0; i < s.length(); i++) {
                if (triggers.starts(s.charAt(i))) {
                    m.region(i, s.length());
                    if (m.lookingAt()) {
                        each.accept(m);
                        i = Math.max(i, m.end() - 1);
                    }
                }
            }
        }
    }

    /** The compaction as first written: a copy without the white space. */
    private static String compactReference(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '\u3000' || Character.isWhitespace(c) || c == '\u00a0')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String read(String resource) {
        try (InputStream in = TextScanPropertiesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
