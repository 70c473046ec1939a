/**
 * Runnable examples of the library, each run by a test: building a report in code, loading and
 * validating reports, converting formats, exporting facts; and the helpers of the command line.
 */
package io.github.juesuan.examples;
