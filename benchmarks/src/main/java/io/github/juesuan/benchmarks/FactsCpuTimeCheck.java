package io.github.juesuan.benchmarks;

/**
 * {@link FactsBenchmark} measured in the thread's own CPU time (as {@link CpuTimeCheck}), for a
 * machine so loaded that wall-clock JMH numbers say nothing: for one input, reading alone, reading
 * and validating, and end to end (reading, validating, the rows of the four facts tables), each
 * warmed up and then run in 12 rounds; the best round is the figure, and the ratios to reading are
 * printed. Run one process per input, as JMH forks do.
 *
 * <pre>
 * java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     io.github.juesuan.benchmarks.FactsCpuTimeCheck 001 3
 * </pre>
 *
 * <p>Arguments: the input ({@code 001}, {@code 002}, {@code caizhengju} or {@code generated}) and
 * the CPU seconds of warm-up (default 3; the rounds take as long again).
 */
public final class FactsCpuTimeCheck {

    private FactsCpuTimeCheck() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the input and the warm-up seconds
     * @throws Exception if an operation fails
     */
    public static void main(String[] args) throws Exception {
        FactsBenchmark b = new FactsBenchmark();
        b.input = args.length > 0 ? args[0] : "001";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        b.setUp();
        double read = CpuTimeCheck.measure(b.input + " read", seconds, () -> CpuTimeCheck.sink = b.read());
        double validated = CpuTimeCheck.measure(b.input + " read + validate", seconds,
                () -> CpuTimeCheck.sink = b.readValidate());
        double all = CpuTimeCheck.measure(b.input + " read + validate + facts rows", seconds,
                () -> CpuTimeCheck.sink = b.endToEnd());
        System.out.printf("%s: end to end %.1f µs = %,.0f reports per second per core; read + validate %.2f x read,"
                + " end to end %.2f x read, %.2f x read + validate%n", b.input, all, 1e6 / all, validated / read,
                all / read, all / validated);
    }
}
