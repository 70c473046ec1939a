package io.github.juesuan.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * A code of the economic classification of departmental expenditure (部门预算支出经济分类科目):
 * a 类 of three digits ({@code 301} 工资福利支出) or a 款 of five ({@code 30101} 基本工资).
 *
 * <p>Codes order as table 06 prints them: a 类 followed by its 款.
 */
public final class EconomicCode implements Comparable<EconomicCode> {

    private final String code;
    /** {@link Codes#packed} of the code: what {@link #equals} compares. */
    private final int packed;

    private EconomicCode(String code) {
        this.code = code;
        this.packed = Codes.packed(code);
    }

    /**
     * Obtains a code from its digits, strictly.
     *
     * @param code 3 or 5 ASCII digits, not null
     * @return the code
     * @throws IllegalArgumentException naming the value if it is not an economic code
     */
    public static EconomicCode of(String code) {
        Objects.requireNonNull(code, "code");
        if (!Codes.allDigits(code) || (code.length() != 3 && code.length() != 5)) {
            throw new IllegalArgumentException(Codes.describe(code)
                    + " is not an economic classification code: expected 3 or 5 digits");
        }
        return new EconomicCode(code);
    }

    /**
     * Parses a code as documents print it: spaces, full-width digits, or split over 类/款 cells
     * ({@code parse("301", "01")}).
     *
     * @param parts the printed code, or its 类 and 款 parts
     * @return the code
     * @throws IllegalArgumentException naming the value if it is not an economic code
     */
    public static EconomicCode parse(CharSequence... parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.length == 0 || parts.length > 2) {
            throw new IllegalArgumentException("an economic classification code has one or two parts, got "
                    + parts.length);
        }
        String s = Codes.normalise(parts);
        if (!Codes.allDigits(s) || (s.length() != 3 && s.length() != 5)) {
            throw new IllegalArgumentException(Codes.describe(parts)
                    + " is not an economic classification code: expected 3 or 5 digits");
        }
        return new EconomicCode(s);
    }

    /**
     * Tells whether text is an economic code as {@link #parse} would read it.
     *
     * @param text the text, may be null
     * @return true if it parses
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String s = Codes.normalise(text);
        return Codes.allDigits(s) && (s.length() == 3 || s.length() == 5);
    }

    /**
     * Gets the level of the code.
     *
     * @return 类 or 款
     */
    public CodeLevel getLevel() {
        return code.length() == 3 ? CodeLevel.CLASS : CodeLevel.SECTION;
    }

    /**
     * Gets the parent: the 类 of a 款; a 类 has none.
     *
     * @return the parent, empty for a 类
     */
    public Optional<EconomicCode> getParent() {
        return code.length() == 3 ? Optional.empty() : Optional.of(new EconomicCode(code.substring(0, 3)));
    }

    /**
     * Gets the 类 this code belongs to (itself for a 类).
     *
     * @return the 类 code
     */
    public EconomicCode getClassCode() {
        return code.length() == 3 ? this : new EconomicCode(code.substring(0, 3));
    }

    /**
     * Tells whether this code is a strict ancestor of another ({@code 301} of {@code 30101}).
     *
     * @param other the other code, not null
     * @return true if other lies strictly below this code
     */
    public boolean isAncestorOf(EconomicCode other) {
        return other.code.length() > code.length() && other.code.startsWith(code);
    }

    /**
     * Gets the kind of basic expenditure this code's 类 counts as: 301 and 303 are 人员经费,
     * every other 类 公用经费.
     *
     * @return the expense kind
     */
    public ExpenseKind getExpenseKind() {
        String c = code.substring(0, 3);
        return c.equals("301") || c.equals("303") ? ExpenseKind.PERSONNEL : ExpenseKind.PUBLIC_USE;
    }

    /**
     * Tells whether this code's 类 counts as 人员经费.
     *
     * @return true for 301 and 303 and their 款
     */
    public boolean isPersonnel() {
        return getExpenseKind() == ExpenseKind.PERSONNEL;
    }

    @Override
    public int compareTo(EconomicCode other) {
        return code.compareTo(other.code);
    }

    /** {@link Codes#packed} of the code, for {@link CodeIndex}. */
    int packed() {
        return packed;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EconomicCode && ((EconomicCode) obj).packed == packed;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * The digits of the code, such as {@code "30101"}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code;
    }
}
