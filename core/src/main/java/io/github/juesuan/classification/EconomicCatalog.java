package io.github.juesuan.classification;

import io.github.juesuan.amount.FiscalYear;
import java.util.List;
import java.util.Set;

/**
 * The bundled catalog of the economic classification of departmental expenditure
 * (部门预算支出经济分类科目) of one edition year: ten 类 and their 款, believed complete.
 */
public final class EconomicCatalog extends ClassificationCatalog<EconomicCode> {

    EconomicCatalog(int edition, List<CatalogEntry<EconomicCode>> entries) {
        super(edition, entries);
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
