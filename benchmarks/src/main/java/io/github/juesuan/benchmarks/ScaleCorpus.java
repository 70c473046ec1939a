package io.github.juesuan.benchmarks;

import io.github.juesuan.json.JsonLinesWriter;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.Mutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Writes the inputs of {@code benchmarks/scale.sh} (issue 18: the command line's speed-up from 1
 * to 2 threads, its heap over 100,000 reports, Spark against the command line): generated
 * consistent reports (the seed of {@link JsonBenchmark}), every third with one rule broken by the
 * testing module's mutators so that {@code findings} has rows, as one JSON file each or as one
 * JSON Lines file.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.ScaleCorpus files DIR COUNT
 * java -cp benchmarks/target/benchmarks.jar io.github.juesuan.benchmarks.ScaleCorpus lines FILE.jsonl COUNT
 * </pre>
 */
public final class ScaleCorpus {

    private ScaleCorpus() {
    }

    /**
     * Writes the corpus.
     *
     * @param args {@code files DIR COUNT} or {@code lines FILE COUNT}
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("files") || args[0].equals("lines"))) {
            System.err.println("usage: ScaleCorpus files DIR COUNT | lines FILE.jsonl COUNT");
            System.exit(2);
            return;
        }
        Path target = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Iterator<FinalAccountReport> reports = reports();
        long start = System.nanoTime();
        JsonReports json = JsonReports.standard();
        if (args[0].equals("files")) {
            Files.createDirectories(target);
            for (int i = 0; i < count; i++) {
                json.write(reports.next(), target.resolve(String.format("generated-%06d.json", i)));
            }
        } else {
            try (JsonLinesWriter w = json.writeLines(target)) {
                for (int i = 0; i < count; i++) {
                    w.write(reports.next());
                }
            }
        }
        System.out.printf("wrote %,d reports to %s in %.1f s%n", count, target, (System.nanoTime() - start) / 1e9);
    }

    /** The generated reports, every third with a rule broken (the rules in turn). */
    static Iterator<FinalAccountReport> reports() {
        Iterator<FinalAccountReport> consistent = JsonBenchmark.generated(JsonBenchmark.SEED);
        List<String> rules = new ArrayList<>(Mutations.supportedRules());
        Random random = new Random(JsonBenchmark.SEED);
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public FinalAccountReport next() {
                FinalAccountReport r = consistent.next();
                if (i % 3 == 0) {
                    String rule = rules.get(i / 3 % rules.size());
                    if (Mutations.canBreak(r, rule)) {
                        r = Mutations.breakRule(r, rule, random).getReport();
                    }
                }
                i++;
                return r;
            }
        };
    }
}
