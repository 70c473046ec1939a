package io.github.juesuan.layout;

import io.github.juesuan.internal.Text;
import java.util.regex.Pattern;

/** Text helpers for reading extracted PDF text. */
final class Texts {

    private static final Pattern ORDINAL = Pattern.compile(
            "^\\s*(?:-\\s*)?(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．])\\s*");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}（）“”、，])\\s+(?=[\\p{IsHan}（）“”、，])");
    private static final Pattern INT = Pattern.compile("[0-9]{1,3}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern PAGE_MARKER = Pattern.compile("^[—–-]\\s*[0-9]+\\s*[—–-]$");

    private Texts() {
    }

    /** Folds width and removes all white space, for comparing labels. */
    static String norm(String s) {
        // fast path: most cells hold neither white space nor full-width characters
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || (c >= '\uFF01' && c <= '\uFF5E')
                    || Character.isSurrogate(c)) {
                return Text.normaliseName(s);
            }
        }
        return s;
    }

    /** Removes a Chinese ordinal prefix: 一、 (一) 1. */
    static String stripOrdinal(String s) {
        return ORDINAL.matcher(s).replaceFirst("").strip();
    }

    /** Removes white space between two Chinese characters, which PDF extraction inserts at line ends. */
    static String joinCjk(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return CJK_GAP.matcher(t).replaceAll("");
            }
        }
        return t; // no gap to remove
    }

    static boolean isInt(String s) {
        return INT.matcher(Text.foldWidth(s).strip()).matches();
    }

    /** Folds full-width digits and letters to ASCII and trims, for reading codes and numbers. */
    static String ascii(String s) {
        return Text.foldWidth(s).strip();
    }

    static boolean isPageMarker(String s) {
        return PAGE_MARKER.matcher(s.strip()).matches();
    }

    /** Tells whether a cell is a plain number, such as a weight or a score ({@code 25}, {@code 87.00}). */
    static boolean isNumber(String s) {
        return NUMBER.matcher(Text.foldWidth(s)).matches();
    }
}
