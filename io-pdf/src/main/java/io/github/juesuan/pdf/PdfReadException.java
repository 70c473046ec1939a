package io.github.juesuan.pdf;

import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.SourceLocation;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by {@link PdfLayoutSource} and {@link PdfReportReader} when a file cannot be read as a
 * report's PDF at all: not a PDF, encrypted with a password, damaged beyond PDFBox's lenient
 * parser, beyond the {@link PdfLimits}, or a PDF that is not a final-account report. The message
 * names the file (and the page where there is one) and the reason; {@link #getReason()} tells the
 * kinds apart and {@link #getProblem()} gives the same as an SPI problem.
 *
 * <p>It is the SPI's {@link ReportReadException}, so a caller need catch only that; the SPI reader
 * of {@link PdfReportFormat} turns it into a failed {@link io.github.juesuan.spi.ReadResult}
 * instead.
 *
 * <p>Like every exception the library throws for bad input, its {@link #getMessage()} is English and
 * {@link #getMessage(Locale)} says the same in Chinese or English (see
 * {@link io.github.juesuan.spi.InvalidInputException}).
 */
public final class PdfReadException extends ReportReadException {

    private static final long serialVersionUID = 1L;

    /** Why a PDF could not be read. */
    public enum Reason {
        /** The bytes are not a PDF (no {@code %PDF-} header). */
        NOT_PDF,
        /** The PDF is encrypted and the empty user password does not open it. */
        ENCRYPTED,
        /** The PDF is damaged beyond repair (cross-reference table, objects, streams). */
        DAMAGED,
        /** The PDF is beyond a {@link PdfLimits limit}: file size, pages, glyphs, decoded stream size, nesting. */
        OVER_LIMIT,
        /** The PDF reads, but it is not a department final-account report (部门决算). */
        NOT_A_REPORT
    }

    private final Reason reason;
    private final String text;

    PdfReadException(Reason reason, ProblemMessage message, SourceLocation where, Throwable cause) {
        super(Problem.error(message, null, where), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.text = message.toString();
    }


    /**
     * Gets why the PDF could not be read.
     *
     * @return the reason
     */
    public Reason getReason() {
        return reason;
    }

    /**
     * Returns the message, which names the file and the page itself (the location is not appended
     * again).
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return text;
    }

    /**
     * Returns the message in the language of a locale: Chinese for a Chinese locale, English for
     * any other. Like {@link #getMessage()} it names the file and the page itself.
     *
     * @param locale the locale, not null
     * @return the message
     */
    @Override
    public String getMessage(Locale locale) {
        return getProblem() == null ? text : getProblem().getMessage(locale);
    }
}
