package io.github.juesuan.classification;

import io.github.juesuan.amount.FiscalYear;
import java.util.List;
import java.util.Set;

/**
 * The bundled catalog of the economic classification of departmental expenditure
 * (部门预算支出经济分类科目) of one edition year: ten 类 and their 款, believed complete.
 */
public final class EconomicCatalog extends ClassificationCatalog<EconomicCode> {

    EconomicCatalog(int edition, List<CatalogEntry<EconomicCode>> entries, Set<EconomicCode> partial, List<CatalogChange<EconomicCode>> changes,
            String origin) {
        super(edition, entries, partial, changes, origin);
    }

    /**
     * Loads a complete catalog of this classification from a file in the format of
     * {@code docs/catalog-format.md} (its {@code # classification:} line may be left out).
     *
     * @param file the file, not null
     * @return the catalog, of the edition the file's {@code # edition:} line names
     * @throws IllegalArgumentException naming the file and line of a malformed setting, header or row, or
     *     when the file is a catalog of the other classification
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static EconomicCatalog load(java.nio.file.Path file) {
        return (EconomicCatalog) read(file, "economic");
    }

    /**
     * Reads a complete catalog of this classification in the format of {@code docs/catalog-format.md}.
     *
     * @param text the text, not null; not closed
     * @param source what the text is (a file name), for messages, not null
     * @return the catalog
     * @throws IllegalArgumentException naming the source and line of a malformed setting, header or row
     * @throws java.io.UncheckedIOException if the text cannot be read
     */
    public static EconomicCatalog fromTsv(java.io.Reader text, String source) {
        return (EconomicCatalog) read(text, source, "economic");
    }

    /**
     * Gets the catalog of an edition year.
     *
     * @param edition a year of {@link #supportedEditions()}
     * @return the catalog
     * @throws IllegalArgumentException if the edition is not bundled
     */
    public static EconomicCatalog edition(int edition) {
        return CatalogLoader.economic(edition);
    }

    /**
     * Gets the catalog that applies to a fiscal year's report: the newest bundled edition not
     * after that year, or the oldest bundled edition for earlier years.
     *
     * @param year the fiscal year of the report, not null
     * @return the catalog
     */
    public static EconomicCatalog forYear(FiscalYear year) {
        return CatalogLoader.economic(CatalogLoader.editionFor(year.getValue()));
    }

    /**
     * Gets the bundled edition years, in ascending order.
     *
     * @return the years
     */
    public static Set<Integer> supportedEditions() {
        return CatalogLoader.EDITIONS;
    }
}
