package io.github.juesuan.benchmarks;

import io.github.juesuan.pdf.PdfLayoutSource;
import io.github.juesuan.pdf.PdfReadException;
import io.github.juesuan.pdf.PdfReportReader;
import io.github.juesuan.validation.ReportValidator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The CPU time of {@link PdfBenchmark}'s operations (issue 16), for a machine shared with other work,
 * where its wall-clock scores are noise: for each real PDF, the bare {@link PDFTextStripper} floor,
 * the PDF to the layout, to the report, and to the validated report are each warmed up and run in
 * interleaved rounds, and the best round's CPU time per operation is printed with
 * the pages and reports per CPU second and the ratio of the validated report to the floor, all in
 * the same run. The four run in turn, round after round, so that the machine's drift falls on all
 * of them alike (measured one after the other, the floor alone drifted by 30 % within a file).
 *
 * <pre>{@code
 * taskset -c 1 java -XX:ActiveProcessorCount=1 -cp benchmarks/target/benchmarks.jar \
 *     io.github.juesuan.benchmarks.PdfCpuTimeCheck 3
 * }</pre>
 */
public final class PdfCpuTimeCheck {

    private static final List<String> FILES = List.of("caizhengju-2024.pdf", "guihuaziranziyuanju-2024.pdf",
            "template-2024.pdf", "wanli-budget-2024.pdf");

    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 12;

    private PdfCpuTimeCheck() {
    }

    /**
     * Warms the operations up, then runs them in turn, round after round, each for an equal share of
     * CPU time per round, so that the neighbours' load and the machine's drift fall on all of them
     * alike; the best round of each is its figure.
     *
     * @return each operation's best CPU time per operation, in µs
     */
    private static double[] interleaved(double seconds, CpuTimeCheck.Op... ops) throws Exception {
        for (CpuTimeCheck.Op op : ops) {
            long warm = MX.getCurrentThreadCpuTime();
            while (MX.getCurrentThreadCpuTime() - warm < (long) (seconds * 1e9)) {
                op.run();
            }
        }
        double[] best = new double[ops.length];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < ROUNDS; r++) {
            for (int k = 0; k < ops.length; k++) {
                long c0 = MX.getCurrentThreadCpuTime();
                int n = 0;
                while (MX.getCurrentThreadCpuTime() - c0 < (long) (seconds * 1e9 / ROUNDS)) {
                    ops[k].run();
                    n++;
                }
                best[k] = Math.min(best[k], (MX.getCurrentThreadCpuTime() - c0) / 1e3 / n);
            }
        }
        return best;
    }

    /**
     * Runs the measurements.
     *
     * @param args the CPU seconds of warm-up per operation (default 3; the rounds take as long again)
     * @throws Exception if an operation fails
     */
    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        PdfLayoutSource source = new PdfLayoutSource();
        PdfReportReader reader = PdfReportReader.create();
        ReportValidator validator = ReportValidator.standard();
        System.out.printf("%-30s %6s %12s %12s %12s %12s %8s %10s %10s%n", "file", "pages", "floor µs",
                "layout µs", "report µs", "validated µs", "ratio", "pages/s", "reports/s");
        for (String f : FILES) {
            Path pdf = Files.createTempFile("juesuan-cpu-", "-" + f);
            try {
                try (InputStream in = PdfCpuTimeCheck.class.getResourceAsStream(f)) {
                    if (in == null) {
                        throw new IllegalStateException("missing benchmark resource " + f);
                    }
                    Files.write(pdf, in.readAllBytes());
                }
                int pages = source.read(pdf).getDocument().getPageCount();
                CpuTimeCheck.Op floor = () -> {
                    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null,
                            null, IOUtils.createTempFileOnlyStreamCache())) {
                        CpuTimeCheck.sink = new PDFTextStripper().getText(doc);
                    }
                };
                CpuTimeCheck.Op layout = () -> CpuTimeCheck.sink = source.read(pdf);
                CpuTimeCheck.Op report = () -> {
                    try {
                        CpuTimeCheck.sink = reader.read(pdf);
                    } catch (PdfReadException e) {
                        CpuTimeCheck.sink = e;
                    }
                };
                CpuTimeCheck.Op validated = () -> {
                    try {
                        CpuTimeCheck.sink = validator.validate(reader.read(pdf).getReport());
                    } catch (PdfReadException e) {
                        CpuTimeCheck.sink = e;
                    }
                };
                double[] best = interleaved(seconds, floor, layout, report, validated);
                System.out.printf("%-30s %6d %12.0f %12.0f %12.0f %12.0f %7.2f× %10.1f %10.2f%n", f, pages, best[0],
                        best[1], best[2], best[3], best[3] / best[0], pages / (best[3] / 1e6), 1e6 / best[3]);
            } finally {
                Files.deleteIfExists(pdf);
            }
        }
    }
}
