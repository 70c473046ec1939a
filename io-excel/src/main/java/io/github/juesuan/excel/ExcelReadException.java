package io.github.juesuan.excel;

import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.SourceLocation;
import java.util.Locale;

/**
 * Thrown by {@link ExcelReportReader} when a file cannot be read as a workbook at all: not a
 * workbook, a corrupt or truncated zip, an encrypted workbook, a zip bomb, XML with a document type
 * declaration, a sheet beyond the {@link ExcelLimits}, or no fiscal year anywhere. The message
 * names the file, the part or sheet and cell, and the reason; {@link #getProblem()} gives the same
 * as an SPI problem located by file (and sheet and cell where there is one).
 *
 * <p>It is the SPI's {@link ReportReadException}, so a caller need catch only that; the SPI reader
 * of {@link ExcelReportFormat} turns it into a failed {@link io.github.juesuan.spi.ReadResult}
 * instead. Problems inside a readable workbook (a cell that is not a number, an unknown row) are
 * not exceptions but problems of the {@link ExcelReadResult}.
 *
 * <p>Like every exception the library throws for bad input, its {@link #getMessage()} is English and
 * {@link #getMessage(Locale)} says the same in Chinese or English (see
 * {@link io.github.juesuan.spi.InvalidInputException}).
 */
public final class ExcelReadException extends ReportReadException {

    private static final long serialVersionUID = 1L;

    private final String text;
    /** The message as key and arguments (or free text); null after deserialisation. */
    private final transient ProblemMessage message;

    ExcelReadException(ProblemMessage message) {
        this(message, SourceLocation.UNKNOWN, null);
    }

    ExcelReadException(ProblemMessage message, Throwable cause) {
        this(message, SourceLocation.UNKNOWN, cause);
    }

    ExcelReadException(ProblemMessage message, SourceLocation where, Throwable cause) {
        super(Problem.error(message, null, where), cause);
        this.text = message.toString();
        this.message = message;
    }

    /**
     * Returns the same failure located in a file, unless the location names one already.
     *
     * @param file the file name
     * @return the exception
     */
    ExcelReadException inFile(String file) {
        if (getLocation().getFile().isPresent()) {
            return this;
        }
        SourceLocation at = getLocation().getSheet().isPresent()
                ? SourceLocation.ofFile(file).withCell(getLocation().getSheet().get(), getLocation().getCell().orElse(null))
                : SourceLocation.ofFile(file);
        ExcelReadException e = new ExcelReadException(message != null ? message : ProblemMessage.text(text), at,
                getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /**
     * Returns the message, which names the file and the part, sheet or cell itself (the location is
     * not appended again).
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return text;
    }

    /**
     * Returns the message in the language of a locale: Chinese for a Chinese locale, English for
     * any other. Like {@link #getMessage()} it names the file and the part, sheet or cell itself.
     *
     * @param locale the locale, not null
     * @return the message
     */
    @Override
    public String getMessage(Locale locale) {
        return message != null ? message.format(locale) : text;
    }
}
