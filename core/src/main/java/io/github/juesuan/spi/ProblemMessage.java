package io.github.juesuan.spi;

import io.github.juesuan.internal.MessageBundle;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Arguments are kept as strings, whole numbers and messages (anything else as its
 * {@code toString()}), so that a message is an immutable value: equal when key and arguments (or the
 * text) are equal. Whole numbers print without grouping ({@code 2024}, never {@code 2,024}); an
 * argument that is itself a message prints in the same language as the message that holds it, so
 * that a reason passed on from below ({@code problem.excel.noFiscalYear} holding the layout's
 * {@code problem.layout.notAReport.noYear}) or a list ({@link #anyOf(List)}, {@link #listOf(List)})
 * never mixes languages.
 */
public final class ProblemMessage {

    private static final MessageBundle BUNDLE = MessageBundle.of(ProblemMessage.class, "ProblemMessages");

    /** The key of the pattern that joins the items of a list, null unless this message is a list. */
    private final String joiner;
    private final String key;
    private final List<Object> arguments;
    private final String english;

    private ProblemMessage(String key, List<Object> arguments, String english) {
        this(null, key, arguments, english);
    }

    private ProblemMessage(String joiner, String key, List<Object> arguments, String english) {
        this.joiner = joiner;
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
        List<Object> list = values(key, Arrays.asList(arguments));
        return new ProblemMessage(key, list, BUNDLE.format(false, key, formatted(list, false)));
    }

    /**
     * Obtains the message of the exception of a reader: the message an exception of the library
     * carries ({@link ReportReadException#getProblem()}, {@link InvalidInputException}), else the
     * exception's own message as free text.
     *
     * @param exception the exception, not null
     * @return the message
     */
    public static ProblemMessage from(RuntimeException exception) {
        Objects.requireNonNull(exception, "exception");
        if (exception instanceof InvalidInputException) {
            return ((InvalidInputException) exception).getProblemMessage();
        }
        if (exception instanceof ReportReadException && ((ReportReadException) exception).getProblem() != null) {
            return ((ReportReadException) exception).getProblem().getProblemMessage();
        }
        return text(String.valueOf(exception.getMessage()));
    }

    /**
     * Obtains a list of alternatives, {@code a or b or c} in English and {@code a或b或c} in Chinese.
     *
     * @param items the items (strings, whole numbers or messages), none null; none gives the empty text
     * @return the message
     */
    public static ProblemMessage anyOf(List<?> items) {
        return list("problem.join.or", items);
    }

    /**
     * Obtains a list, {@code a, b, c} in English and {@code a，b，c} in Chinese.
     *
     * @param items the items (strings, whole numbers or messages), none null; none gives the empty text
     * @return the message
     */
    public static ProblemMessage listOf(List<?> items) {
        return list("problem.join.list", items);
    }

    private static ProblemMessage list(String joiner, List<?> items) {
        Objects.requireNonNull(items, "items");
        List<Object> list = values(joiner, items);
        return new ProblemMessage(joiner, null, list, join(joiner, list, false));
    }

    private static List<Object> values(String key, List<?> arguments) {
        List<Object> args = new ArrayList<>(arguments.size());
        for (Object a : arguments) {
            Objects.requireNonNull(a, () -> "an argument of " + key);
            args.add(a instanceof Integer || a instanceof Long || a instanceof String || a instanceof ProblemMessage
                    ? a : a.toString());
        }
        return Collections.unmodifiableList(args);
    }

    /** The arguments with each message among them formatted in the language. */
    private static Object[] formatted(List<Object> args, boolean chinese) {
        Object[] out = args.toArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof ProblemMessage) {
                out[i] = ((ProblemMessage) out[i]).format(chinese);
            }
        }
        return out;
    }

    private static String join(String joiner, List<Object> items, boolean chinese) {
        Object[] texts = formatted(items, chinese);
        if (texts.length == 0) {
            return "";
        }
        String out = String.valueOf(texts[0]);
        for (int i = 1; i < texts.length; i++) {
            out = BUNDLE.format(chinese, joiner, out, String.valueOf(texts[i]));
        }
        return out;
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

    /** @return the key, empty for free text and for a list */
    public Optional<String> getKey() {
        return Optional.ofNullable(key);
    }

    /** @return the arguments, in order (strings, whole numbers and messages); a list's items */
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
        return format(isChinese(locale));
    }

    private String format(boolean chinese) {
        if (!chinese) {
            return english;
        }
        if (joiner != null) {
            return join(joiner, arguments, true);
        }
        return key == null ? english : BUNDLE.format(true, key, formatted(arguments, true));
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
        return Objects.equals(joiner, o.joiner) && Objects.equals(key, o.key) && arguments.equals(o.arguments)
                && english.equals(o.english);
    }

    @Override
    public int hashCode() {
        return Objects.hash(joiner, key, arguments, english);
    }

    /** @return the English text */
    @Override
    public String toString() {
        return english;
    }
}
