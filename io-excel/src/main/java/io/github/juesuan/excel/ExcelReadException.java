package io.github.juesuan.excel;

/**
 * Thrown when a file cannot be read as a workbook at all: not a workbook, a corrupt or truncated
 * zip, an encrypted workbook, a zip bomb, XML with a document type declaration, or a sheet beyond
 * the {@link ExcelLimits}. The message names the file part and the reason. Problems inside a
 * readable workbook (a cell that is not a number, an unknown row) are not exceptions but
 * {@link ExcelProblem}s of the {@link ExcelReadResult}.
 */
public final class ExcelReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message, naming what and where
     */
    public ExcelReadException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message the message, naming what and where
     * @param cause the cause
     */
    public ExcelReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
