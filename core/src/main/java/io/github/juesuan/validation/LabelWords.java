package io.github.juesuan.validation;

import io.github.juesuan.report.ProseFigure;

/**
 * Words that the label of a prose figure may end with, as the rules name them: {@link #endOf} is
 * {@link ProseFigure#labelEndsWith(String...)} of the words, with the labels whose last character (quotation marks
 * ignored, as {@code labelEndsWith} ignores them) ends none of the words rejected at once. Most figures a rule looks
 * at are of another subject and end with another character, so most tests are one comparison instead of one per
 * word; the rules test every figure of 第三部分 against such lists on every validation.
 */
final class LabelWords {

    private final String[] words;
    /** Bit {@code c & 63} set for the last character {@code c} of each word (quotation marks removed). */
    private final long lastBits;
    /** The distinct last characters of the words. */
    private final String lastChars;
    /** Some word is empty once unquoted, so every label ends with it: nothing is rejected. */
    private final boolean endsEveryLabel;

    private LabelWords(String[] words) {
        this.words = words.clone();
        long bits = 0;
        StringBuilder last = new StringBuilder();
        boolean every = false;
        for (String w : words) {
            int i = lastPlain(w);
            if (i < 0) {
                every = true;
                continue;
            }
            char c = w.charAt(i);
            bits |= 1L << (c & 63);
            if (last.indexOf(String.valueOf(c)) < 0) {
                last.append(c);
            }
        }
        this.lastBits = bits;
        this.lastChars = last.toString();
        this.endsEveryLabel = every;
    }

    /**
     * Gets the words, as {@link ProseFigure#labelEndsWith(String...)} reads them.
     *
     * @param words the words, not null
     * @return the list
     */
    static LabelWords of(String... words) {
        return new LabelWords(words);
    }

    /** Tells whether the figure's label ends with one of the words: {@code f.labelEndsWith(words)}. */
    boolean endOf(ProseFigure f) {
        if (!endsEveryLabel) {
            String label = f.getLabel();
            int i = lastPlain(label);
            if (i < 0) {
                return false; // an empty label ends with the empty word only
            }
            char c = label.charAt(i);
            if ((lastBits & 1L << (c & 63)) == 0 || lastChars.indexOf(c) < 0) {
                return false;
            }
        }
        return f.labelEndsWith(words);
    }

    /** The words, in the order given (a copy). */
    String[] words() {
        return words.clone();
    }

    /** The word at an index. */
    String word(int i) {
        return words[i];
    }

    /** The index of the last character of a text that is not a quotation mark, -1 if none. */
    private static int lastPlain(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isQuote(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The quotation marks {@link ProseFigure#labelEndsWith} ignores. */
    private static boolean isQuote(char c) {
        return c <= '”' && (c == '“' || c == '”' || c == '"' || c == '‘' || c == '’');
    }
}
