package io.github.juesuan.excel;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.spi.ReportWriter;
import io.github.juesuan.spi.SourceLocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Excel workbooks as a plug-in of the reader/writer SPI: name {@code excel}, extensions
 * {@code .xlsx} and {@code .xls}, built in. Reads with {@link ExcelReportReader#create()} (.xls
 * needs the optional {@code poi} dependency) and writes .xlsx with
 * {@link ExcelReportWriter#create()}. Registered in
 * {@code META-INF/services/io.github.juesuan.spi.ReportFormat}.
 *
 * <p>The reader never throws for bad input: a file that is not a workbook, corrupt, encrypted,
 * hostile or beyond the {@link ExcelLimits} gives a failed {@link ReadResult} with one error naming
 * the file (and the part, sheet or cell); problems inside a readable workbook come with the report,
 * located by sheet and cell. Only a stream that cannot be read at all throws
 * {@link UncheckedIOException}.
 */
public final class ExcelReportFormat implements ReportFormat {

    /** The format name. */
    public static final String NAME = "excel";

    private static final ReportReader READER = ExcelReportFormat::readStream;

    private static final ReportWriter WRITER = new ReportWriter() {
        @Override
        public void write(FinalAccountReport report, OutputStream out) {
            ExcelReportWriter.create().write(report, out);
        }
    };

    /** Creates the format; called by {@link java.util.ServiceLoader}. */
    public ExcelReportFormat() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public List<String> getFileExtensions() {
        return List.of("xlsx", "xls");
    }

    @Override
    public boolean isBuiltIn() {
        return true;
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(READER);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of(WRITER);
    }

    static ReadResult readStream(InputStream in, String sourceName) {
        try {
            return ExcelReportReader.create().read(in, sourceName).toReadResult();
        } catch (ExcelReadException e) {
            return ReadResult.failed(List.of(e.inFile(sourceName).getProblem()));
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // a hostile file must not escape as an exception of the SPI reader
            return ReadResult.failed(List.of(Problem.error(ProblemMessage.of("problem.excel.cannotRead", sourceName,
                    e.toString()), null, SourceLocation.ofFile(sourceName))));
        }
    }

    @Override
    public String toString() {
        return "ExcelReportFormat[excel]";
    }
}
