package io.github.juesuan.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Loads the bundled catalogs lazily, once per edition, into immutable maps, and reads the catalogs a
 * user plugs in. A load failure names the resource or file and line, and leaves nothing half-loaded
 * (the map only ever holds complete catalogs).
 */
final class CatalogLoader {

    /** The bundled edition years, in ascending order (Set.copyOf would lose the order). */
    static final Set<Integer> EDITIONS = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(2023, 2024, 2025,
            2026)));

    static final String FUNCTION_RESOURCE = "function-codes.tsv";
    static final String ECONOMIC_RESOURCE = "economic-codes-dept.tsv";
    static final String FUNCTION_CHANGES_RESOURCE = "function-code-changes.tsv";

    /** The columns of a bundled catalog resource. */
    private static final List<String> BUNDLED_COLUMNS = List.of("code", "name", "level", "parent_code", "source",
            "edition_year");
    /** The columns a user's catalog file must have. */
    private static final List<String> USER_COLUMNS = List.of("code", "name");
    private static final List<String> CHANGE_COLUMNS = List.of("edition", "code", "change", "name", "former_name",
            "source");

    private static final Map<Integer, FunctionCatalog> FUNCTION = new ConcurrentHashMap<>();
    private static final Map<Integer, EconomicCatalog> ECONOMIC = new ConcurrentHashMap<>();

    private CatalogLoader() {
    }

    /** {@link #EDITIONS} as an array, for {@link #editionFor} (asked once per validation). */
    private static final int[] EDITION_YEARS = EDITIONS.stream().mapToInt(Integer::intValue).toArray();

    /** The loaded catalogs by the index of their edition in {@link #EDITION_YEARS}. */
    private static final AtomicReferenceArray<FunctionCatalog> FUNCTION_BY_INDEX =
            new AtomicReferenceArray<>(EDITION_YEARS.length);
    private static final AtomicReferenceArray<EconomicCatalog> ECONOMIC_BY_INDEX =
            new AtomicReferenceArray<>(EDITION_YEARS.length);

    private static int indexOf(int edition) {
        for (int i = 0; i < EDITION_YEARS.length; i++) {
            if (EDITION_YEARS[i] == edition) {
                return i;
            }
        }
        return -1;
    }

    static int editionFor(int year) {
        int best = -1;
        int oldest = Integer.MAX_VALUE;
        for (int e : EDITION_YEARS) {
            oldest = Math.min(oldest, e);
            if (e <= year && e > best) {
                best = e;
            }
        }
        return best < 0 ? oldest : best;
    }

    static FunctionCatalog function(int edition) {
        // the common case, once loaded: an array read, no boxing, no capture
        int i = indexOf(edition);
        FunctionCatalog loaded = i < 0 ? null : FUNCTION_BY_INDEX.get(i);
        if (loaded != null) {
            return loaded;
        }
        checkEdition(edition);
        FunctionCatalog c = FUNCTION.computeIfAbsent(edition, e -> {
            Bundled<FunctionCode> b = bundled(FUNCTION_RESOURCE, e, FunctionCode::of);
            return new FunctionCatalog(e, b.entries(), b.partial(), changes(FUNCTION_CHANGES_RESOURCE,
                    FunctionCode::of), ClassificationCatalog.BUNDLED);
        });
        FUNCTION_BY_INDEX.set(i, c);
        return c;
    }

    static EconomicCatalog economic(int edition) {
        int i = indexOf(edition);
        EconomicCatalog loaded = i < 0 ? null : ECONOMIC_BY_INDEX.get(i);
        if (loaded != null) {
            return loaded;
        }
        checkEdition(edition);
        EconomicCatalog c = ECONOMIC.computeIfAbsent(edition, e -> {
            Bundled<EconomicCode> b = bundled(ECONOMIC_RESOURCE, e, EconomicCode::of);
            return new EconomicCatalog(e, b.entries(), b.partial(), List.of(), ClassificationCatalog.BUNDLED);
        });
        ECONOMIC_BY_INDEX.set(i, c);
        return c;
    }

    private static void checkEdition(int edition) {
        if (!EDITIONS.contains(edition)) {
            throw new IllegalArgumentException("'" + edition + "' is not a bundled catalog edition: expected one of "
                    + EDITIONS);
        }
    }

    /** The rows of one edition of a bundled resource, and the codes whose children it lists in part only. */
    record Bundled<C extends Comparable<C>>(List<CatalogEntry<C>> entries, Set<C> partial) {
    }

    /** Reads one TSV resource (code, name, level, parent_code, source, edition_year[, evidence, item_list]). */
    static <C extends Comparable<C>> List<CatalogEntry<C>> load(String resource, int edition,
            Function<String, C> parser) {
        return bundled(resource, edition, parser).entries();
    }

    private static <C extends Comparable<C>> Bundled<C> bundled(String resource, int edition,
            Function<String, C> parser) {
        String where = "catalog resource " + where(resource);
        CatalogTsv.Parsed parsed = parseResource(resource, BUNDLED_COLUMNS);
        List<CatalogEntry<C>> out = new ArrayList<>();
        Set<C> partial = new HashSet<>();
        Set<C> seen = new HashSet<>();
        for (CatalogTsv.Row row : parsed.rows()) {
            try {
                if (!appliesTo(row.get("edition_year"), edition)) {
                    continue;
                }
                C code = parser.apply(row.get("code"));
                String parent = row.get("parent_code");
                if (!seen.add(code)) {
                    // a TreeMap would silently keep the last row: refuse the catalog instead
                    throw new IllegalStateException(where + " line " + row.line() + ": duplicate code '" + code
                            + "' in edition " + edition);
                }
                out.add(new CatalogEntry<>(code, row.get("name"), parent.isEmpty() ? null : parser.apply(parent),
                        row.get("source"), row.get("evidence")));
                if (row.get("item_list").equals("partial")) {
                    partial.add(code);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new Bundled<>(List.copyOf(out), Set.copyOf(partial));
    }

    /** Reads the bundled differences between editions (edition, code, change, name, former_name, source). */
    static <C extends Comparable<C>> List<CatalogChange<C>> changes(String resource, Function<String, C> parser) {
        String where = "catalog resource " + where(resource);
        List<CatalogChange<C>> out = new ArrayList<>();
        for (CatalogTsv.Row row : parseResource(resource, CHANGE_COLUMNS).rows()) {
            try {
                String edition = row.get("edition");
                out.add(new CatalogChange<>(edition.isEmpty() ? null : Integer.valueOf(edition),
                        parser.apply(row.get("code")), CatalogChange.Kind.valueOf(row.get("change")), row.get("name"),
                        row.get("former_name"), row.get("source")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static CatalogTsv.Parsed parseResource(String resource, List<String> columns) {
        String where = "catalog resource " + where(resource);
        try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(where + " is missing from the jar");
            }
            return CatalogTsv.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), where,
                    columns);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
    }

    /**
     * Reads a complete catalog a user supplies (the format of {@code docs/catalog-format.md}).
     *
     * @param in the text
     * @param where the file or source name, for messages and {@link ClassificationCatalog#getOrigin()}
     * @param expected {@code "function"} or {@code "economic"}, or null to take the file's own
     *     {@code # classification:} setting
     */
    static ClassificationCatalog<?> user(BufferedReader in, String where, String expected) throws IOException {
        CatalogTsv.Parsed parsed = CatalogTsv.parse(in, where, USER_COLUMNS);
        String kind = parsed.settings().getOrDefault("classification", "").toLowerCase(java.util.Locale.ROOT);
        if (kind.isEmpty()) {
            if (expected == null) {
                throw new IllegalArgumentException(where + ": no '# classification: function' (or economic) line "
                        + "before the header");
            }
            kind = expected;
        } else if (!kind.equals("function") && !kind.equals("economic")) {
            throw new IllegalArgumentException(where + ": '# classification: " + kind
                    + "' is not a classification: expected function or economic");
        } else if (expected != null && !expected.equals(kind)) {
            throw new IllegalArgumentException(where + ": the file is a catalog of the " + kind
                    + " classification, not of the " + expected + " one");
        }
        String year = parsed.settings().get("edition");
        if (year == null) {
            throw new IllegalArgumentException(where + ": no '# edition: YYYY' line before the header");
        }
        int edition;
        try {
            edition = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            edition = -1;
        }
        if (edition < 1900 || edition > 9999) {
            throw new IllegalArgumentException(where + ": '# edition: " + year + "' is not a year");
        }
        if (kind.equals("function")) {
            return new FunctionCatalog(edition, userEntries(parsed, where, FunctionCode::of, FunctionCode::getLevel,
                    FunctionCode::getParent), Set.of(), List.of(), where);
        }
        return new EconomicCatalog(edition, userEntries(parsed, where, EconomicCode::of, EconomicCode::getLevel,
                EconomicCode::getParent), Set.of(), List.of(), where);
    }

    private static <C extends Comparable<C>> List<CatalogEntry<C>> userEntries(CatalogTsv.Parsed parsed, String where,
            Function<String, C> parser, Function<C, CodeLevel> levelOf, Function<C, java.util.Optional<C>> parentOf) {
        List<CatalogEntry<C>> out = new ArrayList<>();
        Map<C, Integer> lineOf = new java.util.HashMap<>();
        for (CatalogTsv.Row row : parsed.rows()) {
            String at = where + " line " + row.line() + ": ";
            C code;
            try {
                code = parser.apply(row.get("code"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + e.getMessage(), e);
            }
            if (row.get("name").isEmpty()) {
                throw new IllegalArgumentException(at + "code " + code + " has no name");
            }
            String level = row.get("level");
            if (!level.isEmpty()) {
                CodeLevel l;
                try {
                    l = CodeLevel.ofChineseName(level);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(at + e.getMessage(), e);
                }
                if (l != levelOf.apply(code)) {
                    throw new IllegalArgumentException(at + "code " + code + " is a " + levelOf.apply(code)
                            .getChineseName() + ", not a " + level);
                }
            }
            C parent = parentOf.apply(code).orElse(null);
            String printedParent = row.get("parent_code");
            if (!printedParent.isEmpty() && (parent == null || !printedParent.equals(parent.toString()))) {
                throw new IllegalArgumentException(at + "the parent of " + code + " is " + (parent == null ? "none"
                        : parent) + ", not " + printedParent);
            }
            Integer first = lineOf.putIfAbsent(code, row.line());
            if (first != null) {
                throw new IllegalArgumentException(at + "duplicate code '" + code + "' (first on line " + first + ")");
            }
            String source = row.get("source");
            out.add(new CatalogEntry<>(code, row.get("name"), parent, source.isEmpty() ? where : source));
        }
        // a complete catalog lists the parent of every code
        for (CatalogEntry<C> e : out) {
            if (e.getParent().isPresent() && !lineOf.containsKey(e.getParent().get())) {
                throw new IllegalArgumentException(where + " line " + lineOf.get(e.getCode()) + ": the parent "
                        + e.getParent().get() + " of " + e.getCode() + " is not in the file");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(where + ": the catalog lists no code");
        }
        return out;
    }

    /** {@code 2023-2026} applies to the years 2023 to 2026; {@code 2024} to 2024 only. */
    static boolean appliesTo(String years, int edition) {
        int dash = years.indexOf('-');
        try {
            if (dash < 0) {
                return Integer.parseInt(years) == edition;
            }
            int from = Integer.parseInt(years.substring(0, dash).strip());
            int to = Integer.parseInt(years.substring(dash + 1).strip());
            return from <= edition && edition <= to;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + years + "' is not an edition year range");
        }
    }

    private static String where(String resource) {
        return "io/github/juesuan/classification/" + resource;
    }
}
