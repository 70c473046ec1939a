package io.github.juesuan.excel;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.internal.Text;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GovernmentProcurement;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.report.UnitKind;
import io.github.juesuan.report.VehicleCount;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a workbook states beside its printed tables, in the two sheets {@link ExcelReportWriter} adds:
 * the 元数据 sheet (key in column A, value in column B and on: department, year, scope, unit kind, date,
 * units, duties, bodies, each table's edition, the tables that could not be read, 其他重要事项) and the
 * 情况说明 sheet (one prose section a row: part, heading, text). Both are lists of values, not
 * layouts: the tables themselves are read by the layout module from {@link WorkbookLayoutSource}'s
 * document. A value that does not parse is an error naming {@code 元数据!B5} and the value; the rest
 * is kept.
 */
final class WorkbookStatements {

    private final SourceLocation file;
    private final Map<String, List<GridCell[]>> metadata = new LinkedHashMap<>();
    private final List<GridSheet> narrative = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private WorkbookStatements(String sourceName) {
        this.file = SourceLocation.ofFile(sourceName);
    }

    /**
     * Reads the 元数据 and 情况说明 sheets of a workbook (none if it has neither).
     *
     * @param sheets the workbook's sheets
     * @param sourceName the file name, for locations
     * @return what they state
     */
    static WorkbookStatements of(List<GridSheet> sheets, String sourceName) {
        WorkbookStatements w = new WorkbookStatements(sourceName);
        for (GridSheet s : sheets) {
            if (s.name.equals(Layout.METADATA_SHEET)) {
                w.readMetadata(s);
            } else if (s.name.equals(Layout.NARRATIVE_SHEET)) {
                w.narrative.add(s);
            }
        }
        return w;
    }

    /** @return the problems met so far, in the order met */
    List<Problem> problems() {
        return problems;
    }

    /** @return the department the 元数据 sheet names */
    Optional<String> department() {
        return meta(Layout.K_DEPARTMENT);
    }

    /** @return the fiscal year the 元数据 sheet states; a year that does not parse is a problem */
    Optional<FiscalYear> year() {
        return metaParsed(Layout.K_YEAR, FiscalYear::parse);
    }

    /** @return the edition (表版式) the 元数据 sheet states for each table it lists */
    Map<TableId, TableEdition> editions() {
        Map<TableId, TableEdition> m = new EnumMap<>(TableId.class);
        for (GridCell[] row : metadata.getOrDefault(Layout.K_EDITION, List.of())) {
            if (row.length < 3 || row[1] == null || row[2] == null) {
                continue;
            }
            String table = row[1].value.strip();
            String year = row[2].kind == GridCell.Kind.NUMBER ? number(row[2]) : row[2].value.strip();
            TableEdition e = year.equals("2023") ? TableEdition.E2023 : year.equals("2024") ? TableEdition.E2024 : null;
            if (e == null) {
                error(row[0].row, 1, table + " " + year, "problem.excel.notAnEdition", Layout.K_EDITION, Text.quote(year));
                continue;
            }
            try {
                m.put(TableId.parse(table), e);
            } catch (IllegalArgumentException rejected) {
                error(row[0].row, 1, table + " " + year, "problem.excel.metadataRejected", Layout.K_EDITION,
                        ProblemMessage.from(rejected));
            }
        }
        return m;
    }

    /**
     * Completes a report read from the tables with what the two sheets state: the 元数据 sheet's facts
     * replace what the tables showed of them, the 情况说明 sheet's sections are the narrative, and the
     * tables the 元数据 sheet lists as unreadable are marked so unless the workbook holds them.
     *
     * @param read the report as the layout module read it
     * @return the completed report
     */
    FinalAccountReport complete(FinalAccountReport read) {
        FinalAccountReport.Builder b = FinalAccountReport.builder(read);
        department().ifPresent(b::department);
        meta(Layout.K_SCOPE).ifPresent(v -> b.scope(v.equals(ReportScope.CONSOLIDATED.getChineseName())
                ? ReportScope.CONSOLIDATED : ReportScope.SELF));
        meta(Layout.K_UNIT_KIND).ifPresent(v -> {
            for (UnitKind k : UnitKind.values()) {
                if (k.getChineseName().equals(v)) {
                    b.unitKind(k);
                }
            }
        });
        metaParsed(Layout.K_PUBLICATION_DATE, WorkbookStatements::isoDate).ifPresent(b::publicationDate);
        meta(Layout.K_AMOUNT_UNIT).ifPresent(b::amountUnit);
        if (metadata.containsKey(Layout.K_UNITS)) {
            b.consolidatedUnits(metaAll(Layout.K_UNITS));
        }
        if (metadata.containsKey(Layout.K_DUTIES)) {
            b.duties(metaAll(Layout.K_DUTIES));
        }
        if (metadata.containsKey(Layout.K_BODIES)) {
            b.internalBodies(metaAll(Layout.K_BODIES));
        }
        if (meta(Layout.K_OTHER).isPresent()) {
            b.otherMatters(otherMatters());
        }
        if (!narrative.isEmpty()) {
            List<NarrativeSection> sections = new ArrayList<>();
            narrative.forEach(s -> readNarrative(s, sections));
            b.narrative(sections);
        }
        for (TableId id : unreadable()) {
            if (read.getPresence(id) == TablePresence.PRESENT || read.getPresence(id) == TablePresence.DECLARED_EMPTY) {
                problems.add(Problem.error(ProblemMessage.of("problem.excel.unreadableButHeld", Layout.METADATA_SHEET,
                        id.getLabel(), Layout.K_UNREADABLE), id.getLabel(),
                        file.withCell(Layout.METADATA_SHEET, null)));
            } else {
                b.addUnreadableTables(id);
            }
        }
        return b.build();
    }

    // ------------------------------------------------------------------ 元数据

    private void readMetadata(GridSheet s) {
        for (int row : s.rowIndexes()) {
            if (row == 0) {
                continue; // the header 项 | 值
            }
            GridCell k = s.cell(row, 0);
            if (k == null) {
                continue;
            }
            GridCell[] values = new GridCell[Math.max(3, s.row(row).lastCol() + 1)];
            for (GridCell c : s.row(row)) {
                values[c.col] = c;
            }
            // a long value spread over several cells (text beyond Excel's limit per cell)
            if (values.length > 3 && !k.value.strip().equals(Layout.K_VEHICLE)) {
                values[1] = new GridCell(row, 1, GridCell.Kind.TEXT, joined(s, row, 1), -1);
            }
            metadata.computeIfAbsent(k.value.strip(), x -> new ArrayList<>()).add(values);
        }
    }

    private List<TableId> unreadable() {
        List<TableId> out = new ArrayList<>();
        for (GridCell[] row : metadata.getOrDefault(Layout.K_UNREADABLE, List.of())) {
            String label = row[1] == null ? "" : row[1].value.strip();
            try {
                out.add(TableId.parse(label));
            } catch (IllegalArgumentException e) {
                error(row[0].row, 1, label, "problem.excel.metadataRejected", Layout.K_UNREADABLE,
                        ProblemMessage.from(e));
            }
        }
        return out;
    }

    private OtherMatters otherMatters() {
        OtherMatters.Builder o = OtherMatters.builder();
        metaParsed(Layout.K_OPERATING, Amount::parse).ifPresent(o::operatingExpenses);
        metaParsed(Layout.K_OPERATING_CHANGE, Amount::parse).ifPresent(o::operatingExpensesChange);
        if (meta(Layout.K_PROCUREMENT).isPresent()) {
            GovernmentProcurement.Builder p = GovernmentProcurement.builder();
            metaParsed(Layout.K_PROC_TOTAL, Amount::parse).ifPresent(p::total);
            metaParsed(Layout.K_PROC_GOODS, Amount::parse).ifPresent(p::goods);
            metaParsed(Layout.K_PROC_WORKS, Amount::parse).ifPresent(p::works);
            metaParsed(Layout.K_PROC_SERVICES, Amount::parse).ifPresent(p::services);
            metaParsed(Layout.K_PROC_SME, Amount::parse).ifPresent(p::smeAmount);
            metaParsed(Layout.K_PROC_SME_SHARE, Rate::parse).ifPresent(p::smeShare);
            metaParsed(Layout.K_PROC_SMALL, Amount::parse).ifPresent(p::smallMicroAmount);
            metaParsed(Layout.K_PROC_SMALL_SHARE, Rate::parse).ifPresent(p::smallMicroShare);
            o.procurement(p.build());
        }
        if (meta(Layout.K_ASSETS).isPresent()) {
            StateAssets.Builder a = StateAssets.builder();
            metaParsed(Layout.K_VEHICLE_TOTAL, Integer::valueOf).ifPresent(a::vehicleTotal);
            for (GridCell[] row : metadata.getOrDefault(Layout.K_VEHICLE, List.of())) {
                String count = row[2] == null ? "" : number(row[2]);
                try {
                    a.addVehicles(VehicleCount.of(row[1] == null ? "" : row[1].value, Integer.parseInt(count)));
                } catch (RuntimeException e) {
                    error(row[0].row, 2, count, "problem.excel.vehicleCountUnparsed", Layout.K_VEHICLE, Text.quote(count),
                            ProblemMessage.from(e));
                }
            }
            metaParsed(Layout.K_EQUIPMENT, Integer::valueOf).ifPresent(a::equipmentOverOneMillion);
            meta(Layout.K_ASSETS_TEXT).ifPresent(a::text);
            o.assets(a.build());
        }
        return o.build();
    }

    private Optional<String> meta(String key) {
        List<GridCell[]> rows = metadata.get(key);
        if (rows == null || rows.isEmpty() || rows.get(0)[1] == null) {
            return Optional.empty();
        }
        GridCell c = rows.get(0)[1];
        return Optional.of(c.kind == GridCell.Kind.NUMBER ? number(c) : c.value);
    }

    private List<String> metaAll(String key) {
        List<String> out = new ArrayList<>();
        for (GridCell[] row : metadata.getOrDefault(key, List.of())) {
            out.add(row[1] == null ? "" : row[1].value);
        }
        return out;
    }

    private <T> Optional<T> metaParsed(String key, Function<String, T> parser) {
        Optional<String> v = meta(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(v.get()));
        } catch (RuntimeException e) {
            error(metadata.get(key).get(0)[1].row, 1, v.get(), "problem.excel.metadataUnparsed", key, Text.quote(v.get()),
                    ProblemMessage.from(e));
            return Optional.empty();
        }
    }

    /** A stored number as its plain decimal without trailing zeros; other text as stored. */
    private static String number(GridCell c) {
        try {
            return WorkbookLayoutSource.number(c.value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return c.value;
        }
    }

    private void error(int row, int col, String value, String key, Object... args) {
        problems.add(Problem.error(ProblemMessage.of(key, args), value,
                file.withCell(Layout.METADATA_SHEET, Layout.ref(row, col))));
    }

    /**
     * Parses a date as {@link LocalDate#parse(CharSequence)} does; the plain form {@code 2025-09-30}
     * without the formatter, anything else (and a bad date, for its message) with it.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = Xlsx.digits(text, 0, 4);
            int m = Xlsx.digits(text, 5, 7);
            int d = Xlsx.digits(text, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    // LocalDate.parse below fails with its own message
                }
            }
        }
        return LocalDate.parse(text);
    }

    // ------------------------------------------------------------------ 情况说明

    private void readNarrative(GridSheet s, List<NarrativeSection> out) {
        for (int row : s.rowIndexes()) {
            if (row == 0) {
                continue; // the header 部分 | 标题 | 内容
            }
            String part = s.text(row, 0);
            ReportPart p = null;
            for (ReportPart x : ReportPart.values()) {
                if (x.getOrdinal().equals(part) || x.getTitle().equals(part) || x.name().equals(part)) {
                    p = x;
                }
            }
            if (p == null) {
                problems.add(Problem.error(ProblemMessage.of("problem.excel.notAPart", Text.quote(part)), part,
                        file.withCell(s.name, Layout.ref(row, 0))));
                continue;
            }
            GridCell heading = s.cell(row, 1);
            out.add(NarrativeSection.of(p, heading == null ? "" : heading.value, joined(s, row, 2)));
        }
    }

    private static String joined(GridSheet s, int row, int fromCol) {
        StringBuilder t = new StringBuilder();
        GridSheet.Row cells = s.row(row);
        for (int i = cells.firstAtOrAfter(fromCol); i < cells.size(); i++) {
            t.append(cells.get(i).value);
        }
        return t.toString();
    }
}
