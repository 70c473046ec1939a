package io.github.juesuan.benchmarks;

import io.github.juesuan.pdf.PdfLayoutSource;
import io.github.juesuan.pdf.PdfReadException;
import io.github.juesuan.pdf.PdfReportReader;
import io.github.juesuan.report.FinalAccountReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 16: "heap flat over 1,000 PDFs read in a row". Reads the real PDFs of the benchmark
 * (caizhengju, guihuaziranziyuanju, the template and the budget the reader rejects) in turn, the
 * given number of reads in all (default 1,000), and prints the used heap after a full GC every
 * tenth of the way; a flat heap shows no leak (no font, CMap or document state kept per read: the
 * Adobe UCS2 CMaps parsed once and shared are the only cache). Run it with a small heap and GC
 * logging to make the point:
 *
 * <pre>{@code
 * java -Xmx128m -Xlog:gc:file=pdf-gc.log -cp benchmarks/target/benchmarks.jar \
 *     io.github.juesuan.benchmarks.PdfHeapCheck 1000
 * }</pre>
 *
 * <p>Exits with status 1 if a read gives another report than that file's first read, or if the
 * budget is not rejected.
 */
public final class PdfHeapCheck {

    private static final List<String> FILES = List.of("caizhengju-2024.pdf", "guihuaziranziyuanju-2024.pdf",
            "template-2024.pdf", "wanli-budget-2024.pdf");

    private PdfHeapCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of reads (optional, default 1000)
     * @throws IOException if a temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int every = Math.max(1, n / 10);
        List<Path> files = new ArrayList<>();
        try {
            for (String f : FILES) {
                Path p = Files.createTempFile("juesuan-heap-", "-" + f);
                try (InputStream in = PdfHeapCheck.class.getResourceAsStream(f)) {
                    if (in == null) {
                        throw new IllegalStateException("missing benchmark resource " + f);
                    }
                    Files.write(p, in.readAllBytes());
                }
                files.add(p);
            }
            PdfReportReader reader = PdfReportReader.create();
            FinalAccountReport[] first = new FinalAccountReport[files.size()];
            int pages = 0;
            for (int k = 0; k < files.size(); k++) {
                pages += new PdfLayoutSource().read(files.get(k)).getDocument().getPageCount();
            }
            System.out.printf("max heap %d MiB; %d files of %d pages in all, read in turn%n",
                    Runtime.getRuntime().maxMemory() >> 20, files.size(), pages);
            System.out.printf("reads  used heap after GC (KiB)%n");
            System.out.printf("%6d  %d%n", 0, ExcelHeapCheck.usedAfterGc());
            long start = System.nanoTime();
            int reports = 0;
            int rejected = 0;
            for (int i = 1; i <= n; i++) {
                int k = (i - 1) % files.size();
                try {
                    FinalAccountReport r = reader.read(files.get(k)).getReport();
                    if (first[k] == null) {
                        first[k] = r;
                    } else if (!first[k].equals(r)) {
                        System.out.printf("read %d of %s differs from its first read%n", i, FILES.get(k));
                        System.exit(1);
                    }
                    reports++;
                } catch (PdfReadException e) {
                    if (!FILES.get(k).startsWith("wanli")) {
                        throw e;
                    }
                    rejected++;
                }
                if (i % every == 0) {
                    System.out.printf("%6d  %d%n", i, ExcelHeapCheck.usedAfterGc());
                }
            }
            if (rejected != n / files.size() + (n % files.size() > 3 ? 1 : 0)) {
                System.out.printf("the budget was rejected %d times%n", rejected);
                System.exit(1);
            }
            System.out.printf("%d reports read (each equal to its file's first read), %d rejections, "
                    + "%.1f ms per PDF (including the GCs)%n", reports, rejected, (System.nanoTime() - start) / 1e6 / n);
        } finally {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        }
    }
}
