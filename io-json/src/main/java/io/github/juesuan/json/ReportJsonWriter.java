package io.github.juesuan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GovernmentProcurement;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.report.VehicleCount;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the report format with a streaming generator: field order is fixed, so the same report
 * always gives the same bytes. Amounts are written from their exact decimal, never a double.
 */
final class ReportJsonWriter {

    private ReportJsonWriter() {
    }

    static void write(FinalAccountReport r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("formatVersion", JsonReports.FORMAT_VERSION);
        g.writeStringField("department", r.getDepartment());
        g.writeNumberField("fiscalYear", r.getFiscalYear().getValue());
        g.writeStringField("scope", r.getScope().name());
        if (r.getUnitKind().isPresent()) {
            g.writeStringField("unitKind", r.getUnitKind().get().name());
        }
        if (r.getPublicationDate().isPresent()) {
            g.writeStringField("publicationDate", r.getPublicationDate().get().toString());
        }
        g.writeStringField("amountUnit", r.getAmountUnit());
        strings(g, "consolidatedUnits", r.getConsolidatedUnits());
        strings(g, "duties", r.getDuties());
        strings(g, "internalBodies", r.getInternalBodies());

        g.writeObjectFieldStart("tables");
        if (r.getSummary().isPresent()) {
            summary(g, r.getSummary().get());
        }
        coded(g, "income", r.getIncome());
        coded(g, "expenditure", r.getExpenditure());
        if (r.getFiscalSummary().isPresent()) {
            fiscalSummary(g, r.getFiscalSummary().get());
        }
        coded(g, "generalBudgetExpenditure", r.getGeneralBudgetExpenditure());
        if (r.getBasicExpenditureDetail().isPresent()) {
            BasicExpenditureDetailTable t = r.getBasicExpenditureDetail().get();
            g.writeFieldName("basicExpenditureDetail");
            g.writeStartObject();
            tableHead(g, t);
            codedRows(g, t);
            amount(g, "personnelTotal", t.getPersonnelTotal());
            amount(g, "publicUseTotal", t.getPublicUseTotal());
            g.writeEndObject();
        }
        coded(g, "governmentFund", r.getGovernmentFund());
        coded(g, "stateCapital", r.getStateCapital());
        if (r.getThreePublicExpenses().isPresent()) {
            ThreePublicExpensesTable t = r.getThreePublicExpenses().get();
            g.writeFieldName("threePublicExpenses");
            g.writeStartObject();
            tableHead(g, t);
            amounts(g, "amounts", ThreePublicExpensesColumn.values(), t.getAmounts());
            g.writeEndObject();
        }
        g.writeEndObject();

        g.writeArrayFieldStart("performanceEvaluations");
        for (ProjectPerformanceEvaluation p : r.getPerformanceEvaluations()) {
            evaluation(g, p);
        }
        g.writeEndArray();

        if (r.getOtherMatters().isPresent()) {
            otherMatters(g, r.getOtherMatters().get());
        }

        g.writeArrayFieldStart("narrative");
        for (NarrativeSection s : r.getNarrative()) {
            g.writeStartObject();
            g.writeStringField("part", s.getPart().name());
            g.writeStringField("heading", s.getHeading());
            g.writeStringField("text", s.getText());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.getUnreadableTables().isEmpty()) {
            g.writeArrayFieldStart("unreadableTables");
            for (io.github.juesuan.report.TableId id : io.github.juesuan.report.TableId.values()) {
                if (r.getUnreadableTables().contains(id)) {
                    g.writeString(id.name());
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void tableHead(JsonGenerator g, ReportTable t) throws IOException {
        g.writeNumberField("edition", t.getEdition().getYear());
        if (t.getEmptyStatement().isPresent()) {
            g.writeStringField("emptyStatement", t.getEmptyStatement().get());
        }
        strings(g, "notes", t.getNotes());
    }

    private static void summary(JsonGenerator g, IncomeExpenditureSummaryTable t) throws IOException {
        g.writeFieldName("summary");
        g.writeStartObject();
        tableHead(g, t);
        amounts(g, "income", SummaryIncomeLine.values(), t.getIncome());
        g.writeArrayFieldStart("expenditureRows");
        for (SummaryExpenditureRow row : t.getExpenditureRows()) {
            g.writeStartObject();
            g.writeStringField("code", row.getCode().toString());
            g.writeStringField("name", row.getName());
            amount(g, "amount", row.getAmount());
            g.writeEndObject();
        }
        g.writeEndArray();
        amounts(g, "expenditureLines", SummaryExpenditureLine.values(), t.getExpenditureLines());
        g.writeEndObject();
    }

    private static void fiscalSummary(JsonGenerator g, FiscalSummaryTable t) throws IOException {
        g.writeFieldName("fiscalSummary");
        g.writeStartObject();
        tableHead(g, t);
        amounts(g, "income", FiscalIncomeLine.values(), t.getIncome());
        g.writeArrayFieldStart("expenditureRows");
        FiscalSummaryColumn[] cols = FiscalSummaryRow.COLUMNS.toArray(new FiscalSummaryColumn[0]);
        for (FiscalSummaryRow row : t.getExpenditureRows()) {
            g.writeStartObject();
            g.writeStringField("code", row.getCode().toString());
            g.writeStringField("name", row.getName());
            amounts(g, "amounts", cols, row.getAmounts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("expenditureLines");
        for (FiscalExpenditureLine l : FiscalExpenditureLine.values()) {
            Map<FiscalSummaryColumn, Amount> m = t.getExpenditureLines().get(l);
            if (m != null) {
                amounts(g, l.name(), cols, m);
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static <T extends CodedTable<?, ?, ?>> void coded(JsonGenerator g, String field, Optional<T> table)
            throws IOException {
        if (table.isEmpty()) {
            return;
        }
        T t = table.get();
        g.writeFieldName(field);
        g.writeStartObject();
        tableHead(g, t);
        if (t.getTotal().isPresent()) {
            amounts(g, "total", t.columns().toArray(new Enum<?>[0]), t.getTotal().get());
        }
        codedRows(g, t);
        g.writeEndObject();
    }

    private static void codedRows(JsonGenerator g, CodedTable<?, ?, ?> t) throws IOException {
        Enum<?>[] cols = t.columns().toArray(new Enum<?>[0]);
        g.writeArrayFieldStart("rows");
        for (CodedRow<?, ?> row : t.getRows()) {
            g.writeStartObject();
            g.writeStringField("code", row.getCode().toString());
            g.writeStringField("name", row.getName());
            amounts(g, "amounts", cols, row.getAmounts());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void evaluation(JsonGenerator g, ProjectPerformanceEvaluation p) throws IOException {
        g.writeStartObject();
        g.writeStringField("projectName", p.getProjectName());
        if (p.getCompetentDepartment().isPresent()) {
            g.writeStringField("competentDepartment", p.getCompetentDepartment().get());
        }
        if (p.getImplementingUnit().isPresent()) {
            g.writeStringField("implementingUnit", p.getImplementingUnit().get());
        }
        g.writeArrayFieldStart("funding");
        for (FundingRow f : p.getFunding()) {
            g.writeStartObject();
            g.writeStringField("source", f.getSource().name());
            g.writeStringField("label", f.getLabel());
            amount(g, "initialBudget", f.getInitialBudget());
            amount(g, "fullYearBudget", f.getFullYearBudget());
            amount(g, "executed", f.getExecuted());
            rate(g, "executionRate", f.getExecutionRate());
            score(g, "score", f.getScore());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("expectedGoal", p.getExpectedGoal());
        g.writeStringField("actualOutcome", p.getActualOutcome());
        g.writeArrayFieldStart("indicators");
        for (PerformanceIndicator i : p.getIndicators()) {
            g.writeStartObject();
            g.writeStringField("level1", i.getLevel1());
            g.writeStringField("level2", i.getLevel2());
            g.writeStringField("name", i.getName());
            g.writeStringField("target", i.getTarget().getText());
            g.writeStringField("actual", i.getActual().getText());
            score(g, "weight", i.getWeight());
            score(g, "score", i.getScore());
            g.writeStringField("deviationAnalysis", i.getDeviationAnalysis());
            g.writeEndObject();
        }
        g.writeEndArray();
        score(g, "totalScore", p.getTotalScore());
        g.writeEndObject();
    }

    private static void otherMatters(JsonGenerator g, OtherMatters o) throws IOException {
        g.writeObjectFieldStart("otherMatters");
        amount(g, "operatingExpenses", o.getOperatingExpenses());
        amount(g, "operatingExpensesChange", o.getOperatingExpensesChange());
        if (o.getProcurement().isPresent()) {
            GovernmentProcurement p = o.getProcurement().get();
            g.writeObjectFieldStart("procurement");
            amount(g, "total", p.getTotal());
            amount(g, "goods", p.getGoods());
            amount(g, "works", p.getWorks());
            amount(g, "services", p.getServices());
            amount(g, "smeAmount", p.getSmeAmount());
            rate(g, "smeShare", p.getSmeShare());
            amount(g, "smallMicroAmount", p.getSmallMicroAmount());
            rate(g, "smallMicroShare", p.getSmallMicroShare());
            g.writeEndObject();
        }
        if (o.getAssets().isPresent()) {
            StateAssets a = o.getAssets().get();
            g.writeObjectFieldStart("assets");
            if (a.getVehicleTotal().isPresent()) {
                g.writeNumberField("vehicleTotal", a.getVehicleTotal().get());
            }
            g.writeArrayFieldStart("vehicles");
            for (VehicleCount v : a.getVehicles()) {
                g.writeStartObject();
                g.writeStringField("kind", v.getKind());
                g.writeNumberField("count", v.getCount());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (a.getEquipmentOverOneMillion().isPresent()) {
                g.writeNumberField("equipmentOverOneMillion", a.getEquipmentOverOneMillion().get());
            }
            g.writeStringField("text", a.getText());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /** Writes the non-blank cells in column order; a blank cell is an absent key. */
    private static void amounts(JsonGenerator g, String field, Enum<?>[] order, Map<?, Amount> cells)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (Enum<?> c : order) {
            Amount a = cells.get(c);
            if (a != null) {
                g.writeFieldName(c.name());
                decimal(g, a.toBigDecimal());
            }
        }
        g.writeEndObject();
    }

    private static void amount(JsonGenerator g, String field, Optional<Amount> a) throws IOException {
        if (a.isPresent()) {
            g.writeFieldName(field);
            decimal(g, a.get().toBigDecimal());
        }
    }

    private static void rate(JsonGenerator g, String field, Optional<Rate> r) throws IOException {
        if (r.isPresent()) {
            g.writeFieldName(field);
            decimal(g, r.get().getPercent());
        }
    }

    private static void score(JsonGenerator g, String field, Optional<Score> s) throws IOException {
        if (s.isPresent()) {
            g.writeFieldName(field);
            decimal(g, s.get().getPoints());
        }
    }

    /** Writes a decimal exactly, always in plain notation (never {@code 1E+2}), whatever the generator's features. */
    private static void decimal(JsonGenerator g, BigDecimal d) throws IOException {
        String plain = d.toPlainString();
        if (plain.equals(d.toString())) {
            g.writeNumber(d);
        } else {
            g.writeNumber(plain);
        }
    }
}
