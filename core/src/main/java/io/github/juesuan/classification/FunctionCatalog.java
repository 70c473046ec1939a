package io.github.juesuan.classification;

import io.github.juesuan.amount.FiscalYear;
import java.util.List;
import java.util.Set;

/**
 * The bundled catalog of the functional classification (支出功能分类科目) of one edition year.
 *
 * <p>Bundled editions: {@link #supportedEditions()}. The lists are compiled and cross-checked as
 * described in {@code CATALOGS-README.md}; they hold every 类 and 款 of the general public budget
 * but only part of the 项. A missing code is a gap in the catalog as often as a mistake in a
 * report, so the validator reports it as a warning.
 */
public final class FunctionCatalog extends ClassificationCatalog<FunctionCode> {

    FunctionCatalog(int edition, List<CatalogEntry<FunctionCode>> entries, Set<FunctionCode> partial, List<CatalogChange<FunctionCode>> changes,
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
    public static FunctionCatalog load(java.nio.file.Path file) {
        return (FunctionCatalog) read(file, "function");
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
    public static FunctionCatalog fromTsv(java.io.Reader text, String source) {
        return (FunctionCatalog) read(text, source, "function");
    }

    /**
     * Gets the catalog of an edition year.
     *
     * @param edition a year of {@link #supportedEditions()}
     * @return the catalog
     * @throws IllegalArgumentException if the edition is not bundled
     */
    public static FunctionCatalog edition(int edition) {
        return CatalogLoader.function(edition);
    }

    /**
     * Gets the catalog that applies to a fiscal year's report: the newest bundled edition not
     * after that year, or the oldest bundled edition for earlier years.
     *
     * @param year the fiscal year of the report, not null
     * @return the catalog
     */
    public static FunctionCatalog forYear(FiscalYear year) {
        return CatalogLoader.function(CatalogLoader.editionFor(year.getValue()));
    }

    /**
     * Gets the bundled edition years, in ascending order.
     *
     * @return the years, such as {@code [2023, 2024, 2025, 2026]}
     */
    public static Set<Integer> supportedEditions() {
        return CatalogLoader.EDITIONS;
    }
}
