package io.github.juesuan.classification;

/**
 * The level of a classification code: 类, 款 or 项.
 */
public enum CodeLevel {
    /** 类, three digits. */
    CLASS("类", 3),
    /** 款, five digits. */
    SECTION("款", 5),
    /** 项, seven digits (functional classification only). */
    ITEM("项", 7);

    private final String chinese;
    private final int digits;

    CodeLevel(String chinese, int digits) {
        this.chinese = chinese;
        this.digits = digits;
    }

    /**
     * Gets the Chinese name of the level.
     *
     * @return 类, 款 or 项
     */
    public String getChineseName() {
        return chinese;
    }

    /**
     * Gets the number of digits of a code of this level.
     *
     * @return 3, 5 or 7
     */
    public int getDigits() {
        return digits;
    }

    /**
     * Finds the level for a number of digits.
     *
     * @param digits the length of a code
     * @return the level, or null if no level has that many digits
     */
    static CodeLevel ofDigits(int digits) {
        switch (digits) {
            case 3:
                return CLASS;
            case 5:
                return SECTION;
            case 7:
                return ITEM;
            default:
                return null;
        }
    }

    /**
     * Parses a level from its Chinese name (类/款/项).
     *
     * @param chinese the name
     * @return the level
     * @throws IllegalArgumentException if the name is not a level
     */
    public static CodeLevel ofChineseName(String chinese) {
        for (CodeLevel l : values()) {
            if (l.chinese.equals(chinese.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + chinese + "' is not a code level: expected 类, 款 or 项");
    }
}
