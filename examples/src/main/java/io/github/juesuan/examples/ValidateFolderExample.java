package io.github.juesuan.examples;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.ReportValidator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads every report under a folder (text, JSON, JSON Lines, Excel), validates them all and prints
 * a summary: reports read, failed to read, findings by rule. The command line's {@code summary}
 * does the same with a progress bar.
 *
 * <pre>{@code java -cp juesuan-examples.jar io.github.juesuan.examples.ValidateFolderExample DIR}</pre>
 */
public final class ValidateFolderExample {

    private ValidateFolderExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the folder
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ValidateFolderExample DIR");
            return;
        }
        run(Path.of(args[0]), System.out);
    }

    static void run(Path dir, PrintStream out) {
        ReportValidator validator = ReportValidator.standard();
        Map<String, Integer> byRule = new TreeMap<>();
        int[] read = new int[3];
        for (Path file : Inputs.expand(List.of(dir))) {
            Inputs.read(file, loaded -> {
                if (loaded.getResult().getReport().isEmpty()) {
                    read[1]++;
                    out.println("failed: " + dir.relativize(Path.of(loaded.getSource())) + ": "
                            + loaded.getResult().getProblems().get(0).getMessage());
                    return;
                }
                read[0]++;
                for (Finding f : validator.validate(loaded.getResult().getReport().get()).getFindings()) {
                    // a rule that could not run (a table it reads is absent) is counted apart from real findings
                    if (f.getOutcome() == Outcome.NOT_ASSESSED) {
                        read[2]++;
                    } else {
                        byRule.merge(f.getRuleId() + " " + f.getSeverity(), 1, Integer::sum);
                    }
                }
            });
        }
        out.println("reports read: " + read[0] + ", failed to read: " + read[1]);
        byRule.forEach((rule, n) -> out.println("  " + rule + ": " + n));
        out.println("rule results not assessed (a table or the prose they read is absent): " + read[2]);
    }
}
