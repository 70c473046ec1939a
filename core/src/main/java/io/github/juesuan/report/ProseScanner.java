package io.github.juesuan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the figures of a text of prose: every number followed by 万元, 元, % or 分, with the words before
 * it. One pass over the text; white space is skipped everywhere (text taken from PDFs breaks lines inside
 * words and between a number and its unit), full-width digits and punctuation are folded to their usual
 * forms, and thousands separators are removed.
 */
final class ProseScanner {

    private ProseScanner() {
    }

    /**
     * Scans a text.
     *
     * @param text the text
     * @return the figures in the order of the text, unmodifiable
     */
    static List<ProseFigure> scan(String text) {
        List<ProseFigure> out = new ArrayList<>();
        Label label = new Label();
        int sentence = 0;
        int n = text.length();
        int i = 0;
        char previous = ' ';
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                // an ideograph, most of the text: neither folded, nor space, digit or punctuation
                label.append(c);
                previous = c;
                i++;
                continue;
            }
            c = fold(c);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (c >= '0' && c <= '9' && !isWordChar(previous)) {
                int end = number(text, i);
                int unitStart = skipSpace(text, end);
                ProseFigure.Unit unit = null;
                int unitEnd = unitStart;
                if (unitStart < n) {
                    char u = fold(text.charAt(unitStart));
                    if (u == '万' || u == '亿') {
                        int y = skipSpace(text, unitStart + 1);
                        if (y < n && text.charAt(y) == '元') {
                            unit = u == '万' ? ProseFigure.Unit.WAN_YUAN : ProseFigure.Unit.YI_YUAN;
                            unitEnd = y + 1;
                        }
                    } else if (u == '元') {
                        unit = ProseFigure.Unit.YUAN;
                        unitEnd = unitStart + 1;
                    } else if (u == '%') {
                        unit = ProseFigure.Unit.PERCENT;
                        unitEnd = unitStart + 1;
                    } else if (u == '分' && !(skipSpace(text, unitStart + 1) < n
                            && "钟别之".indexOf(text.charAt(skipSpace(text, unitStart + 1))) >= 0)) {
                        unit = ProseFigure.Unit.POINTS;
                        unitEnd = unitStart + 1;
                    }
                }
                if (unit != null && end > i) {
                    // a minus sign right before the number (−5.50 万元) is the figure's, not the label's
                    int start = i;
                    BigDecimal value = value(text, i, end);
                    int l = label.length();
                    if (l > 0 && (label.charAt(l - 1) == '-' || label.charAt(l - 1) == '−')) {
                        label.setLength(l - 1);
                        value = value.negate();
                        start = minus(text, i);
                    }
                    out.add(ProseFigure.of(clean(label), value, unit, start, unitEnd, sentence));
                    label.setLength(0);
                    previous = unit == ProseFigure.Unit.PERCENT ? '%' : '元';
                    i = unitEnd;
                    continue;
                }
                // a year (2024 年度) starts the label of what follows: the words before it are a heading
                if (end - i == 4 && skipSpace(text, end) < n && text.charAt(skipSpace(text, end)) == '年') {
                    label.setLength(0);
                }
                for (int k = i; k < end; k++) {
                    char d = fold(text.charAt(k));
                    if (!isSpace(d)) {
                        label.append(d);
                    }
                }
                previous = '0';
                i = end;
                continue;
            }
            if (c == '：' && skipSpace(text, i + 1) < n && isDigit(text.charAt(skipSpace(text, i + 1)))) {
                // 「其他收入：1.89 万元」: the words before the colon are the figure's label
                previous = c;
                i++;
                continue;
            }
            if (c == '，' || c == '。' || c == '；' || c == '：' || c == '！' || c == '？') {
                label.setLength(0);
                if (c == '。' || c == '；') {
                    sentence++;
                }
            } else {
                label.append(c);
            }
            previous = c;
            i++;
        }
        return Collections.unmodifiableList(out);
    }

    /** The end of the number that starts at {@code start}: digits, 3-digit groups after commas, decimals. */
    private static int number(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        // thousands groups: ",ddd" not followed by another digit
        while (i + 3 < n && text.charAt(i) == ',' && isDigit(text.charAt(i + 1))
                && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
                && (i + 4 >= n || !isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == '．') && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * The value of the number in {@code [start, end)} (digits, thousands separators, one decimal point, in
     * ASCII or full width), as {@code new BigDecimal} reads its digits without the separators: the scale is
     * the number of printed decimals.
     */
    private static BigDecimal value(String text, int start, int end) {
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (int k = start; k < end; k++) {
            char d = fold(text.charAt(k));
            if (d == '.') {
                scale = 0;
            } else if (d != '，') { // a thousands separator (fold turns ',' into '，')
                unscaled = unscaled * 10 + (d - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            }
        }
        if (digits > 18) {
            // beyond a long: the digits as text
            StringBuilder b = new StringBuilder(end - start);
            for (int k = start; k < end; k++) {
                char d = fold(text.charAt(k));
                if (d != '，') {
                    b.append(d);
                }
            }
            return new BigDecimal(b.toString());
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Words between a label and its number, longest first: 「合计为人民币 …」, 「分别为」, 「约」. */
    private static final String[] LINKING_WORDS = {"为人民币", "均为", "分别为", "各为", "约为", "达到", "共计",
        "人民币", "为", "是", "约", "达", "共"};

    /** The index of the minus sign before the number at {@code i}, white space skipped. */
    private static int minus(String text, int i) {
        int k = i - 1;
        while (k > 0 && isSpace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    /**
     * The words before a figure, kept in a plain array: appending a character is most of the scan, and a
     * {@link StringBuilder} checks its coder and capacity on every one.
     */
    static final class Label {
        private char[] chars = new char[64];
        private int length;

        void append(char c) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, 2 * length);
            }
            chars[length++] = c;
        }

        int length() {
            return length;
        }

        char charAt(int i) {
            return chars[i];
        }

        void setLength(int l) {
            length = l;
        }

        String substring(int from, int to) {
            return new String(chars, from, to - from);
        }
    }

    /** The last characters of the {@link #LINKING_WORDS}: a label ending otherwise has none to drop. */
    private static final String LINKING_ENDS;

    static {
        StringBuilder b = new StringBuilder();
        for (String w : LINKING_WORDS) {
            b.append(w.charAt(w.length() - 1));
        }
        LINKING_ENDS = b.toString();
    }

    /** The label without leading punctuation, list numbers ({@code 1.}, {@code （一）}) and linking words. */
    static String clean(Label label) {
        int from = 0;
        int to = label.length();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            char c = label.charAt(from);
            if (c == '、' || c == '.') {
                from++;
                changed = true;
            } else if (isDigit(c)) {
                int k = from;
                while (k < to && isDigit(label.charAt(k))) {
                    k++;
                }
                if (k < to && (label.charAt(k) == '.' || label.charAt(k) == '、')) {
                    from = k + 1;
                    changed = true;
                }
            } else if (c == '（' && from + 2 < to && label.charAt(from + 2) == '）'
                    && "一二三四五六七八九十".indexOf(label.charAt(from + 1)) >= 0) {
                from += 3;
                changed = true;
            }
        }
        String s = label.substring(from, to);
        if (s.isEmpty() || LINKING_ENDS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return s;
        }
        for (String gap : LINKING_WORDS) {
            if (s.endsWith(gap)) {
                return s.substring(0, s.length() - gap.length());
            }
        }
        return s;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isWordChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    /** Full-width digits, percent sign and punctuation to the forms the scanner compares with. */
    static char fold(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        switch (c) {
            case '．':
                return '.';
            case '％':
                return '%';
            case '(':
                return '（';
            case ')':
                return '）';
            case ':':
                return '：';
            case ';':
                return '；';
            case ',':
                return '，';
            default:
                return c;
        }
    }
}
