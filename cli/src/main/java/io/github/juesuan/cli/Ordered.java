package io.github.juesuan.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on several threads and hands the results to a sink in input order, with at most
 * {@code window} results in flight, so that memory stays flat however many inputs there are.
 */
final class Ordered {

    private Ordered() {
    }

    /**
     * Applies {@code work} to every input on {@code threads} threads and passes each result to
     * {@code sink}, on the calling thread, in the order of the inputs.
     *
     * @param inputs the inputs, consumed lazily
     * @param threads the number of worker threads, at least 1
     * @param window the most results submitted but not yet handed to the sink, at least 1
     * @param work the work for one input
     * @param sink receives the results in input order
     * @param <T> the input type
     * @param <R> the result type
     * @return the largest number of results that were in flight at once (never above {@code window})
     */
    static <T, R> int run(Iterator<T> inputs, int threads, int window, Function<T, R> work, Consumer<R> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, was " + window);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "juesuan-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        int most = 0;
        try {
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inputs.hasNext() && inFlight.size() < window) {
                    T input = inputs.next();
                    inFlight.addLast(pool.submit(() -> work.apply(input)));
                    most = Math.max(most, inFlight.size());
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
        return most;
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The default number of threads: every core.
     *
     * @return the number of available processors
     */
    static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
