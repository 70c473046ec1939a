package io.github.juesuan.benchmarks;

import io.github.juesuan.json.JsonLinesReader;
import io.github.juesuan.json.JsonLinesWriter;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Shows that streaming JSON Lines holds one report at a time (issue 5 target: heap flat while
 * streaming 100,000 reports): writes generated consistent reports to a temporary JSON Lines file,
 * then reads them back with {@link JsonLinesReader}, printing the used heap after a full GC every
 * 10,000 reports. Run it with a small heap to make the point:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.JsonLinesHeapCheck [count]
 * </pre>
 *
 * <p>The program exits with status 1 if the hash code of a report read back differs from that of
 * the one written (an int per report is kept: 400 KB for 100,000), or if the count is wrong.
 */
public final class JsonLinesHeapCheck {

    private static final int EVERY = 10_000;

    private JsonLinesHeapCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args optionally the number of reports (default 100,000)
     * @throws IOException if the temporary file fails
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("juesuan-heap-check", ".jsonl");
        try {
            long start = System.nanoTime();
            Iterator<FinalAccountReport> reports = JsonBenchmark.generated(JsonBenchmark.SEED);
            int[] hashes = new int[count];
            try (JsonLinesWriter w = JsonReports.standard().writeLines(file)) {
                for (int i = 0; i < count; i++) {
                    FinalAccountReport r = reports.next();
                    hashes[i] = r.hashCode();
                    w.write(r);
                }
            }
            System.out.printf("wrote %,d reports, %,d bytes, in %.1f s; max heap %,d MiB%n", count, Files.size(file),
                    (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("before reading: used heap %,d KiB%n", usedAfterGc() >> 10);

            start = System.nanoTime();
            int n = 0;
            try (JsonLinesReader in = JsonReports.standard().readLines(file)) {
                while (in.hasNext()) {
                    FinalAccountReport r = in.next();
                    if (n >= count || r.hashCode() != hashes[n]) {
                        System.out.printf("report on line %d differs from the one written%n", in.getLineNumber());
                        System.exit(1);
                    }
                    n++;
                    if (n % EVERY == 0) {
                        System.out.printf("read %,7d reports: used heap %,d KiB%n", n, usedAfterGc() >> 10);
                    }
                }
            }
            System.out.printf("read %,d reports in %.1f s (each one's hash code equal to the one written)%n", n,
                    (System.nanoTime() - start) / 1e9);
            if (n != count) {
                System.out.printf("expected %d reports%n", count);
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
