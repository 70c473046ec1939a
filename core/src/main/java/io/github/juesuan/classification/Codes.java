package io.github.juesuan.classification;

import io.github.juesuan.internal.Text;

/** Parsing helpers shared by the code types. */
final class Codes {

    private Codes() {
    }

    /**
     * The digits of a code (at most 9 ASCII digits) as one int, after a leading 1 so that the length counts
     * ({@code "201"} and {@code "0201"} differ): equal codes, equal ints. Compared in {@code equals}, it spares
     * a look-up in a catalog of thousands of codes the reading of the strings' characters.
     */
    static int packed(String digits) {
        int k = 1;
        for (int i = 0; i < digits.length(); i++) {
            k = k * 10 + (digits.charAt(i) - '0');
        }
        return k;
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Folds width, trims and joins split cells; removes inner spaces. */
    static String normalise(CharSequence... parts) {
        StringBuilder b = new StringBuilder();
        for (CharSequence p : parts) {
            if (p == null) {
                continue;
            }
            String s = Text.foldWidth(p.toString());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c)) {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    static String describe(CharSequence... parts) {
        if (parts.length == 1) {
            return Text.quote(parts[0]);
        }
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(Text.quote(parts[i]));
        }
        return b.append(')').toString();
    }
}
