package io.github.juesuan.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Objects;

/**
 * How strictly JSON is read, and the limits against hostile input. Immutable; start from
 * {@link #defaults()} and change with the {@code withX} methods.
 *
 * <p>Defaults: unknown fields fail; an amount with more than two decimals fails (万元 are printed
 * with two); limits as in {@link #DEFAULT_CONSTRAINTS}: nesting depth 64, a number at most 64
 * characters, a string at most 1,000,000 characters, a document at most 64 Mi characters (a JSON
 * Lines line likewise) and 1,000,000 tokens (report 001, 115 KB, has under 5,000; the cap bounds the
 * work spent on a document of tiny values, and the memory of the lists and unknown fields read
 * from it).
 */
public final class JsonReadOptions {

    /**
     * The default limits: the report format nests at most 7 deep, no figure needs more than a few
     * dozen digits and no narrative section is longer than a book chapter.
     */
    public static final StreamReadConstraints DEFAULT_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(64)
            .maxStringLength(1_000_000)
            .maxNameLength(1_000)
            .maxDocumentLength(64L * 1024 * 1024)
            .maxTokenCount(1_000_000)
            .build();

    private static final JsonReadOptions DEFAULTS = new JsonReadOptions(true, false, DEFAULT_CONSTRAINTS);

    private final boolean failOnUnknownFields;
    private final boolean allowExcessDecimals;
    private final StreamReadConstraints constraints;

    private JsonReadOptions(boolean failOnUnknownFields, boolean allowExcessDecimals,
            StreamReadConstraints constraints) {
        this.failOnUnknownFields = failOnUnknownFields;
        this.allowExcessDecimals = allowExcessDecimals;
        this.constraints = constraints;
    }

    /**
     * Gets the defaults: strict, with the default limits.
     *
     * @return the options
     */
    public static JsonReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns options that fail on an unknown field ({@code true}, the default) or skip it with a
     * warning ({@code false}), for documents written by a newer minor version.
     *
     * @param fail whether an unknown field is an error
     * @return the options
     */
    public JsonReadOptions withFailOnUnknownFields(boolean fail) {
        return new JsonReadOptions(fail, allowExcessDecimals, constraints);
    }

    /**
     * Returns options that accept amounts with more than two decimals ({@code true}) or reject
     * them ({@code false}, the default). Accepted amounts are kept exactly, never rounded.
     *
     * @param allow whether more than two decimals are accepted
     * @return the options
     */
    public JsonReadOptions withAllowExcessDecimals(boolean allow) {
        return new JsonReadOptions(failOnUnknownFields, allow, constraints);
    }

    /**
     * Returns options with other limits against hostile input.
     *
     * @param newConstraints the limits, not null
     * @return the options
     */
    public JsonReadOptions withConstraints(StreamReadConstraints newConstraints) {
        return new JsonReadOptions(failOnUnknownFields, allowExcessDecimals,
                Objects.requireNonNull(newConstraints, "newConstraints"));
    }

    /** @return whether an unknown field is an error */
    public boolean isFailOnUnknownFields() {
        return failOnUnknownFields;
    }

    /** @return whether amounts may have more than two decimals */
    public boolean isAllowExcessDecimals() {
        return allowExcessDecimals;
    }

    /** @return the limits against hostile input */
    public StreamReadConstraints getConstraints() {
        return constraints;
    }

    @Override
    public String toString() {
        return "JsonReadOptions[failOnUnknownFields=" + failOnUnknownFields + ", allowExcessDecimals="
                + allowExcessDecimals + "]";
    }
}
