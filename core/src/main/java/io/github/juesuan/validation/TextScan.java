package io.github.juesuan.validation;

import io.github.juesuan.internal.CompactText;
import io.github.juesuan.report.NarrativeSection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules on wording find in one text, white space removed, in a single pass: the placeholders, the
 * template's instructions, the garbled words ({@link TextRules}), the shares without %, the years, and the
 * 主要原因 without a reason ({@link ProseLogicRules}). It depends on the text only, so a section's scan is made
 * once, when it is first validated, and kept with the section ({@link CompactText#memo}); each validation
 * then only compares the years found with the fiscal year.
 *
 * <p>The pass looks at a position only when its character starts one of the words or patterns (one bit set
 * for all of them). Each word list and pattern keeps its own place to resume after a match, so that the
 * findings are those of one separate pass per list, as the rules define them. The patterns are tried only at
 * their trigger characters, are anchored there ({@link Matcher#lookingAt}) and read fixed words and digits,
 * so the pass is linear in the text.
 */
final class TextScan {

    /** A match: the text matched, where it is in the compact text, and the number or year it holds. */
    record Hit(String text, int start, int end, String number) {
    }

    /** The key of a section's scan in its {@link CompactText}. */
    private static final Object KEY = new Object();

    // ---- the words and patterns

    static final Words PLACEHOLDER_WORDS = new Words("待填写", "请填写", "待补充", "（略）", "(略)");

    static final Words INSTRUCTIONS = new Words("仍保留该表格式", "作下述说明", "如持平作持平表述", "不涉及的不列",
            "按上述格式", "依次说明到各项级科目", "由主管部门根据", "（制度名称）", "列明公务接待批次", "列明公务用车购置数量",
            "增加（减少）", "减少（增加）", "增长（下降）", "下降（增长）", "大于（小于）", "小于（大于）",
            "增加(减少)", "减少(增加)", "增长(下降)", "下降(增长)", "大于(小于)", "小于(大于)");

    static final Words GARBLE = new Words("预算预算", "决算决算", "支出支出", "收入收入", "万元万元", "项目项目",
            "经费经费", "其中其中", "减增加", "增减少", "大小于", "小大于", "增长下降", "下降增长", "增加减少", "减少增加",
            "。。", "，。", "。，", "，，", "；。", "、、", ",,");

    static final Pattern NO_PERCENT = Pattern.compile(
            "(占比|占|增长|下降|降低|增幅|降幅|完成年初预算的|完成预算的|执行率)(为|了|达|约)?(\\d+(\\.\\d+)?)(?=[，。；,;]|$)");
    static final Words PERCENT_TRIGGERS = new Words("占", "增", "下", "降", "完", "执");

    static final Pattern AS_OF = Pattern.compile("截[至止](\\d{4})年12月31日");
    static final Pattern COMPARED = Pattern.compile(
            "(与|同|和)(\\d{4})年度?(相比|相较|比较)|(比|较)(\\d{4})年度?(?=减|增|持平|下降|降低|上升|多|少)");
    static final Pattern OWN_YEAR = Pattern.compile("(\\d{4})年度?部门决算");
    static final Pattern TRUNCATED = Pattern.compile("(?<![0-9])20[0-9](?=年)");
    static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9])(20\\d\\d)(?=年)");
    static final Words AS_OF_TRIGGERS = new Words("截");
    static final Words COMPARED_TRIGGERS = new Words("与", "同", "和", "比", "较");
    static final Words DIGIT_TWO = new Words("2");

    static final Pattern NO_REASON = Pattern.compile("主要原因(是|为)?[：:]?(?=[。；;]|$)");
    static final String REASON = "主要原因";

    /** Every character that starts a word or a pattern above, X included. */
    private static final Words ANY = Words.union(PLACEHOLDER_WORDS, INSTRUCTIONS, GARBLE, PERCENT_TRIGGERS,
            AS_OF_TRIGGERS, COMPARED_TRIGGERS, DIGIT_TWO, new Words("X", "x", "Ｘ", "×", REASON));

    // ---- the findings of one text

    /** The compact text. */
    final String text;
    /** Where the section's text starts in {@link #text}, after its heading (0 for other texts). */
    final int bodyStart;
    /** The heading without white space (empty for other texts). */
    final String heading;
    /** The place findings in this text are reported at (null for other texts: their caller knows it). */
    final Location at;

    int placeholders;
    Hit firstPlaceholder;
    int instructions;
    Hit firstInstruction;
    int garbled;
    Hit firstGarbled;
    final List<Hit> noPercent = new ArrayList<>(0);
    final List<Hit> asOf = new ArrayList<>(0);
    final List<Hit> compared = new ArrayList<>(0);
    final List<Hit> ownYear = new ArrayList<>(0);
    final List<Hit> truncated = new ArrayList<>(0);
    final List<Integer> headingYears = new ArrayList<>(0);
    /** The 主要原因 of the body with no reason after it, each with the words around it (body only). */
    final List<String> noReason = new ArrayList<>(0);

    private TextScan(String text, int bodyStart, String heading, Location at) {
        this.text = text;
        this.bodyStart = bodyStart;
        this.heading = heading;
        this.at = at;
    }

    /** The scan of a section (its heading and text), made once and kept with the section. */
    static TextScan of(NarrativeSection s) {
        return s.compactText().memo(KEY, ct -> {
            String h = CompactText.compact(s.getHeading());
            TextScan scan = new TextScan(ct.getCompact(), h.length(), h, TextRules.where(s));
            scan.scan();
            return scan;
        });
    }

    /** The scan of a text that is not a section (the department's name, the notes of a table). */
    static TextScan ofText(String compact) {
        return scan(compact, 0, "");
    }

    /** The scan of a compact text whose first {@code bodyStart} characters are the heading {@code heading}. */
    static TextScan scan(String compact, int bodyStart, String heading) {
        TextScan scan = new TextScan(compact, bodyStart, heading, null);
        scan.scan();
        return scan;
    }

    /** {@link #formula} when the section states none. */
    private static final String[] NO_FORMULA = new String[0];

    /** The score formula the section states ({@link RecallRules#FORMULA}); null until first asked for. */
    private volatile String[] formula;
    /** {@link NarrativeRules#mentionEnds} of the section's text; null until first asked for. */
    private volatile int[] mentionEnds;

    /**
     * The score formula the section's body states, found when first asked for and kept with the scan (it depends
     * on the text only): the text matched and the points of 「× N 分」 (null when it names none); null when the
     * section states no formula. As {@code FORMULA.matcher(compact).region(body, end).find()}, tried only where
     * 得分 stands (every match starts with it), in a section whose text names 执行率.
     */
    String[] formula(NarrativeSection s) {
        String[] f = formula;
        if (f == null) {
            f = NO_FORMULA;
            if (s.getText().indexOf("执行率") >= 0) {
                Matcher m = RecallRules.FORMULA.matcher(text);
                for (int k = text.indexOf("得分", bodyStart); k >= 0; k = text.indexOf("得分", k + 1)) {
                    if (m.region(k, text.length()).lookingAt()) {
                        f = new String[] {m.group(), m.group(2)};
                        break;
                    }
                }
            }
            formula = f;
        }
        return f == NO_FORMULA ? null : f;
    }

    /** {@link NarrativeRules#mentionEnds} of the section's text, found when first asked for and kept with the scan. */
    int[] mentionEnds(NarrativeSection s) {
        int[] e = mentionEnds;
        if (e == null) {
            e = NarrativeRules.mentionEnds(s.getText());
            mentionEnds = e;
        }
        return e;
    }

    /** Maps an offset of the section's text (not of its heading) to {@link #text}. */
    static int bodyOffset(NarrativeSection s, int offset) {
        return s.compactText().toCompact(s.getHeading().length() + 1 + offset);
    }

    private void scan() {
        String s = text;
        int n = s.length();
        int nextPlaceholder = 0;
        int nextInstruction = 0;
        int nextGarbled = 0;
        int nextPercent = 0;
        int nextAsOf = 0;
        int nextCompared = 0;
        int nextOwn = 0;
        int nextTruncated = 0;
        Matcher percent = null;
        Matcher asOfM = null;
        Matcher comparedM = null;
        Matcher own = null;
        Matcher trunc = null;
        Matcher reason = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!ANY.starts(c)) {
                continue;
            }
            if (i >= nextPlaceholder) {
                if (isX(c)) {
                    int j = i;
                    while (j < n && isX(s.charAt(j))) {
                        j++;
                    }
                    if (j - i >= 2 && (c == 'Ｘ' || standsAlone(s, i, j))) {
                        if (placeholders++ == 0) {
                            firstPlaceholder = new Hit(s.substring(i, j), i, j, null);
                        }
                    }
                    nextPlaceholder = j;
                } else {
                    String w = PLACEHOLDER_WORDS.at(s, i);
                    if (w != null) {
                        if (placeholders++ == 0) {
                            firstPlaceholder = new Hit(w, i, i + w.length(), null);
                        }
                        nextPlaceholder = i + w.length();
                    }
                }
            }
            if (i >= nextInstruction) {
                String w = INSTRUCTIONS.at(s, i);
                if (w != null) {
                    if (instructions++ == 0) {
                        firstInstruction = new Hit(w, i, i + w.length(), null);
                    }
                    nextInstruction = i + w.length();
                }
            }
            if (i >= nextGarbled) {
                String w = GARBLE.at(s, i);
                if (w != null) {
                    if (garbled++ == 0) {
                        firstGarbled = new Hit(w, i, i + w.length(), null);
                    }
                    nextGarbled = i + w.length();
                }
            }
            if (i >= nextPercent && PERCENT_TRIGGERS.starts(c)) {
                percent = percent != null ? percent : matcher(NO_PERCENT, s);
                if (percent.region(i, n).lookingAt()) {
                    noPercent.add(new Hit(percent.group(), percent.start(), percent.end(), percent.group(3)));
                    nextPercent = Math.max(i + 1, percent.end());
                }
            }
            if (i >= nextAsOf && AS_OF_TRIGGERS.starts(c)) {
                asOfM = asOfM != null ? asOfM : matcher(AS_OF, s);
                if (asOfM.region(i, n).lookingAt()) {
                    asOf.add(new Hit(asOfM.group(), asOfM.start(), asOfM.end(), asOfM.group(1)));
                    nextAsOf = Math.max(i + 1, asOfM.end());
                }
            }
            if (i >= nextCompared && COMPARED_TRIGGERS.starts(c)) {
                comparedM = comparedM != null ? comparedM : matcher(COMPARED, s);
                if (comparedM.region(i, n).lookingAt()) {
                    String y = comparedM.group(2) != null ? comparedM.group(2) : comparedM.group(5);
                    compared.add(new Hit(comparedM.group(), comparedM.start(), comparedM.end(), y));
                    nextCompared = Math.max(i + 1, comparedM.end());
                }
            }
            if (c == '2') {
                if (i >= nextOwn) {
                    own = own != null ? own : matcher(OWN_YEAR, s);
                    if (own.region(i, n).lookingAt()) {
                        ownYear.add(new Hit(own.group(), own.start(), own.end(), own.group(1)));
                        nextOwn = Math.max(i + 1, own.end());
                    }
                }
                if (i >= nextTruncated) {
                    trunc = trunc != null ? trunc : matcher(TRUNCATED, s);
                    if (trunc.region(i, n).lookingAt()) {
                        truncated.add(new Hit(trunc.group(), trunc.start(), trunc.end(), trunc.group()));
                        nextTruncated = Math.max(i + 1, trunc.end());
                    }
                }
            }
            if (c == '主' && i >= bodyStart && s.startsWith(REASON, i)) {
                reason = reason != null ? reason : matcher(NO_REASON, s);
                if (reason.region(i, n).lookingAt()) {
                    noReason.add(TextRules.around(s, bodyStart, reason.start(), reason.end()));
                }
            }
        }
        Matcher m = ANY_YEAR.matcher(heading);
        while (m.find()) {
            headingYears.add(Integer.parseInt(m.group(1)));
        }
    }

    private static Matcher matcher(Pattern p, String s) {
        return p.matcher(s).useTransparentBounds(true); // a look-behind sees before the region
    }

    static boolean isX(char c) {
        return c == 'X' || c == 'x' || c == 'Ｘ' || c == '×';
    }

    /** A run of X that is no part of a Latin word or a number (www.xx.gov.cn, 0x12): its neighbours are no letters. */
    static boolean standsAlone(String s, int start, int end) {
        return (start == 0 || !isLatin(s.charAt(start - 1))) && (end == s.length() || !isLatin(s.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '/'
                || c == '@' || c == '_';
    }

    /**
     * Fixed words found in one pass: a position is looked at only when its character starts one of the words (a
     * bit set of 8 KB says so), where the words starting with it are compared.
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

        /** The first characters of several lists, for a quick test only ({@link #at} finds no word). */
        static Words union(Words... lists) {
            Words u = new Words();
            for (Words w : lists) {
                for (int k = 0; k < u.first.length; k++) {
                    u.first[k] |= w.first[k];
                }
            }
            return u;
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
}
