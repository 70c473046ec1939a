package io.github.juesuan.excel;

import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the reader could not take as it stands, with where it was, as the parser collects it:
 * a cell that is not a number, a row whose code or label it does not know, a formula without a
 * cached result, a table printed twice. The reader never turns such a cell into a silent zero: it
 * leaves the cell out and reports it. Callers see it as an SPI {@link Problem}
 * ({@link #toProblem(String)}): a rejected value is an error, a skipped row, column or table a
 * warning.
 */
final class ExcelProblem {

    /** What kind of problem. */
    enum Kind {
        /** A cell where a number belongs holds something else. */
        NOT_A_NUMBER,
        /** A formula cell stores no result (the file was written without calculating). */
        FORMULA_WITHOUT_VALUE,
        /** A cell holds an error value such as {@code #REF!}. */
        ERROR_VALUE,
        /** A row with figures whose code or label the reader does not know. */
        UNKNOWN_ROW,
        /** A header the reader does not know, over a column with figures. */
        UNKNOWN_COLUMN,
        /** A table found twice; the first is kept. */
        DUPLICATE_TABLE,
        /** A value that does not parse (a date, a code, a score). */
        BAD_VALUE,
        /** A table found but not read (no header found, or broken beyond reading). */
        UNREADABLE_TABLE;

        /** @return true if a value was rejected (an error), false if something was skipped (a warning) */
        boolean isError() {
            return this != UNKNOWN_ROW && this != UNKNOWN_COLUMN && this != DUPLICATE_TABLE;
        }
    }

    private final Kind kind;
    private final ExcelCellRef location;
    private final String message;

    private ExcelProblem(Kind kind, ExcelCellRef location, String message) {
        this.kind = kind;
        this.location = location;
        this.message = message;
    }

    /**
     * Creates a problem.
     *
     * @param kind the kind
     * @param location the cell, null if the problem has none
     * @param message the message, naming the value
     * @return the problem
     */
    static ExcelProblem of(Kind kind, ExcelCellRef location, String message) {
        return new ExcelProblem(Objects.requireNonNull(kind, "kind"), location, Objects.requireNonNull(message,
                "message"));
    }

    /** @return the kind */
    public Kind getKind() {
        return kind;
    }

    /** @return the cell, empty if the problem concerns no single cell */
    public Optional<ExcelCellRef> getLocation() {
        return Optional.ofNullable(location);
    }

    /** @return the message, naming the value */
    public String getMessage() {
        return message;
    }

    /**
     * Converts to the SPI problem.
     *
     * @param file the file name
     * @return the problem, located by file, sheet and cell
     */
    Problem toProblem(String file) {
        SourceLocation where = location == null ? SourceLocation.ofFile(file) : location.toLocation(file);
        return kind.isError() ? Problem.error(message, null, where) : Problem.warning(message, null, where);
    }

    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + message;
    }
}
