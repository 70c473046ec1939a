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

    FunctionCatalog(int edition, List<CatalogEntry<FunctionCode>> entries) {
        super(edition, entries);
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
     * @return the years, such as {@code [2023, 2024]}
     */
    public static Set<Integer> supportedEditions() {
        return CatalogLoader.EDITIONS;
    }
}
