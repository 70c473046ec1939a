package io.github.juesuan.spi;

import io.github.juesuan.report.FinalAccountReport;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads a report in one call, whatever its format: the format is chosen by the file's extension
 * among those on the class path ({@link Formats#discover()}: add {@code juesuan-io-text},
 * {@code juesuan-io-json}, {@code juesuan-io-excel} as needed).
 *
 * <pre>{@code
 * FinalAccountReport report = Reports.read(Path.of("001.txt"));      // or .json, .xlsx, …
 * ReadResult read = Reports.readResult(Path.of("001.txt"));          // with the reading problems
 * }</pre>
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Reads a file with the format its extension names. Never throws for what the file holds:
     * a missing file, an unknown extension or content that is no report give a failed result whose
     * error names the file (and, for an unknown extension, the formats known).
     *
     * @param file the file, not null
     * @return what reading gave, with the reader's source locations
     */
    public static ReadResult readResult(Path file) {
        return readResult(file, Formats.discover());
    }

    /**
     * Reads a file with the format its extension names among the given formats; see
     * {@link #readResult(Path)}.
     *
     * @param file the file, not null
     * @param formats the formats to choose from, not null
     * @return what reading gave
     */
    public static ReadResult readResult(Path file, Formats formats) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(formats, "formats");
        SourceLocation at = SourceLocation.ofFile(file.toString());
        if (!Files.isRegularFile(file)) {
            return ReadResult.failed(List.of(Problem.error(ProblemMessage.of("problem.read.noSuchFile"), null, at)));
        }
        ReportReader reader = formats.forPath(file).flatMap(ReportFormat::reader).orElse(null);
        if (reader == null) {
            TreeSet<String> known = new TreeSet<>();
            formats.all().stream().filter(f -> f.reader().isPresent())
                    .forEach(f -> f.getFileExtensions().forEach(e -> known.add("." + e)));
            return ReadResult.failed(List.of(Problem.error(known.isEmpty() ? ProblemMessage.of("problem.read.noFormat")
                    : ProblemMessage.of("problem.read.noReader", String.join(" ", known)),
                    file.getFileName() == null ? null : file.getFileName().toString(), at)));
        }
        try {
            return reader.read(file);
        } catch (ReportReadException e) {
            return ReadResult.failed(List.of(e.getProblem()));
        } catch (UncheckedIOException e) {
            return ReadResult.failed(List.of(Problem.error(ProblemMessage.of("problem.read.cannotRead", String.valueOf(e.getMessage())), null, at)));
        }
    }

    /**
     * Reads a file and returns its report, or throws naming the file and what went wrong.
     *
     * @param file the file, not null
     * @return the report (reading problems that were recovered from are dropped: use
     *         {@link #readResult(Path)} to see them)
     * @throws ReportReadException naming the file and the first error if no report could be read
     */
    public static FinalAccountReport read(Path file) {
        return readResult(file).orElseThrow();
    }
}
