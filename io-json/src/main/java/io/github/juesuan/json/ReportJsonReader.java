package io.github.juesuan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.IndicatorValue;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.FiscalExpenditureLine;
import io.github.juesuan.report.FiscalIncomeLine;
import io.github.juesuan.report.FiscalSummaryColumn;
import io.github.juesuan.report.FiscalSummaryRow;
import io.github.juesuan.report.FiscalSummaryTable;
import io.github.juesuan.report.GeneralBudgetColumn;
import io.github.juesuan.report.GeneralBudgetExpenditureRow;
import io.github.juesuan.report.GeneralBudgetExpenditureTable;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.GovernmentFundRow;
import io.github.juesuan.report.GovernmentFundTable;
import io.github.juesuan.report.GovernmentProcurement;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.IncomeExpenditureSummaryTable;
import io.github.juesuan.report.IncomeRow;
import io.github.juesuan.report.IncomeTable;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.StateCapitalRow;
import io.github.juesuan.report.StateCapitalTable;
import io.github.juesuan.report.SummaryExpenditureLine;
import io.github.juesuan.report.SummaryExpenditureRow;
import io.github.juesuan.report.SummaryIncomeLine;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.report.UnitKind;
import io.github.juesuan.report.VehicleCount;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReportReadException;
import io.github.juesuan.spi.SourceLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the report format: first the JSON into a tree whose numbers are exact decimals (never a
 * double), then the tree into the model, naming the JSON pointer of every bad value. One instance
 * reads one document (it collects the warnings of that document).
 */
final class ReportJsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Beyond these an amount, rate or score is not a figure of a report but an attack on memory. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_SCALE = 18;

    private final JsonReadOptions options;
    private final List<Problem> warnings = new ArrayList<>();

    ReportJsonReader(JsonReadOptions options) {
        this.options = options;
    }

    List<Problem> warnings() {
        return warnings;
    }

    // ------------------------------------------------------------------ JSON to tree

    /**
     * Reads the value at the parser's current token (advancing first if there is none) into a tree,
     * numbers as exact decimals, duplicate keys rejected.
     */
    static JsonNode readTree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
            if (t == null) {
                throw new ReportReadException(Problem.error("the document is empty: expected a JSON object", null,
                        SourceLocation.ofJsonPointer("")));
            }
        }
        return value(p, t);
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (o.has(key)) {
                        throw new ReportReadException(Problem.error("duplicate field", key,
                                SourceLocation.ofJsonPointer(p.getParsingContext().pathAsPointer().toString())
                                        .withLine(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr())));
                    }
                    o.set(key, value(p, v));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    a.add(value(p, n));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(p.getDecimalValue()); // exact: no double, no stripping
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new ReportReadException(Problem.error("unexpected JSON token " + t, p.getText(),
                        SourceLocation.ofJsonPointer(p.getParsingContext().pathAsPointer().toString())));
        }
    }

    // ------------------------------------------------------------------ tree to model

    FinalAccountReport report(JsonNode root) {
        Obj o = Obj.of(this, root, "");
        BigDecimal version = decimal(o.req("formatVersion"), o.at("formatVersion"), "formatVersion");
        if (version.compareTo(BigDecimal.valueOf(JsonReports.FORMAT_VERSION)) != 0) {
            throw fail(o.at("formatVersion"), "unsupported formatVersion: this library reads version "
                    + JsonReports.FORMAT_VERSION, o.req("formatVersion"));
        }
        FinalAccountReport.Builder b = FinalAccountReport.builder();
        b.department(text(o, "department"));
        JsonNode fy = o.req("fiscalYear");
        int year = integer(fy, o.at("fiscalYear"), "fiscal year");
        b.fiscalYear(build(o.at("fiscalYear"), fy, () -> FiscalYear.of(year)));
        o.opt("scope").ifPresent(n -> b.scope(enumValue(n, o.at("scope"), ReportScope.class)));
        o.opt("unitKind").ifPresent(n -> b.unitKind(enumValue(n, o.at("unitKind"), UnitKind.class)));
        o.opt("publicationDate").ifPresent(n -> {
            String s = text(n, o.at("publicationDate"));
            try {
                b.publicationDate(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                throw fail(o.at("publicationDate"), "not an ISO date such as 2025-09-01", n);
            }
        });
        o.opt("amountUnit").ifPresent(n -> b.amountUnit(text(n, o.at("amountUnit"))));
        b.consolidatedUnits(strings(o, "consolidatedUnits"));
        b.duties(strings(o, "duties"));
        b.internalBodies(strings(o, "internalBodies"));

        Optional<JsonNode> tablesNode = o.opt("tables");
        if (tablesNode.isPresent()) {
            Obj t = Obj.of(this, tablesNode.get(), o.at("tables"));
            t.opt("summary").ifPresent(n -> b.summary(summary(Obj.of(this, n, t.at("summary")))));
            t.opt("income").ifPresent(n -> b.income(income(Obj.of(this, n, t.at("income")))));
            t.opt("expenditure").ifPresent(n -> b.expenditure(expenditure(Obj.of(this, n, t.at("expenditure")))));
            t.opt("fiscalSummary").ifPresent(n -> b.fiscalSummary(fiscalSummary(Obj.of(this, n, t.at("fiscalSummary")))));
            t.opt("generalBudgetExpenditure").ifPresent(n -> b.generalBudgetExpenditure(
                    generalBudget(Obj.of(this, n, t.at("generalBudgetExpenditure")))));
            t.opt("basicExpenditureDetail").ifPresent(n -> b.basicExpenditureDetail(
                    basicDetail(Obj.of(this, n, t.at("basicExpenditureDetail")))));
            t.opt("governmentFund").ifPresent(n -> b.governmentFund(governmentFund(Obj.of(this, n, t.at("governmentFund")))));
            t.opt("stateCapital").ifPresent(n -> b.stateCapital(stateCapital(Obj.of(this, n, t.at("stateCapital")))));
            t.opt("threePublicExpenses").ifPresent(n -> b.threePublicExpenses(
                    threePublic(Obj.of(this, n, t.at("threePublicExpenses")))));
            t.finish();
        }
        for (Item item : items(o, "performanceEvaluations")) {
            b.addPerformanceEvaluations(evaluation(Obj.of(this, item.node, item.ptr)));
        }
        o.opt("otherMatters").ifPresent(n -> b.otherMatters(otherMatters(Obj.of(this, n, o.at("otherMatters")))));
        for (Item item : items(o, "narrative")) {
            Obj s = Obj.of(this, item.node, item.ptr);
            ReportPart part = enumValue(s.req("part"), s.at("part"), ReportPart.class);
            String heading = text(s, "heading");
            String text = text(s, "text");
            s.finish();
            b.addNarrative(build(item.ptr, item.node, () -> NarrativeSection.of(part, heading, text)));
        }
        o.finish();
        return build("", null, b::build);
    }

    // -- tables

    private IncomeExpenditureSummaryTable summary(Obj o) {
        IncomeExpenditureSummaryTable.Builder b = IncomeExpenditureSummaryTable.builder();
        head(o, b::edition, b::emptyStatement, b::notes);
        o.opt("income").ifPresent(n -> b.income(amounts(n, o.at("income"), SummaryIncomeLine.class,
                Arrays.asList(SummaryIncomeLine.values()))));
        for (Item item : items(o, "expenditureRows")) {
            Obj r = Obj.of(this, item.node, item.ptr);
            FunctionCode code = functionCode(r);
            String name = text(r, "name");
            Optional<Amount> amount = r.opt("amount").map(n -> amount(n, r.at("amount")));
            r.finish();
            b.addExpenditureRows(build(item.ptr, item.node, () -> {
                SummaryExpenditureRow.Builder rb = SummaryExpenditureRow.builder().code(code).name(name);
                amount.ifPresent(a -> rb.putAmounts(io.github.juesuan.report.SummaryColumn.EXPENDITURE, a));
                return rb.build();
            }));
        }
        o.opt("expenditureLines").ifPresent(n -> b.expenditureLines(amounts(n, o.at("expenditureLines"),
                SummaryExpenditureLine.class, Arrays.asList(SummaryExpenditureLine.values()))));
        o.finish();
        return build(o.ptr, o.node, b::build);
    }

    private FiscalSummaryTable fiscalSummary(Obj o) {
        FiscalSummaryTable.Builder b = FiscalSummaryTable.builder();
        head(o, b::edition, b::emptyStatement, b::notes);
        o.opt("income").ifPresent(n -> b.income(amounts(n, o.at("income"), FiscalIncomeLine.class,
                Arrays.asList(FiscalIncomeLine.values()))));
        for (Item item : items(o, "expenditureRows")) {
            Obj r = Obj.of(this, item.node, item.ptr);
            FunctionCode code = functionCode(r);
            String name = text(r, "name");
            Map<FiscalSummaryColumn, Amount> cells = amounts(r.req("amounts"), r.at("amounts"),
                    FiscalSummaryColumn.class, FiscalSummaryRow.COLUMNS);
            r.finish();
            b.addExpenditureRows(build(item.ptr, item.node,
                    () -> FiscalSummaryRow.builder().code(code).name(name).amounts(cells).build()));
        }
        o.opt("expenditureLines").ifPresent(n -> {
            Obj lines = Obj.of(this, n, o.at("expenditureLines"));
            for (FiscalExpenditureLine l : FiscalExpenditureLine.values()) {
                lines.opt(l.name()).ifPresent(v -> b.putExpenditureLines(l,
                        amounts(v, lines.at(l.name()), FiscalSummaryColumn.class, FiscalSummaryRow.COLUMNS)));
            }
            lines.finishAsKeys(FiscalExpenditureLine.class);
        });
        o.finish();
        return build(o.ptr, o.node, b::build);
    }

    private IncomeTable income(Obj o) {
        IncomeTable.Builder b = IncomeTable.builder();
        TableEdition ed = head(o, b::edition, b::emptyStatement, b::notes);
        List<IncomeColumn> cols = Arrays.asList(IncomeColumn.values());
        total(o, IncomeColumn.class, cols).ifPresent(b::total);
        for (RowParts<IncomeColumn> r : rows(o, IncomeColumn.class, cols)) {
            FunctionCode code = functionCode(r);
            b.addRows(build(r.ptr, r.node, () -> IncomeRow.builder().code(code).name(r.name).amounts(r.cells).build()));
        }
        o.finish();
        return build(o.ptr, null, b::build);
    }

    private ExpenditureTable expenditure(Obj o) {
        ExpenditureTable.Builder b = ExpenditureTable.builder();
        TableEdition ed = head(o, b::edition, b::emptyStatement, b::notes);
        List<ExpenditureColumn> cols = Arrays.asList(ExpenditureColumn.values());
        total(o, ExpenditureColumn.class, cols).ifPresent(b::total);
        for (RowParts<ExpenditureColumn> r : rows(o, ExpenditureColumn.class, cols)) {
            FunctionCode code = functionCode(r);
            b.addRows(build(r.ptr, r.node,
                    () -> ExpenditureRow.builder().code(code).name(r.name).amounts(r.cells).build()));
        }
        o.finish();
        return build(o.ptr, null, b::build);
    }

    private GeneralBudgetExpenditureTable generalBudget(Obj o) {
        GeneralBudgetExpenditureTable.Builder b = GeneralBudgetExpenditureTable.builder();
        TableEdition ed = head(o, b::edition, b::emptyStatement, b::notes);
        List<GeneralBudgetColumn> cols = Arrays.asList(GeneralBudgetColumn.values());
        total(o, GeneralBudgetColumn.class, cols).ifPresent(b::total);
        for (RowParts<GeneralBudgetColumn> r : rows(o, GeneralBudgetColumn.class, cols)) {
            FunctionCode code = functionCode(r);
            b.addRows(build(r.ptr, r.node,
                    () -> GeneralBudgetExpenditureRow.builder().code(code).name(r.name).amounts(r.cells).build()));
        }
        o.finish();
        return build(o.ptr, null, b::build);
    }

    private BasicExpenditureDetailTable basicDetail(Obj o) {
        BasicExpenditureDetailTable.Builder b = BasicExpenditureDetailTable.builder();
        TableEdition ed = head(o, b::edition, b::emptyStatement, b::notes);
        List<BasicExpenditureColumn> cols = Arrays.asList(BasicExpenditureColumn.values());
        for (RowParts<BasicExpenditureColumn> r : rows(o, BasicExpenditureColumn.class, cols)) {
            EconomicCode code = convert(r.ptr + "/code", r.codeNode, EconomicCode::of, r.code);
            b.addRows(build(r.ptr, r.node,
                    () -> BasicExpenditureRow.builder().code(code).name(r.name).amounts(r.cells).build()));
        }
        o.opt("personnelTotal").ifPresent(n -> b.personnelTotal(amount(n, o.at("personnelTotal"))));
        o.opt("publicUseTotal").ifPresent(n -> b.publicUseTotal(amount(n, o.at("publicUseTotal"))));
        o.finish();
        return build(o.ptr, null, b::build);
    }

    private GovernmentFundTable governmentFund(Obj o) {
        GovernmentFundTable.Builder b = GovernmentFundTable.builder();
        TableEdition ed = head(o, b::edition, b::emptyStatement, b::notes);
        List<GovernmentFundColumn> cols = GovernmentFundColumn.of(ed);
        total(o, GovernmentFundColumn.class, cols).ifPresent(b::total);
        for (RowParts<GovernmentFundColumn> r : rows(o, GovernmentFundColumn.class, cols)) {
            FunctionCode code = functionCode(r);
            b.addRows(build(r.ptr, r.node,
                    () -> GovernmentFundRow.builder().code(code).name(r.name).amounts(r.cells).build()));
        }
        o.finish();
        return build(o.ptr, null, b::build);
    }

    private StateCapitalTable stateCapital(Obj o) {
        StateCapitalTable.Builder b = StateCapitalTable.builder();
        TableEdition ed = head(o, b::edition, b::emptyStatement, b::notes);
        List<StateCapitalColumn> cols = StateCapitalColumn.of(ed);
        total(o, StateCapitalColumn.class, cols).ifPresent(b::total);
        for (RowParts<StateCapitalColumn> r : rows(o, StateCapitalColumn.class, cols)) {
            FunctionCode code = functionCode(r);
            b.addRows(build(r.ptr, r.node,
                    () -> StateCapitalRow.builder().code(code).name(r.name).amounts(r.cells).build()));
        }
        o.finish();
        return build(o.ptr, null, b::build);
    }

    private ThreePublicExpensesTable threePublic(Obj o) {
        ThreePublicExpensesTable.Builder b = ThreePublicExpensesTable.builder();
        TableEdition ed = head(o, b::edition, b::emptyStatement, b::notes);
        o.opt("amounts").ifPresent(n -> b.amounts(amounts(n, o.at("amounts"), ThreePublicExpensesColumn.class,
                Arrays.asList(ThreePublicExpensesColumn.values()))));
        o.finish();
        return build(o.ptr, null, b::build);
    }

    /** Reads edition, emptyStatement and notes, common to every table. */
    private TableEdition head(Obj o, Function<TableEdition, ?> edition, Function<Optional<String>, ?> empty,
            Function<List<String>, ?> notes) {
        JsonNode n = o.req("edition");
        int year = integer(n, o.at("edition"), "edition");
        TableEdition ed;
        if (year == 2023) {
            ed = TableEdition.E2023;
        } else if (year == 2024) {
            ed = TableEdition.E2024;
        } else {
            throw fail(o.at("edition"), "not a table edition: expected 2023 or 2024", n);
        }
        edition.apply(ed);
        empty.apply(o.opt("emptyStatement").map(s -> text(s, o.at("emptyStatement"))));
        notes.apply(strings(o, "notes"));
        return ed;
    }

    private <C extends Enum<C>> Optional<Map<C, Amount>> total(Obj o, Class<C> type, List<C> allowed) {
        return o.opt("total").map(n -> amounts(n, o.at("total"), type, allowed));
    }

    private <C extends Enum<C>> List<RowParts<C>> rows(Obj o, Class<C> type, List<C> allowed) {
        List<RowParts<C>> out = new ArrayList<>();
        for (Item item : items(o, "rows", true)) {
            Obj r = Obj.of(this, item.node, item.ptr);
            JsonNode codeNode = r.req("code");
            String code = text(codeNode, r.at("code"));
            String name = text(r, "name");
            Map<C, Amount> cells = amounts(r.req("amounts"), r.at("amounts"), type, allowed);
            r.finish();
            out.add(new RowParts<>(item.ptr, item.node, codeNode, code, name, cells));
        }
        return out;
    }

    private FunctionCode functionCode(RowParts<?> r) {
        return convert(r.ptr + "/code", r.codeNode, FunctionCode::of, r.code);
    }

    private FunctionCode functionCode(Obj r) {
        JsonNode n = r.req("code");
        return convert(r.at("code"), n, FunctionCode::of, text(n, r.at("code")));
    }

    // -- performance and other matters

    private ProjectPerformanceEvaluation evaluation(Obj o) {
        ProjectPerformanceEvaluation.Builder b = ProjectPerformanceEvaluation.builder();
        b.projectName(text(o, "projectName"));
        o.opt("competentDepartment").ifPresent(n -> b.competentDepartment(text(n, o.at("competentDepartment"))));
        o.opt("implementingUnit").ifPresent(n -> b.implementingUnit(text(n, o.at("implementingUnit"))));
        for (Item item : items(o, "funding")) {
            Obj f = Obj.of(this, item.node, item.ptr);
            FundingRow.Builder fb = FundingRow.builder();
            fb.source(enumValue(f.req("source"), f.at("source"), FundingSource.class));
            f.opt("label").ifPresent(n -> fb.label(text(n, f.at("label"))));
            f.opt("initialBudget").ifPresent(n -> fb.initialBudget(amount(n, f.at("initialBudget"))));
            f.opt("fullYearBudget").ifPresent(n -> fb.fullYearBudget(amount(n, f.at("fullYearBudget"))));
            f.opt("executed").ifPresent(n -> fb.executed(amount(n, f.at("executed"))));
            f.opt("executionRate").ifPresent(n -> fb.executionRate(Rate.ofPercent(figure(n, f.at("executionRate"), "rate"))));
            f.opt("score").ifPresent(n -> fb.score(Score.of(figure(n, f.at("score"), "score"))));
            f.finish();
            b.addFunding(build(item.ptr, item.node, fb::build));
        }
        o.opt("expectedGoal").ifPresent(n -> b.expectedGoal(text(n, o.at("expectedGoal"))));
        o.opt("actualOutcome").ifPresent(n -> b.actualOutcome(text(n, o.at("actualOutcome"))));
        for (Item item : items(o, "indicators")) {
            Obj i = Obj.of(this, item.node, item.ptr);
            PerformanceIndicator.Builder ib = PerformanceIndicator.builder();
            ib.level1(text(i, "level1"));
            ib.level2(text(i, "level2"));
            ib.name(text(i, "name"));
            ib.target(IndicatorValue.parse(text(i, "target")));
            ib.actual(IndicatorValue.parse(text(i, "actual")));
            i.opt("weight").ifPresent(n -> ib.weight(Score.of(figure(n, i.at("weight"), "weight"))));
            i.opt("score").ifPresent(n -> ib.score(Score.of(figure(n, i.at("score"), "score"))));
            i.opt("deviationAnalysis").ifPresent(n -> ib.deviationAnalysis(text(n, i.at("deviationAnalysis"))));
            i.finish();
            b.addIndicators(build(item.ptr, item.node, ib::build));
        }
        o.opt("totalScore").ifPresent(n -> b.totalScore(Score.of(figure(n, o.at("totalScore"), "score"))));
        o.finish();
        return build(o.ptr, o.node, b::build);
    }

    private OtherMatters otherMatters(Obj o) {
        OtherMatters.Builder b = OtherMatters.builder();
        o.opt("operatingExpenses").ifPresent(n -> b.operatingExpenses(amount(n, o.at("operatingExpenses"))));
        o.opt("operatingExpensesChange").ifPresent(n -> b.operatingExpensesChange(
                amount(n, o.at("operatingExpensesChange"))));
        o.opt("procurement").ifPresent(pn -> {
            Obj p = Obj.of(this, pn, o.at("procurement"));
            GovernmentProcurement.Builder pb = GovernmentProcurement.builder();
            p.opt("total").ifPresent(n -> pb.total(amount(n, p.at("total"))));
            p.opt("goods").ifPresent(n -> pb.goods(amount(n, p.at("goods"))));
            p.opt("works").ifPresent(n -> pb.works(amount(n, p.at("works"))));
            p.opt("services").ifPresent(n -> pb.services(amount(n, p.at("services"))));
            p.opt("smeAmount").ifPresent(n -> pb.smeAmount(amount(n, p.at("smeAmount"))));
            p.opt("smeShare").ifPresent(n -> pb.smeShare(Rate.ofPercent(figure(n, p.at("smeShare"), "rate"))));
            p.opt("smallMicroAmount").ifPresent(n -> pb.smallMicroAmount(amount(n, p.at("smallMicroAmount"))));
            p.opt("smallMicroShare").ifPresent(n -> pb.smallMicroShare(
                    Rate.ofPercent(figure(n, p.at("smallMicroShare"), "rate"))));
            p.finish();
            b.procurement(build(p.ptr, p.node, pb::build));
        });
        o.opt("assets").ifPresent(an -> {
            Obj a = Obj.of(this, an, o.at("assets"));
            StateAssets.Builder ab = StateAssets.builder();
            a.opt("vehicleTotal").ifPresent(n -> ab.vehicleTotal(count(n, a.at("vehicleTotal"))));
            for (Item item : items(a, "vehicles")) {
                Obj v = Obj.of(this, item.node, item.ptr);
                String kind = text(v, "kind");
                int count = count(v.req("count"), v.at("count"));
                v.finish();
                ab.addVehicles(build(item.ptr, item.node, () -> VehicleCount.of(kind, count)));
            }
            a.opt("equipmentOverOneMillion").ifPresent(n -> ab.equipmentOverOneMillion(
                    count(n, a.at("equipmentOverOneMillion"))));
            a.opt("text").ifPresent(n -> ab.text(text(n, a.at("text"))));
            a.finish();
            b.assets(build(a.ptr, a.node, ab::build));
        });
        o.finish();
        return build(o.ptr, o.node, b::build);
    }

    // ------------------------------------------------------------------ values

    private <C extends Enum<C>> Map<C, Amount> amounts(JsonNode n, String ptr, Class<C> type, List<C> allowed) {
        Obj o = Obj.of(this, n, ptr);
        Map<C, Amount> out = new EnumMap<>(type);
        for (Map.Entry<String, JsonNode> e : o.node.properties()) {
            String at = o.at(e.getKey());
            C c = allowed.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElseThrow(() -> fail(at,
                    "not a column or line here: expected one of " + names(allowed), NODES.textNode(e.getKey())));
            out.put(c, amount(e.getValue(), at));
        }
        return out;
    }

    private Amount amount(JsonNode n, String ptr) {
        BigDecimal d = figure(n, ptr, "amount");
        if (!options.isAllowExcessDecimals() && d.stripTrailingZeros().scale() > 2) {
            throw fail(ptr, "an amount in 万元 has at most two decimals", n);
        }
        return Amount.of(d);
    }

    /** An exact decimal of sane size; a blank is an absent key, so null is an error, never a zero. */
    private static BigDecimal figure(JsonNode n, String ptr, String what) {
        if (n.isNull()) {
            throw fail(ptr, "null is not a " + what + ": leave the field out for a blank cell", n);
        }
        if (!n.isNumber()) {
            throw fail(ptr, "expected a " + what + " as a JSON number", n);
        }
        BigDecimal d = n.decimalValue().stripTrailingZeros();
        if (d.precision() - d.scale() > MAX_INTEGER_DIGITS || d.scale() > MAX_SCALE) {
            throw fail(ptr, "a " + what + " out of range: at most " + MAX_INTEGER_DIGITS
                    + " digits before and " + MAX_SCALE + " after the decimal point", n);
        }
        return n.decimalValue();
    }

    private static BigDecimal decimal(JsonNode n, String ptr, String what) {
        return figure(n, ptr, what);
    }

    private static int integer(JsonNode n, String ptr, String what) {
        BigDecimal d = figure(n, ptr, what);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw fail(ptr, "expected the " + what + " as a whole number", n);
        }
    }

    private static int count(JsonNode n, String ptr) {
        int c = integer(n, ptr, "count");
        if (c < 0) {
            throw fail(ptr, "a count cannot be negative", n);
        }
        return c;
    }

    private static String text(Obj o, String key) {
        return text(o.req(key), o.at(key));
    }

    private static String text(JsonNode n, String ptr) {
        if (!n.isTextual()) {
            throw fail(ptr, "expected a JSON string", n);
        }
        return n.textValue();
    }

    private static List<String> strings(Obj o, String key) {
        List<String> out = new ArrayList<>();
        for (Item item : items(o, key)) {
            out.add(text(item.node, item.ptr));
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode n, String ptr, Class<E> type) {
        String s = text(n, ptr);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw fail(ptr, "expected one of " + names(Arrays.asList(type.getEnumConstants())), n);
    }

    private static String names(List<? extends Enum<?>> values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.name());
        }
        return sb.toString();
    }

    private static <T> T convert(String ptr, JsonNode n, Function<String, T> f, String text) {
        try {
            return f.apply(text);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw fail(ptr, e.getMessage(), n);
        }
    }

    private static <T> T build(String ptr, JsonNode n, Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReportReadException(Problem.error(e.getMessage(), n == null ? null : shorten(n),
                    SourceLocation.ofJsonPointer(ptr)), e);
        }
    }

    private static final class Item {
        final JsonNode node;
        final String ptr;

        Item(JsonNode node, String ptr) {
            this.node = node;
            this.ptr = ptr;
        }
    }

    private static List<Item> items(Obj o, String key) {
        return items(o, key, false);
    }

    private static List<Item> items(Obj o, String key, boolean required) {
        Optional<JsonNode> n = required ? Optional.of(o.req(key)) : o.opt(key);
        if (n.isEmpty()) {
            return List.of();
        }
        String ptr = o.at(key);
        if (!n.get().isArray()) {
            throw fail(ptr, "expected a JSON array", n.get());
        }
        List<Item> out = new ArrayList<>(n.get().size());
        for (int i = 0; i < n.get().size(); i++) {
            out.add(new Item(n.get().get(i), ptr + "/" + i));
        }
        return out;
    }

    private static final class RowParts<C extends Enum<C>> {
        final String ptr;
        final JsonNode node;
        final JsonNode codeNode;
        final String code;
        final String name;
        final Map<C, Amount> cells;

        RowParts(String ptr, JsonNode node, JsonNode codeNode, String code, String name, Map<C, Amount> cells) {
            this.ptr = ptr;
            this.node = node;
            this.codeNode = codeNode;
            this.code = code;
            this.name = name;
            this.cells = cells;
        }
    }

    static ReportReadException fail(String ptr, String message, JsonNode value) {
        return new ReportReadException(Problem.error(message, value == null ? null : shorten(value),
                SourceLocation.ofJsonPointer(ptr)));
    }

    private static String shorten(JsonNode n) {
        String s = n.isTextual() ? n.textValue() : n.toString();
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON object being read: knows its pointer and which fields were consumed. */
    private static final class Obj {
        final ReportJsonReader reader;
        final ObjectNode node;
        final String ptr;
        final Set<String> used = new HashSet<>();

        private Obj(ReportJsonReader reader, ObjectNode node, String ptr) {
            this.reader = reader;
            this.node = node;
            this.ptr = ptr;
        }

        static Obj of(ReportJsonReader reader, JsonNode n, String ptr) {
            if (!n.isObject()) {
                throw fail(ptr, "expected a JSON object", n);
            }
            return new Obj(reader, (ObjectNode) n, ptr);
        }

        String at(String key) {
            return ptr + "/" + escape(key);
        }

        Optional<JsonNode> opt(String key) {
            used.add(key);
            return Optional.ofNullable(node.get(key));
        }

        JsonNode req(String key) {
            used.add(key);
            JsonNode n = node.get(key);
            if (n == null) {
                throw new ReportReadException(Problem.error("missing required field '" + key + "'", null,
                        SourceLocation.ofJsonPointer(ptr)));
            }
            return n;
        }

        void finish() {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String k = names.next();
                if (!used.contains(k)) {
                    if (reader.options.isFailOnUnknownFields()) {
                        throw fail(at(k), "unknown field '" + k + "'", node.get(k));
                    }
                    reader.warnings.add(Problem.warning("unknown field '" + k + "' ignored", shorten(node.get(k)),
                            SourceLocation.ofJsonPointer(at(k))));
                }
            }
        }

        <E extends Enum<E>> void finishAsKeys(Class<E> type) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String k = names.next();
                if (!used.contains(k)) {
                    throw fail(at(k), "not a line here: expected one of "
                            + names(Arrays.asList(type.getEnumConstants())), NODES.textNode(k));
                }
            }
        }
    }
}
