package io.github.juesuan.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * The {@link IllegalArgumentException} the library throws for bad input where its documented
 * contract is one: a value type's text that does not parse ({@code Amount.parse("4355.4O")}), a
 * source that is not a department final-account report (部门决算) or states no fiscal year, a source
 * beyond a reader's limits. It carries its message as a {@link ProblemMessage}, so that the same
 * failure prints in Chinese or English; a reader that turns it into a {@link Problem} (a cell read as
 * blank) keeps the message whole, and the problem speaks one language throughout.
 *
 * <p>Every exception the library throws for bad input follows one rule: {@link #getMessage()} is
 * English (for logs and stack traces) and {@code getMessage(Locale)} speaks the language of a locale,
 * the way {@link Problem#getMessage(Locale)} does; the message names the source and, where there is
 * one, the place (line, page, sheet and cell). {@link ReportReadException} and its subclasses follow
 * the same rule. {@link ProblemMessage#from(RuntimeException)} gives the message of either, for a
 * reader that turns the failure into a {@link Problem}.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The message; null after deserialisation (then {@link #getMessage()} is all there is). */
    private final transient ProblemMessage message;

    /**
     * Creates an exception.
     *
     * @param message the message, naming the source, not null
     */
    public InvalidInputException(ProblemMessage message) {
        this(message, null);
    }

    /**
     * Creates an exception with its cause.
     *
     * @param message the message, naming the source, not null
     * @param cause the cause, null if none
     */
    public InvalidInputException(ProblemMessage message, Throwable cause) {
        super(Objects.requireNonNull(message, "message").toString(), cause);
        this.message = message;
    }

    /** @return the message as key and arguments */
    public ProblemMessage getProblemMessage() {
        return message != null ? message : ProblemMessage.text(getMessage());
    }

    /**
     * Gets the message in the language of a locale: Chinese for a Chinese locale, English for any other.
     *
     * @param locale the locale, not null
     * @return the message
     */
    public String getMessage(Locale locale) {
        return getProblemMessage().format(locale);
    }
}
