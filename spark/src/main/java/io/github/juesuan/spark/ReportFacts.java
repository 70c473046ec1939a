package io.github.juesuan.spark;

import io.github.juesuan.facts.FactsSink;
import io.github.juesuan.facts.FactsSource;
import io.github.juesuan.facts.FactsTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * What an executor does with one file of the {@code binaryFile} source (its {@code path} and
 * {@code content}): finds the reader by the file's extension among the formats on its class path,
 * reads and validates the report, and turns it into tagged rows of the four tables (see
 * {@link JuesuanSpark#taggedSchema()}). A file that cannot be read, or whose reader or validator
 * fails, gives its row in {@code reports} with the reason: it never fails the task.
 */
final class ReportFacts implements FlatMapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The formats and the validator, made once per executor JVM (both are thread-safe). */
    private static volatile Formats formats;
    private static volatile ReportValidator validator;

    @Override
    public Iterator<Row> call(Row file) {
        String path = file.getString(file.fieldIndex("path"));
        byte[] content = (byte[]) file.get(file.fieldIndex("content"));
        return rows(path, content).iterator();
    }

    /**
     * Reads, validates and tabulates one file.
     *
     * @param path the file's path as the file source gives it, such as {@code file:/data/001.txt}
     * @param content its bytes
     * @return its tagged rows: cells, findings, performance lines, and always one reports row
     */
    static List<Row> rows(String path, byte[] content) {
        String name = fileName(path);
        FactsSource source = FactsSource.of(name, content);
        ReadResult read = read(path, name, content);
        ValidationResult validation = null;
        Optional<FinalAccountReport> report = read.getReport();
        if (report.isPresent()) {
            try {
                validation = validator().validate(report.get());
            } catch (RuntimeException e) {
                List<Problem> problems = new ArrayList<>(read.getProblems());
                problems.add(error(ProblemMessage.of("problem.spark.validatorFailed", describe(e)), path));
                read = ReadResult.of(report.get(), problems);
            }
        }
        List<Row> rows = new ArrayList<>();
        try {
            FactsSink.rows(source, read, validation, (table, values) -> rows.add(tagged(table, values)));
        } catch (IllegalArgumentException e) {
            // a value that does not fit its column: the facts module writes nothing of such an input
            rows.clear();
            ReadResult failed = ReadResult.failed(List.of(error(ProblemMessage.from(e), path)));
            FactsSink.rows(source, failed, null, (table, values) -> rows.add(tagged(table, values)));
        }
        return rows;
    }

    private static ReadResult read(String path, String name, byte[] content) {
        Formats known = formats();
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Optional<ReportFormat> format = extension.isEmpty() ? Optional.empty() : known.byExtension(extension);
        if (format.isEmpty()) {
            String formatsOnPath = known.all().stream()
                    .map(f -> f.getName() + " " + f.getFileExtensions()).collect(Collectors.joining(", "));
            ProblemMessage onPath = formatsOnPath.isEmpty() ? ProblemMessage.of("problem.spark.noFormatsOnPath")
                    : ProblemMessage.text(formatsOnPath);
            return ReadResult.failed(List.of(error(extension.isEmpty()
                    ? ProblemMessage.of("problem.spark.noExtension", onPath)
                    : ProblemMessage.of("problem.spark.noFormat", extension, onPath), path)));
        }
        Optional<ReportReader> reader = format.get().reader();
        if (reader.isEmpty()) {
            return ReadResult.failed(List.of(error(ProblemMessage.of("problem.spark.noReader", format.get().getName()), path)));
        }
        try {
            return reader.get().read(new ByteArrayInputStream(content), path);
        } catch (RuntimeException e) {
            return ReadResult.failed(List.of(error(ProblemMessage.of("problem.spark.readerFailed", format.get().getName(),
                    describe(e)), path)));
        }
    }

    private static Row tagged(FactsTable table, Object[] values) {
        Object[] tagged = new Object[1 + FactsTable.values().length];
        tagged[0] = table.getName();
        tagged[1 + table.ordinal()] = RowFactory.create(values);
        return RowFactory.create(tagged);
    }

    /** The last segment of a Hadoop path string (which is not percent-encoded), as the facts module names a file. */
    static String fileName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return name.isBlank() ? path : name;
    }

    private static Problem error(ProblemMessage message, String path) {
        return Problem.error(message, null, SourceLocation.ofFile(path));
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static Formats formats() {
        Formats f = formats;
        if (f == null) {
            f = Formats.discover(ReportFacts.class.getClassLoader());
            formats = f;
        }
        return f;
    }

    private static ReportValidator validator() {
        ReportValidator v = validator;
        if (v == null) {
            v = ReportValidator.standard();
            validator = v;
        }
        return v;
    }
}
