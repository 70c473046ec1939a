package io.github.juesuan.excel;

import io.github.juesuan.internal.Text;

/** One non-blank cell as stored in a workbook: where, what kind and the stored text. */
final class GridCell {

    /** The kind of a stored value. */
    enum Kind {
        /** A number ({@code <v>} of a numeric cell). */
        NUMBER,
        /** Text: shared, inline or a formula's string result. */
        TEXT,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An error such as {@code #REF!}. */
        ERROR,
        /** A formula whose result the file does not store. */
        FORMULA_WITHOUT_VALUE
    }

    final int row;
    final int col;
    final Kind kind;
    final String value;
    /** The decimals the number format shows, -1 if unknown or general. */
    final int decimals;
    /** The value normalised by {@link Text#normaliseName}, computed on first use. */
    private String normalised;
    /** The first character of the normalised value, -1 if none; {@link #UNKNOWN} until first use. */
    private int first = UNKNOWN;
    private static final int UNKNOWN = -2;

    GridCell(int row, int col, Kind kind, String value, int decimals) {
        this.row = row;
        this.col = col;
        this.kind = kind;
        this.value = value;
        this.decimals = decimals;
    }

    /**
     * A cell whose value's {@link #normalisedFirst()} is known already (a shared string's, computed
     * once for all the cells showing it).
     */
    GridCell(int row, int col, Kind kind, String value, int decimals, int normalisedFirst) {
        this(row, col, kind, value, decimals);
        this.first = normalisedFirst;
    }

    /**
     * Gets the value normalised for matching labels ({@link Text#normaliseName}): the parser matches
     * the same cells against many labels, so it is computed once.
     */
    String normalised() {
        String n = normalised;
        if (n == null) {
            n = Text.normaliseName(value);
            normalised = n;
        }
        return n;
    }

    /**
     * Gets the first character of {@link #normalised()} without normalising the value: the first
     * character that is not white space once full-width forms are folded, as
     * {@link Text#normaliseName} folds them. The parser checks it before comparing a cell with a
     * label, so that long texts are not normalised for nothing.
     *
     * @return the character, -1 if the normalised value is empty
     */
    int normalisedFirst() {
        int f = first;
        if (f == UNKNOWN) {
            f = firstKept();
            first = f;
        }
        return f;
    }

    private int firstKept() {
        String n = normalised;
        if (n != null) {
            return n.isEmpty() ? -1 : n.charAt(0);
        }
        return normalisedFirst(value);
    }

    /**
     * Gets the first character of a text normalised by {@link Text#normaliseName}, without
     * normalising it.
     *
     * @param value the text
     * @return the character, -1 if the normalised text is empty
     */
    static int normalisedFirst(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char f = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                f = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                f = ' ';
            }
            if (!Character.isWhitespace(f)) {
                return f;
            }
        }
        return -1;
    }

    /**
     * Tells whether the normalised value starts with a label (itself normalised and not empty),
     * normalising the value only if its first character matches.
     */
    boolean normalisedStartsWith(String label) {
        return normalisedFirst() == label.charAt(0) && normalised().startsWith(label);
    }

    String ref() {
        return Layout.ref(row, col);
    }
}
