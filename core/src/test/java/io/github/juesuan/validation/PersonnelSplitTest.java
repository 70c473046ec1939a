package io.github.juesuan.validation;

import static io.github.juesuan.validation.ValidationFixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 公开05表 of a template without the 人员经费 / 公用经费 columns (the 上海 one prints 合计, 基本支出 and
 * 项目支出 only): the rules that read the split are not assessed, instead of failing on every row.
 */
class PersonnelSplitTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final List<String> SPLIT_RULES = List.of("INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE",
            "INTER.T06_PERSONNEL_EQUALS_T05_PERSONNEL", "INTER.T06_PUBLIC_USE_EQUALS_T05_PUBLIC_USE");

    /** The consistent report with its 05 printed without the split, except where {@code keep} says. */
    private static FinalAccountReport withoutSplit(boolean keepOneRow) {
        GeneralBudgetExpenditureTable t = consistent().getGeneralBudgetExpenditure().orElseThrow();
        List<GeneralBudgetExpenditureRow> rows = new ArrayList<>();
        for (GeneralBudgetExpenditureRow r : t.getRows()) {
            boolean keep = keepOneRow && rows.isEmpty();
            Map<GeneralBudgetColumn, io.github.juesuan.amount.Amount> m = new EnumMap<>(GeneralBudgetColumn.class);
            m.putAll(r.getAmounts());
            if (!keep) {
                m.remove(GeneralBudgetColumn.PERSONNEL);
                m.remove(GeneralBudgetColumn.PUBLIC_USE);
            }
            rows.add(GeneralBudgetExpenditureRow.builder().from(r).amounts(m).build());
        }
        Map<GeneralBudgetColumn, io.github.juesuan.amount.Amount> total = new EnumMap<>(t.getTotal().orElseThrow());
        total.remove(GeneralBudgetColumn.PERSONNEL);
        total.remove(GeneralBudgetColumn.PUBLIC_USE);
        return FinalAccountReport.builder().from(consistent())
                .generalBudgetExpenditure(GeneralBudgetExpenditureTable.builder().from(t).rows(rows).total(total).build())
                .build();
    }

    @Test
    void test_validate_noSplitColumns_notAssessed() {
        ValidationResult r = VALIDATOR.validate(withoutSplit(false));
        for (String id : SPLIT_RULES) {
            assertThat(r.getOutcome(id)).as(id).isEqualTo(Outcome.NOT_ASSESSED);
            assertThat(r.getFindings(id)).singleElement().satisfies(f -> {
                assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
                assertThat(f.getMessage()).contains("公开05表未列示人员经费、公用经费栏");
            });
        }
        // 基本支出 = 人员 + 公用 is still the rule of a table that prints them
        ValidationResult full = VALIDATOR.validate(consistent());
        for (String id : SPLIT_RULES) {
            assertThat(full.getOutcome(id)).as(id).isEqualTo(Outcome.PASSED);
        }
    }

    @Test
    void test_validate_splitPrintedOnOneRowOnly_stillChecked() {
        // a table that prints the split somewhere has the columns: the blank ones are zeros, and fail
        ValidationResult r = VALIDATOR.validate(withoutSplit(true));
        assertThat(r.getOutcome("INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE")).isEqualTo(Outcome.FAILED);
        assertThat(r.getOutcome("INTER.T06_PERSONNEL_EQUALS_T05_PERSONNEL")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void test_validate_noSplitColumnsAndNo06_blankColumnsAreZerosAndFail() {
        // without 06 to show personnel expenses, blank columns are the zeros they stand for
        FinalAccountReport r = FinalAccountReport.builder().from(withoutSplit(false))
                .basicExpenditureDetail(java.util.Optional.empty()).build();
        assertThat(VALIDATOR.validate(r).getOutcome("INTRA.ROW.T05_BASIC_EQUALS_PERSONNEL_PLUS_PUBLIC_USE"))
                .isEqualTo(Outcome.FAILED);
    }
}
