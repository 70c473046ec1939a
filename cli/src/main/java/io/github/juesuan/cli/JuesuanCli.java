package io.github.juesuan.cli;

import io.github.juesuan.cli.FindingsPrinter;
import io.github.juesuan.cli.Inputs;
import io.github.juesuan.classification.ClassificationCatalog;
import io.github.juesuan.excel.ExcelReportWriter;
import io.github.juesuan.facts.FactsFormat;
import io.github.juesuan.facts.FactsSink;
import io.github.juesuan.facts.FactsSource;
import io.github.juesuan.facts.FactsTable;
import io.github.juesuan.html.HtmlReportWriter;
import io.github.juesuan.html.Review;
import io.github.juesuan.pdf.PdfLayout;
import io.github.juesuan.pdf.PdfLayoutSource;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.ReportWriter;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.ReportValidator;
import io.github.juesuan.validation.Rule;
import io.github.juesuan.validation.RuleCatalog;
import io.github.juesuan.validation.Severity;
import io.github.juesuan.validation.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code juesuan} command line: validate, summarise, convert and export final-account reports.
 *
 * <pre>
 * java -jar cli/target/juesuan.jar validate                 # the bundled real report 001
 * java -jar cli/target/juesuan.jar validate --format json reports/
 * java -jar cli/target/juesuan.jar summary reports/
 * java -jar cli/target/juesuan.jar convert 001.txt 001.json
 * java -jar cli/target/juesuan.jar export-facts reports/ --format parquet --out facts/
 * java -jar cli/target/juesuan.jar report reports/ --out review/
 * java -jar cli/target/juesuan.jar annotate 001.txt --out 001-annotated.xlsx
 * java -jar cli/target/juesuan.jar text report.pdf
 * java -jar cli/target/juesuan.jar rules
 * </pre>
 *
 * <p>Exit codes: 0 when no finding is an error, 1 when some are, 2 when an input cannot be read or
 * the arguments are wrong.
 */
@Command(name = "juesuan", mixinStandardHelpOptions = true, version = "juesuan 0.1.0-SNAPSHOT",
        description = "Validate, convert and export Chinese department final accounts (部门决算).",
        subcommands = {JuesuanCli.Validate.class, JuesuanCli.Summary.class, JuesuanCli.Convert.class,
            JuesuanCli.ExportFacts.class, JuesuanCli.Report.class, JuesuanCli.Annotate.class,
            JuesuanCli.Text.class, JuesuanCli.Rules.class})
public final class JuesuanCli implements Callable<Integer> {

    /** Exit code: no finding is an error. */
    public static final int OK = 0;
    /** Exit code: some finding is an error. */
    public static final int FINDINGS = 1;
    /** Exit code: an input could not be read, or the arguments are wrong. */
    public static final int UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        quietPdfBox();
        System.exit(run(System.out, System.err, args));
    }

    /** Held so that the logger keeps its level (java.util.logging holds loggers weakly). */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    /**
     * PDFBox logs each repair it makes of a damaged or odd PDF (fallback fonts, corrected offsets)
     * as a warning on standard error, and POI's Log4j API complains that it has no provider; the
     * readers report what matters as problems of the file, so the command line shows only severe
     * messages of these libraries.
     */
    static void quietPdfBox() {
        PDFBOX.setLevel(java.util.logging.Level.SEVERE);
        // POI (for .xls) logs through the Log4j API, which without a provider prints a warning of its own
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        }
    }

    /**
     * Runs the command line without exiting, for embedding and tests.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new JuesuanCli());
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("juesuan: " + message(e, locale(parseResult)));
            return UNREADABLE;
        });
        cl.setExitCodeExceptionMapper(e -> UNREADABLE);
        Streams.set(out, err);
        try {
            return cl.execute(args);
        } finally {
            Streams.clear();
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(Streams.out());
        return UNREADABLE;
    }

    /**
     * The language of messages: {@code --locale} when given, else Chinese when the system locale
     * is Chinese and English otherwise.
     *
     * @param option the {@code --locale} option, or {@code null}
     * @param system the system locale
     * @return {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     */
    static Locale messageLocale(String option, Locale system) {
        String language = option != null ? Locale.forLanguageTag(option).getLanguage() : system.getLanguage();
        return language.equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** The language the command asked for with {@code --locale}, else the system's. */
    private static Locale locale(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        return messageLocale(p.matchedOptionValue("--locale", (String) null), Locale.getDefault());
    }

    /**
     * The message of a failure in the language of a locale: the library's exceptions carry their
     * message as a key ({@link ProblemMessage#from(RuntimeException)}), as do the command line's own
     * ({@link Failure}); any other says what its own message says.
     */
    static String message(Exception e, Locale locale) {
        if (e instanceof ReportReadException) {
            return ((ReportReadException) e).getMessage(locale);
        }
        if (e instanceof Failure) {
            return ((Failure) e).message.format(locale);
        }
        return e instanceof RuntimeException ? ProblemMessage.from((RuntimeException) e).format(locale)
                : String.valueOf(e.getMessage());
    }

    /** A failure of the command line (wrong arguments), told in the language of the locale asked for. */
    static final class Failure extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final transient ProblemMessage message;

        Failure(String key, Object... args) {
            this(ProblemMessage.of(key, args));
        }

        private Failure(ProblemMessage message) {
            super(message.toString());
            this.message = message;
        }
    }

    /** Holds the streams of the running invocation. */
    static final class Streams {
        private static final ThreadLocal<PrintStream[]> CURRENT = new ThreadLocal<>();

        static void set(PrintStream out, PrintStream err) {
            CURRENT.set(new PrintStream[] {out, err});
        }

        static void clear() {
            CURRENT.remove();
        }

        static PrintStream out() {
            PrintStream[] s = CURRENT.get();
            return s == null ? System.out : s[0];
        }

        static PrintStream err() {
            PrintStream[] s = CURRENT.get();
            return s == null ? System.err : s[1];
        }
    }

    /** Says that the given folders hold no file of a known format; the exit code of such a run. */
    static int nothingToRead(List<Path> given, Locale locale) {
        error(locale, "problem.cli.nothingToRead", given.toString());
        return UNREADABLE;
    }

    /** Prints {@code juesuan: } and the message of a key in the language of the locale on standard error. */
    static void error(Locale locale, String key, Object... args) {
        Streams.err().println("juesuan: " + ProblemMessage.of(key, args).format(locale));
    }

    /**
     * The line that says an input yielded no report ({@code cannot read FILE: …}): its first error
     * (or problem) in the language of the locale.
     */
    static String cannotRead(Inputs.Loaded loaded, Locale locale) {
        return ProblemMessage.of("problem.cli.cannotRead", loaded.getSource(), reason(loaded)).format(locale);
    }

    /** Why an input yielded no report: its first error (or problem). */
    static ProblemMessage reason(Inputs.Loaded loaded) {
        List<Problem> problems = loaded.getResult().getProblems();
        Problem first = problems.stream().filter(Problem::isError).findFirst()
                .orElse(problems.isEmpty() ? null : problems.get(0));
        return first == null ? ProblemMessage.of("problem.cli.noReport") : first.getProblemMessage();
    }

    /** {@code wrote FILE} in the language of the locale. */
    static String wrote(Locale locale, String what) {
        return (locale.getLanguage().equals("zh") ? "已写入 " : "wrote ") + what;
    }

    /** A reading problem as the command line prints it on standard error: place, then message, in the locale. */
    static String describe(Problem p, Locale locale) {
        return p.getLocation().format(locale) + (locale.getLanguage().equals("zh") ? "：" : ": ") + p.getMessage(locale);
    }

    /**
     * Tells whether a document shows table titles but yielded no table at all: a reading failure,
     * not a report to validate or convert.
     */
    static boolean noTableRead(FinalAccountReport report) {
        return report.tables().isEmpty() && !report.getUnreadableTables().isEmpty();
    }

    static ProblemMessage noTableMessage(FinalAccountReport report) {
        StringBuilder titles = new StringBuilder();
        report.getUnreadableTables().stream().sorted().forEach(t -> titles.append(titles.length() == 0 ? "" : ", ").append(t.getLabel()));
        return ProblemMessage.of("problem.cli.noTableRead", titles.toString());
    }

    /** {@code --locale zh|en}: the language of everything a command prints and writes. */
    static final class LocaleOption {
        @Option(names = "--locale", paramLabel = "zh|en", description = "the language of messages, findings, reading "
                + "problems and headings (default: zh when the system locale is Chinese, else en)")
        String locale;

        /** @return {@link Locale#CHINESE} or {@link Locale#ENGLISH} */
        Locale get() {
            return messageLocale(locale, Locale.getDefault());
        }
    }

    /** {@code --threads N}: how many files are read and validated at once. */
    static final class ThreadsOption {
        @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: every core)")
        int threads = Ordered.allCores();
    }

    /** {@code --out OUT}: where a command writes; each command's description says what OUT may be. */
    static final class OutOption {
        @Option(names = "--out", required = true, paramLabel = "OUT",
                description = "where to write: the command's description says what OUT may be")
        String out;

        /** @return OUT as a path */
        Path path() {
            return Path.of(out);
        }
    }

    /** {@code --catalog FILE}: complete official catalogs, each replacing the bundled one for its edition. */
    static final class CatalogOption {
        @Option(names = "--catalog", paramLabel = "FILE", description = "a classification catalog file (TSV, see "
                + "docs/catalog-format.md) that replaces the bundled catalog of its edition; may be repeated")
        List<Path> catalogs = new ArrayList<>();

        /** A validator with these catalogs and the locale. */
        ReportValidator validator(Locale locale) {
            ReportValidator.Builder b = ReportValidator.builder().locale(locale);
            for (Path c : catalogs) {
                b.catalog(ClassificationCatalog.load(c));
            }
            return b.build();
        }
    }

    /** Output format of {@code validate}. */
    enum OutputFormat {
        text, json
    }

    /** {@code validate}: load, validate, print findings. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Validate reports and print their findings. With no FILE, validates the bundled "
                    + "real report 001 (吉林省人民政府办公厅（本级）2024).")
    static final class Validate implements Callable<Integer> {

        @CommandLine.Mixin
        CatalogOption catalog = new CatalogOption();

        @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per input)")
        OutputFormat format;

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @Option(names = "--min-severity", defaultValue = "ROUNDING",
                description = "print findings of this severity and above: INFO, ROUNDING, WARNING, ERROR")
        Severity minSeverity;

        @CommandLine.Mixin
        ThreadsOption threads = new ThreadsOption();

        @Parameters(arity = "0..*", paramLabel = "FILE", description = ".pdf .json .jsonl .xlsx .xls .txt .md files or folders")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            Locale loc = locale.get();
            ReportValidator validator = catalog.validator(loc);
            int[] code = {OK};
            java.util.function.Consumer<Inputs.Loaded> handle = loaded -> {
                List<Problem> problems = new ArrayList<>(loaded.getResult().getProblems());
                List<Finding> findings = new ArrayList<>();
                if (loaded.getResult().getReport().isEmpty()) {
                    code[0] = UNREADABLE;
                } else if (noTableRead(loaded.getResult().getReport().get())) {
                    code[0] = UNREADABLE;
                    problems.add(Problem.error(noTableMessage(loaded.getResult().getReport().get()), null,
                            io.github.juesuan.spi.SourceLocation.ofFile(loaded.getSource())));
                } else {
                    ValidationResult v = validator.validate(loaded.getResult().getReport().get());
                    for (Finding f : v.getFindings()) {
                        if (f.getSeverity().compareTo(minSeverity) >= 0) {
                            findings.add(f);
                        }
                        if (f.getSeverity() == Severity.ERROR && code[0] == OK) {
                            code[0] = FINDINGS;
                        }
                    }
                }
                if (format == OutputFormat.json) {
                    FindingsPrinter.printJson(Streams.out(), loaded.getSource(), problems, findings, loc);
                } else {
                    FindingsPrinter.printText(Streams.out(), loaded.getSource(), problems, findings, loc);
                }
            };
            if (files.isEmpty()) {
                handle.accept(Inputs.bundled());
                return code[0];
            }
            List<Path> expanded = Inputs.expand(files);
            if (expanded.isEmpty()) {
                return nothingToRead(files, loc);
            }
            Ordered.run(Inputs.units(expanded), threads.threads, 4 * threads.threads, Inputs::readAll, all -> all.forEach(handle));
            return code[0];
        }
    }

    /** {@code summary}: validate a folder and print counts. */
    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = "Validate every report under the given files and folders and print a summary: "
                    + "reports read, failed to read, findings by rule. Shows progress on a terminal.")
    static final class Summary implements Callable<Integer> {

        @CommandLine.Mixin
        CatalogOption catalog = new CatalogOption();

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
        List<Path> paths;

        @CommandLine.Mixin
        ThreadsOption threads = new ThreadsOption();

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @Option(names = "--no-progress", description = "do not show the progress line")
        boolean noProgress;

        @Override
        public Integer call() {
            Locale loc = locale.get();
            boolean zh = loc.getLanguage().equals("zh");
            List<Path> files = Inputs.expand(paths);
            if (files.isEmpty()) {
                return nothingToRead(paths, loc);
            }
            ReportValidator validator = catalog.validator(loc);
            Map<String, Integer> byRule = new TreeMap<>();
            Map<String, Integer> notAssessed = new TreeMap<>();
            int[] counts = new int[3];
            boolean progress = !noProgress && System.console() != null;
            int[] done = {0};
            long start = System.nanoTime();
            Ordered.run(Inputs.units(files), threads.threads, 4 * threads.threads, Inputs::readAll, all -> {
                all.forEach(loaded -> {
                    if (loaded.getResult().getReport().isEmpty()) {
                        counts[1]++;
                        Streams.err().println(cannotRead(loaded, loc));
                        return;
                    }
                    counts[0]++;
                    for (Finding f : validator.validate(loaded.getResult().getReport().get()).getFindings()) {
                        if (f.getOutcome() == Outcome.NOT_ASSESSED) {
                            notAssessed.merge(f.getRuleId(), 1, Integer::sum);
                            continue;
                        }
                        byRule.merge(f.getRuleId() + " [" + f.getSeverity() + "]", 1, Integer::sum);
                        if (f.getSeverity() == Severity.ERROR) {
                            counts[2]++;
                        }
                    }
                });
                done[0]++;
                if (progress) {
                    Streams.err().print("\r" + Progress.bar(done[0], files.size(), 30, System.nanoTime() - start));
                }
            });
            if (progress) {
                Streams.err().println();
            }
            PrintStream out = Streams.out();
            out.println((zh ? "已读取的报告：" : "reports read: ") + counts[0]);
            out.println((zh ? "无法读取：" : "failed to read: ") + counts[1]);
            out.println(zh ? "各规则的问题数：" : "findings by rule:");
            byRule.forEach((rule, n) -> out.println("  " + rule + ": " + n));
            out.println(zh ? "未评估的规则（所读的表或说明缺失），按报告数："
                    : "rules not assessed (a table or the prose they read is absent), by number of reports:");
            notAssessed.forEach((rule, n) -> out.println("  " + rule + ": " + n));
            return counts[1] > 0 ? UNREADABLE : counts[2] > 0 ? FINDINGS : OK;
        }
    }

    /** {@code convert}: read one format, write another. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Convert a report between formats, chosen by file extension (.txt/.md/.json/.xlsx in, "
                    + ".json/.xlsx out).")
    static final class Convert implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "IN")
        Path in;

        @Parameters(index = "1", paramLabel = "OUT")
        Path out;

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @Override
        public Integer call() {
            Locale loc = locale.get();
            ReportFormat target = Formats.discover().forPath(out).orElse(null);
            ReportWriter writer = target == null ? null : target.writer().orElse(null);
            if (writer == null) {
                error(loc, "problem.cli.noWriter", out.toString());
                return UNREADABLE;
            }
            List<Inputs.Loaded> loaded = new ArrayList<>();
            Inputs.read(in, loaded::add);
            if (loaded.size() != 1 || loaded.get(0).getResult().getReport().isEmpty()) {
                loaded.forEach(l -> l.getResult().getProblems()
                        .forEach(p -> Streams.err().println("juesuan: " + describe(p, loc))));
                return UNREADABLE;
            }
            loaded.get(0).getResult().getProblems().forEach(p -> Streams.err()
                    .println((loc.getLanguage().equals("zh") ? "警告：" : "warning: ") + describe(p, loc)));
            if (noTableRead(loaded.get(0).getResult().getReport().get())) {
                error(loc, "problem.cli.nothingWritten", in.toString(), noTableMessage(loaded.get(0).getResult().getReport().get()));
                return UNREADABLE;
            }
            writer.write(loaded.get(0).getResult().getReport().get(), out);
            Streams.out().println(wrote(loc, out.toString()));
            return OK;
        }
    }

    /** What a worker made of one input: what was read and its validation. */
    record Checked(Inputs.Loaded loaded, ValidationResult validation) {

        static List<Checked> of(List<Inputs.Loaded> all, ReportValidator validator) {
            List<Checked> out = new ArrayList<>(all.size());
            for (Inputs.Loaded l : all) {
                out.add(new Checked(l, l.getResult().getReport().map(validator::validate).orElse(null)));
            }
            return out;
        }

        boolean failed() {
            return validation == null;
        }

        /** {@code cannot read FILE: …} in the language of the locale. */
        String cannotRead(Locale locale) {
            return JuesuanCli.cannotRead(loaded, locale);
        }
    }

    /** {@code export-facts}: the four facts tables. */
    @Command(name = "export-facts", mixinStandardHelpOptions = true,
            description = "Export the facts tables (cells, findings, reports, performance: see docs/facts.md) "
                    + "as CSV, JSON Lines or Parquet, for DuckDB, Spark and spreadsheets. --out is a folder "
                    + "(cells.csv, findings.csv, reports.csv, performance.csv in it), FILE.csv|.jsonl|.parquet (the "
                    + "cells table; the others beside it as FILE-findings.csv, …) or - (the cells table on standard "
                    + "output). The findings' messages are written in both languages; --locale chooses the "
                    + "validator's.")
    static final class ExportFacts implements Callable<Integer> {

        @CommandLine.Mixin
        CatalogOption catalog = new CatalogOption();

        @Parameters(arity = "1..*", paramLabel = "IN", description = "files or folders")
        List<Path> inputs;

        @CommandLine.Mixin
        ThreadsOption threads = new ThreadsOption();

        @Option(names = "--format", description = "csv, jsonl or parquet (default: from the --out extension, else csv)")
        String format;

        @CommandLine.Mixin
        OutOption output = new OutOption();

        /** The --out argument, as given. */
        private String out;

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @Override
        public Integer call() throws IOException {
            out = output.out;
            Locale loc = locale.get();
            boolean zh = loc.getLanguage().equals("zh");
            FactsFormat fmt = format != null ? FactsFormat.parse(format) : formatOf(out);
            if (format != null && !out.equals("-") && hasExtension(out) && FactsFormat.forFileName(out) != fmt) {
                throw new Failure("problem.cli.outExtensionMismatch", out, fmt.getExtension(), format);
            }
            List<Path> files = Inputs.expand(inputs);
            if (files.isEmpty()) {
                return nothingToRead(inputs, loc);
            }
            ReportValidator validator = catalog.validator(loc);
            List<String> skipped = new ArrayList<>();
            try (FactsSink sink = open(fmt)) {
                Ordered.run(Inputs.units(files), threads.threads, 4 * threads.threads,
                        unit -> sourced(unit, Checked.of(Inputs.readAll(unit), validator), fmt),
                        all -> all.forEach(c -> {
                            sink.add(c.rows());
                            if (c.checked.failed()) {
                                skipped.add(c.checked.loaded().getSource() + (zh ? "：" : ": ")
                                        + reason(c.checked.loaded()).format(loc));
                            }
                        }));
                if (!out.equals("-")) {
                    Streams.out().println(zh ? "已将 " + sink.getReportCount() + " 个输入的 " + sink.getRowCount(FactsTable.CELLS)
                            + " 个单元格、" + sink.getRowCount(FactsTable.FINDINGS) + " 项问题、"
                            + sink.getRowCount(FactsTable.PERFORMANCE) + " 行绩效写入 " + out
                            : "wrote " + sink.getRowCount(FactsTable.CELLS) + " cells, "
                            + sink.getRowCount(FactsTable.FINDINGS) + " findings, "
                            + sink.getRowCount(FactsTable.PERFORMANCE) + " performance rows of "
                            + sink.getReportCount() + " inputs to " + out);
                }
            }
            skipped.forEach(s -> Streams.err().println((zh ? "已跳过 " : "skipped ") + s));
            if (!skipped.isEmpty()) {
                error(loc, "problem.cli.skipped", skipped.size(), files.size());
                return UNREADABLE;
            }
            return OK;
        }

        /**
         * The work of one file: read, validate and digest it and make its facts rows on a worker (and, for CSV and JSON Lines, encode them), so
         * that the one thread that writes only writes (the rows were most of its work).
         */
        private static final class Sourced {
            final Checked checked;
            private final FactsSink.Gathered rows;
            private final IllegalArgumentException unfit;

            Sourced(FactsSource source, Checked checked, FactsFormat format) {
                this.checked = checked;
                FactsSink.Gathered gathered = null;
                IllegalArgumentException failure = null;
                try {
                    gathered = FactsSink.gather(source, checked.loaded().getResult(), checked.validation(), format);
                } catch (IllegalArgumentException e) {
                    failure = e;
                }
                this.rows = gathered;
                this.unfit = failure;
            }

            /** The rows, or the error of a value that does not fit its column, told in input order. */
            FactsSink.Gathered rows() {
                if (unfit != null) {
                    throw unfit;
                }
                return rows;
            }
        }

        private static List<Sourced> sourced(Inputs.Unit unit, List<Checked> checked, FactsFormat format) {
            List<Sourced> out = new ArrayList<>(checked.size());
            FactsSource whole = unit.isWholeFile() && checked.size() == 1 && Files.isRegularFile(unit.getFile())
                    ? FactsSource.of(unit.getFile()) : null;
            for (Checked c : checked) {
                out.add(new Sourced(whole != null ? whole : FactsSource.named(c.loaded().getSource()), c, format));
            }
            return out;
        }

        private FactsSink open(FactsFormat fmt) {
            if (out.equals("-")) {
                PrintStream stdout = Streams.out();
                return FactsSink.open(fmt, t -> t == FactsTable.CELLS ? new NotClosing(stdout) : OutputStream.nullOutputStream());
            }
            Path target = Path.of(out);
            if (!hasExtension(out) || Files.isDirectory(target)) {
                return FactsSink.open(fmt, target);
            }
            String name = target.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.'));
            Path dir = target.toAbsolutePath().getParent();
            return FactsSink.open(fmt, t -> {
                Path file = t == FactsTable.CELLS ? target : dir.resolve(stem + "-" + t.getName() + "." + fmt.getExtension());
                try {
                    return Files.newOutputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file, e);
                }
            });
        }

        private static FactsFormat formatOf(String out) {
            return out.equals("-") || !hasExtension(out) || Files.isDirectory(Path.of(out)) ? FactsFormat.CSV
                    : FactsFormat.forFileName(out);
        }

        private static boolean hasExtension(String out) {
            String name = Path.of(out).getFileName() == null ? "" : Path.of(out).getFileName().toString();
            return name.lastIndexOf('.') > 0;
        }
    }

    /** Standard output for a sink that closes its streams. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** {@code report}: the HTML review report. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write the HTML review report: the tables as published with each finding's cell marked, "
                    + "findings by severity and rule, reading problems and where each figure was read. One IN and "
                    + "--out FILE.html writes one page; several, or a folder, write a page each and index.html "
                    + "into --out DIR.")
    static final class Report implements Callable<Integer> {

        @CommandLine.Mixin
        CatalogOption catalog = new CatalogOption();

        @Parameters(arity = "1..*", paramLabel = "IN", description = "files or folders")
        List<Path> inputs;

        @CommandLine.Mixin
        OutOption output = new OutOption();

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @CommandLine.Mixin
        ThreadsOption threads = new ThreadsOption();

        @Override
        public Integer call() throws IOException {
            Path out = output.path();
            Locale loc = locale.get();
            ReportValidator validator = catalog.validator(loc);
            HtmlReportWriter writer = HtmlReportWriter.builder().locale(loc).build();
            List<Path> files = Inputs.expand(inputs);
            if (files.isEmpty()) {
                return nothingToRead(inputs, loc);
            }
            boolean single = files.size() == 1 && inputs.size() == 1 && !Files.isDirectory(inputs.get(0))
                    && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html");
            List<Review> reviews = new ArrayList<>();
            int[] code = {OK};
            Ordered.run(Inputs.units(files), threads.threads, 4 * threads.threads, unit -> Checked.of(Inputs.readAll(unit), validator),
                    all -> all.forEach(c -> {
                        if (c.failed()) {
                            code[0] = UNREADABLE;
                            Streams.err().println(c.cannotRead(loc));
                            reviews.add(Review.failed(c.loaded().getSource(), c.loaded().getResult().getProblems()));
                        } else {
                            if (c.validation().hasErrors() && code[0] == OK) {
                                code[0] = FINDINGS;
                            }
                            reviews.add(Review.of(c.loaded().getSource(), c.loaded().getResult(), c.validation()));
                        }
                    }));
            if (single) {
                writer.write(reviews.get(0), out);
                Streams.out().println(wrote(loc, out.toString()));
            } else {
                writer.writeFolder(reviews, out);
                Streams.out().println(loc.getLanguage().equals("zh")
                        ? "已写入 " + reviews.size() + " 个页面和 " + out.resolve("index.html")
                        : "wrote " + reviews.size() + " pages and " + out.resolve("index.html"));
            }
            return code[0];
        }
    }

    /** {@code annotate}: the workbook with the findings beside the cells. */
    @Command(name = "annotate", mixinStandardHelpOptions = true,
            description = "Write the report as a workbook OUT.xlsx with a 审核结果 (findings) sheet, each finding "
                    + "linked to its cell and the cell commented; --locale chooses the language of that sheet's name, "
                    + "its headers, the comments and the messages.")
    static final class Annotate implements Callable<Integer> {

        @CommandLine.Mixin
        CatalogOption catalog = new CatalogOption();

        @Parameters(index = "0", paramLabel = "IN")
        Path in;

        @CommandLine.Mixin
        OutOption output = new OutOption();

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @Override
        public Integer call() throws IOException {
            Path out = output.path();
            Locale loc = locale.get();
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new Failure("problem.cli.outNotXlsx", out.toString());
            }
            List<Checked> read = Checked.of(Inputs.readAll(in),
                    catalog.validator(loc));
            if (read.size() != 1 || read.get(0).failed()) {
                read.forEach(c -> c.loaded().getResult().getProblems().forEach(p -> Streams.err()
                        .println("juesuan: " + describe(p, loc))));
                if (read.size() > 1) {
                    error(loc, "problem.cli.severalReports", in.toString(), read.size());
                }
                return UNREADABLE;
            }
            Checked c = read.get(0);
            ExcelReportWriter.create().withLocale(loc)
                    .writeAnnotated(c.loaded().getResult().getReport().get(), c.validation(), out);
            Streams.out().println(loc.getLanguage().equals("zh")
                    ? "已写入 " + out + "，含 " + c.validation().getFindings().size() + " 项问题"
                    : "wrote " + out + " with " + c.validation().getFindings().size() + " findings");
            return c.validation().hasErrors() ? FINDINGS : OK;
        }
    }

    /** {@code text}: what the PDF reader saw. */
    @Command(name = "text", mixinStandardHelpOptions = true,
            description = "Print the lines and cells the PDF reader recovered from FILE.pdf, page by page, so that "
                    + "you can see what the recognizer was given.")
    static final class Text implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE.pdf")
        Path file;

        @Option(names = "--cells", description = "also print each cell's columns and its box on the page")
        boolean cells;

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @Override
        public Integer call() {
            PdfLayout layout;
            try {
                layout = new PdfLayoutSource().read(file);
            } catch (ReportReadException | UncheckedIOException e) {
                Streams.err().println("juesuan: " + message(e, locale.get()));
                return UNREADABLE;
            }
            StringBuilder out = new StringBuilder();
            layout.print(out, cells);
            Streams.out().print(out);
            return OK;
        }
    }

    /** {@code rules}: print the rule catalogue. */
    @Command(name = "rules", mixinStandardHelpOptions = true, description = "Print the rule catalogue.")
    static final class Rules implements Callable<Integer> {

        @CommandLine.Mixin
        LocaleOption locale = new LocaleOption();

        @Override
        public Integer call() {
            boolean zh = locale.get().getLanguage().equals("zh");
            for (Rule r : RuleCatalog.standard().getRules()) {
                Streams.out().println(r.getId() + "\t" + r.getSeverity() + "\t" + r.getDescription(zh));
            }
            return OK;
        }
    }
}
