package io.github.juesuan.examples;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.cli.facts.FactsWriter;
import io.github.juesuan.report.FinalAccountReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports the bundled real report 001 as a flat facts table, one row per cell, to CSV and to JSON
 * Lines: the forms that spreadsheets, DuckDB ({@code SELECT * FROM 'facts.csv'}) and Spark load
 * directly.
 *
 * <pre>{@code java -cp juesuan-examples.jar io.github.juesuan.examples.ExportFactsExample DIR}</pre>
 */
public final class ExportFactsExample {

    private ExportFactsExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the output folder (default: the working directory)
     */
    public static void main(String[] args) {
        run(Path.of(args.length == 0 ? "." : args[0]), System.out);
    }

    static void run(Path dir, PrintStream out) {
        FinalAccountReport report = Inputs.bundled().getResult().orElseThrow();
        for (String name : new String[] {"facts.csv", "facts.jsonl"}) {
            Path file = dir.resolve(name);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                FactsWriter facts = new FactsWriter(w, FactsWriter.Format.forFileName(name));
                facts.write(report);
                out.println("wrote " + facts.getRowCount() + " facts to " + name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }
}
