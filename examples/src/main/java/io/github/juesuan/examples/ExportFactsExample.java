package io.github.juesuan.examples;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.facts.FactsFormat;
import io.github.juesuan.facts.FactsSink;
import io.github.juesuan.facts.FactsSource;
import io.github.juesuan.facts.FactsTable;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.validation.ReportValidator;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Exports the bundled real report 001 as the facts tables of {@code juesuan-facts} (cells,
 * findings, reports, performance), once as CSV and once as Parquet: the forms that spreadsheets,
 * DuckDB ({@code SELECT * FROM 'facts/cells.parquet'}) and Spark load directly.
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
        ReadResult read = Inputs.bundled().getResult();
        ReportValidator validator = ReportValidator.standard();
        for (FactsFormat format : new FactsFormat[] {FactsFormat.CSV, FactsFormat.PARQUET}) {
            Path folder = dir.resolve("facts-" + format.getExtension());
            try (FactsSink sink = FactsSink.open(format, folder)) {
                sink.add(FactsSource.named(Inputs.BUNDLED_REPORT), read, validator.validate(read.orElseThrow()));
                out.println("wrote " + sink.getRowCount(FactsTable.CELLS) + " cells and "
                        + sink.getRowCount(FactsTable.FINDINGS) + " findings to " + dir.relativize(folder));
            }
        }
    }
}
