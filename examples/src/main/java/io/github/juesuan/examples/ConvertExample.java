package io.github.juesuan.examples;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Converts the bundled real report 001 from the text of its PDF to JSON, reads the JSON back and
 * checks that nothing was lost.
 *
 * <pre>{@code java -cp juesuan-examples.jar io.github.juesuan.examples.ConvertExample OUT.json}</pre>
 */
public final class ConvertExample {

    private ConvertExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the output file (default {@code 001.json})
     */
    public static void main(String[] args) {
        run(Path.of(args.length == 0 ? "001.json" : args[0]), System.out);
    }

    static void run(Path out, PrintStream console) {
        FinalAccountReport report = Inputs.bundled().getResult().orElseThrow();
        JsonReports json = JsonReports.standard();
        json.write(report, out);
        FinalAccountReport back = json.read(out);
        console.println("wrote " + out.getFileName() + ": " + report.cells().size() + " cells, "
                + report.getPerformanceEvaluations().size() + " 绩效自评表; read back equal: " + back.equals(report));
    }
}
