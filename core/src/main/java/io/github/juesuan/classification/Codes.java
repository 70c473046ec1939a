package io.github.juesuan.classification;

import io.github.juesuan.internal.Text;

/** Parsing helpers shared by the code types. */
final class Codes {

    private Codes() {
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
