package io.github.juesuan.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem a reader met: its severity, a message, the offending value as found (if any) and
 * where it was. Readers of every format use this one type, so a caller can list the problems of
 * a JSON, text or Excel source alike.
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
    private final String message;
    private final String value;
    private final SourceLocation location;

    private Problem(Severity severity, String message, String value, SourceLocation location) {
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

    /** @return the message, without value or location */
    public String getMessage() {
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

    static String quote(String value) {
        String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "'" + v + "'";
    }
}
