package io.github.juesuan.spark;

import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.Mutations;
import io.github.juesuan.testing.ReportArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Writes generated reports as JSON files for the Spark tests: consistent reports of the testing
 * module, every third with one rule broken by its mutators (so that {@code findings} has rows of
 * every rule family the mutators reach). Generation and writing cost about half a millisecond per
 * report.
 */
final class GeneratedCorpus {

    private GeneratedCorpus() {
    }

    /**
     * Writes {@code count} reports into {@code dir} as {@code generated-00000.json}, ….
     *
     * @param dir the directory, created if needed
     * @param count how many
     * @throws IOException if the directory cannot be made
     */
    static void write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        JsonReports json = JsonReports.standard();
        List<String> rules = new ArrayList<>(Mutations.supportedRules());
        Iterator<FinalAccountReport> reports = ReportArbitraries.consistentReports().sampleStream().iterator();
        Random random = new Random(18);
        for (int i = 0; i < count; i++) {
            FinalAccountReport report = reports.next();
            if (i % 3 == 0) {
                String rule = rules.get(i / 3 % rules.size());
                if (Mutations.canBreak(report, rule)) {
                    report = Mutations.breakRule(report, rule, random).getReport();
                }
            }
            json.write(report, dir.resolve(String.format("generated-%05d.json", i)));
        }
    }
}
