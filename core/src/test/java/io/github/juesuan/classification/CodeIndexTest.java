package io.github.juesuan.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.internal.Text;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The catalogs' index by packed code finds every entry of every bundled edition, and nothing else. */
class CodeIndexTest {

    @Test
    void everyFunctionEntryIsFoundWithItsNormalisedName() {
        for (int edition : FunctionCatalog.supportedEditions()) {
            FunctionCatalog c = FunctionCatalog.edition(edition);
            for (CatalogEntry<FunctionCode> e : c.entries()) {
                assertThat(c.find(e.getCode())).contains(e);
                assertThat(c.isKnown(e.getCode())).isTrue();
                assertThat(c.isNameOf(e.getCode(), e.getName())).isTrue();
                assertThat(c.isNameOf(e.getCode(), " " + Text.normaliseName(e.getName()) + " ")).isTrue();
            }
        }
    }

    @Test
    void everyEconomicEntryIsFound() {
        for (int edition : EconomicCatalog.supportedEditions()) {
            EconomicCatalog c = EconomicCatalog.edition(edition);
            for (CatalogEntry<EconomicCode> e : c.entries()) {
                assertThat(c.find(e.getCode())).contains(e);
                assertThat(c.isNameOf(e.getCode(), e.getName())).isTrue();
            }
        }
    }

    /** Any code of 3, 5 or 7 digits is found exactly when the catalog lists it. */
    @Property(tries = 3000)
    void aCodeIsFoundOnlyWhenListed(@ForAll @IntRange(min = 0, max = 9_999_999) int digits,
            @ForAll @IntRange(min = 0, max = 2) int level) {
        String code = String.format("%07d", digits).substring(0, 3 + 2 * level);
        FunctionCode f = FunctionCode.of(code);
        assertThat(CATALOG.find(f).isPresent()).isEqualTo(LISTED.contains(f));
        CATALOG.find(f).ifPresent(e -> assertThat(e.getCode()).isEqualTo(f));
    }

    private static final FunctionCatalog CATALOG = FunctionCatalog.edition(2024);
    private static final Set<FunctionCode> LISTED = new HashSet<>();

    static {
        CATALOG.entries().forEach(e -> LISTED.add(e.getCode()));
    }
}
