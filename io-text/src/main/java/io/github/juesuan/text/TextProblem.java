package io.github.juesuan.text;

import java.util.Objects;

/**
 * A problem met while reading a report's text: a cell that does not parse, a row whose code
 * cannot be placed, a table that is not recognised. Reading goes on after a problem; the result
 * holds what could be read plus the list of problems.
 *
 * <p>Provisional: to be unified with the shared problem type of the reader SPI.
 *
 * @param line the 1-based line number in the text
 * @param column the 1-based cell number within the line, 0 when the problem is about the line
 * @param message what is wrong, naming the value
 */
public record TextProblem(int line, int column, String message) {

    /**
     * Creates a problem.
     *
     * @param line the 1-based line number
     * @param column the 1-based cell number, 0 if not about one cell
     * @param message the message, not null
     */
    public TextProblem {
        Objects.requireNonNull(message, "message");
    }

    /**
     * The problem as {@code line 12, cell 3: message}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", cell " + column : "") + ": " + message;
    }
}
