package io.github.juesuan.classification;

import io.github.juesuan.internal.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A classification catalog of one edition year: lookups of names by code and codes by name.
 *
 * <p>Catalogs change every year and the bundled lists are not complete (see {@code
 * CATALOGS-README.md} in this package's resources), so a code that a catalog does not know is
 * reported as unknown ({@link #find} is empty), never rejected. Where the bundled list of a code's
 * children is known to be partial, {@link #listsAllChildrenOf} says so; the differences between
 * editions are {@link #getChanges()}.
 *
 * <p>A complete official catalog can be plugged in instead of a bundled one: {@link #load(Path)}
 * reads the documented tab-separated format of {@code docs/catalog-format.md}, and
 * {@code ReportValidator.builder().catalog(...)} uses it for the reports of its edition.
 *
 * @param <C> the code type
 */
public abstract class ClassificationCatalog<C extends Comparable<C>> {

    /** The origin of the catalogs bundled with the library. */
    static final String BUNDLED = "bundled";

    private final int edition;
    /** The codes whose children this catalog lists in part only (bundled lists; empty for a complete file). */
    private final Set<C> partial;
    private final List<CatalogChange<C>> changes;
    private final String origin;
    private final NavigableMap<C, CatalogEntry<C>> byCode;
    /** The entries by code again, indexed by packed code: the look-ups of validation and readers need no ordering. */
    private final CodeIndex<C> index;
    private final Map<String, List<C>> byName;
    private final Map<String, List<C>> byNormalisedName;

    ClassificationCatalog(int edition, List<CatalogEntry<C>> entries) {
        this(edition, entries, Set.of(), List.of(), BUNDLED);
    }

    ClassificationCatalog(int edition, List<CatalogEntry<C>> entries, Set<C> partial, List<CatalogChange<C>> changes,
            String origin) {
        this.edition = edition;
        this.partial = Set.copyOf(partial);
        this.changes = List.copyOf(changes);
        this.origin = Objects.requireNonNull(origin, "origin");
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

    /**
     * Tells whether this catalog lists every child of a code: true for a complete catalog file and for
     * most bundled 类; false for a bundled 款 whose 项 are only partly known, so that a 项 it does not
     * know may well be a gap of the catalog rather than a mistake of the report.
     *
     * @param code the parent code, not null
     * @return true if every child of a known code is listed; false for an unknown code
     */
    public boolean listsAllChildrenOf(C code) {
        return isKnown(code) && !partial.contains(code);
    }

    /**
     * Gets the known differences between the editions of this catalog (bundled data with their sources;
     * none for a catalog loaded from a file), in the order of the data.
     *
     * @return the changes
     */
    public List<CatalogChange<C>> getChanges() {
        return changes;
    }

    /**
     * Gets the known changes of one code, across all editions.
     *
     * @param code the code, not null
     * @return the changes, in the order of the data
     */
    public List<CatalogChange<C>> changesOf(C code) {
        Objects.requireNonNull(code, "code");
        List<CatalogChange<C>> out = new ArrayList<>(1);
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).getCode().equals(code)) {
                out.add(changes.get(i));
            }
        }
        return out;
    }

    /**
     * Tells whether this is a catalog bundled with the library (as opposed to one loaded from a file).
     *
     * @return true if bundled
     */
    public boolean isBundled() {
        return BUNDLED.equals(origin);
    }

    /**
     * Gets where this catalog came from: {@code "bundled"}, or the file or source name it was loaded from.
     *
     * @return the origin
     */
    public String getOrigin() {
        return origin;
    }

    /**
     * Loads a complete catalog from a file in the format of {@code docs/catalog-format.md}: UTF-8,
     * {@code # classification: function} (or {@code economic}) and {@code # edition: 2025} lines, then a
     * tab-separated header naming at least the columns {@code code} and {@code name}, then one row per code.
     *
     * @param file the file, not null
     * @return a {@link FunctionCatalog} or an {@link EconomicCatalog}, as the file says
     * @throws IllegalArgumentException naming the file and line of a malformed setting, header or row
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ClassificationCatalog<?> load(Path file) {
        return read(file, null);
    }

    /**
     * Reads a complete catalog in the format of {@code docs/catalog-format.md} (see {@link #load(Path)}).
     *
     * @param text the text, not null; not closed
     * @param source what the text is (a file name), for messages and {@link #getOrigin()}, not null
     * @return a {@link FunctionCatalog} or an {@link EconomicCatalog}, as the text says
     * @throws IllegalArgumentException naming the source and line of a malformed setting, header or row
     * @throws UncheckedIOException if the text cannot be read
     */
    public static ClassificationCatalog<?> fromTsv(Reader text, String source) {
        return read(text, source, null);
    }

    static ClassificationCatalog<?> read(Path file, String kind) {
        Objects.requireNonNull(file, "file");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CatalogLoader.user(in, file.toString(), kind);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog file " + file, e);
        }
    }

    static ClassificationCatalog<?> read(Reader text, String source, String kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        try {
            return CatalogLoader.user(text instanceof BufferedReader ? (BufferedReader) text : new BufferedReader(text),
                    source, kind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog " + source, e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[edition " + edition + ", " + byCode.size() + " codes"
                + (isBundled() ? "" : ", from " + origin) + "]";
    }
}
