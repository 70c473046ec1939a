package io.github.juesuan.validation;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableEdition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules on the wording of the text (family {@link RuleFamily#TEXT}): what reviewers of 预决算公开 find
 * by reading, not by adding up. Placeholders of the template left in (XX, XXX 万元, 待填写), the template's
 * instructions and alternatives left in (仍保留该表格式，并在本表下方作下述说明; 增加（减少）), garbled words
 * (预算预算, 减增加, 大小于, 。。), a share or a rate printed without its % (增长 13.95。), and years that
 * contradict the fiscal year (截至 2023 年 12 月 31 日 in a report of 2024, a truncated 202 年度, a comparison
 * with a year other than the previous one).
 *
 * <p>The texts read are the prose sections (every part), the department's name, and the notes and "本单位没有…"
 * statements under the tables. White space is ignored, since text taken from PDFs breaks lines inside words
 * (「减\n增加」). Each check is one pass over the text with precompiled patterns that cannot backtrack
 * (alternatives of fixed words, digits), so the rules stay linear in the size of the text.
 *
 * <p>Not read, because the report model does not keep them: the 目录, the part headings (第二部分 …) and the
 * table titles as printed; the years and table list of the 目录 are therefore not checked.
 */
final class TextRules {

    private TextRules() {
    }

    static final String PLACEHOLDER = "TEXT.PLACEHOLDER";
    static final String INSTRUCTION = "TEXT.INSTRUCTION";
    static final String GARBLED = "TEXT.GARBLED";
    static final String PERCENT_SIGN = "TEXT.SHARE_WITHOUT_PERCENT";
    static final String YEAR = "TEXT.YEAR";

    static void add(List<Rule> out) {
        out.add(rule(PLACEHOLDER, Severity.ERROR, "正文不应留有模板占位符（XX、XXX、待填写、请填写、（略））",
                "The text holds no placeholder of the template (XX, XXX, 待填写, 请填写, （略）)",
                "no run of two or more X / x / Ｘ / × standing alone, and none of 待填写, 请填写, 待补充, （略）, in the prose, "
                        + "the department's name and the notes under the tables",
                TextRules::placeholders));
        out.add(rule(INSTRUCTION, Severity.ERROR, "正文不应留有模板的填写说明或备选措辞",
                "The text holds no instruction of the template and no unchosen alternative wording",
                "none of 仍保留该表格式, 作下述说明, 如持平作持平表述, 不涉及的不列, 按上述格式, 依次说明到各项级科目, "
                        + "由主管部门根据, （制度名称）, 列明公务接待批次; none of the alternatives 增加（减少）, 减少（增加）, "
                        + "增长（下降）, 下降（增长）, 大于（小于）, 小于（大于）",
                TextRules::instructions));
        out.add(rule(GARBLED, Severity.WARNING, "正文不应有重复或错乱的词语、标点",
                "The text has no doubled or garbled words and punctuation",
                "no doubled word (预算预算, 决算决算, 支出支出, 收入收入, 万元万元, 项目项目, 经费经费, 其中其中), no two "
                        + "contradicting words run together (减增加, 增减少, 大小于, 小大于, 增长下降, 下降增长), no doubled "
                        + "punctuation (。。 ，。 。， ，， ；。 、、), white space ignored",
                TextRules::garbled));
        out.add(rule(PERCENT_SIGN, Severity.WARNING, "占比、增减幅度和完成率应带百分号",
                "A share, a rate of change or a completion rate is printed with its %",
                "占 / 占比 / 增长 / 下降 / 降低 / 增幅 / 降幅 / 完成（年初）预算的 / 执行率, then a number, then punctuation: "
                        + "the % is missing",
                TextRules::percentSigns));
        out.add(rule(YEAR, Severity.WARNING, "正文中的年份应与决算年度相符",
                "The years of the text agree with the fiscal year",
                "截至 Y 年 12 月 31 日: Y = fiscal year; 与 Y 年（度）相比, 比 / 较 Y 年度 增加…: Y = fiscal year − 1; "
                        + "Y 年度部门决算 and the years of the section headings: Y = fiscal year; no truncated year (202 年)",
                TextRules::years));
    }

    private static Rule rule(String id, Severity severity, String zh, String en, String formula, Rule.Check check) {
        return new Rule(id, RuleFamily.TEXT, severity, zh, en, List.of(), false, formula,
                EnumSet.allOf(TableEdition.class), check);
    }

    // ---- the texts of a report

    /** A text of the report, white space removed, and where it is. */
    record Piece(Location at, String heading, String compact) {
    }

    /** The key of the pieces of the report, shared by the rules of one validation. */
    private static final Object PIECES = new Object();

    /** The place of a section: its part and heading, such as 第三部分“五、一般公共预算财政拨款支出决算情况说明”. */
    static Location where(NarrativeSection s) {
        String h = s.getHeading().strip();
        ReportPart p = s.getPart();
        return Location.ofText(h.isEmpty() ? p.getOrdinal() + p.getTitle() : p.getOrdinal() + "“" + h + "”");
    }

    static List<Piece> pieces(RuleRun run) {
        return run.shared(PIECES, k -> {
            FinalAccountReport r = run.report();
            List<Piece> out = new ArrayList<>();
            out.add(new Piece(Location.ofText("单位名称"), "", compact(r.getDepartment())));
            for (NarrativeSection s : r.getNarrative()) {
                out.add(new Piece(where(s), s.getHeading(), compact(s.getHeading() + "\n" + s.getText())));
            }
            for (ReportTable t : r.tables()) {
                StringBuilder b = new StringBuilder();
                t.getEmptyStatement().ifPresent(e -> b.append(e).append('\n'));
                t.getNotes().forEach(n -> b.append(n).append('\n'));
                if (b.length() > 0) {
                    out.add(new Piece(Location.of(t.getTableId()), "", compact(b.toString())));
                }
            }
            return out;
        });
    }

    /** The text without white space (and without the ideographic space). */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '\u3000' || Character.isWhitespace(c) || c == '\u00a0')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Up to 12 characters either side of a place, for the message. */
    static String around(String s, int start, int end) {
        int from = Math.max(0, start - 12);
        int to = Math.min(s.length(), end + 12);
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }

    // ---- the rules

    private static final Words PLACEHOLDER_WORDS = new Words("待填写", "请填写", "待补充", "（略）", "(略)");

    private static void placeholders(RuleRun run) {
        for (Piece p : pieces(run)) {
            run.assessed();
            String s = p.compact();
            int count = 0;
            int first = -1;
            int firstEnd = -1;
            for (int i = 0; i < s.length(); i++) {
                int end = -1;
                char c = s.charAt(i);
                if (isX(c)) {
                    int j = i;
                    while (j < s.length() && isX(s.charAt(j))) {
                        j++;
                    }
                    if (j - i >= 2 && (c == 'Ｘ' || standsAlone(s, i, j))) {
                        end = j;
                    }
                    if (end < 0) {
                        i = j - 1;
                        continue;
                    }
                } else {
                    String w = PLACEHOLDER_WORDS.at(s, i);
                    end = w == null ? -1 : i + w.length();
                }
                if (end > 0) {
                    if (count++ == 0) {
                        first = i;
                        firstEnd = end;
                    }
                    i = end - 1;
                }
            }
            if (count > 0) {
                run.fail(Set.of(), p.at(), null, null, "textPlaceholder", s.substring(first, firstEnd),
                        around(s, first, firstEnd), count);
            }
        }
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x' || c == 'Ｘ' || c == '×';
    }

    /** A run of X that is no part of a Latin word or a number (www.xx.gov.cn, 0x12): its neighbours are no letters. */
    private static boolean standsAlone(String s, int start, int end) {
        return (start == 0 || !isLatin(s.charAt(start - 1))) && (end == s.length() || !isLatin(s.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '/'
                || c == '@' || c == '_';
    }

    private static final Words INSTRUCTIONS = new Words("仍保留该表格式", "作下述说明", "如持平作持平表述", "不涉及的不列",
            "按上述格式", "依次说明到各项级科目", "由主管部门根据", "（制度名称）", "列明公务接待批次", "列明公务用车购置数量",
            "增加（减少）", "减少（增加）", "增长（下降）", "下降（增长）", "大于（小于）", "小于（大于）",
            "增加(减少)", "减少(增加)", "增长(下降)", "下降(增长)", "大于(小于)", "小于(大于)");

    private static void instructions(RuleRun run) {
        findAll(run, INSTRUCTIONS, "textInstruction");
    }

    private static final Words GARBLE = new Words("预算预算", "决算决算", "支出支出", "收入收入", "万元万元", "项目项目",
            "经费经费", "其中其中", "减增加", "增减少", "大小于", "小大于", "增长下降", "下降增长", "增加减少", "减少增加",
            "。。", "，。", "。，", "，，", "；。", "、、", ",,");

    private static void garbled(RuleRun run) {
        findAll(run, GARBLE, "textGarbled");
    }

    /** One finding per piece of text: the first word found, where it is, and how many there are. */
    private static void findAll(RuleRun run, Words words, String key) {
        for (Piece p : pieces(run)) {
            run.assessed();
            String s = p.compact();
            String first = null;
            int start = -1;
            int count = 0;
            for (int i = 0; i < s.length(); i++) {
                String w = words.at(s, i);
                if (w != null) {
                    if (count++ == 0) {
                        first = w;
                        start = i;
                    }
                    i += w.length() - 1;
                }
            }
            if (count > 0) {
                run.fail(Set.of(), p.at(), null, null, key, first, around(s, start, start + first.length()), count);
            }
        }
    }

    private static final Pattern NO_PERCENT = Pattern.compile(
            "(占比|占|增长|下降|降低|增幅|降幅|完成年初预算的|完成预算的|执行率)(为|了|达|约)?(\\d+(\\.\\d+)?)(?=[，。；,;]|$)");

    private static final Words PERCENT_TRIGGERS = new Words("占", "增", "下", "降", "完", "执");

    private static void percentSigns(RuleRun run) {
        for (Piece p : pieces(run)) {
            run.assessed();
            matches(NO_PERCENT, PERCENT_TRIGGERS, p.compact(), m -> run.fail(Set.of(), p.at(), null,
                    new BigDecimal(m.group(3)), "textNoPercent", m.group(), around(p.compact(), m.start(), m.end())));
        }
    }

    private static final Pattern AS_OF = Pattern.compile("截[至止](\\d{4})年12月31日");
    private static final Pattern COMPARED = Pattern.compile(
            "(与|同|和)(\\d{4})年度?(相比|相较|比较)|(比|较)(\\d{4})年度?(?=减|增|持平|下降|降低|上升|多|少)");
    private static final Pattern OWN_YEAR = Pattern.compile("(\\d{4})年度?部门决算");
    private static final Pattern TRUNCATED = Pattern.compile("(?<![0-9])20[0-9](?=年)");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9])(20\\d\\d)(?=年)");

    private static final Words AS_OF_TRIGGERS = new Words("截");
    private static final Words COMPARED_TRIGGERS = new Words("与", "同", "和", "比", "较");
    private static final Words DIGIT_TWO = new Words("2");

    private static void years(RuleRun run) {
        int fy = run.report().getFiscalYear().getValue();
        for (Piece p : pieces(run)) {
            run.assessed();
            String s = p.compact();
            matches(AS_OF, AS_OF_TRIGGERS, s, m -> year(run, p, m.group(), m.start(), m.end(),
                    Integer.parseInt(m.group(1)), fy, "textYearAsOf"));
            matches(COMPARED, COMPARED_TRIGGERS, s, m -> year(run, p, m.group(), m.start(), m.end(),
                    Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(5)), fy - 1, "textYearCompared"));
            matches(OWN_YEAR, DIGIT_TWO, s, m -> year(run, p, m.group(), m.start(), m.end(),
                    Integer.parseInt(m.group(1)), fy, "textYearOwn"));
            matches(TRUNCATED, DIGIT_TWO, s, m -> run.fail(Set.of(), p.at(), BigDecimal.valueOf(fy),
                    new BigDecimal(m.group()), "textYearTruncated", m.group() + "年", around(s, m.start(), m.end())));
            Matcher m;
            String heading = compact(p.heading());
            m = ANY_YEAR.matcher(heading);
            while (m.find()) {
                year(run, p, heading, 0, heading.length(), Integer.parseInt(m.group(1)), fy, "textYearHeading");
            }
        }
    }

    private static void year(RuleRun run, Piece p, String found, int start, int end, int year, int expected,
            String key) {
        if (year != expected) {
            run.fail(Set.of(), p.at(), BigDecimal.valueOf(expected), BigDecimal.valueOf(year), key, found,
                    around(p.compact(), start, end), String.valueOf(expected)); // a year, not a number to format
        }
    }

    /**
     * Fixed words found in one pass: a position is looked at only when its character starts one of the words (a
     * bit set of 8 KB says so), where the words starting with it are compared. A regular expression of the same
     * alternatives costs some 50 ns a character; this costs a few.
     */
    static final class Words {
        private final long[] first = new long[1024];
        private final java.util.Map<Character, String[]> byFirst = new java.util.HashMap<>();

        Words(String... words) {
            java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
            for (String w : words) {
                char c = w.charAt(0);
                first[c >>> 6] |= 1L << c;
                m.computeIfAbsent(c, x -> new ArrayList<>()).add(w);
            }
            m.forEach((c, l) -> byFirst.put(c, l.toArray(new String[0])));
        }

        boolean starts(char c) {
            return (first[c >>> 6] & (1L << c)) != 0;
        }

        /** The word at {@code i}, null if none. */
        String at(String s, int i) {
            char c = s.charAt(i);
            if (!starts(c)) {
                return null;
            }
            for (String w : byFirst.get(c)) {
                if (s.startsWith(w, i)) {
                    return w;
                }
            }
            return null;
        }
    }

    /** The places where a pattern matches, looked for only where the text has one of {@code triggers}. */
    static void matches(Pattern p, Words triggers, String s, java.util.function.Consumer<Matcher> each) {
        Matcher m = null;
        for (int i = 0; i < s.length(); i++) {
            if (triggers.starts(s.charAt(i))) {
                if (m == null) {
                    m = p.matcher(s).useTransparentBounds(true); // a look-behind sees before the region
                }
                m.region(i, s.length());
                if (m.lookingAt()) {
                    each.accept(m);
                    i = Math.max(i, m.end() - 1);
                }
            }
        }
    }
}
