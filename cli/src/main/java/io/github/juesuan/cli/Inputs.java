package io.github.juesuan.cli;

import io.github.juesuan.json.JsonLinesReader;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.spi.Formats;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.Reports;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.text.TextReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads reports from files by extension ({@code .json}, {@code .jsonl}, {@code .xlsx}, {@code .xls},
 * {@code .txt}, {@code .md}) through the reader SPI, or the bundled real report 001, and walks
 * folders. A file that cannot be read gives a result with its problems, never an exception.
 */
public final class Inputs {

    /** The resource name of the bundled real report 001 (吉林省人民政府办公厅（本级）2024). */
    public static final String BUNDLED_REPORT = "001_204597f849ed16ca.txt";

    private static final Formats FORMATS = Formats.discover();

    private Inputs() {
    }

    /** A source and what reading it gave. */
    public static final class Loaded {
        private final String source;
        private final ReadResult result;

        Loaded(String source, ReadResult result) {
            this.source = source;
            this.result = result;
        }

        /**
         * Gets the source name: a file, {@code file:line} for a JSON Lines record, or the bundled name.
         *
         * @return the source
         */
        public String getSource() {
            return source;
        }

        /**
         * Gets the read result.
         *
         * @return the result
         */
        public ReadResult getResult() {
            return result;
        }
    }

    /**
     * Reads the bundled real report 001 from the text of its PDF.
     *
     * @return the result
     */
    public static Loaded bundled() {
        try (InputStream in = Inputs.class.getResourceAsStream(BUNDLED_REPORT)) {
            if (in == null) {
                throw new IllegalStateException("bundled report " + BUNDLED_REPORT + " is missing from the jar");
            }
            return new Loaded(BUNDLED_REPORT,
                    new TextReportFormat().reader().orElseThrow().read(in, BUNDLED_REPORT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lists the report files under the given paths: files as given, folders walked for files with
     * a known extension, in name order.
     *
     * @param paths files and folders
     * @return the files
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Inputs::isKnown).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isKnown(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || FORMATS.forPath(p).flatMap(ReportFormat::reader).isPresent();
    }

    /**
     * One piece of work for a worker thread: a file to read, or one report of a JSON Lines file,
     * already parsed from its line.
     */
    public static final class Unit {
        private final Path file;
        private final Loaded record;

        private Unit(Path file, Loaded record) {
            this.file = file;
            this.record = record;
        }

        /**
         * Gets the file this unit is or comes from.
         *
         * @return the file; for a JSON Lines record, the JSON Lines file
         */
        public Path getFile() {
            return file;
        }

        /**
         * Tells whether this unit is a whole file (not one record of a JSON Lines file).
         *
         * @return {@code true} for a whole file
         */
        public boolean isWholeFile() {
            return record == null;
        }
    }

    /**
     * Streams the units of work of the given files: each file, except that a JSON Lines file is
     * opened when the iteration reaches it and handed over one record at a time, so that a file of
     * 100,000 reports never sits in memory as a whole (only as many records as the caller keeps in
     * flight). A JSON Lines file that fails while it is being read gives one failed record naming it
     * and the iteration goes on with the next file; the iterator closes each file once its last
     * record is taken.
     *
     * @param files the files, as {@link #expand(List)} lists them
     * @return the units, in file order and, within a JSON Lines file, in line order
     */
    public static Iterator<Unit> units(List<Path> files) {
        return new Iterator<>() {
            private int nextFile;
            private Path jsonLinesFile;
            private JsonLinesReader lines;
            private Iterator<ReadResult> results;
            private Unit pending;

            @Override
            public boolean hasNext() {
                while (pending == null) {
                    if (results != null) {
                        String name = jsonLinesFile.toString();
                        try {
                            if (results.hasNext()) {
                                ReadResult r = results.next();
                                pending = new Unit(jsonLinesFile, new Loaded(name + ":" + lines.getLineNumber(), r));
                                continue;
                            }
                        } catch (UncheckedIOException e) {
                            pending = new Unit(jsonLinesFile, failed(name, ProblemMessage.text(String.valueOf(e.getMessage()))));
                        }
                        lines.close();
                        lines = null;
                        results = null;
                        continue;
                    }
                    if (nextFile >= files.size()) {
                        return false;
                    }
                    Path file = files.get(nextFile++);
                    if (!isJsonLines(file)) {
                        pending = new Unit(file, null);
                        continue;
                    }
                    try {
                        lines = JsonReports.standard().readLines(file);
                        results = lines.results().iterator();
                        jsonLinesFile = file;
                    } catch (UncheckedIOException e) {
                        pending = new Unit(file, failed(file.toString(), ProblemMessage.text(String.valueOf(e.getMessage()))));
                    }
                }
                return true;
            }

            @Override
            public Unit next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more inputs after " + files.size() + " files");
                }
                Unit u = pending;
                pending = null;
                return u;
            }
        };
    }

    /**
     * Reads one unit of work: the reports of a file (as {@link #readAll(Path)}), or the one record
     * of a JSON Lines file that {@link #units(List)} already parsed.
     *
     * @param unit the unit
     * @return what was read, in file order
     */
    public static List<Loaded> readAll(Unit unit) {
        return unit.record != null ? List.of(unit.record) : readAll(unit.file);
    }

    private static boolean isJsonLines(Path file) {
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") && Files.isRegularFile(file);
    }

    /**
     * Reads one file into a list: everything {@link #read(Path, Consumer)} would hand to its sink.
     *
     * @param file the file
     * @return the reports read from it, with their problems, in file order
     */
    public static List<Loaded> readAll(Path file) {
        List<Loaded> all = new ArrayList<>();
        read(file, all::add);
        return all;
    }

    /**
     * Reads one file, handing each report (one, or one per line of a JSON Lines file) to the
     * consumer. Never throws for bad input: unreadable files give a failed result.
     *
     * @param file the file
     * @param sink receives what was read
     */
    public static void read(Path file, Consumer<Loaded> sink) {
        String name = file.toString();
        if (isJsonLines(file)) {
            try (JsonLinesReader lines = JsonReports.standard().readLines(file)) {
                lines.results().forEach(r -> sink.accept(new Loaded(name + ":" + lines.getLineNumber(), r)));
            } catch (UncheckedIOException e) {
                sink.accept(failed(name, ProblemMessage.text(String.valueOf(e.getMessage()))));
            }
            return;
        }
        try {
            sink.accept(new Loaded(name, Reports.readResult(file, FORMATS)));
        } catch (RuntimeException e) {
            ProblemMessage m = ProblemMessage.from(e);
            sink.accept(failed(name, m.getKey().isPresent() ? m : ProblemMessage.text(e.toString())));
        }
    }

    /** A result that failed with the reason of an exception ({@code problem.read.cannotRead}). */
    private static Loaded failed(String name, ProblemMessage reason) {
        return new Loaded(name, ReadResult.failed(List.of(Problem.error(ProblemMessage.of("problem.read.cannotRead",
                reason), null, SourceLocation.ofFile(name)))));
    }
}
