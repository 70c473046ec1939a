package io.github.juesuan.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem a reader met: its severity, a message, the offending value as found (if any) and
 * where it was. Readers of every format use this one type, so a caller can list the problems of
 * a JSON, text or Excel source alike.
 *
 * <p>The message is a {@link ProblemMessage}: a stable key with arguments, printed in English by
 * {@link #getMessage()} and in the language of a locale by {@link #getMessage(Locale)} (Chinese or
 * English), the way findings are; {@link #format(Locale)} prints the whole problem, its location
 * labelled in the same language. A problem made from free text says the same in every language.
 */
public final class Problem {

    /** How bad a problem is. */
    public enum Severity {
        /** The source could not be read as it is meant (a value was rejected or the report is missing). */
        ERROR,
        /** The source was read, but something was skipped or guessed (an ignored field, an unknown code). */
        WARNING
    }

    private final Severity severity;
    private final ProblemMessage message;
    private final String value;
    private final SourceLocation location;

    private Problem(Severity severity, ProblemMessage message, String value, SourceLocation location) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = Objects.requireNonNull(message, "message");
        this.value = value;
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Creates an error.
     *
     * @param message what is wrong, not null
     * @param value the offending value as found, null if none
     * @param location where, not null
     * @return the problem
     */
    public static Problem error(String message, String value, SourceLocation location) {
        return new Problem(Severity.ERROR, ProblemMessage.text(message), value, location);
    }

    /**
     * Creates an error whose message is localised.
     *
     * @param message what is wrong, not null
     * @param value the offending value as found, null if none
     * @param location where, not null
     * @return the problem
     */
    public static Problem error(ProblemMessage message, String value, SourceLocation location) {
        return new Problem(Severity.ERROR, message, value, location);
    }

    /**
     * Creates a warning.
     *
     * @param message what is odd, not null
     * @param value the value concerned as found, null if none
     * @param location where, not null
     * @return the problem
     */
    public static Problem warning(String message, String value, SourceLocation location) {
        return new Problem(Severity.WARNING, ProblemMessage.text(message), value, location);
    }

    /**
     * Creates a warning whose message is localised.
     *
     * @param message what is odd, not null
     * @param value the value concerned as found, null if none
     * @param location where, not null
     * @return the problem
     */
    public static Problem warning(ProblemMessage message, String value, SourceLocation location) {
        return new Problem(Severity.WARNING, message, value, location);
    }

    /** @return the severity */
    public Severity getSeverity() {
        return severity;
    }

    /** @return {@code true} for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return the message in English, without value or location */
    public String getMessage() {
        return message.toString();
    }

    /**
     * Gets the message in the language of a locale: Chinese for a Chinese locale, English for any other.
     *
     * @param locale the locale, not null
     * @return the message, without value or location
     */
    public String getMessage(Locale locale) {
        return message.format(locale);
    }

    /** @return the message as key and arguments */
    public ProblemMessage getProblemMessage() {
        return message;
    }

    /** @return the offending value as found in the source, empty if none */
    public Optional<String> getValue() {
        return Optional.ofNullable(value);
    }

    /** @return where the problem was */
    public SourceLocation getLocation() {
        return location;
    }

    /**
     * Returns a copy whose location is changed, for example to add the file name.
     *
     * @param newLocation the location, not null
     * @return the problem
     */
    public Problem withLocation(SourceLocation newLocation) {
        return new Problem(severity, message, value, newLocation);
    }

    /**
     * Returns a copy that is an error, with the same message, value and location.
     *
     * @return the problem
     */
    public Problem asError() {
        return severity == Severity.ERROR ? this : new Problem(Severity.ERROR, message, value, location);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Problem)) {
            return false;
        }
        Problem o = (Problem) obj;
        return severity == o.severity && message.equals(o.message) && Objects.equals(value, o.value)
                && location.equals(o.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, message, value, location);
    }

    /**
     * The full text: {@code ERROR at /fiscalYear ('abc'): fiscal year must be an integer}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(severity).append(' ').append(location);
        if (value != null) {
            sb.append(" (").append(quote(value)).append(')');
        }
        return sb.append(": ").append(message).toString();
    }

    /**
     * The full text in the language of a locale: {@link #toString()} in English, and for a Chinese
     * locale {@code 错误 /fiscalYear（'abc'）：……} with the location's labels in Chinese
     * ({@link SourceLocation#format(Locale)}).
     *
     * @param locale the locale, not null
     * @return the text
     */
    public String format(Locale locale) {
        if (!ProblemMessage.isChinese(locale)) {
            return toString();
        }
        StringBuilder sb = new StringBuilder(severity == Severity.ERROR ? "错误" : "警告").append(' ')
                .append(location.format(locale));
        if (value != null) {
            sb.append('（').append(quote(value)).append('）');
        }
        return sb.append('：').append(message.format(locale)).toString();
    }

    static String quote(String value) {
        String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "'" + v + "'";
    }
}
