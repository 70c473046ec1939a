/**
 * The {@code juesuan} command line (picocli): {@code validate}, {@code summary}, {@code convert},
 * {@code export-facts} and {@code rules}.
 */
package io.github.juesuan.cli;
