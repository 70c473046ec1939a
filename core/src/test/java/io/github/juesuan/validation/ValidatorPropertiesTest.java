package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.CatalogEntry;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the validator over generated 公开03表: consistent tables have no finding above rounding,
 * and one changed cell is found at that cell (or named as the likely culprit).
 */
class ValidatorPropertiesTest {

    private static final FunctionCatalog CATALOG = FunctionCatalog.edition(2024);
    private static final List<FunctionCode> ITEMS = CATALOG.entries().stream()
            .map(CatalogEntry::getCode)
            .filter(c -> c.getLevel() == CodeLevel.ITEM && CATALOG.isKnown(c.getParent().get())
                    && CATALOG.isKnown(c.getClassCode()))
            .collect(Collectors.toList());
    private static final ReportValidator VALIDATOR = ReportValidator.builder()
            .disable("COMPLETENESS.TABLE_ABSENT").build();
    private static final List<ExpenditureColumn> PARTS = List.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT,
            ExpenditureColumn.OPERATING);

    /** A consistent 公开03表: 项 rows with random parts, every total derived exactly. */
    @Provide
    Arbitrary<ExpenditureTable> consistentTables() {
        Arbitrary<Amount> cents = Arbitraries.longs().between(0, 5_000_000).map(c -> Amount.of(BigDecimal.valueOf(c, 2)));
        Arbitrary<Map<ExpenditureColumn, Amount>> parts = cents.list().ofSize(PARTS.size()).map(list -> {
            Map<ExpenditureColumn, Amount> m = new EnumMap<>(ExpenditureColumn.class);
            for (int i = 0; i < PARTS.size(); i++) {
                if (!list.get(i).isZero()) {
                    m.put(PARTS.get(i), list.get(i));
                }
            }
            return m;
        });
        return Arbitraries.of(ITEMS).set().ofMinSize(1).ofMaxSize(12).flatMap(codes -> parts.list()
                .ofSize(codes.size()).map(amounts -> table(new ArrayList<>(codes), amounts)));
    }

    private static ExpenditureTable table(List<FunctionCode> items, List<Map<ExpenditureColumn, Amount>> amounts) {
        TreeMap<FunctionCode, Map<ExpenditureColumn, Amount>> rows = new TreeMap<>();
        Map<ExpenditureColumn, Amount> total = new EnumMap<>(ExpenditureColumn.class);
        for (int i = 0; i < items.size(); i++) {
            Map<ExpenditureColumn, Amount> m = new EnumMap<>(amounts.get(i));
            Amount sum = Amount.sum(m.values());
            m.put(ExpenditureColumn.TOTAL, sum);
            FunctionCode item = items.get(i);
            for (FunctionCode c : List.of(item, item.getParent().get(), item.getClassCode())) {
                Map<ExpenditureColumn, Amount> into = rows.computeIfAbsent(c, k -> new EnumMap<>(ExpenditureColumn.class));
                m.forEach((col, a) -> into.merge(col, a, Amount::plus));
            }
            m.forEach((col, a) -> total.merge(col, a, Amount::plus));
        }
        ExpenditureTable.Builder b = ExpenditureTable.builder();
        rows.forEach((code, m) -> b.addRows(ExpenditureRow.builder().code(code).name(CATALOG.nameOf(code).orElseThrow())
                .amounts(m).build()));
        b.total(total);
        return b.build();
    }

    private static FinalAccountReport report(ExpenditureTable t) {
        return FinalAccountReport.builder().department("生成单位").fiscalYear(FiscalYear.of(2024)).expenditure(t).build();
    }

    @Property(tries = 200)
    void consistentTable_noFindingAboveRounding(@ForAll("consistentTables") ExpenditureTable t) {
        ValidationResult r = VALIDATOR.validate(report(t));
        assertThat(r.getFindingsAbove(Severity.ROUNDING)).isEmpty();
        assertThat(r.getFindings()).allMatch(f -> f.getOutcome() == Outcome.NOT_ASSESSED);
    }

    @Provide
    Arbitrary<Object[]> mutations() {
        Arbitrary<BigDecimal> delta = Arbitraries.longs().between(100, 10_000).flatMap(c -> Arbitraries.of(c, -c))
                .map(c -> BigDecimal.valueOf(c, 2));
        return consistentTables().flatMap(t -> Combinators.combine(
                Arbitraries.integers().between(0, t.getRows().size()), // index == size: the 合计 row
                Arbitraries.of(ExpenditureColumn.TOTAL, ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT,
                        ExpenditureColumn.OPERATING),
                delta).as((row, col, d) -> new Object[] {t, row, col, d}));
    }

    @Property(tries = 300)
    void singleCellMutation_foundAtThatCell(@ForAll("mutations") Object[] m) {
        ExpenditureTable t = (ExpenditureTable) m[0];
        int index = (Integer) m[1];
        ExpenditureColumn col = (ExpenditureColumn) m[2];
        BigDecimal delta = (BigDecimal) m[3];
        RowKey key;
        ExpenditureTable.Builder b = ExpenditureTable.builder();
        b.from(t);
        if (index == t.getRows().size()) {
            key = RowKey.TOTAL;
            b.total(shift(t.getTotal().orElseThrow(), col, delta));
        } else {
            List<ExpenditureRow> rows = new ArrayList<>(t.getRows());
            ExpenditureRow old = rows.get(index);
            key = RowKey.of(old.getCode());
            rows.set(index, ExpenditureRow.builder().code(old.getCode()).name(old.getName())
                    .amounts(shift(old.getAmounts(), col, delta)).build());
            b.rows(rows);
        }
        Location cell = Location.of(TableId.T03, key, col);
        List<Finding> failed = VALIDATOR.validate(report(b.build())).getFindings().stream()
                .filter(f -> f.getOutcome() == Outcome.FAILED).collect(Collectors.toList());
        assertThat(failed).isNotEmpty();
        Set<String> rules = failed.stream().map(Finding::getRuleId).collect(Collectors.toSet());
        assertThat(rules).contains("INTRA.ROW.T03_TOTAL_EQUALS_SUM_OF_KINDS");
        boolean atCell = failed.stream().anyMatch(f -> f.getLocation().equals(cell));
        boolean culprit = failed.size() > 1 && failed.stream().allMatch(f -> f.getLikelyCulprit().equals(
                java.util.Optional.of(cell)));
        assertThat(atCell || culprit).as("a finding at %s or %s named as culprit: %s", cell, cell, failed).isTrue();
        if (failed.size() > 1) {
            assertThat(failed).allSatisfy(f -> assertThat(f.getLikelyCulprit()).contains(cell));
        }
    }

    private static Map<ExpenditureColumn, Amount> shift(Map<ExpenditureColumn, Amount> m, ExpenditureColumn col,
            BigDecimal delta) {
        Map<ExpenditureColumn, Amount> out = new EnumMap<>(ExpenditureColumn.class);
        out.putAll(m);
        Amount next = out.getOrDefault(col, Amount.ZERO).plus(Amount.of(delta));
        out.put(col, next);
        return out;
    }

    @Property(tries = 2000)
    void property_printedRateIsRounded_agreesWithTheDivision(@ForAll("cents") long executedCents,
            @ForAll("positiveCents") long budgetCents, @ForAll("rateHundredths") long rateHundredths,
            @ForAll("rateScale") int scale) {
        Amount executed = Amount.of(BigDecimal.valueOf(executedCents, 2));
        Amount budget = Amount.of(BigDecimal.valueOf(budgetCents, 2));
        // a printed rate near the true one (so both outcomes occur), with 0, 1 or 2 decimals
        BigDecimal exact = executed.toBigDecimal().multiply(BigDecimal.valueOf(100)).divide(budget.toBigDecimal(),
                java.math.MathContext.DECIMAL64);
        BigDecimal printed = exact.add(BigDecimal.valueOf(rateHundredths, 2)).setScale(scale,
                java.math.RoundingMode.HALF_UP).max(BigDecimal.ZERO);
        boolean byDivision = printed.compareTo(exact.setScale(2, java.math.RoundingMode.HALF_UP)) == 0;
        assertThat(OtherRules.printedRateIsRounded(printed, executed, budget)).isEqualTo(byDivision);
    }

    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.longs().between(0, 100_000_000L);
    }

    @Provide
    Arbitrary<Long> positiveCents() {
        // budgets that the long arithmetic takes (up to 2^31 hundredths) and larger ones (BigDecimal)
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 100_000_000L),
                Arbitraries.longs().between(Integer.MAX_VALUE - 100L, 100_000_000_000_000L));
    }

    @Provide
    Arbitrary<Long> rateHundredths() {
        return Arbitraries.longs().between(-2, 2);
    }

    @Provide
    Arbitrary<Integer> rateScale() {
        return Arbitraries.integers().between(0, 2);
    }
}
