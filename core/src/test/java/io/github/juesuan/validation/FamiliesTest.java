package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.classification.CatalogEntry;
import io.github.juesuan.classification.EconomicCatalog;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#families}: the rows printed in code order are grouped without making parent codes; whatever
 * the order, and whether or not each parent is printed, the result is that of grouping by parent code.
 */
class FamiliesTest {

    private static final List<FunctionCode> FUNCTION_CODES = FunctionCatalog.edition(2024).entries().stream()
            .map(CatalogEntry::getCode).filter(c -> c.toString().startsWith("20") || c.toString().startsWith("22"))
            .collect(Collectors.toList());
    private static final List<EconomicCode> ECONOMIC_CODES = EconomicCatalog.edition(2024).entries().stream()
            .map(CatalogEntry::getCode).collect(Collectors.toList());

    /** The reference: every printed row with the rows whose parent code is its code, in printed order. */
    private static <K extends Comparable<K>, R extends CodedRow<K, ?>> Map<Object, List<Object>> byParent(
            List<R> rows, java.util.function.Function<K, Optional<K>> parentOf) {
        Map<Object, List<Object>> out = new LinkedHashMap<>();
        for (R p : rows) {
            List<Object> children = new ArrayList<>();
            for (R c : rows) {
                if (parentOf.apply(c.getCode()).filter(p.getCode()::equals).isPresent()) {
                    children.add(c.getCode());
                }
            }
            if (!children.isEmpty()) {
                out.put(p.getCode(), children);
            }
        }
        return out;
    }

    private static <R extends CodedRow<?, ?>> Map<Object, List<Object>> asMap(Checks.Families<R> families) {
        Map<Object, List<Object>> out = new LinkedHashMap<>();
        for (int f = 0; f < families.size(); f++) {
            List<Object> children = new ArrayList<>();
            for (int k = families.firstChild(f); k < families.endOfChildren(f); k++) {
                children.add(families.child(k).getCode());
            }
            out.put(families.parent(f).getCode(), children);
        }
        return out;
    }

    @Provide
    Arbitrary<List<FunctionCode>> functionRows() {
        // a subset of the codes: sorted (the fast path), with gaps (parents not printed) or shuffled
        Arbitrary<List<FunctionCode>> subset = Arbitraries.of(FUNCTION_CODES).set().ofMaxSize(40)
                .map(s -> s.stream().sorted().collect(Collectors.toList()));
        return Arbitraries.oneOf(subset, subset.flatMap(l -> Arbitraries.shuffle(l)),
                Arbitraries.of(FUNCTION_CODES).list().uniqueElements().ofMaxSize(30));
    }

    @Property(tries = 500)
    void functionFamiliesAreThoseOfTheParentCodes(@ForAll("functionRows") List<FunctionCode> codes) {
        GeneralBudgetExpenditureTable.Builder b = GeneralBudgetExpenditureTable.builder();
        for (FunctionCode c : codes) {
            b.addRows(GeneralBudgetExpenditureRow.of(c.toString(), "名称", "1.00"));
        }
        GeneralBudgetExpenditureTable t = b.build();
        assertThat(asMap(Checks.families(t, FunctionCode::getParent)))
                .containsExactlyEntriesOf(byParent(t.getRows(), FunctionCode::getParent));
    }

    @Property(tries = 300)
    void economicFamiliesAreThoseOfTheParentCodes(@ForAll("economicRows") List<EconomicCode> codes) {
        BasicExpenditureDetailTable.Builder b = BasicExpenditureDetailTable.builder();
        for (EconomicCode c : codes) {
            b.addRows(BasicExpenditureRow.of(c.toString(), "名称", "1.00"));
        }
        BasicExpenditureDetailTable t = b.build();
        assertThat(asMap(Checks.families(t, EconomicCode::getParent)))
                .containsExactlyEntriesOf(byParent(t.getRows(), EconomicCode::getParent));
    }

    @Provide
    Arbitrary<List<EconomicCode>> economicRows() {
        Arbitrary<List<EconomicCode>> subset = Arbitraries.of(ECONOMIC_CODES).set().ofMaxSize(30)
                .map(s -> s.stream().sorted().collect(Collectors.toList()));
        return Arbitraries.oneOf(subset, subset.flatMap(l -> Arbitraries.shuffle(l)));
    }

    @Test
    void aChildPrintedAfterAnotherParentIsStillFound() {
        // 2010301 printed after 221: not code order, found through its parent code
        GeneralBudgetExpenditureTable t = GeneralBudgetExpenditureTable.builder()
                .addRows(GeneralBudgetExpenditureRow.of("201", "一般公共服务支出", "1.00"))
                .addRows(GeneralBudgetExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "1.00"))
                .addRows(GeneralBudgetExpenditureRow.of("221", "住房保障支出", "1.00"))
                .addRows(GeneralBudgetExpenditureRow.of("2010301", "行政运行", "1.00"))
                .build();
        assertThat(asMap(Checks.families(t, FunctionCode::getParent))).containsExactly(
                Map.entry(FunctionCode.of("201"), List.of(FunctionCode.of("20103"))),
                Map.entry(FunctionCode.of("20103"), List.of(FunctionCode.of("2010301"))));
    }
}
