package io.github.juesuan.performance;

import io.github.juesuan.internal.Text;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target (年度指标值) or an actual value (实际完成值) of a performance indicator, parsed from its
 * printed text: {@code "≥90%"} is {@code AT_LEAST 90 %}, {@code "≤85场次"} is {@code AT_MOST 85 场次},
 * {@code "100%"} is a number with unit {@code %} and no comparator, {@code "有所提高"} is
 * qualitative. The printed text is always kept ({@link #getText()}); equality is by that text.
 *
 * <p>The parser reads {@code >=}, {@code <=}, full-width signs, LaTeX remnants such as
 * {@code $\geq 90\%$}, thousands separators, and spaces inside numbers broken by extraction
 * ({@code "2180. 66 万元"}).
 */
public final class IndicatorValue {

    private static final Pattern QUANT = Pattern.compile(
            "^(≥|≤|>=|<=|=|>|<|不低于|不高于|不少于|不超过|大于等于|小于等于|大于|小于|等于)?\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*)$");

    /** The most characters (digits, separators, sign and point) of a quantitative value's number. */
    static final int MAX_DIGITS = 100;

    private final String text;
    private final Comparison comparison;
    private final BigDecimal number;
    private final String unit;
    /** The unit, or the text of a qualitative value, normalised for comparison: computed once, on first use. */
    private String normalised;

    private IndicatorValue(String text, Comparison comparison, BigDecimal number, String unit) {
        this.text = text;
        this.comparison = comparison;
        this.number = number;
        this.unit = unit;
    }

    /**
     * Parses a printed value. Never fails: text that is not quantitative is kept as qualitative.
     *
     * @param text the printed text, not null
     * @return the value
     */
    public static IndicatorValue parse(String text) {
        Objects.requireNonNull(text, "text");
        IndicatorValue plain = parsePlain(text);
        return plain != null ? plain : parseByPattern(text);
    }

    /**
     * The common plain forms, {@code "≥90%"}, {@code "100%"}, {@code "≤85场次"}, without the regular
     * expression: an optional {@code ≥} or {@code ≤}, digits with an optional fraction, and a unit
     * of at most six characters, each {@code %} or a CJK ideograph. Such text has nothing to
     * normalise and {@link #parseByPattern} reads it to the same value; null for any other text.
     */
    static IndicatorValue parsePlain(String text) {
        int n = text.length();
        int i = 0;
        Comparison c = null;
        if (n > 0 && text.charAt(0) == '≥') {
            c = Comparison.AT_LEAST;
            i = 1;
        } else if (n > 0 && text.charAt(0) == '≤') {
            c = Comparison.AT_MOST;
            i = 1;
        }
        int start = i;
        long unscaled = 0;
        int scale = 0;
        boolean fraction = false;
        for (; i < n; i++) {
            char d = text.charAt(i);
            if (d >= '0' && d <= '9') {
                unscaled = unscaled * 10 + (d - '0');
                if (fraction) {
                    scale++;
                }
            } else if (d == '.' && !fraction && i > start && i + 1 < n && isDigit(text.charAt(i + 1))) {
                fraction = true;
            } else {
                break;
            }
        }
        int end = i;
        int digits = end - start - (fraction ? 1 : 0);
        if (digits == 0 || digits > 18 || n - end > 6) {
            return null;
        }
        for (int k = end; k < n; k++) {
            char u = text.charAt(k);
            if (u != '%' && (u < '\u4E00' || u > '\u9FFF')) {
                return null;
            }
        }
        return new IndicatorValue(text, c, BigDecimal.valueOf(unscaled, scale), text.substring(end));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses any text by normalising it and matching {@link #QUANT}. */
    static IndicatorValue parseByPattern(String text) {
        String s = normalise(text);
        Matcher m = QUANT.matcher(s);
        // a number of more than MAX_DIGITS characters is no indicator's target: kept as text, so that
        // a hostile cell of a million digits costs no quadratic BigDecimal conversion
        if (m.matches() && m.group(2).length() <= MAX_DIGITS) {
            String unit = m.group(3).strip();
            // a date such as "2023 年 12 月 31 日" or words after the number are not a unit
            if (unit.length() <= 6 && !hasDigit(unit)) {
                return new IndicatorValue(text, comparison(m.group(1)), new BigDecimal(m.group(2).replace(",", "")),
                        unit);
            }
        }
        return new IndicatorValue(text, null, null, "");
    }

    private static String normalise(String text) {
        String s = Text.foldWidth(text);
        s = s.replace("$", "").replace("\\geq", "≥").replace("\\leq", "≤").replace("\\ge", "≥")
                .replace("\\le", "≤").replace("\\%", "%").replace("\\", "").replace("＝", "=");
        s = s.replace("≧", "≥").replace("≦", "≤");
        // join digits broken by a space after the decimal point: "2180. 66" -> "2180.66"
        if (s.indexOf('.') >= 0) {
            s = BROKEN_DECIMAL.matcher(s).replaceAll("$1.$2");
        }
        return s.strip();
    }

    private static final Pattern BROKEN_DECIMAL = Pattern.compile("([0-9])\\.\\s+([0-9])");

    /** What {@code s.matches(".*[0-9].*")} tells for a unit, without a regex (a unit has no line break: QUANT's {@code .*}). */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Comparison comparison(String symbol) {
        if (symbol == null) {
            return null;
        }
        switch (symbol) {
            case "≥":
            case ">=":
            case "不低于":
            case "不少于":
            case "大于等于":
                return Comparison.AT_LEAST;
            case "≤":
            case "<=":
            case "不高于":
            case "不超过":
            case "小于等于":
                return Comparison.AT_MOST;
            case ">":
            case "大于":
                return Comparison.GREATER;
            case "<":
            case "小于":
                return Comparison.LESS;
            default:
                return Comparison.EQUAL;
        }
    }

    /**
     * Gets the text as printed.
     *
     * @return the text
     */
    public String getText() {
        return text;
    }

    /**
     * Gets the comparator of a target.
     *
     * @return the comparator, empty for a plain number or qualitative text
     */
    public Optional<Comparison> getComparison() {
        return Optional.ofNullable(comparison);
    }

    /**
     * Gets the number.
     *
     * @return the number, empty for qualitative text
     */
    public Optional<BigDecimal> getNumber() {
        return Optional.ofNullable(number);
    }

    /**
     * Gets the unit after the number ({@code %}, {@code 次}, {@code 万元}), possibly empty.
     *
     * @return the unit
     */
    public String getUnit() {
        return unit;
    }

    /**
     * Tells whether the value is quantitative (has a number).
     *
     * @return true if it has a number
     */
    public boolean isQuantitative() {
        return number != null;
    }

    /**
     * Tells whether an actual value meets this target. Only decided when both are quantitative
     * with the same unit (or the actual has none); qualitative targets are met when the texts are
     * equal after normalisation.
     *
     * @param actual the actual value
     * @return true or false when it can be decided, empty otherwise
     */
    public Optional<Boolean> isMetBy(IndicatorValue actual) {
        if (isQuantitative() && actual.isQuantitative()) {
            if (!actual.unit.isEmpty() && !unit.isEmpty() && !actual.unit.equals(unit)
                    && !actual.normalised().equals(normalised())) {
                return Optional.empty();
            }
            Comparison c = comparison == null ? Comparison.EQUAL : comparison;
            return Optional.of(c.isMet(actual.number, number));
        }
        if (!isQuantitative() && !actual.isQuantitative()) {
            if (text.equals(actual.text) || normalised().equals(actual.normalised())) {
                return Optional.of(true);
            }
        }
        return Optional.empty();
    }

    /** The unit (quantitative) or the text (qualitative) normalised by {@link Text#normaliseName}. */
    private String normalised() {
        String n = normalised;
        if (n == null) {
            // a benign race: every thread computes the same string
            n = Text.normaliseName(isQuantitative() ? unit : text);
            normalised = n;
        }
        return n;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndicatorValue && ((IndicatorValue) obj).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * The text as printed.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return text;
    }
}
