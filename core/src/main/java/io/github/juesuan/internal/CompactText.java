package io.github.juesuan.internal;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A text without its white space, with the way back to the offsets of the original text, and one slot for
 * what a reader of the text derives from it once. Not API.
 *
 * <p>Text taken from PDFs breaks lines inside words (「减\n增加」), so the validator's rules on wording read the
 * text with white space (and the ideographic and no-break spaces) removed. Chinese prose has little white
 * space, so the removed places are kept as a sorted array and an offset is mapped by a binary search.
 */
public final class CompactText {

    private static final int[] NONE = new int[0];

    private final String compact;
    /** The offsets in the original text of the characters removed, ascending. */
    private final int[] removed;
    private final int originalLength;
    private volatile Object memoKey;
    private volatile Object memoValue;

    private CompactText(String compact, int[] removed, int originalLength) {
        this.compact = compact;
        this.removed = removed;
        this.originalLength = originalLength;
    }

    /**
     * Removes the white space of a text.
     *
     * @param text the text, not null
     * @return the compact text
     */
    public static CompactText of(String text) {
        int n = text.length();
        int[] gone = NONE;
        int count = 0;
        StringBuilder b = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (b == null) {
                    b = new StringBuilder(n);
                    b.append(text, 0, i);
                    gone = new int[16];
                }
                if (count == gone.length) {
                    gone = Arrays.copyOf(gone, count * 2);
                }
                gone[count++] = i;
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? new CompactText(text, NONE, n)
                : new CompactText(b.toString(), Arrays.copyOf(gone, count), n);
    }

    /**
     * The text without white space, as {@link #of} makes it, without keeping the offsets.
     *
     * @param s the text, not null
     * @return the text without white space
     */
    public static String compact(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Tells whether a character is removed: white space, the ideographic space (U+3000) and the no-break space.
     *
     * @param c the character
     * @return true if it is removed
     */
    public static boolean isSpace(char c) {
        return c == '\u3000' || c == '\u00a0' || Character.isWhitespace(c);
    }

    /**
     * Gets the text without white space.
     *
     * @return the compact text
     */
    public String getCompact() {
        return compact;
    }

    /**
     * Maps an offset of the original text (0 to its length) to the compact text: the number of characters kept
     * before it.
     *
     * @param originalOffset the offset in the original text
     * @return the offset in the compact text
     * @throws IndexOutOfBoundsException if the offset is outside the original text
     */
    public int toCompact(int originalOffset) {
        if (originalOffset < 0 || originalOffset > originalLength) {
            throw new IndexOutOfBoundsException("offset " + originalOffset + " is outside a text of "
                    + originalLength + " characters");
        }
        int k = Arrays.binarySearch(removed, originalOffset);
        // k ≥ 0: the offset is a removed character, preceded by k removed ones; else −(insertion point) − 1
        return originalOffset - (k >= 0 ? k : -k - 1);
    }

    /**
     * Maps an offset of the compact text (0 to its length) back to the original text: the place of the kept
     * character at that index (the end of the original text for the compact length).
     *
     * @param compactOffset the offset in the compact text
     * @return the offset in the original text
     * @throws IndexOutOfBoundsException if the offset is outside the compact text
     */
    public int toOriginal(int compactOffset) {
        if (compactOffset < 0 || compactOffset > compact.length()) {
            throw new IndexOutOfBoundsException("offset " + compactOffset + " is outside a text of "
                    + compact.length() + " characters");
        }
        if (compactOffset == compact.length()) {
            return originalLength;
        }
        // the smallest original offset o, not removed, with o − (removed before o) = compactOffset
        int lo = 0;
        int hi = removed.length; // the number of removed characters before the answer lies in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // with mid removed before it, the answer would be compactOffset + mid; more are removed before it?
            if (removed[mid] <= compactOffset + mid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return compactOffset + lo;
    }

    /**
     * Derives something from the text once and keeps it: the same key gives the value derived first. The text
     * is immutable, so the value is a function of it; one key is kept (a second key derives without keeping).
     *
     * @param <T> the type of the value
     * @param key the key, compared by identity
     * @param derive derives the value
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<? super CompactText, ? extends T> derive) {
        Object v = memoValue;
        if (memoKey == key && v != null) {
            return (T) v;
        }
        T made = derive.apply(this);
        synchronized (this) {
            if (memoKey == null || memoKey == key) {
                memoValue = made;
                memoKey = key;
            }
        }
        return made;
    }
}
