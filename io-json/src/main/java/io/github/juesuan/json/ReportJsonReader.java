package io.github.juesuan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import io.github.juesuan.spi.ProblemMessage;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the report format straight from the parser's tokens into the model builders, without an
 * intermediate tree: numbers are read as exact decimals (never a double), every object's fields are
 * checked for duplicates, unknown names and missing required ones, and every bad value is named by
 * its JSON pointer, kept as a small stack of path segments and formatted only when an error is
 * thrown. One instance reads one document (it collects the warnings of that document).
 *
 * <p>Errors are found in document order: of several things wrong with a document, the first one
 * met is reported (a missing required field when its object ends). Only an unknown field's value,
 * and a value of the wrong type, are read into a small tree, to skip it and to quote it.
 */
final class ReportJsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Beyond these an amount, rate or score is not a figure of a report but an attack on memory. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_SCALE = 18;

    private static final SummaryIncomeLine[] SUMMARY_INCOME = SummaryIncomeLine.values();
    private static final SummaryExpenditureLine[] SUMMARY_LINES = SummaryExpenditureLine.values();
    private static final FiscalIncomeLine[] FISCAL_INCOME = FiscalIncomeLine.values();
    private static final FiscalExpenditureLine[] FISCAL_LINES = FiscalExpenditureLine.values();
    private static final FiscalSummaryColumn[] FISCAL_COLUMNS = FiscalSummaryRow.COLUMNS.toArray(new FiscalSummaryColumn[0]);
    private static final IncomeColumn[] INCOME_COLUMNS = IncomeColumn.values();
    private static final ExpenditureColumn[] EXPENDITURE_COLUMNS = ExpenditureColumn.values();
    private static final GeneralBudgetColumn[] GENERAL_BUDGET_COLUMNS = GeneralBudgetColumn.values();
    private static final BasicExpenditureColumn[] BASIC_COLUMNS = BasicExpenditureColumn.values();
    private static final GovernmentFundColumn[] FUND_COLUMNS = GovernmentFundColumn.values();
    private static final StateCapitalColumn[] CAPITAL_COLUMNS = StateCapitalColumn.values();
    private static final ThreePublicExpensesColumn[] THREE_PUBLIC_COLUMNS = ThreePublicExpensesColumn.values();
    private static final GovernmentFundColumn[] FUND_COLUMNS_2023 = GovernmentFundColumn.of(TableEdition.E2023)
            .toArray(new GovernmentFundColumn[0]);
    private static final GovernmentFundColumn[] FUND_COLUMNS_2024 = GovernmentFundColumn.of(TableEdition.E2024)
            .toArray(new GovernmentFundColumn[0]);
    private static final StateCapitalColumn[] CAPITAL_COLUMNS_2023 = StateCapitalColumn.of(TableEdition.E2023)
            .toArray(new StateCapitalColumn[0]);
    private static final StateCapitalColumn[] CAPITAL_COLUMNS_2024 = StateCapitalColumn.of(TableEdition.E2024)
            .toArray(new StateCapitalColumn[0]);
    private static final ReportScope[] SCOPES = ReportScope.values();
    private static final io.github.juesuan.report.TableId[] TABLE_IDS = io.github.juesuan.report.TableId.values();
    private static final UnitKind[] UNIT_KINDS = UnitKind.values();
    private static final ReportPart[] PARTS = ReportPart.values();
    private static final FundingSource[] FUNDING_SOURCES = FundingSource.values();

    // the fields of each object, in the order their absence is reported; REQ_x: the required ones
    private static final String[] ROOT = {"formatVersion", "department", "fiscalYear", "scope", "unitKind",
        "publicationDate", "amountUnit", "consolidatedUnits", "duties", "internalBodies", "tables",
        "performanceEvaluations", "otherMatters", "narrative", "unreadableTables"};
    private static final long REQ_ROOT = 0b111;
    private static final String[] TABLES = {"summary", "income", "expenditure", "fiscalSummary",
        "generalBudgetExpenditure", "basicExpenditureDetail", "governmentFund", "stateCapital", "threePublicExpenses"};
    /** Every table starts with these three; REQ_HEAD: edition. */
    private static final String[] SUMMARY = {"edition", "emptyStatement", "notes", "income", "expenditureRows",
        "expenditureLines"};
    private static final String[] FISCAL_SUMMARY = SUMMARY;
    private static final String[] CODED = {"edition", "emptyStatement", "notes", "total", "rows"};
    private static final long REQ_CODED = 0b10001;
    private static final String[] BASIC = {"edition", "emptyStatement", "notes", "rows", "personnelTotal",
        "publicUseTotal"};
    private static final long REQ_BASIC = 0b1001;
    private static final String[] THREE_PUBLIC = {"edition", "emptyStatement", "notes", "amounts"};
    private static final long REQ_HEAD = 0b1;
    private static final String[] SUMMARY_ROW = {"code", "name", "amount"};
    private static final String[] ROW = {"code", "name", "amounts"};
    private static final long REQ_ROW = 0b111;
    private static final String[] NARRATIVE = {"part", "heading", "text"};
    private static final String[] EVALUATION = {"projectName", "competentDepartment", "implementingUnit", "funding",
        "expectedGoal", "actualOutcome", "indicators", "totalScore"};
    private static final String[] FUNDING = {"source", "label", "initialBudget", "fullYearBudget", "executed",
        "executionRate", "score"};
    private static final String[] INDICATOR = {"level1", "level2", "name", "target", "actual", "weight", "score",
        "deviationAnalysis"};
    private static final long REQ_INDICATOR = 0b11111;
    private static final String[] OTHER = {"operatingExpenses", "operatingExpensesChange", "procurement", "assets"};
    private static final String[] PROCUREMENT = {"total", "goods", "works", "services", "smeAmount", "smeShare",
        "smallMicroAmount", "smallMicroShare"};
    private static final String[] ASSETS = {"vehicleTotal", "vehicles", "equipmentOverOneMillion", "text"};
    private static final String[] VEHICLE = {"kind", "count"};

    private final JsonReadOptions options;
    private final List<Problem> warnings = new ArrayList<>();
    private JsonParser p;

    // the path of the current value: keys[i] a field name, or null for the array index indexes[i]
    private String[] keys = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    ReportJsonReader(JsonReadOptions options) {
        this.options = options;
    }

    List<Problem> warnings() {
        return warnings;
    }

    /** Reads the fields of one object; {@code t} is the token of the field's value. */
    @FunctionalInterface
    private interface FieldReader {
        void read(int field, JsonToken t) throws IOException;
    }

    /** Reads one element of an array; {@code t} is its first token. */
    @FunctionalInterface
    private interface ItemReader {
        void read(JsonToken t) throws IOException;
    }

    // ------------------------------------------------------------------ the document

    /**
     * Reads the report at the parser's current token (advancing first if there is none), leaving
     * the parser on the report's closing brace.
     */
    FinalAccountReport read(JsonParser parser) throws IOException {
        this.p = parser;
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
            if (t == null) {
                throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.empty"), null,
                        SourceLocation.ofJsonPointer("")));
            }
        }
        FinalAccountReport.Builder b = FinalAccountReport.builder();
        object(t, ROOT, REQ_ROOT, (f, v) -> {
            switch (f) {
                case 0: {
                    BigDecimal version = figure(v, "formatVersion");
                    if (version.compareTo(BigDecimal.valueOf(JsonReports.FORMAT_VERSION)) != 0) {
                        throw fail(ProblemMessage.of("problem.json.unsupportedVersion", JsonReports.FORMAT_VERSION));
                    }
                    break;
                }
                case 1: b.department(text(v)); break;
                case 2: {
                    int year = integer(v, "fiscal year");
                    b.fiscalYear(convert(() -> FiscalYear.of(year)));
                    break;
                }
                case 3: b.scope(enumValue(v, SCOPES)); break;
                case 4: b.unitKind(enumValue(v, UNIT_KINDS)); break;
                case 5: {
                    String s = text(v);
                    try {
                        b.publicationDate(LocalDate.parse(s));
                    } catch (DateTimeParseException e) {
                        throw fail(ProblemMessage.of("problem.json.notIsoDate"));
                    }
                    break;
                }
                case 6: b.amountUnit(text(v)); break;
                case 7: b.consolidatedUnits(strings(v)); break;
                case 8: b.duties(strings(v)); break;
                case 9: b.internalBodies(strings(v)); break;
                case 10: tables(v, b); break;
                case 11: array(v, e -> b.addPerformanceEvaluations(evaluation(e))); break;
                case 12: b.otherMatters(otherMatters(v)); break;
                case 13: array(v, e -> b.addNarrative(narrative(e))); break;
                default: array(v, e -> b.addUnreadableTables(enumValue(e, TABLE_IDS))); break;
            }
        });
        return build(b::build, null);
    }

    private void tables(JsonToken t, FinalAccountReport.Builder b) throws IOException {
        object(t, TABLES, 0, (f, v) -> {
            switch (f) {
                case 0: b.summary(summary(v)); break;
                case 1: b.income(income(v)); break;
                case 2: b.expenditure(expenditure(v)); break;
                case 3: b.fiscalSummary(fiscalSummary(v)); break;
                case 4: b.generalBudgetExpenditure(generalBudget(v)); break;
                case 5: b.basicExpenditureDetail(basicDetail(v)); break;
                case 6: b.governmentFund(governmentFund(v)); break;
                case 7: b.stateCapital(stateCapital(v)); break;
                default: b.threePublicExpenses(threePublic(v)); break;
            }
        });
    }

    private NarrativeSection narrative(JsonToken t) throws IOException {
        ReportPart[] part = new ReportPart[1];
        String[] s = new String[2];
        object(t, NARRATIVE, 0b111, (f, v) -> {
            if (f == 0) {
                part[0] = enumValue(v, PARTS);
            } else {
                s[f - 1] = text(v);
            }
        });
        return build(() -> NarrativeSection.of(part[0], s[0], s[1]), null);
    }

    // ------------------------------------------------------------------ tables

    /** Reads edition, emptyStatement or notes, common to every table (fields 0 to 2). */
    private void head(int f, JsonToken v, TableEdition[] edition, Consumer<TableEdition> setEdition,
            Consumer<String> setEmptyStatement, Consumer<List<String>> setNotes) throws IOException {
        switch (f) {
            case 0: {
                int year = integer(v, "edition");
                if (year == 2023) {
                    edition[0] = TableEdition.E2023;
                } else if (year == 2024) {
                    edition[0] = TableEdition.E2024;
                } else {
                    throw fail(ProblemMessage.of("problem.json.notEdition"));
                }
                setEdition.accept(edition[0]);
                break;
            }
            case 1: setEmptyStatement.accept(text(v)); break;
            default: setNotes.accept(strings(v)); break;
        }
    }

    private IncomeExpenditureSummaryTable summary(JsonToken t) throws IOException {
        IncomeExpenditureSummaryTable.Builder b = IncomeExpenditureSummaryTable.builder();
        TableEdition[] ed = new TableEdition[1];
        object(t, SUMMARY, REQ_HEAD, (f, v) -> {
            switch (f) {
                case 3: amountsInto(v, SUMMARY_INCOME, b::putIncome); break;
                case 4: array(v, e -> b.addExpenditureRows(summaryRow(e))); break;
                case 5: amountsInto(v, SUMMARY_LINES, b::putExpenditureLines); break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        return build(b::build, null);
    }

    private SummaryExpenditureRow summaryRow(JsonToken t) throws IOException {
        SummaryExpenditureRow.Builder rb = SummaryExpenditureRow.builder();
        String[] code = new String[1];
        object(t, SUMMARY_ROW, 0b11, (f, v) -> {
            switch (f) {
                case 0: code[0] = text(v); rb.code(functionCode(code[0])); break;
                case 1: rb.name(text(v)); break;
                default: rb.putAmounts(io.github.juesuan.report.SummaryColumn.EXPENDITURE, amount(v)); break;
            }
        });
        return build(rb::build, code[0]);
    }

    private FiscalSummaryTable fiscalSummary(JsonToken t) throws IOException {
        FiscalSummaryTable.Builder b = FiscalSummaryTable.builder();
        TableEdition[] ed = new TableEdition[1];
        object(t, FISCAL_SUMMARY, REQ_HEAD, (f, v) -> {
            switch (f) {
                case 3: amountsInto(v, FISCAL_INCOME, b::putIncome); break;
                case 4: array(v, e -> b.addExpenditureRows(fiscalRow(e))); break;
                case 5: fiscalLines(v, b); break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        return build(b::build, null);
    }

    private FiscalSummaryRow fiscalRow(JsonToken t) throws IOException {
        FiscalSummaryRow.Builder rb = FiscalSummaryRow.builder();
        String code = rowInto(t, rb::name, c -> rb.code(functionCode(c)), rb::putAmounts, FISCAL_COLUMNS);
        return build(rb::build, code);
    }

    private void fiscalLines(JsonToken t, FiscalSummaryTable.Builder b) throws IOException {
        expectObject(t);
        EnumMap<FiscalExpenditureLine, Boolean> seen = new EnumMap<>(FiscalExpenditureLine.class);
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
            String key = p.currentName();
            push(key);
            JsonToken v = p.nextToken();
            FiscalExpenditureLine line = find(FISCAL_LINES, key);
            if (line == null) {
                throw fail(ProblemMessage.of("problem.json.notALine", names(FISCAL_LINES)), key);
            }
            if (seen.put(line, Boolean.TRUE) != null) {
                throw duplicate(key);
            }
            b.putExpenditureLines(line, amounts(v, FiscalSummaryColumn.class, FISCAL_COLUMNS));
            pop();
        }
    }

    private IncomeTable income(JsonToken t) throws IOException {
        IncomeTable.Builder b = IncomeTable.builder();
        TableEdition[] ed = new TableEdition[1];
        object(t, CODED, REQ_CODED, (f, v) -> {
            switch (f) {
                case 3: b.total(amounts(v, IncomeColumn.class, INCOME_COLUMNS)); break;
                case 4: array(v, e -> {
                    IncomeRow.Builder rb = IncomeRow.builder();
                    String code = rowInto(e, rb::name, c -> rb.code(functionCode(c)),
                        rb::putAmounts, INCOME_COLUMNS);
                    b.addRows(build(rb::build, code));
                });
                    break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        return build(b::build, null);
    }

    private ExpenditureTable expenditure(JsonToken t) throws IOException {
        ExpenditureTable.Builder b = ExpenditureTable.builder();
        TableEdition[] ed = new TableEdition[1];
        object(t, CODED, REQ_CODED, (f, v) -> {
            switch (f) {
                case 3: b.total(amounts(v, ExpenditureColumn.class, EXPENDITURE_COLUMNS)); break;
                case 4: array(v, e -> {
                    ExpenditureRow.Builder rb = ExpenditureRow.builder();
                    String code = rowInto(e, rb::name, c -> rb.code(functionCode(c)),
                        rb::putAmounts, EXPENDITURE_COLUMNS);
                    b.addRows(build(rb::build, code));
                });
                    break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        return build(b::build, null);
    }

    private GeneralBudgetExpenditureTable generalBudget(JsonToken t) throws IOException {
        GeneralBudgetExpenditureTable.Builder b = GeneralBudgetExpenditureTable.builder();
        TableEdition[] ed = new TableEdition[1];
        object(t, CODED, REQ_CODED, (f, v) -> {
            switch (f) {
                case 3: b.total(amounts(v, GeneralBudgetColumn.class, GENERAL_BUDGET_COLUMNS)); break;
                case 4: array(v, e -> {
                    GeneralBudgetExpenditureRow.Builder rb = GeneralBudgetExpenditureRow.builder();
                    String code = rowInto(e, rb::name, c -> rb.code(functionCode(c)),
                        rb::putAmounts, GENERAL_BUDGET_COLUMNS);
                    b.addRows(build(rb::build, code));
                });
                    break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        return build(b::build, null);
    }

    private BasicExpenditureDetailTable basicDetail(JsonToken t) throws IOException {
        BasicExpenditureDetailTable.Builder b = BasicExpenditureDetailTable.builder();
        TableEdition[] ed = new TableEdition[1];
        object(t, BASIC, REQ_BASIC, (f, v) -> {
            switch (f) {
                case 3: array(v, e -> {
                    BasicExpenditureRow.Builder rb = BasicExpenditureRow.builder();
                    String code = rowInto(e, rb::name, c -> rb.code(convert(() -> EconomicCode.of(c))),
                        rb::putAmounts, BASIC_COLUMNS);
                    b.addRows(build(rb::build, code));
                });
                    break;
                case 4: b.personnelTotal(amount(v)); break;
                case 5: b.publicUseTotal(amount(v)); break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        return build(b::build, null);
    }

    /**
     * Reads the table of government funds. Its columns depend on the edition: amounts met before the
     * edition are read against every column and checked again when the table ends.
     */
    private GovernmentFundTable governmentFund(JsonToken t) throws IOException {
        GovernmentFundTable.Builder b = GovernmentFundTable.builder();
        TableEdition[] ed = new TableEdition[1];
        List<Map<GovernmentFundColumn, Amount>> early = new ArrayList<>();
        List<String> earlyAt = new ArrayList<>();
        object(t, CODED, REQ_CODED, (f, v) -> {
            switch (f) {
                case 3: {
                    Map<GovernmentFundColumn, Amount> m = amounts(v, GovernmentFundColumn.class, fundColumns(ed[0]));
                    remember(ed[0], early, earlyAt, m, "/total");
                    b.total(m);
                    break;
                }
                case 4: array(v, e -> {
                    GovernmentFundRow.Builder rb = GovernmentFundRow.builder();
                    int i = indexes[depth - 1];
                    String code = row(e, rb::name, c -> rb.code(functionCode(c)), m -> {
                        remember(ed[0], early, earlyAt, m, "/rows/" + i + "/amounts");
                        rb.amounts(m);
                    }, GovernmentFundColumn.class, fundColumns(ed[0]));
                    b.addRows(build(rb::build, code));
                });
                    break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        recheck(early, earlyAt, GovernmentFundColumn.of(ed[0]));
        return build(b::build, null);
    }

    private StateCapitalTable stateCapital(JsonToken t) throws IOException {
        StateCapitalTable.Builder b = StateCapitalTable.builder();
        TableEdition[] ed = new TableEdition[1];
        List<Map<StateCapitalColumn, Amount>> early = new ArrayList<>();
        List<String> earlyAt = new ArrayList<>();
        object(t, CODED, REQ_CODED, (f, v) -> {
            switch (f) {
                case 3: {
                    Map<StateCapitalColumn, Amount> m = amounts(v, StateCapitalColumn.class, capitalColumns(ed[0]));
                    remember(ed[0], early, earlyAt, m, "/total");
                    b.total(m);
                    break;
                }
                case 4: array(v, e -> {
                    StateCapitalRow.Builder rb = StateCapitalRow.builder();
                    int i = indexes[depth - 1];
                    String code = row(e, rb::name, c -> rb.code(functionCode(c)), m -> {
                        remember(ed[0], early, earlyAt, m, "/rows/" + i + "/amounts");
                        rb.amounts(m);
                    }, StateCapitalColumn.class, capitalColumns(ed[0]));
                    b.addRows(build(rb::build, code));
                });
                    break;
                default: head(f, v, ed, b::edition, b::emptyStatement, b::notes); break;
            }
        });
        recheck(early, earlyAt, StateCapitalColumn.of(ed[0]));
        return build(b::build, null);
    }

    private static GovernmentFundColumn[] fundColumns(TableEdition ed) {
        return ed == null ? FUND_COLUMNS : ed == TableEdition.E2023 ? FUND_COLUMNS_2023 : FUND_COLUMNS_2024;
    }

    private static StateCapitalColumn[] capitalColumns(TableEdition ed) {
        return ed == null ? CAPITAL_COLUMNS : ed == TableEdition.E2023 ? CAPITAL_COLUMNS_2023 : CAPITAL_COLUMNS_2024;
    }

    /** Keeps amounts read before the table's edition was known, to check their columns at its end. */
    private static <C> void remember(TableEdition ed, List<Map<C, Amount>> early, List<String> earlyAt,
            Map<C, Amount> m, String relative) {
        if (ed == null) {
            early.add(m);
            earlyAt.add(relative);
        }
    }

    private <C extends Enum<C>> void recheck(List<Map<C, Amount>> early, List<String> earlyAt, List<C> allowed) {
        for (int i = 0; i < early.size(); i++) {
            for (C c : early.get(i).keySet()) {
                if (!allowed.contains(c)) {
                    String key = c.name();
                    throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.notAColumnOrLine",
                            names(allowed.toArray(new Enum<?>[0]))), key,
                            SourceLocation.ofJsonPointer(pointer() + earlyAt.get(i) + "/" + key)));
                }
            }
        }
    }

    private ThreePublicExpensesTable threePublic(JsonToken t) throws IOException {
        ThreePublicExpensesTable.Builder b = ThreePublicExpensesTable.builder();
        TableEdition[] ed = new TableEdition[1];
        object(t, THREE_PUBLIC, REQ_HEAD, (f, v) -> {
            if (f == 3) {
                amountsInto(v, THREE_PUBLIC_COLUMNS, b::putAmounts);
            } else {
                head(f, v, ed, b::edition, b::emptyStatement, b::notes);
            }
        });
        return build(b::build, null);
    }

    @FunctionalInterface
    private interface Setter<T> {
        void set(T value) throws IOException;
    }

    /** Reads a row of a coded table, giving its name, code and amounts to the setters; returns the code. */
    private <C extends Enum<C>> String row(JsonToken t, Setter<String> name, Setter<String> code,
            Setter<Map<C, Amount>> cells, Class<C> type, C[] allowed) throws IOException {
        String[] c = new String[1];
        object(t, ROW, REQ_ROW, (f, v) -> {
            switch (f) {
                case 0: c[0] = text(v); code.set(c[0]); break;
                case 1: name.set(text(v)); break;
                default: cells.set(amounts(v, type, allowed)); break;
            }
        });
        return c[0];
    }

    /** Receives one cell of a row's amounts. */
    @FunctionalInterface
    private interface Put<C> {
        void put(C column, Amount amount);
    }

    /**
     * {@link #row}, putting the amounts straight into the row's builder: no map of their own, which
     * the builder would only copy.
     */
    private <C extends Enum<C>> String rowInto(JsonToken t, Setter<String> name, Setter<String> code, Put<C> cells,
            C[] allowed) throws IOException {
        String[] c = new String[1];
        object(t, ROW, REQ_ROW, (f, v) -> {
            switch (f) {
                case 0: c[0] = text(v); code.set(c[0]); break;
                case 1: name.set(text(v)); break;
                default: amountsInto(v, allowed, cells); break;
            }
        });
        return c[0];
    }

    private FunctionCode functionCode(String code) throws IOException {
        return convert(() -> FunctionCode.of(code));
    }

    // ------------------------------------------------------------------ performance and other matters

    private ProjectPerformanceEvaluation evaluation(JsonToken t) throws IOException {
        ProjectPerformanceEvaluation.Builder b = ProjectPerformanceEvaluation.builder();
        object(t, EVALUATION, 0b1, (f, v) -> {
            switch (f) {
                case 0: b.projectName(text(v)); break;
                case 1: b.competentDepartment(text(v)); break;
                case 2: b.implementingUnit(text(v)); break;
                case 3: array(v, e -> b.addFunding(funding(e))); break;
                case 4: b.expectedGoal(text(v)); break;
                case 5: b.actualOutcome(text(v)); break;
                case 6: array(v, e -> b.addIndicators(indicator(e))); break;
                default: b.totalScore(score(v, "score")); break;
            }
        });
        return build(b::build, null);
    }

    private FundingRow funding(JsonToken t) throws IOException {
        FundingRow.Builder fb = FundingRow.builder();
        object(t, FUNDING, 0b1, (f, v) -> {
            switch (f) {
                case 0: fb.source(enumValue(v, FUNDING_SOURCES)); break;
                case 1: fb.label(text(v)); break;
                case 2: fb.initialBudget(amount(v)); break;
                case 3: fb.fullYearBudget(amount(v)); break;
                case 4: fb.executed(amount(v)); break;
                case 5: fb.executionRate(rate(v)); break;
                default: fb.score(score(v, "score")); break;
            }
        });
        return build(fb::build, null);
    }

    private PerformanceIndicator indicator(JsonToken t) throws IOException {
        PerformanceIndicator.Builder ib = PerformanceIndicator.builder();
        object(t, INDICATOR, REQ_INDICATOR, (f, v) -> {
            switch (f) {
                case 0: ib.level1(text(v)); break;
                case 1: ib.level2(text(v)); break;
                case 2: ib.name(text(v)); break;
                case 3: {
                    String s = text(v);
                    ib.target(convert(() -> IndicatorValue.parse(s)));
                    break;
                }
                case 4: {
                    String s = text(v);
                    ib.actual(convert(() -> IndicatorValue.parse(s)));
                    break;
                }
                case 5: ib.weight(score(v, "weight")); break;
                case 6: ib.score(score(v, "score")); break;
                default: ib.deviationAnalysis(text(v)); break;
            }
        });
        return build(ib::build, null);
    }

    private OtherMatters otherMatters(JsonToken t) throws IOException {
        OtherMatters.Builder b = OtherMatters.builder();
        object(t, OTHER, 0, (f, v) -> {
            switch (f) {
                case 0: b.operatingExpenses(amount(v)); break;
                case 1: b.operatingExpensesChange(amount(v)); break;
                case 2: b.procurement(procurement(v)); break;
                default: b.assets(assets(v)); break;
            }
        });
        return build(b::build, null);
    }

    private GovernmentProcurement procurement(JsonToken t) throws IOException {
        GovernmentProcurement.Builder pb = GovernmentProcurement.builder();
        object(t, PROCUREMENT, 0, (f, v) -> {
            switch (f) {
                case 0: pb.total(amount(v)); break;
                case 1: pb.goods(amount(v)); break;
                case 2: pb.works(amount(v)); break;
                case 3: pb.services(amount(v)); break;
                case 4: pb.smeAmount(amount(v)); break;
                case 5: pb.smeShare(rate(v)); break;
                case 6: pb.smallMicroAmount(amount(v)); break;
                default: pb.smallMicroShare(rate(v)); break;
            }
        });
        return build(pb::build, null);
    }

    private StateAssets assets(JsonToken t) throws IOException {
        StateAssets.Builder ab = StateAssets.builder();
        object(t, ASSETS, 0, (f, v) -> {
            switch (f) {
                case 0: ab.vehicleTotal(count(v)); break;
                case 1: array(v, e -> {
                    String[] kind = new String[1];
                    int[] count = new int[1];
                    object(e, VEHICLE, 0b11, (g, w) -> {
                        if (g == 0) {
                            kind[0] = text(w);
                        } else {
                            count[0] = count(w);
                        }
                    });
                    ab.addVehicles(build(() -> VehicleCount.of(kind[0], count[0]), kind[0]));
                });
                    break;
                case 2: ab.equipmentOverOneMillion(count(v)); break;
                default: ab.text(text(v)); break;
            }
        });
        return build(ab::build, null);
    }

    // ------------------------------------------------------------------ structure

    /**
     * Reads an object whose fields are {@code names} (the bits of {@code required} name the
     * required ones): duplicates, unknown fields (an error or a warning, as the options say) and
     * missing required fields are reported with their pointers.
     */
    private void object(JsonToken t, String[] names, long required, FieldReader reader) throws IOException {
        expectObject(t);
        long seen = 0;
        Set<String> unknown = null;
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
            String key = p.currentName();
            push(key);
            JsonToken v = p.nextToken();
            int f = indexOf(names, key);
            if (f < 0) {
                if (unknown == null) {
                    unknown = new HashSet<>(4);
                }
                if (!unknown.add(key)) {
                    throw duplicate(key);
                }
                unknownField(key);
            } else {
                long bit = 1L << f;
                if ((seen & bit) != 0) {
                    throw duplicate(key);
                }
                seen |= bit;
                reader.read(f, v);
            }
            pop();
        }
        long missing = required & ~seen;
        if (missing != 0) {
            throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.missingField",
                    names[Long.numberOfTrailingZeros(missing)]), null, SourceLocation.ofJsonPointer(pointer())));
        }
    }

    /**
     * The index of a field name. Jackson interns field names (as the constants here are), so the
     * name is almost always found by identity; comparing by value then covers a parser that does not.
     */
    private static int indexOf(String[] names, String key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Skips an unknown field's value (read into a tree, so that duplicates in it are still found). */
    private void unknownField(String key) throws IOException {
        JsonNode value = readTree(p);
        if (options.isFailOnUnknownFields()) {
            throw fail(ProblemMessage.of("problem.json.unknownField", key), shorten(value));
        }
        warnings.add(Problem.warning(ProblemMessage.of("problem.json.unknownFieldIgnored", key), shorten(value),
                SourceLocation.ofJsonPointer(pointer())));
    }

    private void expectObject(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw fail(ProblemMessage.of("problem.json.expectedObject"));
        }
    }

    private void array(JsonToken t, ItemReader reader) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw fail(ProblemMessage.of("problem.json.expectedArray"));
        }
        int i = 0;
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
            push(i++);
            reader.read(n);
            pop();
        }
    }

    private List<String> strings(JsonToken t) throws IOException {
        List<String> out = new ArrayList<>();
        array(t, e -> out.add(text(e)));
        return out;
    }

    // ------------------------------------------------------------------ values

    private <C extends Enum<C>> Map<C, Amount> amounts(JsonToken t, Class<C> type, C[] allowed) throws IOException {
        Map<C, Amount> out = new EnumMap<>(type);
        amountsInto(t, allowed, out::put);
        return out;
    }

    /** Reads an object of amounts keyed by the allowed columns or lines, giving each to {@code out}. */
    private <C extends Enum<C>> void amountsInto(JsonToken t, C[] allowed, Put<C> out) throws IOException {
        expectObject(t);
        long seen = 0; // by index in allowed: no enum of the format has 64 constants
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
            String key = p.currentName();
            push(key);
            JsonToken v = p.nextToken();
            int i = indexOf(allowed, key);
            if (i < 0) {
                throw fail(ProblemMessage.of("problem.json.notAColumnOrLine", names(allowed)), key);
            }
            Amount a = amount(v);
            long bit = 1L << i;
            if ((seen & bit) != 0) {
                throw duplicate(key);
            }
            seen |= bit;
            out.put(allowed[i], a);
            pop();
        }
    }

    /** The index of a constant by name: by identity first, as {@link #indexOf(String[], String)}. */
    private static <C extends Enum<C>> int indexOf(C[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].name() == name) {
                return i;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static <C extends Enum<C>> C find(C[] values, String name) {
        int i = indexOf(values, name);
        return i < 0 ? null : values[i];
    }

    private Amount amount(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            Amount a = plainAmount();
            if (a != null) {
                return a;
            }
        }
        BigDecimal d = figure(t, "amount");
        if (!options.isAllowExcessDecimals() && d.scale() > 2 && d.stripTrailingZeros().scale() > 2) {
            throw fail(ProblemMessage.of("problem.json.amountDecimals"));
        }
        return Amount.of(d);
    }

    /**
     * The amount of the current number when it is plain ({@code -?digits(.digits)?}, no exponent)
     * with at most 18 digits and, trailing zeros aside, at most two decimals: read from the token's
     * characters into a {@code long}, without a {@code BigDecimal} of its own. Such a number passes
     * every check of {@link #figure} and {@link #amount}, and the amount is exactly the one they
     * would make. Null for any other number, which the general path then reads or rejects.
     */
    private Amount plainAmount() throws IOException {
        char[] cs = p.getTextCharacters();
        int i = p.getTextOffset();
        int end = i + p.getTextLength();
        boolean negative = i < end && cs[i] == '-';
        if (negative) {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        for (; i < end; i++) {
            char c = cs[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (dot) {
                    scale++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (unscaled == 0) {
            return Amount.ZERO;
        }
        while (scale > 2 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        if (scale > 2) {
            return null;
        }
        return Amount.ofUnscaled(negative ? -unscaled : unscaled, scale);
    }

    private Rate rate(JsonToken t) throws IOException {
        BigDecimal d = figure(t, "rate");
        return convert(() -> Rate.ofPercent(d));
    }

    private Score score(JsonToken t, String what) throws IOException {
        BigDecimal d = figure(t, what);
        return convert(() -> Score.of(d));
    }

    /** An exact decimal of sane size; a blank is an absent key, so null is an error, never a zero. */
    private BigDecimal figure(JsonToken t, String what) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            throw fail(ProblemMessage.of("problem.json.nullValue", what));
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(ProblemMessage.of("problem.json.expectedNumber", what));
        }
        BigDecimal d = decimal(p, pointer()); // exact: no double
        // the digits before the point (precision - scale) do not change when trailing zeros are
        // stripped, and the scale only shrinks: strip only when the scale is too big as it is
        if (d.precision() - d.scale() > MAX_INTEGER_DIGITS
                || d.scale() > MAX_SCALE && d.stripTrailingZeros().scale() > MAX_SCALE) {
            throw fail(ProblemMessage.of("problem.json.numberOutOfRange", what, MAX_INTEGER_DIGITS, MAX_SCALE));
        }
        return d;
    }

    private int integer(JsonToken t, String what) throws IOException {
        BigDecimal d = figure(t, what);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw fail(ProblemMessage.of("problem.json.expectedWholeNumber", what));
        }
    }

    private int count(JsonToken t) throws IOException {
        int c = integer(t, "count");
        if (c < 0) {
            throw fail(ProblemMessage.of("problem.json.negativeCount"));
        }
        return c;
    }

    private String text(JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw fail(ProblemMessage.of("problem.json.expectedString"));
        }
        return p.getText();
    }

    private <E extends Enum<E>> E enumValue(JsonToken t, E[] values) throws IOException {
        String s = text(t);
        E e = find(values, s);
        if (e == null) {
            throw fail(ProblemMessage.of("problem.json.expectedOneOf", names(values)));
        }
        return e;
    }

    private static String names(Enum<?>[] values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.name());
        }
        return sb.toString();
    }

    /** Runs a conversion of the value just read; its complaint names the value's pointer. */
    private <T> T convert(Supplier<T> s) throws IOException {
        try {
            return s.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw fail(ProblemMessage.of("problem.json.valueRejected", ProblemMessage.from(e)));
        }
    }

    /** Builds the object just read; a builder's complaint names the object's pointer. */
    private <T> T build(Supplier<T> s, String value) {
        try {
            return s.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.valueRejected",
                    ProblemMessage.from(e)), value, SourceLocation.ofJsonPointer(pointer())), e);
        }
    }

    // ------------------------------------------------------------------ pointers and errors

    private void push(String key) {
        grow();
        keys[depth] = key;
        depth++;
    }

    private void push(int index) {
        grow();
        keys[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    private void grow() {
        if (depth == keys.length) {
            keys = Arrays.copyOf(keys, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
    }

    private void pop() {
        depth--;
    }

    /** The JSON pointer of the current value, formatted only for an error or a warning. */
    private String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append('/');
            if (keys[i] == null) {
                sb.append(indexes[i]);
            } else {
                sb.append(escape(keys[i]));
            }
        }
        return sb.toString();
    }

    /** The error of the current value, quoting it (a structure is read to quote it). */
    private ReportReadException fail(ProblemMessage message) throws IOException {
        return fail(message, shorten(readTree(p)));
    }

    private ReportReadException fail(ProblemMessage message, String value) {
        return new ReportReadException(Problem.error(message, value, SourceLocation.ofJsonPointer(pointer())));
    }

    private ReportReadException duplicate(String key) {
        return new ReportReadException(Problem.error(ProblemMessage.of("problem.json.duplicateField"), key, SourceLocation.ofJsonPointer(pointer())
                .withLine(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr())));
    }

    /**
     * Reads the value at the parser's current token (advancing first if there is none) into a tree,
     * numbers as exact decimals, duplicate keys rejected: for values that are skipped or quoted.
     */
    static JsonNode readTree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
            if (t == null) {
                throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.empty"), null,
                        SourceLocation.ofJsonPointer("")));
            }
        }
        return value(p, t);
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                com.fasterxml.jackson.databind.node.ObjectNode o = NODES.objectNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (o.has(key)) {
                        throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.duplicateField"), key,
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
                // exact: no double, no stripping
                return DecimalNode.valueOf(decimal(p, p.getParsingContext().pathAsPointer().toString()));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.unexpectedToken", t), p.getText(),
                        SourceLocation.ofJsonPointer(p.getParsingContext().pathAsPointer().toString())));
        }
    }

    /**
     * The current number as an exact decimal. A number that is valid JSON but that no
     * {@code BigDecimal} can hold (an exponent beyond an {@code int}, such as {@code 1e2147483648})
     * is a bad value at its pointer, not a {@code NumberFormatException}.
     */
    static BigDecimal decimal(JsonParser p, String pointer) throws IOException {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ReportReadException(Problem.error(ProblemMessage.of("problem.json.numberNotExact"),
                    shorten(p.getText()), SourceLocation.ofJsonPointer(pointer)), e);
        }
    }

    private static String shorten(JsonNode n) {
        return shorten(n.isTextual() ? n.textValue() : n.toString());
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }

    static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }
}
