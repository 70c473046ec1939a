package io.github.juesuan.classification;

import io.github.juesuan.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A classification catalog of one edition year: lookups of names by code and codes by name.
 *
 * <p>Catalogs change every year and the bundled lists are not complete (see {@code
 * CATALOGS-README.md} in this package's resources), so a code that a catalog does not know is
 * reported as unknown ({@link #find} is empty), never rejected.
 *
 * @param <C> the code type
 */
public abstract class ClassificationCatalog<C extends Comparable<C>> {

    private final int edition;
    private final NavigableMap<C, CatalogEntry<C>> byCode;
    /** The entries by code again, indexed by packed code: the look-ups of validation and readers need no ordering. */
    private final CodeIndex<C> index;
    private final Map<String, List<C>> byName;
    private final Map<String, List<C>> byNormalisedName;

    ClassificationCatalog(int edition, List<CatalogEntry<C>> entries) {
        this.edition = edition;
        TreeMap<C, CatalogEntry<C>> codes = new TreeMap<>();
        Map<String, List<C>> names = new java.util.HashMap<>();
        Map<String, List<C>> normalised = new java.util.HashMap<>();
        for (CatalogEntry<C> e : entries) {
            codes.put(e.getCode(), e);
        }
        for (CatalogEntry<C> e : codes.values()) {
            names.computeIfAbsent(e.getName(), k -> new ArrayList<>()).add(e.getCode());
            normalised.computeIfAbsent(Text.normaliseName(e.getName()), k -> new ArrayList<>()).add(e.getCode());
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        normalised.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableNavigableMap(codes);
        this.index = new CodeIndex<>(codes.values());
        this.byName = Map.copyOf(names);
        this.byNormalisedName = Map.copyOf(normalised);
    }

    /**
     * Gets the edition year of this catalog (the year of 《政府收支分类科目》 it follows).
     *
     * @return the edition year
     */
    public int getEdition() {
        return edition;
    }

    /**
     * Finds the catalog entry of a code.
     *
     * @param code the code, not null
     * @return the entry, empty if this edition does not know the code
     */
    public Optional<CatalogEntry<C>> find(C code) {
        return Optional.ofNullable(index.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Gets the official name of a code.
     *
     * @param code the code, not null
     * @return the name, empty if this edition does not know the code
     */
    public Optional<String> nameOf(C code) {
        return find(code).map(CatalogEntry::getName);
    }

    /**
     * Tells whether this edition knows a code.
     *
     * @param code the code, not null
     * @return true if known
     */
    public boolean isKnown(C code) {
        return index.get(Objects.requireNonNull(code, "code")) != null;
    }

    /**
     * Finds the codes whose official name is exactly this text. A name can belong to many codes
     * (行政运行 is a 项 of many 款), so the result is a list in code order.
     *
     * @param name the name, not null
     * @return the codes, empty if none
     */
    public List<C> codesNamed(String name) {
        return byName.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
    }

    /**
     * Finds the codes whose name matches after normalisation: full- and half-width brackets and
     * punctuation are the same, white space is ignored. Use it for names extracted from PDFs
     * ({@code "政府办公厅(室)及相关机构 事务"}).
     *
     * @param name the name, not null
     * @return the codes, empty if none
     */
    public List<C> codesNamedLeniently(String name) {
        return byNormalisedName.getOrDefault(Text.normaliseName(Objects.requireNonNull(name, "name")), List.of());
    }

    /**
     * Tells whether a printed name is the catalog's name for a code, after the normalisation of
     * {@link #codesNamedLeniently(String)}.
     *
     * @param code the code, not null
     * @param printedName the name a document prints, not null
     * @return true if the code is known and the names match leniently
     */
    public boolean isNameOf(C code, String printedName) {
        String n = index.normalisedName(Objects.requireNonNull(code, "code"));
        return n != null && Text.normalisesTo(n, printedName);
    }

    /**
     * Gets the direct children of a code known to this edition, in code order.
     *
     * @param code the parent code, not null
     * @return the children
     */
    public List<CatalogEntry<C>> childrenOf(C code) {
        List<CatalogEntry<C>> out = new ArrayList<>();
        for (CatalogEntry<C> e : byCode.tailMap(code, false).values()) {
            if (e.getParent().isPresent() && e.getParent().get().equals(code)) {
                out.add(e);
            } else if (!e.getCode().toString().startsWith(code.toString())) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * Gets every entry of this edition, in code order.
     *
     * @return the entries
     */
    public List<CatalogEntry<C>> entries() {
        return List.copyOf(byCode.values());
    }

    /**
     * Gets the number of codes this edition knows.
     *
     * @return the size
     */
    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[edition " + edition + ", " + byCode.size() + " codes]";
    }
}
