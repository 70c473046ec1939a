package io.github.juesuan.classification;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One difference between two editions of a catalog, with its source: a code added or retired, or
 * a code renamed (the same meaning in new words) or reused (another meaning under the same code).
 * The bundled differences are data ({@code function-code-changes.tsv} in this package's
 * resources); the validator uses them to say why a code is unknown or a name differs.
 *
 * @param <C> the code type
 */
public final class CatalogChange<C extends Comparable<C>> {

    /** The kind of a difference. */
    public enum Kind {
        /** The code exists from this edition on (新增科目). */
        ADDED,
        /** The code no longer exists from this edition on (取消科目). */
        RETIRED,
        /** The code keeps its meaning under a new name (科目更名). */
        RENAMED,
        /** The code was given another meaning: its former name means something else (编码另作他用). */
        REUSED
    }

    private final Integer edition;
    private final C code;
    private final Kind kind;
    private final String name;
    private final String formerName;
    private final String source;

    CatalogChange(Integer edition, C code, Kind kind, String name, String formerName, String source) {
        this.edition = edition;
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = name == null ? "" : name;
        this.formerName = formerName == null || formerName.isBlank() ? null : formerName;
        this.source = source == null ? "" : source;
    }

    /**
     * Gets the first edition in which the change holds.
     *
     * @return the edition year, empty when the change came before the oldest bundled edition and its
     *     year is not known
     */
    public OptionalInt getEdition() {
        return edition == null ? OptionalInt.empty() : OptionalInt.of(edition);
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
     * Gets the kind of change.
     *
     * @return the kind
     */
    public Kind getKind() {
        return kind;
    }

    /**
     * Gets the name of the code from the change's edition on (for a retired code, its last name).
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the name before the change, for a rename or a reuse.
     *
     * @return the former name, empty for an added or retired code
     */
    public Optional<String> getFormerName() {
        return Optional.ofNullable(formerName);
    }

    /**
     * Gets where the change is known from ({@code recall:M}, a notice, a report).
     *
     * @return the source note, possibly empty
     */
    public String getSource() {
        return source;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof CatalogChange)) {
            return false;
        }
        CatalogChange<?> o = (CatalogChange<?>) obj;
        return Objects.equals(edition, o.edition) && code.equals(o.code) && kind == o.kind && name.equals(o.name)
                && Objects.equals(formerName, o.formerName) && source.equals(o.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition, code, kind, name, formerName);
    }

    @Override
    public String toString() {
        return (edition == null ? "before the bundled editions" : Integer.toString(edition)) + " " + kind + " " + code
                + " " + name + (formerName == null ? "" : " (was " + formerName + ")");
    }
}
