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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Loads the bundled catalogs lazily, once per edition, into immutable maps. A load failure names
 * the resource and line, and leaves nothing half-loaded (the map only ever holds complete
 * catalogs).
 */
final class CatalogLoader {

    /** The bundled edition years, in ascending order (Set.copyOf would lose the order). */
    static final Set<Integer> EDITIONS = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(2023, 2024)));

    static final String FUNCTION_RESOURCE = "function-codes.tsv";
    static final String ECONOMIC_RESOURCE = "economic-codes-dept.tsv";

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
        FunctionCatalog c = FUNCTION.computeIfAbsent(edition, e -> new FunctionCatalog(e,
                load(FUNCTION_RESOURCE, e, FunctionCode::of)));
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
        EconomicCatalog c = ECONOMIC.computeIfAbsent(edition, e -> new EconomicCatalog(e,
                load(ECONOMIC_RESOURCE, e, EconomicCode::of)));
        ECONOMIC_BY_INDEX.set(i, c);
        return c;
    }

    private static void checkEdition(int edition) {
        if (!EDITIONS.contains(edition)) {
            throw new IllegalArgumentException("'" + edition + "' is not a bundled catalog edition: expected one of "
                    + EDITIONS);
        }
    }

    /** Reads one TSV resource (code, name, level, parent_code, source, edition_year). */
    static <C extends Comparable<C>> List<CatalogEntry<C>> load(String resource, int edition,
            Function<String, C> parser) {
        return read(resource, parser, (years, e) -> appliesTo(years, e), edition);
    }

    private static <C extends Comparable<C>> List<CatalogEntry<C>> read(String resource, Function<String, C> parser,
            BiFunction<String, Integer, Boolean> filter, int edition) {
        List<CatalogEntry<C>> out = new ArrayList<>();
        Set<C> seen = new HashSet<>();
        try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource " + where(resource) + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null || !header.startsWith("code\tname\tlevel\tparent_code")) {
                throw new IllegalStateException("catalog resource " + where(resource)
                        + " has an unexpected header: " + header);
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 6) {
                    throw new IllegalStateException("catalog resource " + where(resource) + " line " + n
                            + ": expected 6 tab-separated fields, found " + f.length);
                }
                try {
                    if (!filter.apply(f[5].strip(), edition)) {
                        continue;
                    }
                    C code = parser.apply(f[0].strip());
                    C parent = f[3].isBlank() ? null : parser.apply(f[3].strip());
                    if (!seen.add(code)) {
                        // a TreeMap would silently keep the last row: refuse the catalog instead
                        throw new IllegalStateException("catalog resource " + where(resource) + " line " + n
                                + ": duplicate code '" + code + "' in edition " + edition);
                    }
                    out.add(new CatalogEntry<>(code, f[1].strip(), parent, f[4].strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("catalog resource " + where(resource) + " line " + n + ": "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + where(resource), e);
        }
        return out;
    }

    /** {@code 2023-2024} applies to both years; {@code 2024} to 2024 only. */
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
