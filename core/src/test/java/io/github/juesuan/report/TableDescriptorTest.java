package io.github.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableDescriptorTest {

    @Test
    void test_named_everyTitleOfEveryEditionNamesItsTable() {
        for (TableId id : TableId.values()) {
            for (TableEdition e : TableEdition.values()) {
                String title = Text.normaliseName(TableDescriptor.of(id).getTitle(e));
                assertThat(TableDescriptor.named(title)).as(title).contains(id);
            }
        }
    }

    @Test
    void test_named_otherTemplatesTitles() {
        assertThat(TableDescriptor.named("上海市普陀区财政局2024年度一般公共预算财政拨款基本支出决算表")).contains(TableId.T06);
        assertThat(TableDescriptor.named("一般公共预算财政拨款基本支出决算明细表")).contains(TableId.T06);
        assertThat(TableDescriptor.named("2024年财政拨款“三公”经费支出决算表")).contains(TableId.T09);
        assertThat(TableDescriptor.named("国有资本经营预算财政拨款收入支出决算表")).contains(TableId.T08);
        assertThat(TableDescriptor.named("支出决算表")).contains(TableId.T03);
        assertThat(TableDescriptor.named("部门基本情况")).isEmpty();
    }

    @Test
    void test_getTitle_t08ByEdition() {
        assertThat(TableDescriptor.of(TableId.T08).getTitle(TableEdition.E2023)).isEqualTo("国有资本经营预算财政拨款收入支出决算表");
        assertThat(TableDescriptor.of(TableId.T08).getTitle(TableEdition.E2024)).isEqualTo(TableId.T08.getTitle());
    }

    @Test
    void test_getColumns_byEditionAndRowKind() {
        assertThat(TableDescriptor.of(TableId.T07).getColumns(TableEdition.E2024))
                .isEqualTo(GovernmentFundColumn.of(TableEdition.E2024));
        assertThat(TableDescriptor.of(TableId.T09).getColumns(TableEdition.E2024)).hasSize(12);
        assertThat(TableDescriptor.of(TableId.T02).getRowKind()).isEqualTo(TableDescriptor.RowKind.FUNCTIONAL_CODES);
        assertThat(TableDescriptor.of(TableId.T04).getRowKind()).isEqualTo(TableDescriptor.RowKind.SIDES);
        assertThat(TableDescriptor.headerWords(ExpenditureColumn.BASIC)).containsExactly("基本支出");
        assertThat(TableDescriptor.headerWords(ThreePublicExpensesColumn.BUDGET_VEHICLES))
                .containsExactly("预算数", "公务用车购置及运行维护费", "小计");
    }

    @Test
    void test_codedTable_buildsTheTypedTable() {
        ReportTable t = TableDescriptor.of(TableId.T03).codedTable(TableEdition.E2024,
                Optional.of(Map.of(ExpenditureColumn.TOTAL, Amount.of("10.50"))),
                List.of(new TableDescriptor.CodedRow(FunctionCode.of("201"), "一般公共服务支出",
                        Map.of(ExpenditureColumn.BASIC, Amount.of("10.5")))),
                Optional.empty(), List.of("注：说明"));
        assertThat(t).isInstanceOf(ExpenditureTable.class);
        ExpenditureTable e = (ExpenditureTable) t;
        assertThat(e.getTotal(ExpenditureColumn.TOTAL)).contains(Amount.of("10.5"));
        assertThat(e.findRow(FunctionCode.of("201")).orElseThrow().get(ExpenditureColumn.BASIC)).contains(Amount.of("10.5"));
        assertThat(e.getNotes()).containsExactly("注：说明");
        assertThatThrownBy(() -> TableDescriptor.of(TableId.T09).codedTable(TableEdition.E2024, Optional.empty(),
                List.of(), Optional.empty(), List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("公开09表");
    }
}
