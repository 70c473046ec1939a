package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.Mutation;
import io.github.juesuan.testing.Mutations;
import io.github.juesuan.testing.SampleReports;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every finding of every real report, in full: rule, severity, outcome, location (Chinese and English), expected,
 * actual, difference, allowance, likely culprit and the message in Chinese and in English, and the outcome of every
 * rule, compared with the files under {@code src/test/resources/golden/findings/}. Also the findings that the
 * testing kit's mutators add to the hand-typed samples 001 and 002 (two random mutations per rule they can break),
 * which reach the messages of failures the real reports do not have.
 *
 * <p>The files were written by the validator before its speed-up (issue 17) and guard it: a change that makes the
 * validator faster must leave every line as it is. Regenerate deliberately, for a change of the findings, with
 * {@code mvn -pl io-text -am test -Dtest=FindingsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djuesuan.golden.update=true}, and review the difference.
 */
class FindingsGoldenTest {

    private static final Path REPORTS = Path.of("src/test/resources/real-reports");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/findings");
    private static final ReportValidator CHINESE = ReportValidator.standard();
    private static final ReportValidator ENGLISH = ReportValidator.builder().locale(Locale.ENGLISH).build();

    @Test
    void test_validate_realTexts_everyFindingAsBefore() {
        for (String file : List.of("000_aa736e7b58f5109b.txt", "001_204597f849ed16ca.txt", "002_2626e36b3619c519.txt",
                "shanghai/caizhengju-2024.layout.txt", "shanghai/guihuaziranziyuanju-2024.layout.txt",
                "shanghai/shiquanlu-2025.pages.txt", "shanghai/template-2024.layout.txt")) {
            FinalAccountReport report = TextReportReader.create().read(REPORTS.resolve(file)).getReport();
            String name = file.substring(file.lastIndexOf('/') + 1).replace(".txt", "");
            assertMatches(name + ".txt", dump(CHINESE.validate(report)));
            assertMatches(name + ".en.txt", dump(ENGLISH.validate(report)));
        }
    }

    @Test
    void test_validate_samples_everyFindingAsBefore() {
        assertMatches("sample-001.txt", dump(CHINESE.validate(SampleReports.jilinGeneralOffice2024())));
        assertMatches("sample-002.txt", dump(CHINESE.validate(SampleReports.jilinGovernmentServiceCenter2023())));
    }

    @Test
    void test_validate_mutatedSamples_everyAddedFindingAsBefore() {
        assertMatches("mutations-001.txt", mutations(SampleReports.jilinGeneralOffice2024()));
        assertMatches("mutations-002.txt", mutations(SampleReports.jilinGovernmentServiceCenter2023()));
    }

    /** For each rule the mutators break, two mutations: the lines of their findings that the original lacks. */
    private static String mutations(FinalAccountReport sample) {
        Set<String> base = new HashSet<>(List.of(dump(CHINESE.validate(sample)).split("\n")));
        StringBuilder out = new StringBuilder();
        for (String rule : new TreeSet<>(Mutations.supportedRules())) {
            if (!Mutations.canBreak(sample, rule)) {
                out.append("== ").append(rule).append(": cannot be broken\n");
                continue;
            }
            for (int seed = 1; seed <= 2; seed++) {
                Mutation m = Mutations.breakRule(sample, rule, new Random(seed));
                // not the description: it prints maps in an order that changes from run to run
                out.append("== ").append(rule).append(" seed ").append(seed).append(": ").append(m.getLocation())
                        .append(' ').append(new TreeSet<>(m.getMutatedCells())).append('\n');
                for (String line : dump(CHINESE.validate(m.getReport())).split("\n")) {
                    if (!base.contains(line)) {
                        out.append(line).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Every field of every finding, one finding a line, then every rule's outcome. */
    static String dump(ValidationResult result) {
        StringBuilder b = new StringBuilder();
        for (Finding f : result.getFindings()) {
            b.append(f.getSeverity()).append('\t').append(f.getRuleId()).append('\t').append(f.getOutcome())
                    .append('\t').append(f.getLocation()).append('\t').append(f.getLocation().format(Locale.ENGLISH))
                    .append('\t').append(plain(f.getExpected())).append('\t').append(plain(f.getActual()))
                    .append('\t').append(plain(f.getDifference())).append('\t').append(plain(f.getAllowance()))
                    .append('\t').append(f.getLikelyCulprit().map(Location::toString).orElse("-"))
                    .append('\t').append(oneLine(f.getMessage(Locale.CHINESE)))
                    .append('\t').append(oneLine(f.getMessage(Locale.ENGLISH)))
                    .append('\t').append(oneLine(f.getMessage())).append('\n');
        }
        b.append("edition ").append(result.getEdition()).append('\n');
        for (Map.Entry<String, ?> e : result.getOutcomes().entrySet()) {
            b.append("outcome ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        return b.toString();
    }

    /** The figure as it is held, scale included (2.50 is not 2.5 here). */
    private static String plain(Optional<BigDecimal> d) {
        return d.map(BigDecimal::toPlainString).orElse("-");
    }

    private static String oneLine(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static void assertMatches(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        try {
            if (Boolean.getBoolean("juesuan.golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (regenerate with -Djuesuan.golden.update=true)", file).exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!actual.equals(expected)) {
                // for a diff with the golden file
                Path out = Path.of("target/golden-actual").resolve(name);
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("findings of %s (the actual lines are in target/golden-actual)", name)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
