package io.github.juesuan.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of extracted text into cells with their extent across the line, for sources of
 * positioned and flowing text. Widths are display widths: a CJK character or a full-width form is
 * two columns wide, as {@code pdftotext -layout} aligns them.
 *
 * <p>A cell is a run of words. Words separated by two spaces or more always start a new cell;
 * words separated by one space are joined when both are text (a name printed with gaps, such as
 * {@code 因 公 出 国 （ 境 ） 费}) and split when either is a number or a code, so that
 * {@code 20105 统计信息事务 23.42 23.42} gives four cells.
 */
public final class TextLines {

    private TextLines() {
    }

    /**
     * Gets the display width of a character: 2 for CJK ideographs, CJK punctuation, full-width
     * forms and Hangul, 1 otherwise.
     *
     * @param c the character
     * @return its width
     */
    public static int width(char c) {
        if (c < 0x1100) {
            return 1;
        }
        if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)) {
            return 2;
        }
        return 1;
    }

    /**
     * Splits a line into cells with display-width extents.
     *
     * @param text the line, without its line end
     * @return the cells, left to right; none for a blank line
     */
    public static List<LayoutCell> cells(String text) {
        List<int[]> words = new ArrayList<>(); // start index, end index, x0, x1
        int x = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000') {
                x += c == '\u3000' ? 2 : c == '\t' ? 8 - (x % 8) : 1;
                i++;
                continue;
            }
            int start = i;
            int x0 = x;
            while (i < n) {
                char d = text.charAt(i);
                if (d == ' ' || d == '\t' || d == '\u00A0' || d == '\u3000') {
                    break;
                }
                x += width(d);
                i++;
            }
            words.add(new int[] {start, i, x0, x});
        }
        List<LayoutCell> out = new ArrayList<>(words.size());
        int k = 0;
        while (k < words.size()) {
            int[] w = words.get(k);
            int end = k;
            while (end + 1 < words.size()) {
                int[] next = words.get(end + 1);
                int gap = next[2] - words.get(end)[3];
                if (gap > 1 || isNumeric(text, words.get(end)) || isNumeric(text, next)) {
                    break;
                }
                end++;
            }
            int[] last = words.get(end);
            out.add(new LayoutCell(text.substring(w[0], last[1]), w[2], last[3]));
            k = end + 1;
        }
        return out;
    }

    /** Tells whether a word is a number, a code or a dash placeholder (never joined to its neighbours). */
    private static boolean isNumeric(String text, int[] word) {
        boolean digit = false;
        for (int i = word[0]; i < word[1]; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                digit = true;
            } else if (c != ',' && c != '.' && c != '-' && c != '%' && c != '，' && c != '．' && c != '－' && c != '—') {
                return false;
            }
        }
        return digit || word[1] - word[0] == 1 && (text.charAt(word[0]) == '-' || text.charAt(word[0]) == '—');
    }
}
