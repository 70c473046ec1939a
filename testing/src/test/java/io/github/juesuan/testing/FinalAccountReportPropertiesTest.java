package io.github.juesuan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.Cell;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Value semantics of the report model over generated reports. */
class FinalAccountReportPropertiesTest {

    @Provide
    Arbitrary<ReportSpec> specs() {
        return ReportArbitraries.specs(net.jqwik.api.Arbitraries.of(2023, 2024), 8, 3);
    }

    @Property(tries = 200)
    void equalityAndHashing_areByValue(@ForAll("specs") ReportSpec spec) {
        FinalAccountReport a = ConsistentReportFactory.build(spec);
        FinalAccountReport b = ConsistentReportFactory.build(spec);
        assertThat(a).isNotSameAs(b).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        FinalAccountReport renamed = FinalAccountReport.builder(a).department(a.getDepartment() + "X").build();
        assertThat(renamed).isNotEqualTo(a);
    }

    @Property(tries = 200)
    void builderFrom_roundTrips(@ForAll("specs") ReportSpec spec) {
        FinalAccountReport r = ConsistentReportFactory.build(spec);
        assertThat(FinalAccountReport.builder(r).build()).isEqualTo(r);
        for (ReportTable t : r.tables()) {
            assertThat(t).isEqualTo(r.getTable(t.getTableId()).orElseThrow());
        }
    }

    @Property(tries = 200)
    void cells_listEveryCellExactlyOnce(@ForAll("specs") ReportSpec spec) {
        FinalAccountReport r = ConsistentReportFactory.build(spec);
        List<Cell> cells = r.cells();
        Set<String> keys = new HashSet<>();
        for (Cell c : cells) {
            assertThat(keys.add(c.getTable() + "|" + c.getRow().getKind() + "|" + c.getRow() + "|" + c.getColumn().getId()))
                    .as("duplicate cell %s", c).isTrue();
        }
        assertThat(cells).hasSize(expectedCellCount(r));
    }

    /** Counts the cells from the typed API, independently of cells(). */
    private static int expectedCellCount(FinalAccountReport r) {
        int n = 0;
        for (ReportTable t : r.tables()) {
            if (t instanceof BasicExpenditureDetailTable) {
                n += ((BasicExpenditureDetailTable) t).getRows().size() + 2;
            } else if (t instanceof CodedTable) {
                CodedTable<?, ?, ?> ct = (CodedTable<?, ?, ?>) t;
                n += (ct.getRows().size() + (ct.getTotal().isPresent() ? 1 : 0)) * ct.columns().size();
            } else if (t instanceof IncomeExpenditureSummaryTable) {
                IncomeExpenditureSummaryTable s = (IncomeExpenditureSummaryTable) t;
                n += SummaryIncomeLine.values().length + s.getExpenditureRows().size()
                        + SummaryExpenditureLine.values().length;
            } else if (t instanceof FiscalSummaryTable) {
                FiscalSummaryTable s = (FiscalSummaryTable) t;
                n += FiscalIncomeLine.values().length
                        + (s.getExpenditureRows().size() + FiscalExpenditureLine.values().length)
                        * FiscalSummaryRow.COLUMNS.size();
            } else {
                n += 12;
            }
        }
        return n;
    }
}
