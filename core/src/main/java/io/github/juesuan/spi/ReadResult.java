package io.github.juesuan.spi;

import io.github.juesuan.report.FinalAccountReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader made of a source: the report, if it could build one, and every problem it met
 * (errors and warnings). Partial success is a value: a lenient reader returns the report with
 * warnings; a source that yields no report has at least one error.
 */
public final class ReadResult {

    private final FinalAccountReport report;
    private final List<Problem> problems;
    private final SourceLocator sources;

    private ReadResult(FinalAccountReport report, List<Problem> problems, SourceLocator sources) {
        this.report = report;
        this.problems = List.copyOf(problems);
        this.sources = sources;
    }

    /**
     * A result with a report.
     *
     * @param report the report, not null
     * @param problems the problems met (warnings, or errors the reader recovered from)
     * @return the result
     */
    public static ReadResult of(FinalAccountReport report, List<Problem> problems) {
        return new ReadResult(Objects.requireNonNull(report, "report"), problems, SourceLocator.none());
    }

    /**
     * A result without a report.
     *
     * @param problems the problems, at least one of them an error
     * @return the result
     * @throws IllegalArgumentException if there is no error among the problems
     */
    public static ReadResult failed(List<Problem> problems) {
        if (problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("a failed read needs at least one error, got " + problems);
        }
        return new ReadResult(null, problems, SourceLocator.none());
    }

    /** @return the report, empty if none could be read */
    public Optional<FinalAccountReport> getReport() {
        return Optional.ofNullable(report);
    }

    /** @return every problem, in the order met */
    public List<Problem> getProblems() {
        return problems;
    }

    /**
     * Gets where each figure of the report was read, as far as the reader knows (a reader without
     * positions, or a failed read, gives {@link SourceLocator#none()}).
     *
     * @return the locator, never null
     */
    public SourceLocator getSources() {
        return sources;
    }

    /**
     * Returns a copy that knows where each figure was read.
     *
     * @param locator the reader's locator, not null
     * @return the result
     */
    public ReadResult withSources(SourceLocator locator) {
        return new ReadResult(report, problems, Objects.requireNonNull(locator, "locator"));
    }

    /** @return {@code true} if any problem is an error */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * Gets the report or throws the first error.
     *
     * @return the report
     * @throws ReportReadException for the first error if there is no report
     */
    public FinalAccountReport orElseThrow() {
        if (report != null) {
            return report;
        }
        throw new ReportReadException(problems.stream().filter(Problem::isError).findFirst().orElseThrow());
    }

    @Override
    public String toString() {
        return "ReadResult[" + (report == null ? "no report" : report.getDepartment() + " " + report.getFiscalYear())
                + ", problems=" + problems + "]";
    }
}
