package io.github.juesuan.examples;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads a report (text, JSON or Excel, by extension), validates it and prints the findings above
 * INFO. With no argument it uses the bundled real report 001.
 *
 * <pre>{@code java -cp juesuan-examples.jar io.github.juesuan.examples.LoadAndValidateExample [FILE]}</pre>
 */
public final class LoadAndValidateExample {

    private LoadAndValidateExample() {
    }

    /**
     * Runs the example.
     *
     * @param args an optional file
     */
    public static void main(String[] args) {
        run(args.length == 0 ? null : Path.of(args[0]), System.out);
    }

    static void run(Path file, PrintStream out) {
        ReadResult read;
        if (file == null) {
            read = Inputs.bundled().getResult();
        } else {
            // 1. find the format by extension and read; bad input is a problem in the result, not an exception
            ReportFormat format = Formats.discover().forPath(file)
                    .orElseThrow(() -> new IllegalArgumentException("no reader for " + file));
            read = format.reader().orElseThrow().read(file);
        }
        read.getProblems().forEach(p -> out.println("problem: " + p));
        FinalAccountReport report = read.orElseThrow();

        // 2. validate with every rule; messages in English
        ValidationResult result = ReportValidator.builder().locale(Locale.ENGLISH).build().validate(report);

        // 3. print what is above INFO: errors, warnings and rounding differences
        out.println(report.getDepartment() + " " + report.getFiscalYear() + ": "
                + result.getFindingsAbove(Severity.INFO).size() + " findings above INFO");
        for (Finding f : result.getFindingsAbove(Severity.INFO)) {
            out.println("  " + f.getSeverity() + " " + f.getRuleId() + " " + f.getLocation() + ": "
                    + f.getMessage(Locale.ENGLISH));
        }
    }
}
