package io.github.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.FunctionCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinalAccountReportTest {

    private static FinalAccountReport.Builder minimal() {
        return FinalAccountReport.builder().department("测试单位").fiscalYear(FiscalYear.of(2024));
    }

    @Test
    void test_presence_absentDeclaredEmptyAndPresentAreDistinct() {
        FinalAccountReport r = minimal()
                .expenditure(ExpenditureTable.builder()
                        .addRows(ExpenditureRow.of("201", "一般公共服务支出", "10.00", "10.00")).build())
                .governmentFund(GovernmentFundTable.builder().emptyStatement("本单位没有政府性基金预算财政拨款。")
                        .total(Map.of()).build())
                .build();
        assertThat(r.getPresence(TableId.T03)).isEqualTo(TablePresence.PRESENT);
        assertThat(r.getPresence(TableId.T07)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(r.getPresence(TableId.T08)).isEqualTo(TablePresence.ABSENT);
        assertThat(r.getGovernmentFund().orElseThrow().getEmptyStatement()).contains("本单位没有政府性基金预算财政拨款。");
    }

    @Test
    void test_row_blankAndZeroAreDistinct() {
        ExpenditureRow row = ExpenditureRow.of("2010301", "行政运行", "4355.40", "0", "");
        assertThat(row.get(ExpenditureColumn.BASIC)).contains(Amount.ZERO);
        assertThat(row.get(ExpenditureColumn.PROJECT)).isEmpty();
        assertThat(row.getOrZero(ExpenditureColumn.PROJECT)).isEqualTo(Amount.ZERO);
        assertThat(row).isNotEqualTo(ExpenditureRow.of("2010301", "行政运行", "4355.40", "", ""));
    }

    @Test
    void test_row_keepsPrintedNameThatDiffersFromCatalog() {
        GeneralBudgetExpenditureRow row = GeneralBudgetExpenditureRow.of("201", "一般公共预算支出", "1.00");
        assertThat(row.getName()).isEqualTo("一般公共预算支出");
        assertThat(row.getCode()).isEqualTo(FunctionCode.of("201"));
    }

    @Test
    void test_table_duplicateCodeRejected() {
        assertThatThrownBy(() -> IncomeTable.builder()
                .addRows(IncomeRow.of("201", "一般公共服务支出", "1"))
                .addRows(IncomeRow.of("201", "一般公共服务支出", "2")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("公开02表").hasMessageContaining("201").hasMessageContaining("twice");
    }

    @Test
    void test_table_doesNotCheckSums() {
        ExpenditureTable t = ExpenditureTable.builder()
                .total(Map.of(ExpenditureColumn.TOTAL, Amount.of("99.00")))
                .addRows(ExpenditureRow.of("201", "一般公共服务支出", "1.00", "5.00")).build();
        assertThat(t.getTotal(ExpenditureColumn.TOTAL)).contains(Amount.of("99"));
    }

    @Test
    void test_governmentFund_columnOutsideEditionRejected() {
        GovernmentFundRow row = GovernmentFundRow.builder().code(FunctionCode.of("2120801")).name("征地和拆迁补偿支出")
                .putAmounts(GovernmentFundColumn.BEGINNING_BASIC_CARRYOVER, Amount.of(1)).build();
        assertThatThrownBy(() -> GovernmentFundTable.builder().edition(TableEdition.E2024).addRows(row).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BEGINNING_BASIC_CARRYOVER").hasMessageContaining("2024");
        GovernmentFundTable t2023 = GovernmentFundTable.builder().edition(TableEdition.E2023).addRows(row).build();
        assertThat(t2023.columns()).hasSize(13);
        assertThat(GovernmentFundTable.builder().build().columns()).hasSize(6);
    }

    @Test
    void test_stateCapital_editionsHaveTheirColumns() {
        assertThat(StateCapitalColumn.of(TableEdition.E2024)).containsExactly(StateCapitalColumn.EXPENDITURE,
                StateCapitalColumn.EXPENDITURE_BASIC, StateCapitalColumn.EXPENDITURE_PROJECT);
        assertThat(StateCapitalColumn.of(TableEdition.E2023)).hasSize(8);
    }

    @Test
    void test_cells_blankCellsListedAndTotalRowFirst() {
        ExpenditureTable t = ExpenditureTable.builder().total(Map.of())
                .addRows(ExpenditureRow.of("201", "一般公共服务支出", "1.00")).build();
        assertThat(t.cells()).hasSize(12);
        assertThat(t.cells().get(0).getRow()).isEqualTo(RowKey.TOTAL);
        assertThat(t.cells().get(0).isBlank()).isTrue();
        assertThat(t.findCell(RowKey.of(FunctionCode.of("201")), ExpenditureColumn.TOTAL).orElseThrow().getAmount())
                .contains(Amount.of("1"));
    }

    @Test
    void test_summaryRow_mustBeAClass() {
        assertThatThrownBy(() -> SummaryExpenditureRow.of("20103", "政府办公厅（室）及相关机构事务", "1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("20103");
    }

    @Test
    void test_badCell_namesTheValue() {
        assertThatThrownBy(() -> ExpenditureRow.of("201", "一般公共服务支出", "12,3x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'12,3x'");
    }
}
