package io.github.juesuan.spi;

import java.util.Objects;

/**
 * The one exception a reader throws when a source cannot be read as a report: malformed input, a
 * value of the wrong type or form, a missing field, input over a safety limit. The message names
 * the bad value and where it was (file, line, cell, JSON pointer); {@link #getProblem()} gives the
 * same as data. Unchecked, like every exception of the library.
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
        StringBuilder sb = new StringBuilder(p.getMessage());
        p.getValue().ifPresent(v -> sb.append(": ").append(Problem.quote(v)));
        return sb.append(" (").append(p.getLocation()).append(')').toString();
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
