package io.github.juesuan.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure that the prose of a {@link NarrativeSection} states, such as {@code 本年收入合计 7698.92 万元}
 * or {@code 占 76.4%}: its label (the words before the number since the last punctuation, white space
 * removed), the number exactly as printed, its unit, and where it stands in the section's text.
 *
 * <p>Figures are found by {@link NarrativeSection#getFigures()}; the validator compares the ones the prose
 * repeats from the tables (第三部分 情况说明) with the table cells.
 */
public final class ProseFigure {

    /** The unit printed after a number. */
    public enum Unit {
        /** 万元: the unit of the tables. */
        WAN_YUAN("万元"),
        /** 元: one ten-thousandth of 万元; in a report's prose usually a slip for 万元. */
        YUAN("元"),
        /** 亿元: ten thousand 万元. */
        YI_YUAN("亿元"),
        /** %: a share or a rate in percent. */
        PERCENT("%"),
        /** 分: points of a 绩效 score. */
        POINTS("分");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        /**
         * Gets the unit as printed.
         *
         * @return the symbol, such as {@code 万元}
         */
        public String getSymbol() {
            return symbol;
        }

        /**
         * Tells whether the unit is money (万元 or 元).
         *
         * @return true for 万元, 元 and 亿元
         */
        public boolean isMoney() {
            return this == WAN_YUAN || this == YUAN || this == YI_YUAN;
        }

        /**
         * Converts a number in this unit to 万元.
         *
         * @param value the number as printed, not null
         * @return the amount in 万元
         * @throws IllegalStateException for a unit that is not money
         */
        public BigDecimal toWanYuan(BigDecimal value) {
            switch (this) {
                case WAN_YUAN:
                    return value;
                case YUAN:
                    return value.movePointLeft(4);
                case YI_YUAN:
                    return value.movePointRight(4);
                default:
                    throw new IllegalStateException(symbol + " is not a unit of money");
            }
        }
    }

    private final String label;
    /** The label without quotation marks, for {@link #labelEndsWith}. */
    private final String plainLabel;
    private final BigDecimal value;
    private final Unit unit;
    private final int offset;
    private final int end;
    private final int sentence;

    private ProseFigure(String label, BigDecimal value, Unit unit, int offset, int end, int sentence) {
        this.label = label;
        this.plainLabel = unquoted(label);
        this.value = value;
        this.unit = unit;
        this.offset = offset;
        this.end = end;
        this.sentence = sentence;
    }

    /**
     * Creates a figure.
     *
     * @param label the words before the number, white space removed (may be empty)
     * @param value the number as printed
     * @param unit the unit
     * @param offset the index of the number's first character in the section's text
     * @param end the index after the unit in the section's text
     * @param sentence the number of the sentence (counted from 0 at each 。 or ；)
     * @return the figure
     * @throws IllegalArgumentException if the offsets are negative or out of order
     */
    public static ProseFigure of(String label, BigDecimal value, Unit unit, int offset, int end, int sentence) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (offset < 0 || end < offset || sentence < 0) {
            throw new IllegalArgumentException("a figure at " + offset + ".." + end + " in sentence " + sentence
                    + " is not a place in a text");
        }
        return new ProseFigure(label, value, unit, offset, end, sentence);
    }

    /**
     * Gets the label: the words from the last punctuation mark (，。；：！？, or the figure before) up to the
     * number, without white space, list numbers such as {@code 1.} or {@code （一）} and linking words such
     * as 为, 均为, 分别为, 是, 约, 人民币. {@code 2024 年度收入总计为 7698.92 万元} has the label
     * {@code 2024年度收入总计}; a colon right before the number stays out of the label and does not end it
     * ({@code 其他收入：1.89 万元} has the label {@code 其他收入}); a year ({@code 2024 年}) starts a new label,
     * so that a heading without punctuation before it is left out. Characters are folded as the text is
     * read: full-width digits to ASCII, and the half-width {@code ( ) : ; ,} to {@code （ ） ： ； ，};
     * quotation marks are kept.
     *
     * @return the label, possibly empty
     */
    public String getLabel() {
        return label;
    }

    /**
     * Tells whether the label ends with one of the given words, ignoring quotation marks (“三公” and 三公
     * match). Words are compared as given, so write brackets full-width as labels have them
     * ({@code 因公出国（境）费}); an empty word matches every label.
     *
     * @param words the words
     * @return true if the label ends with one of them
     */
    public boolean labelEndsWith(String... words) {
        for (String w : words) {
            if (endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code plainLabel.endsWith(unquoted(w))}, compared from the end without making the unquoted word. The
     * plain label has no quotation mark, so a quotation mark of the word is its first difference from the
     * end: only then is the word unquoted; a difference at another character (the common case, found at the
     * word's last character) decides, as the characters to its right have no quotation mark.
     */
    private boolean endsWith(String w) {
        String l = plainLabel;
        int i = l.length() - 1;
        int j = w.length() - 1;
        for (; j >= 0; i--, j--) {
            char c = w.charAt(j);
            if (i < 0 || c != l.charAt(i)) {
                return isQuote(c) ? l.endsWith(unquoted(w)) : false;
            }
        }
        return true;
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isQuote(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(char c) {
        // one comparison for the characters of Chinese text, all above the quotation marks
        return c <= '”' && (c == '“' || c == '”' || c == '"' || c == '‘' || c == '’');
    }

    private static String unquoted(String s) {
        if (!hasQuote(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isQuote(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Gets the number as printed, with its sign (a minus sign right before it) and its scale
     * ({@code 6209.1} has one decimal); ASCII thousands separators ({@code 42,590.81}) are removed.
     *
     * @return the number
     */
    public BigDecimal getValue() {
        return value;
    }

    /**
     * Gets the unit printed after the number.
     *
     * @return the unit
     */
    public Unit getUnit() {
        return unit;
    }

    /**
     * Gets the index of the number's first character in the section's text.
     *
     * @return the offset
     */
    public int getOffset() {
        return offset;
    }

    /**
     * Gets the index just after the unit in the section's text.
     *
     * @return the end offset
     */
    public int getEnd() {
        return end;
    }

    /**
     * Gets the number of the sentence the figure is in, counted from 0; a sentence ends at 。 or ；.
     *
     * @return the sentence number
     */
    public int getSentence() {
        return sentence;
    }

    /**
     * Gets the figure as the prose puts it, such as {@code 本年收入合计 7698.92 万元}.
     *
     * @return the label, the number and the unit
     */
    public String quote() {
        return (label.isEmpty() ? "" : label + " ") + value.toPlainString()
                + (unit == Unit.PERCENT ? "" : " ") + unit.getSymbol();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ProseFigure)) {
            return false;
        }
        ProseFigure f = (ProseFigure) obj;
        return label.equals(f.label) && value.equals(f.value) && unit == f.unit && offset == f.offset
                && end == f.end && sentence == f.sentence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, value, unit, offset, end, sentence);
    }

    @Override
    public String toString() {
        return quote() + " @" + offset;
    }
}
