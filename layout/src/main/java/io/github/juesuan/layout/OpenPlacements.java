package io.github.juesuan.layout;

import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of page text (blank cells vanished) with rows whose columns neither their own arithmetic
 * nor their parent's settles, kept open until every table is read. The ties between the tables then
 * narrow them: 公开05表 (general-budget appropriations) is a part of 公开03表 (all funds), row by row, in
 * 合计, 基本支出 and 项目支出; 02's 合计 row prints 01's income lines; 05's 合计 splits 基本支出 as 06's two
 * totals; 07's and 08's 本年支出 合计 is 04's 本年支出合计 of their fund. A table whose rows all settle is
 * built; one with a row still open is not read at all (a problem names each open row) rather than read
 * with a figure in a column it may not stand in, so that the validator does not assess it.
 */
final class OpenPlacements {

    private OpenPlacements() {
    }

    /** A table read from page text whose rows are not all placed yet. */
    interface Open {

        /**
         * Narrows the open rows by the ties with the tables read; when none stays open, sets the table
         * in the report.
         *
         * @param ties the ties with the tables read so far
         * @param report the report being built
         * @return whether the table was set
         */
        boolean settle(Ties ties, FinalAccountReport.Builder report);

        /** Reports each row still open and marks the table unreadable. */
        void leaveUnread();
    }

    /**
     * Settles the open tables of a read, each by the tables read before it is settled (a table
     * settled makes the others try again), and leaves the rest unread.
     */
    static void settle(ReadContext ctx, FinalAccountReport.Builder report) {
        List<Open> open = ctx.open;
        boolean progress = true;
        while (!open.isEmpty() && progress) {
            progress = false;
            Ties ties = new Ties(report.build());
            for (Iterator<Open> it = open.iterator(); it.hasNext();) {
                if (it.next().settle(ties, report)) {
                    it.remove();
                    progress = true;
                    break;
                }
            }
        }
        for (Open o : open) {
            o.leaveUnread();
        }
        open.clear();
    }

    /** The cells of the tables read, and the intervals the ties between tables give a cell. */
    static final class Ties {

        /** Two hundredths: the rounding from 元 to 万元 of one figure and of the other. */
        private static final long ROUNDING = 2;

        private final FinalAccountReport read;
        private final Map<TableId, Map<RowKey, Map<String, Long>>> cells = new HashMap<>();

        Ties(FinalAccountReport read) {
            this.read = read;
            for (TableId id : TableId.values()) {
                Optional<ReportTable> t = read.getTable(id);
                if (t.isEmpty()) {
                    continue;
                }
                Map<RowKey, Map<String, Long>> rows = new HashMap<>();
                for (Cell c : t.get().cells()) {
                    rows.computeIfAbsent(c.getRow(), k -> new HashMap<>()).put(((Enum<?>) c.getColumn()).name(),
                            c.getAmountOrZero().toHundredthsOr(0));
                }
                cells.put(id, rows);
            }
        }

        /** The cell of a table read, in hundredths (0 where blank); null if the table or the row is not read. */
        private Long cell(TableId id, RowKey row, String column) {
            Map<String, Long> r = cells.getOrDefault(id, Map.of()).get(row);
            return r == null ? null : r.getOrDefault(column, 0L);
        }

        /**
         * Tells whether a figure (in hundredths, 0 for blank) may stand in a cell of a table by the ties
         * with the other tables read.
         *
         * @param id the table
         * @param row the row
         * @param column the column's constant name
         * @param value the figure
         * @return false only where a tie rules it out
         */
        boolean allows(TableId id, RowKey row, String column, long value) {
            boolean main = column.equals("TOTAL") || column.equals("BASIC") || column.equals("PROJECT");
            if (id == TableId.T03 && main) {
                Long part = cell(TableId.T05, row, column);
                return part == null || value >= part - ROUNDING; // 05 is a part of 03
            }
            if (id == TableId.T05 && main) {
                Long whole = cell(TableId.T03, row, column);
                if (whole != null && value > whole + ROUNDING) {
                    return false;
                }
            }
            if (id == TableId.T05 && row.equals(RowKey.TOTAL)) {
                Long exact = basicSplit(column);
                return exact == null || Math.abs(value - exact) <= 2 * ROUNDING;
            }
            if (id == TableId.T02 && row.equals(RowKey.TOTAL)) {
                Long exact = incomeLine(column);
                return exact == null || Math.abs(value - exact) <= 3 * ROUNDING;
            }
            if ((id == TableId.T07 || id == TableId.T08) && row.equals(RowKey.TOTAL) && column.equals("EXPENDITURE")) {
                Long exact = cell(TableId.T04, FiscalExpenditureLine.TOTAL_EXPENDITURE.getRowKey(),
                        (id == TableId.T07 ? FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND
                                : FiscalSummaryColumn.EXPENDITURE_STATE_CAPITAL).name());
                return exact == null || Math.abs(value - exact) <= ROUNDING;
            }
            return true;
        }

        /** 05's 合计 in 人员经费, 公用经费 and 基本支出 by 06's totals; null where 06 gives none. */
        private Long basicSplit(String column) {
            Optional<BasicExpenditureDetailTable> t = read.getBasicExpenditureDetail();
            if (t.isEmpty() || t.get().getPersonnelTotal().isEmpty() || t.get().getPublicUseTotal().isEmpty()) {
                return null;
            }
            long personnel = t.get().getPersonnelTotal().get().toHundredthsOr(0);
            long publicUse = t.get().getPublicUseTotal().get().toHundredthsOr(0);
            switch (column) {
                case "PERSONNEL":
                    return personnel;
                case "PUBLIC_USE":
                    return publicUse;
                case "BASIC":
                    return personnel + publicUse;
                default:
                    return null;
            }
        }

        /** 02's 合计 in a column by 01's income lines; null where 01 is not read or prints none. */
        private Long incomeLine(String column) {
            Optional<IncomeExpenditureSummaryTable> t = read.getSummary();
            if (t.isEmpty() || t.get().getIncome().isEmpty()) {
                return null;
            }
            switch (column) {
                case "TOTAL":
                    return line(t.get(), SummaryIncomeLine.TOTAL_INCOME);
                case "FISCAL_APPROPRIATION":
                    return line(t.get(), SummaryIncomeLine.GENERAL_BUDGET) + line(t.get(), SummaryIncomeLine.GOVERNMENT_FUND)
                            + line(t.get(), SummaryIncomeLine.STATE_CAPITAL);
                default:
                    for (SummaryIncomeLine l : SummaryIncomeLine.values()) {
                        if (l.name().equals(column)) {
                            return line(t.get(), l);
                        }
                    }
                    return null;
            }
        }

        private static long line(IncomeExpenditureSummaryTable t, SummaryIncomeLine l) {
            return t.get(l).map(a -> a.toHundredthsOr(0)).orElse(0L);
        }
    }
}
