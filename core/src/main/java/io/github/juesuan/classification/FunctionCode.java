package io.github.juesuan.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * A code of the functional classification of expenditure (支出功能分类科目): a 类 of three digits
 * ({@code 201} 一般公共服务支出), a 款 of five ({@code 20103} 政府办公厅（室）及相关机构事务) or a 项
 * of seven ({@code 2010301} 行政运行). A 项 code starts with its 款 code, a 款 code with its 类.
 *
 * <p>Codes order as the tables print them: a 类, then its first 款 followed by that 款's 项, then
 * the next 款, and so on. This order is consistent with {@code equals}.
 *
 * <p>A code says nothing of whether the Ministry of Finance's catalog of a given year knows it:
 * see {@link FunctionCatalog}.
 */
public final class FunctionCode implements Comparable<FunctionCode> {

    private final String code;
    /** {@link Codes#packed} of the code: what {@link #equals} compares. */
    private final int packed;

    private FunctionCode(String code) {
        this.code = code;
        this.packed = Codes.packed(code);
    }

    /**
     * Obtains a code from its digits, strictly.
     *
     * @param code 3, 5 or 7 ASCII digits, not null
     * @return the code
     * @throws IllegalArgumentException naming the value if it is not a functional code
     */
    public static FunctionCode of(String code) {
        Objects.requireNonNull(code, "code");
        if (!Codes.allDigits(code) || CodeLevel.ofDigits(code.length()) == null) {
            throw new IllegalArgumentException(Codes.describe(code)
                    + " is not a functional classification code: expected 3, 5 or 7 digits");
        }
        return new FunctionCode(code);
    }

    /**
     * Parses a code as documents print it: surrounding and inner spaces, full-width digits, or
     * the code split over 类/款/项 cells ({@code parse("201", "03", "01")} is {@code 2010301}).
     * Empty trailing parts are ignored ({@code parse("201", "", "")} is {@code 201}).
     *
     * @param parts the printed code, or its 类, 款 and 项 parts
     * @return the code
     * @throws IllegalArgumentException naming the value if it is not a functional code
     */
    public static FunctionCode parse(CharSequence... parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.length == 0 || parts.length > 3) {
            throw new IllegalArgumentException("a functional classification code has one to three parts, got "
                    + parts.length);
        }
        if (parts.length > 1) {
            String[] norm = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                norm[i] = parts[i] == null ? "" : Codes.normalise(parts[i]);
            }
            boolean split = norm[0].length() == 3 || norm[0].isEmpty();
            for (int i = 1; i < norm.length && split; i++) {
                split = norm[i].isEmpty() || norm[i].length() == 2;
            }
            if (split) {
                for (int i = 1; i < norm.length; i++) {
                    if (norm[i].isEmpty()) {
                        for (int j = i + 1; j < norm.length; j++) {
                            if (!norm[j].isEmpty()) {
                                throw invalid(parts, "a 项 part without a 款 part");
                            }
                        }
                    }
                }
            }
        }
        String s = Codes.normalise(parts);
        if (!Codes.allDigits(s) || CodeLevel.ofDigits(s.length()) == null) {
            throw invalid(parts, "expected 3, 5 or 7 digits");
        }
        return new FunctionCode(s);
    }

    private static IllegalArgumentException invalid(CharSequence[] parts, String reason) {
        return new IllegalArgumentException(Codes.describe(parts)
                + " is not a functional classification code: " + reason);
    }

    /**
     * Tells whether text is a functional code as {@link #parse} would read it.
     *
     * @param text the text, may be null
     * @return true if it parses
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String s = Codes.normalise(text);
        return Codes.allDigits(s) && CodeLevel.ofDigits(s.length()) != null;
    }

    /**
     * Gets the level of the code.
     *
     * @return 类, 款 or 项
     */
    public CodeLevel getLevel() {
        return CodeLevel.ofDigits(code.length());
    }

    /**
     * Gets the parent: the 款 of a 项, the 类 of a 款; a 类 has none.
     *
     * @return the parent, empty for a 类
     */
    public Optional<FunctionCode> getParent() {
        if (code.length() == 3) {
            return Optional.empty();
        }
        return Optional.of(new FunctionCode(code.substring(0, code.length() - 2)));
    }

    /**
     * Gets the 类 this code belongs to (itself for a 类).
     *
     * @return the 类 code
     */
    public FunctionCode getClassCode() {
        return code.length() == 3 ? this : new FunctionCode(code.substring(0, 3));
    }

    /**
     * Gets the 款 this code belongs to: itself for a 款, its parent for a 项, empty for a 类.
     *
     * @return the 款 code, empty for a 类
     */
    public Optional<FunctionCode> getSectionCode() {
        if (code.length() == 3) {
            return Optional.empty();
        }
        return Optional.of(code.length() == 5 ? this : new FunctionCode(code.substring(0, 5)));
    }

    /**
     * Tells whether this code is a strict ancestor of another: {@code 201} of {@code 20103} and
     * {@code 2010301}.
     *
     * @param other the other code, not null
     * @return true if other lies strictly below this code
     */
    public boolean isAncestorOf(FunctionCode other) {
        return other.code.length() > code.length() && other.code.startsWith(code);
    }

    /**
     * Tells whether this is an "other" bucket, a code whose last two digits are 99
     * (2010399 其他…支出).
     *
     * @return true for a 款 or 项 ending in 99
     */
    public boolean isOtherBucket() {
        return code.length() > 3 && code.endsWith("99");
    }

    /**
     * Gets the last two (or, for a 类, three) digits: the part of the code a split column prints.
     *
     * @return the own digits
     */
    public String getOwnDigits() {
        return code.length() == 3 ? code : code.substring(code.length() - 2);
    }

    @Override
    public int compareTo(FunctionCode other) {
        return code.compareTo(other.code);
    }

    /** {@link Codes#packed} of the code, for {@link CodeIndex}. */
    int packed() {
        return packed;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FunctionCode && ((FunctionCode) obj).packed == packed;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * The digits of the code, such as {@code "2010301"}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code;
    }
}
