package io.github.juesuan.html;

import io.github.juesuan.spi.SourceLocator;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one HTML review report shows: the source name, the report as read (absent when it could not
 * be read), the problems met while reading, the validation result, and where each figure came from.
 *
 * <p>Immutable. Obtain with {@link #of(String, ReadResult, ValidationResult)} or
 * {@link #of(String, FinalAccountReport, List, ValidationResult)} for a report, {@link #failed(String, List)}
 * for a source that yielded none; add the figures' locations with {@link #withSources(SourceLocator)}.
 */
public final class Review {

    private final String sourceName;
    private final FinalAccountReport report;
    private final List<Problem> problems;
    private final ValidationResult validation;
    private final SourceLocator sources;

    private Review(String sourceName, FinalAccountReport report, List<Problem> problems, ValidationResult validation,
            SourceLocator sources) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.report = report;
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        this.validation = validation;
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /**
     * Obtains the review of a report a reader returned, with the reader's source locations
     * ({@link ReadResult#getSources()}).
     *
     * @param sourceName the name of the source, such as its file name, not null
     * @param read what the reader returned, not null
     * @param validation the validation of its report; may be null only when the read yielded no report
     * @return the review
     * @throws IllegalArgumentException if the read has a report but no validation is given, or the
     *         other way round
     */
    public static Review of(String sourceName, ReadResult read, ValidationResult validation) {
        Objects.requireNonNull(read, "read");
        if (read.getReport().isEmpty()) {
            if (validation != null) {
                throw new IllegalArgumentException("'" + sourceName + "' yielded no report, so it cannot have a validation result");
            }
            return failed(sourceName, read.getProblems());
        }
        if (validation == null) {
            throw new IllegalArgumentException("'" + sourceName + "' yielded a report, so it needs its validation result");
        }
        return of(sourceName, read.getReport().get(), read.getProblems(), validation).withSources(read.getSources());
    }

    /**
     * Obtains the review of a report.
     *
     * @param sourceName the name of the source, such as its file name, not null
     * @param report the report, not null
     * @param problems the problems met while reading it, not null
     * @param validation the validation of the report, not null
     * @return the review
     */
    public static Review of(String sourceName, FinalAccountReport report, List<Problem> problems,
            ValidationResult validation) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(report, "report of '" + sourceName + "'");
        Objects.requireNonNull(validation, "validation of '" + sourceName + "'");
        return new Review(sourceName, report, problems, validation, SourceLocator.none());
    }

    /**
     * Obtains the review of a source that yielded no report: the page shows the reading problems only.
     *
     * @param sourceName the name of the source, not null
     * @param problems the problems, not null
     * @return the review
     */
    public static Review failed(String sourceName, List<Problem> problems) {
        return new Review(sourceName, null, problems, null, SourceLocator.none());
    }

    /**
     * Returns a copy that knows where each figure was read.
     *
     * @param locator the locator, not null
     * @return the review
     */
    public Review withSources(SourceLocator locator) {
        return new Review(sourceName, report, problems, validation, locator);
    }

    /** @return the source name, as given */
    public String getSourceName() {
        return sourceName;
    }

    /** @return the report, empty if the source yielded none */
    public Optional<FinalAccountReport> getReport() {
        return Optional.ofNullable(report);
    }

    /** @return the problems met while reading, in the order met */
    public List<Problem> getProblems() {
        return problems;
    }

    /** @return the validation result, empty if the source yielded no report */
    public Optional<ValidationResult> getValidation() {
        return Optional.ofNullable(validation);
    }

    /** @return where the figures were read */
    public SourceLocator getSources() {
        return sources;
    }

    /**
     * Counts the findings by severity.
     *
     * @return the count of every severity (zero included), most severe first
     */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        if (validation != null) {
            for (Finding f : validation.getFindings()) {
                counts.merge(f.getSeverity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public String toString() {
        return "Review[" + sourceName + ", " + (report == null ? "no report" : report.getDepartment())
                + ", " + problems.size() + " problems"
                + (validation == null ? "" : ", " + validation.getFindings().size() + " findings") + "]";
    }
}
