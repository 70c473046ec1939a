package io.github.juesuan.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a bundled classification catalog: a code, its official name, its parent and where
 * the row came from.
 *
 * @param <C> the code type
 */
public final class CatalogEntry<C extends Comparable<C>> {

    private final C code;
    private final String name;
    private final C parent;
    private final String source;
    private final String evidence;

    CatalogEntry(C code, String name, C parent, String source) {
        this(code, name, parent, source, "");
    }

    CatalogEntry(C code, String name, C parent, String source, String evidence) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.parent = parent;
        this.source = source == null ? "" : source;
        this.evidence = evidence == null ? "" : evidence;
    }

    /**
     * Gets the code.
     *
     * @return the code
     */
    public C getCode() {
        return code;
    }

    /**
     * Gets the official name as the catalog prints it, full-width brackets kept.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the parent code, empty for a 类.
     *
     * @return the parent
     */
    public Optional<C> getParent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Gets the provenance note of the row (see the catalog notes bundled as
     * {@code CATALOGS-README.md}): {@code recall:H}, {@code xcheck:…}, and so on.
     *
     * @return the source note, possibly empty
     */
    public String getSource() {
        return source;
    }

    /**
     * Gets the published reports that print this code, as the bundled catalog lists them
     * ({@code "001 (2024); shiquanlu-2025"}: see {@code CATALOGS-README.md}).
     *
     * @return the evidence, empty when no bundled real report prints the code
     */
    public String getEvidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof CatalogEntry)) {
            return false;
        }
        CatalogEntry<?> o = (CatalogEntry<?>) obj;
        return code.equals(o.code) && name.equals(o.name) && Objects.equals(parent, o.parent)
                && source.equals(o.source) && evidence.equals(o.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, parent, source);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
