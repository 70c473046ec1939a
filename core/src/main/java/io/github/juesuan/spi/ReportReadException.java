package io.github.juesuan.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * The one exception a reader throws when a source cannot be read as a report: malformed input, a
 * value of the wrong type or form, a missing field, input over a safety limit. The message names
 * the bad value and where it was (file, line, cell, JSON pointer); {@link #getProblem()} gives the
 * same as data. Unchecked, like every exception of the library.
 *
 * <p>{@link #getMessage()} is English, for logs and stack traces; {@link #getMessage(Locale)} says the
 * same in the language of a locale (the problem's message, value and location, as
 * {@link Problem#format(Locale)} labels them), the rule of every exception the library throws for bad
 * input (see {@link InvalidInputException}).
 */
public class ReportReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * Creates an exception for a problem.
     *
     * @param problem the problem, not null
     */
    public ReportReadException(Problem problem) {
        this(problem, null);
    }

    /**
     * Creates an exception for a problem with its cause.
     *
     * @param problem the problem, not null
     * @param cause the cause, null if none
     */
    public ReportReadException(Problem problem, Throwable cause) {
        super(describe(Objects.requireNonNull(problem, "problem")), cause);
        this.problem = problem;
    }

    private static String describe(Problem p) {
        return describe(p, Locale.ENGLISH);
    }

    private static String describe(Problem p, Locale locale) {
        boolean zh = ProblemMessage.isChinese(locale);
        StringBuilder sb = new StringBuilder(p.getMessage(locale));
        p.getValue().ifPresent(v -> sb.append(zh ? "：" : ": ").append(Problem.quote(v)));
        return sb.append(zh ? "（" : " (").append(p.getLocation().format(locale)).append(zh ? '）' : ')').toString();
    }

    /**
     * Gets the message in the language of a locale: Chinese for a Chinese locale, English for any
     * other ({@link #getMessage()}).
     *
     * @param locale the locale, not null
     * @return the message, with the value and the location
     */
    public String getMessage(Locale locale) {
        return problem == null ? getMessage() : describe(problem, locale);
    }

    /** @return the problem, with its value and location */
    public Problem getProblem() {
        return problem;
    }

    /** @return where the bad value was */
    public SourceLocation getLocation() {
        return problem.getLocation();
    }

    /**
     * Returns an exception for the same problem at another location (for example with the file
     * name or the line of a JSON Lines file added), keeping the cause.
     *
     * @param location the new location, not null
     * @return the exception
     */
    public ReportReadException withLocation(SourceLocation location) {
        ReportReadException e = new ReportReadException(problem.withLocation(location), getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
