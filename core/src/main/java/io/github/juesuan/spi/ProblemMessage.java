package io.github.juesuan.spi;

import io.github.juesuan.internal.MessageBundle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Problem} says, in any language: a stable key of the bundles
 * {@code io/github/juesuan/spi/ProblemMessages.properties} (English) and
 * {@code ProblemMessages_zh.properties} (Chinese) with its arguments, such as
 * {@code problem.layout.cellBeyondColumns} with {@code 公开03表} and {@code 7}. A message made from
 * free text ({@link #text(String)}) says the same in every language.
 *
 * <p>Arguments are kept as strings and whole numbers (anything else as its {@code toString()}), so
 * that a message is an immutable value: equal when key and arguments (or the text) are equal.
 * Whole numbers print without grouping ({@code 2024}, never {@code 2,024}).
 */
public final class ProblemMessage {

    private static final MessageBundle BUNDLE = MessageBundle.of(ProblemMessage.class, "ProblemMessages");

    private final String key;
    private final List<Object> arguments;
    private final String english;

    private ProblemMessage(String key, List<Object> arguments, String english) {
        this.key = key;
        this.arguments = arguments;
        this.english = english;
    }

    /**
     * Obtains the message of a key of the bundles.
     *
     * @param key the key, such as {@code problem.text.notUtf8}, not null
     * @param arguments the arguments of the key's pattern, none of them null
     * @return the message
     * @throws IllegalArgumentException naming the key if the English bundle has no such key
     */
    public static ProblemMessage of(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        if (!BUNDLE.has(false, key)) {
            throw new IllegalArgumentException("'" + key + "' is not a key of io/github/juesuan/spi/ProblemMessages"
                    + ".properties");
        }
        List<Object> args = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            Objects.requireNonNull(a, () -> "an argument of " + key);
            args.add(a instanceof Integer || a instanceof Long || a instanceof String ? a : a.toString());
        }
        List<Object> list = Collections.unmodifiableList(args);
        return new ProblemMessage(key, list, BUNDLE.format(false, key, list.toArray()));
    }

    /**
     * Obtains a message of free text, the same in every language (what
     * {@link Problem#error(String, String, SourceLocation)} says).
     *
     * @param text the text, not null
     * @return the message
     */
    public static ProblemMessage text(String text) {
        return new ProblemMessage(null, List.of(), Objects.requireNonNull(text, "text"));
    }

    /**
     * Tells whether a key is in a language's own bundle (Chinese without falling back to English):
     * for tests that check that every key has both texts.
     *
     * @param key the key
     * @param locale the language: Chinese for a Chinese locale, else English
     * @return whether the bundle of that language has the key
     */
    public static boolean hasText(String key, Locale locale) {
        return BUNDLE.has(isChinese(locale), Objects.requireNonNull(key, "key"));
    }

    /** @return the key, empty for free text */
    public Optional<String> getKey() {
        return Optional.ofNullable(key);
    }

    /** @return the arguments, in order (strings and whole numbers) */
    public List<Object> getArguments() {
        return arguments;
    }

    /**
     * Formats the message in the language of a locale: Chinese for a Chinese locale (falling back
     * to the English text of a key the Chinese bundle lacks), English for any other.
     *
     * @param locale the locale, not null
     * @return the text
     */
    public String format(Locale locale) {
        if (key == null || !isChinese(locale)) {
            return english;
        }
        return BUNDLE.format(true, key, arguments.toArray());
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ProblemMessage)) {
            return false;
        }
        ProblemMessage o = (ProblemMessage) obj;
        return Objects.equals(key, o.key) && arguments.equals(o.arguments) && english.equals(o.english);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments, english);
    }

    /** @return the English text */
    @Override
    public String toString() {
        return english;
    }
}
