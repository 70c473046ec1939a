package io.github.juesuan.report;

import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The key of a row in the uniform cell view: a functional code, an economic code, or the label
 * of a named line ({@code 合计}, {@code 本年收入合计}, {@code 人员经费合计}, …).
 */
public final class RowKey implements Comparable<RowKey> {

    /** What a row key holds. */
    public enum Kind {
        /** A functional classification code. */
        FUNCTION_CODE,
        /** An economic classification code. */
        ECONOMIC_CODE,
        /** A named line. */
        LINE
    }

    /** The key of a coded table's 合计 row. */
    public static final RowKey TOTAL = new RowKey(Kind.LINE, "合计");

    private final Kind kind;
    private final String value;

    private RowKey(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * The key of a functional-code row.
     *
     * @param code the code, not null
     * @return the key
     */
    public static RowKey of(FunctionCode code) {
        return new RowKey(Kind.FUNCTION_CODE, code.toString());
    }

    /**
     * The key of an economic-code row.
     *
     * @param code the code, not null
     * @return the key
     */
    public static RowKey of(EconomicCode code) {
        return new RowKey(Kind.ECONOMIC_CODE, code.toString());
    }

    /**
     * The key of a named line.
     *
     * @param label the label as the template prints it, not blank
     * @return the key
     */
    public static RowKey line(String label) {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a row key label must not be blank");
        }
        return new RowKey(Kind.LINE, label.strip());
    }

    /**
     * Gets what the key holds.
     *
     * @return the kind
     */
    public Kind getKind() {
        return kind;
    }

    /**
     * Gets the code or label as text.
     *
     * @return the value
     */
    public String getValue() {
        return value;
    }

    /**
     * Gets the functional code, if this is a functional-code key.
     *
     * @return the code
     */
    public Optional<FunctionCode> getFunctionCode() {
        return kind == Kind.FUNCTION_CODE ? Optional.of(FunctionCode.of(value)) : Optional.empty();
    }

    /**
     * Gets the economic code, if this is an economic-code key.
     *
     * @return the code
     */
    public Optional<EconomicCode> getEconomicCode() {
        return kind == Kind.ECONOMIC_CODE ? Optional.of(EconomicCode.of(value)) : Optional.empty();
    }

    @Override
    public int compareTo(RowKey o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RowKey && ((RowKey) obj).kind == kind && ((RowKey) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /**
     * The code or the label.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
