package io.github.juesuan.benchmarks;

import io.github.juesuan.excel.ExcelReportReader;
import io.github.juesuan.excel.ExcelReportWriter;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 6: "heap stays flat while reading 10,000 workbooks in a loop". Reads report 001's workbook
 * the given number of times (default 10,000) and prints the used heap after a full GC every tenth
 * of the way; a flat heap shows no leak (no cache, no static state growing per read).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.ExcelHeapCheck 10000
 * }</pre>
 */
public final class ExcelHeapCheck {

    private ExcelHeapCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of reads (optional, default 10000)
     * @throws IOException if the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int every = Math.max(1, n / 10);
        FinalAccountReport report = SampleReports.jilinGeneralOffice2024();
        Path file = Files.createTempFile("juesuan-heap-", ".xlsx");
        try {
            ExcelReportWriter.create().write(report, file);
            ExcelReportReader reader = ExcelReportReader.create();
            System.out.printf("reads  used heap after GC (KiB)%n");
            System.out.printf("%6d  %d%n", 0, usedAfterGc());
            long start = System.nanoTime();
            int equal = 0;
            for (int i = 1; i <= n; i++) {
                if (reader.read(file).getReport().equals(report)) {
                    equal++;
                }
                if (i % every == 0) {
                    System.out.printf("%6d  %d%n", i, usedAfterGc());
                }
            }
            System.out.printf("%d of %d reads equal to the report, %.2f ms per read (including the GCs)%n", equal, n,
                    (System.nanoTime() - start) / 1e6 / n);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** @return the used heap after three full GCs, in KiB (shared with {@link PdfHeapCheck}) */
    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / 1024;
    }
}
