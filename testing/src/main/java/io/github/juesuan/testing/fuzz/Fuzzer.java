package io.github.juesuan.testing.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a fuzz target on mutants of seed documents. The target returns normally for every input it
 * handles as documented (a result, or the documented exception caught inside the target); anything
 * that escapes it is a failure: an undocumented exception, an {@link Error}, or an
 * {@link AssertionError} of the target's own checks. With a watchdog, an input that runs longer
 * than it is a failure too (a hang); the run goes on on a fresh thread.
 *
 * <p>How much is run comes from system properties, so that one test serves both the bounded run of
 * {@code mvn verify} and the long run of {@code mvn verify -Pfuzz}:
 * <ul>
 *   <li>{@value #INPUTS_PROPERTY}: the number of inputs (default: the target's own
 *       {@link #inputs(long)});</li>
 *   <li>{@value #SECONDS_PROPERTY}: when above 0, run for that many seconds instead, with no count;</li>
 *   <li>{@value #SEED_PROPERTY}: the run's seed (default 20); input {@code i} is a pure function of
 *       it, {@code i} and the seeds, so the same settings give the same inputs;</li>
 *   <li>{@value #WATCHDOG_PROPERTY}: seconds after which an input counts as a hang (default 0,
 *       none: the bounded run has no clock);</li>
 *   <li>{@value #REPRODUCERS_PROPERTY}: a folder where each new kind of failure is written as
 *       {@code <target>-<kind>-<hash>.<extension>} (default: none, nothing written).</li>
 * </ul>
 *
 * <p>Not thread-safe: one run at a time per instance.
 */
public final class Fuzzer {

    /** System property: the number of inputs of a run. */
    public static final String INPUTS_PROPERTY = "juesuan.fuzz.inputs";
    /** System property: seconds to run for, instead of a number of inputs. */
    public static final String SECONDS_PROPERTY = "juesuan.fuzz.seconds";
    /** System property: the seed of the run. */
    public static final String SEED_PROPERTY = "juesuan.fuzz.seed";
    /** System property: seconds after which an input is a hang. */
    public static final String WATCHDOG_PROPERTY = "juesuan.fuzz.watchdog";
    /** System property: the folder for reproducers. */
    public static final String REPRODUCERS_PROPERTY = "juesuan.fuzz.reproducers";

    /** What is fuzzed: it returns normally for every input handled as documented. */
    @FunctionalInterface
    public interface Target {
        /**
         * Runs the code under test on one input.
         *
         * @param input the bytes, not to be changed
         * @throws Exception when the code under test breaks its contract
         */
        void run(byte[] input) throws Exception;
    }

    /** Makes a mutant from a seed document. */
    @FunctionalInterface
    public interface Mutator {
        /**
         * Mutates a seed.
         *
         * @param seed the seed document, not to be changed
         * @param random the source of randomness, the only one to use
         * @return the mutant
         */
        byte[] mutate(byte[] seed, SplittableRandom random);
    }

    private final String name;
    private final List<byte[]> seeds = new ArrayList<>();
    private Mutator mutator = ByteMutator::mutate;
    private String extension = "bin";
    private long inputs = 1000;

    private Fuzzer(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Starts a fuzzer.
     *
     * @param name the target's name, used in reproducer file names ({@code json}, {@code excel})
     * @return the fuzzer, with {@link ByteMutator#mutate} and 1,000 inputs by default
     */
    public static Fuzzer named(String name) {
        return new Fuzzer(name);
    }

    /**
     * Adds seed documents: input {@code i} is a mutant of seed {@code i mod n}.
     *
     * @param documents the seeds, not empty
     * @return this fuzzer
     */
    public Fuzzer seeds(List<byte[]> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a fuzzer needs at least one seed document");
        }
        seeds.addAll(documents);
        return this;
    }

    /**
     * Sets the seeds from files.
     *
     * @param files the seed files, not empty
     * @return this fuzzer
     * @throws UncheckedIOException if a file cannot be read
     */
    public Fuzzer seedFiles(List<Path> files) {
        List<byte[]> docs = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the seed " + f, e);
            }
        }
        return seeds(docs);
    }

    /**
     * Sets the mutator.
     *
     * @param m the mutator, such as {@link ByteMutator#mutateZip}
     * @return this fuzzer
     */
    public Fuzzer mutator(Mutator m) {
        this.mutator = Objects.requireNonNull(m, "mutator");
        return this;
    }

    /**
     * Sets the extension of reproducer files.
     *
     * @param ext the extension without the dot, such as {@code json}
     * @return this fuzzer
     */
    public Fuzzer extension(String ext) {
        this.extension = Objects.requireNonNull(ext, "extension");
        return this;
    }

    /**
     * Sets the number of inputs of a run when {@value #INPUTS_PROPERTY} is not set.
     *
     * @param n the number, at least 1
     * @return this fuzzer
     */
    public Fuzzer inputs(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("a fuzz run needs at least one input, got " + n);
        }
        this.inputs = n;
        return this;
    }

    /**
     * Runs the target on the run's inputs (see the class comment for the settings).
     *
     * @param target the target
     * @return what was run and what failed
     */
    public Result run(Target target) {
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no seed documents for the fuzz target " + name);
        }
        long count = Long.getLong(INPUTS_PROPERTY, inputs);
        long seconds = Long.getLong(SECONDS_PROPERTY, 0L);
        long runSeed = Long.getLong(SEED_PROPERTY, 20L);
        long watchdog = Long.getLong(WATCHDOG_PROPERTY, 0L);
        String folder = System.getProperty(REPRODUCERS_PROPERTY, "");
        Path reproducers = folder.isBlank() ? null : Paths.get(folder);
        long deadline = seconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
        Map<String, Failure> failures = new LinkedHashMap<>();
        long failed = 0;
        long slowestNanos = -1;
        int slowestSize = 0;
        ExecutorService worker = watchdog > 0 ? newWorker() : null;
        long i = 0;
        try {
            for (; seconds > 0 ? System.nanoTime() < deadline : i < count; i++) {
                SplittableRandom random = new SplittableRandom(runSeed + i * 0x9E3779B97F4A7C15L);
                byte[] input = mutator.mutate(seeds.get((int) (i % seeds.size())), random);
                long start = System.nanoTime();
                Throwable t;
                if (worker == null) {
                    t = runOnce(target, input);
                } else {
                    Future<Throwable> f = worker.submit(() -> runOnce(target, input));
                    try {
                        t = f.get(watchdog, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        f.cancel(true);
                        worker.shutdownNow();
                        worker = newWorker();
                        t = new Hang(watchdog);
                    } catch (ExecutionException e) {
                        t = e.getCause();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                long took = System.nanoTime() - start;
                if (took > slowestNanos) {
                    slowestNanos = took;
                    slowestSize = input.length;
                }
                if (t != null) {
                    failed++;
                    String kind = signature(t);
                    if (!failures.containsKey(kind)) {
                        Path file = reproducers == null ? null : write(reproducers, kind, input, t);
                        failures.put(kind, new Failure(kind, t, input, i, file));
                    }
                }
            }
        } finally {
            if (worker != null) {
                worker.shutdownNow();
            }
        }
        Result r = new Result(name, i, failed, List.copyOf(failures.values()), Duration.ofNanos(Math.max(0, slowestNanos)),
                slowestSize, runSeed);
        System.out.println(r);
        return r;
    }

    /**
     * Lists the reproducer files of a folder, for a regression test that reads each of them.
     *
     * @param folder the folder, such as {@code src/test/resources/fuzz-findings}
     * @param extensions the file name endings to keep, such as {@code ".json"}
     * @return the files, sorted by name
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static List<Path> reproducers(Path folder, String... extensions) {
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> java.util.Arrays.stream(extensions).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted().collect(java.util.stream.Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the reproducers in " + folder, e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-target");
            t.setDaemon(true);
            return t;
        });
    }

    private static Throwable runOnce(Target target, byte[] input) {
        try {
            target.run(input);
            return null;
        } catch (Throwable t) { // NOPMD: every escape is what a fuzzer looks for
            return t;
        }
    }

    /** The kind of a failure: the throwable's class and the first frame of the library that threw it. */
    static String signature(Throwable t) {
        if (t instanceof Hang) {
            return "HANG";
        }
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("io.github.juesuan.") && !c.startsWith("io.github.juesuan.testing.fuzz.")) {
                return t.getClass().getSimpleName() + "@" + c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return t.getClass().getSimpleName();
    }

    private Path write(Path folder, String kind, byte[] input, Throwable t) {
        try {
            Files.createDirectories(folder);
            String hash = Integer.toHexString(java.util.Arrays.hashCode(input));
            Path f = folder.resolve(name + "-" + kind.replaceAll("[^A-Za-z0-9.]+", "_") + "-" + hash + "." + extension);
            Files.write(f, input);
            System.out.println("fuzz " + name + ": " + kind + " written to " + f + " (" + t + ")");
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a reproducer in " + folder, e);
        }
    }

    /** An input that ran past the watchdog. */
    static final class Hang extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Hang(long seconds) {
            super("the input ran for more than " + seconds + " s");
        }
    }

    /** One kind of failure and the first input that showed it. */
    public static final class Failure {
        private final String kind;
        private final Throwable error;
        private final byte[] input;
        private final long index;
        private final Path file;

        Failure(String kind, Throwable error, byte[] input, long index, Path file) {
            this.kind = kind;
            this.error = error;
            this.input = input;
            this.index = index;
            this.file = file;
        }

        /** @return the kind: throwable class and throwing method, or {@code HANG} */
        public String getKind() {
            return kind;
        }

        /** @return what escaped the target */
        public Throwable getError() {
            return error;
        }

        /** @return the input, a copy */
        public byte[] getInput() {
            return input.clone();
        }

        /** @return the index of the input in its run */
        public long getIndex() {
            return index;
        }

        /** @return the reproducer file, if one was written */
        public Optional<Path> getFile() {
            return Optional.ofNullable(file);
        }

        @Override
        public String toString() {
            return kind + " at input " + index + " (" + input.length + " bytes): " + error;
        }
    }

    /** What a run did. */
    public static final class Result {
        private final String name;
        private final long inputs;
        private final long failed;
        private final List<Failure> failures;
        private final Duration slowest;
        private final int slowestSize;
        private final long seed;

        Result(String name, long inputs, long failed, List<Failure> failures, Duration slowest, int slowestSize, long seed) {
            this.name = name;
            this.inputs = inputs;
            this.failed = failed;
            this.failures = failures;
            this.slowest = slowest;
            this.slowestSize = slowestSize;
            this.seed = seed;
        }

        /** @return the number of inputs run */
        public long getInputs() {
            return inputs;
        }

        /** @return the number of inputs that failed */
        public long getFailedInputs() {
            return failed;
        }

        /** @return one failure per kind, in the order found */
        public List<Failure> getFailures() {
            return failures;
        }

        /** @return the longest time one input took */
        public Duration getSlowest() {
            return slowest;
        }

        /** @return the size in bytes of the slowest input */
        public int getSlowestSize() {
            return slowestSize;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("fuzz ").append(name).append(" (seed ").append(seed).append("): ")
                    .append(inputs).append(" inputs, ").append(failed).append(" failed, slowest ")
                    .append(slowest.toMillis()).append(" ms for ").append(slowestSize).append(" bytes");
            for (Failure f : failures) {
                sb.append("\n  ").append(f);
            }
            return sb.toString();
        }
    }
}
