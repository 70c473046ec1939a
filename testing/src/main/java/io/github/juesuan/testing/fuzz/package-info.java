/**
 * Mutational fuzzing of readers and the validator (模糊测试), shipped so that every reader module
 * (and a reader of the user's) can fuzz itself over its real fixtures.
 *
 * <ul>
 *   <li>{@link io.github.juesuan.testing.fuzz.ByteMutator}: seeded mutations of a document's
 *       bytes (bit flips, interesting bytes and tokens such as huge exponents and long digit runs,
 *       deleted, duplicated and swapped ranges, truncation), and of the entries of a zip container
 *       ({@code .xlsx}) one entry at a time, so that mutants get past the zip layer.</li>
 *   <li>{@link io.github.juesuan.testing.fuzz.Fuzzer}: runs a target on a bounded number of mutants
 *       or for a time, records every input on which the target lets an undocumented throwable escape
 *       or runs past a watchdog, and writes each new kind of failure as a reproducer file.</li>
 * </ul>
 *
 * <p>Every mutant is a pure function of the seed file, the run's seed and its index, so a failure
 * seen once is seen again with the same settings. The bounded run of {@code mvn verify} and the long
 * run of {@code mvn verify -Pfuzz} differ only in their settings (system properties
 * {@value io.github.juesuan.testing.fuzz.Fuzzer#INPUTS_PROPERTY},
 * {@value io.github.juesuan.testing.fuzz.Fuzzer#SECONDS_PROPERTY} and
 * {@value io.github.juesuan.testing.fuzz.Fuzzer#REPRODUCERS_PROPERTY}).
 */
package io.github.juesuan.testing.fuzz;
