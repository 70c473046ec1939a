package io.github.juesuan.internal;

/**
 * Text normalisation shared by the parsers of value types and readers. Not API.
 */
public final class Text {

    private Text() {
    }

    /**
     * Folds full-width ASCII variants (U+FF01–U+FF5E: digits, letters, punctuation such as
     * {@code （）}) to their half-width forms, the ideographic space (U+3000) and the no-break
     * space (U+00A0) to a space, and trims white space at both ends.
     *
     * @param s the text, not null
     * @return the folded, trimmed text
     */
    public static String foldWidth(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f != c && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null) {
                b.append(f);
            }
        }
        return (b == null ? s : b.toString()).strip();
    }

    /**
     * Normalises a classification name for lenient comparison: full-width brackets and punctuation
     * folded, all white space removed.
     *
     * @param name the name, not null
     * @return the normalised name
     */
    public static String normaliseName(String name) {
        // one pass, equal to removing every white space from foldWidth(name) (the strip is subsumed);
        // a name with nothing to fold or remove is returned as it is
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char f = fold(c);
            boolean drop = isFoldedSpace(f);
            if (b == null && (drop || f != c)) {
                b = new StringBuilder(name.length());
                b.append(name, 0, i);
            }
            if (b != null && !drop) {
                b.append(f);
            }
        }
        return b == null ? name : b.toString();
    }

    /**
     * Tells whether {@code normaliseName(name)} equals a name already normalised, without making it (a
     * validation compares every printed name with its catalog's).
     *
     * @param normalised a name normalised by {@link #normaliseName}, not null
     * @param name the name, not null
     * @return true if {@code normaliseName(name).equals(normalised)}
     */
    public static boolean normalisesTo(String normalised, String name) {
        int k = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char f = fold(c);
            if (isFoldedSpace(f)) {
                continue;
            }
            if (k == normalised.length() || normalised.charAt(k++) != f) {
                return false;
            }
        }
        return k == normalised.length();
    }

    /** A full-width ASCII variant to its half-width form, the ideographic and no-break spaces to a space. */
    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' || c == '\u00A0' ? ' ' : c;
    }

    /** Tells whether a {@link #fold folded} character is white space (none lies above U+3000, itself folded). */
    private static boolean isFoldedSpace(char f) {
        return f < '\u3000' && Character.isWhitespace(f);
    }

    /**
     * Quotes a value for an error message, shortening values longer than 60 characters.
     *
     * @param value the value, may be null
     * @return the value in single quotes, or the text {@code null} without quotes
     */
    public static String quote(CharSequence value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        if (s.length() > 60) {
            s = s.substring(0, 57) + "...";
        }
        return "'" + s + "'";
    }
}
