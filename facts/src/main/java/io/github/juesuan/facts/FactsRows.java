package io.github.juesuan.facts;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.EconomicCatalog;
import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.IndicatorValue;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.Cell;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Outcome;
import io.github.juesuan.validation.Rule;
import io.github.juesuan.validation.RuleCatalog;
import io.github.juesuan.validation.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Turns one input into the rows of the four tables, each row checked against its column types. */
final class FactsRows {

    /** Receives the rows of one table. */
    interface Consumer {
        void accept(FactsTable table, Object[] row) throws IOException;
    }

    private static final BigDecimal DECIMAL_LIMIT = new BigDecimal("1E12");

    private final FactsSource source;
    private final Consumer consumer;

    FactsRows(FactsSource source, Consumer consumer) {
        this.source = source;
        this.consumer = consumer;
    }

    /** One row being filled, by column name. */
    private final class Row {
        final FactsTable table;
        final Object[] values;

        Row(FactsTable table) {
            this.table = table;
            this.values = new Object[table.getColumns().size()];
            values[0] = source.getName();
            values[1] = source.getSha256().orElse(null);
        }

        Row set(String column, Object value) {
            int i = table.indexOf(column);
            values[i] = value;
            return this;
        }

        void emit() throws IOException {
            consumer.accept(table, values);
        }
    }

    int cells(FinalAccountReport report) throws IOException {
        FunctionCatalog functions = FunctionCatalog.forYear(report.getFiscalYear());
        EconomicCatalog economics = EconomicCatalog.forYear(report.getFiscalYear());
        int count = 0;
        for (ReportTable t : report.tables()) {
            TableId id = t.getTableId();
            List<? extends TableColumn> columns = t.columns();
            RowKey previous = null;
            int rowNumber = 0;
            for (Cell c : t.cells()) {
                RowKey key = c.getRow();
                if (!key.equals(previous)) {
                    rowNumber++;
                    previous = key;
                }
                Row r = new Row(FactsTable.CELLS);
                head(r, report);
                r.set("scope", report.getScope().name())
                        .set("table_id", id.name()).set("table_label", id.getLabel()).set("table_title", id.getTitle())
                        .set("table_edition", t.getEdition().getYear()).set("row_number", rowNumber)
                        .set("row_kind", key.getKind().name()).set("row_key", key.getValue())
                        .set("row_name", c.getRowName())
                        .set("column_id", c.getColumn().getId())
                        .set("column_number", columns.indexOf(c.getColumn()) + 1)
                        .set("column_name", c.getColumn().getChineseName())
                        .set("amount", c.getAmount().map(a -> amount(a, c.toString())).orElse(null))
                        .set("blank", c.isBlank());
                Optional<FunctionCode> f = key.getFunctionCode();
                Optional<EconomicCode> e = key.getEconomicCode();
                if (f.isPresent()) {
                    FunctionCode code = f.get();
                    code(r, code, code.getLevel(), code.getParent(), code.getClassCode(), functions.nameOf(code));
                } else if (e.isPresent()) {
                    EconomicCode code = e.get();
                    code(r, code, code.getLevel(), code.getParent(), code.getClassCode(), economics.nameOf(code));
                }
                r.emit();
                count++;
            }
        }
        return count;
    }

    private static void code(Row r, Object code, io.github.juesuan.classification.CodeLevel level,
            Optional<?> parent, Object classCode, Optional<String> catalogName) {
        r.set("code", code.toString()).set("code_level", level.getChineseName())
                .set("parent_code", parent.map(Object::toString).orElse(null))
                .set("class_code", classCode.toString()).set("catalog_name", catalogName.orElse(null));
    }

    void findings(FinalAccountReport report, ValidationResult validation) throws IOException {
        RuleCatalog rules = RuleCatalog.standard();
        int n = 0;
        for (Finding f : validation.getFindings()) {
            Location l = f.getLocation();
            // a finding about the 绩效自评表 of no one project (or the whole report) has an empty project
            Optional<String> project = l.getProject().filter(p -> !p.isBlank());
            String where = "finding " + f.getRuleId() + " at " + l;
            Row r = new Row(FactsTable.FINDINGS);
            head(r, report);
            r.set("finding_number", ++n).set("rule_id", f.getRuleId())
                    .set("family", rules.find(f.getRuleId()).map(Rule::getFamily).map(Enum::name)
                            .orElse(f.getRuleId().contains(".") ? f.getRuleId().substring(0, f.getRuleId().indexOf('.')) : null))
                    .set("severity", f.getSeverity().name()).set("outcome", f.getOutcome().name())
                    .set("table_id", f.getTable().map(Enum::name).orElse(null))
                    .set("table_label", l.getTable().isPresent() || project.isPresent() ? l.tableLabel(true) : null)
                    .set("row_key", f.getRow().map(RowKey::getValue).orElse(null))
                    .set("column_id", f.getColumn().map(TableColumn::getId).orElse(null))
                    .set("project", project.orElse(null))
                    .set("expected", f.getExpected().map(v -> figure(v, where + " expected")).orElse(null))
                    .set("actual", f.getActual().map(v -> figure(v, where + " actual")).orElse(null))
                    .set("difference", f.getDifference().map(v -> figure(v, where + " difference")).orElse(null))
                    .set("allowance", f.getAllowance().map(v -> figure(v, where + " allowance")).orElse(null))
                    .set("likely_culprit", f.getLikelyCulprit().map(c -> c.format(java.util.Locale.CHINESE)).orElse(null))
                    .set("message_zh", f.getMessage(java.util.Locale.CHINESE))
                    .set("message_en", f.getMessage(java.util.Locale.ENGLISH));
            r.emit();
        }
    }

    void report(ReadResult read, ValidationResult validation, int cellCount) throws IOException {
        Row r = new Row(FactsTable.REPORTS);
        List<Problem> problems = read.getProblems();
        long errors = problems.stream().filter(Problem::isError).count();
        r.set("read_status", read.getReport().isEmpty() ? "FAILED" : errors > 0 ? "READ_WITH_ERRORS" : "READ")
                .set("reason", problems.stream().filter(Problem::isError).findFirst().map(Problem::toString).orElse(null))
                .set("problem_count", problems.size()).set("problem_errors", (int) errors)
                .set("validated", validation != null);
        if (validation != null) {
            List<Finding> all = validation.getFindings();
            int[] bySeverity = new int[io.github.juesuan.validation.Severity.values().length];
            int notAssessed = 0;
            for (Finding f : all) {
                bySeverity[f.getSeverity().ordinal()]++;
                notAssessed += f.getOutcome() == Outcome.NOT_ASSESSED ? 1 : 0;
            }
            r.set("findings_total", all.size())
                    .set("findings_error", bySeverity[io.github.juesuan.validation.Severity.ERROR.ordinal()])
                    .set("findings_warning", bySeverity[io.github.juesuan.validation.Severity.WARNING.ordinal()])
                    .set("findings_rounding", bySeverity[io.github.juesuan.validation.Severity.ROUNDING.ordinal()])
                    .set("findings_info", bySeverity[io.github.juesuan.validation.Severity.INFO.ordinal()])
                    .set("findings_not_assessed", notAssessed);
        }
        if (read.getReport().isPresent()) {
            FinalAccountReport report = read.getReport().get();
            head(r, report);
            r.set("scope", report.getScope().name());
            int present = 0;
            int empty = 0;
            int absent = 0;
            int unreadable = 0;
            StringBuilder presence = new StringBuilder();
            for (TableId id : TableId.values()) {
                TablePresence p = report.getPresence(id);
                // by name, so that a presence added to the enum later counts as unreadable rather than failing
                switch (p.name()) {
                    case "PRESENT":
                        present++;
                        break;
                    case "DECLARED_EMPTY":
                        empty++;
                        break;
                    case "ABSENT":
                        absent++;
                        break;
                    default:
                        unreadable++;
                }
                presence.append(presence.length() == 0 ? "" : ";").append(id.name()).append('=').append(p.name());
            }
            r.set("tables_present", present).set("tables_empty", empty).set("tables_absent", absent)
                    .set("tables_unreadable", unreadable).set("table_presence", presence.toString())
                    .set("cell_count", cellCount).set("project_count", report.getPerformanceEvaluations().size());
        }
        r.emit();
    }

    void performance(FinalAccountReport report) throws IOException {
        int p = 0;
        for (ProjectPerformanceEvaluation e : report.getPerformanceEvaluations()) {
            p++;
            String where = "项目支出绩效自评表（" + e.getProjectName() + "）";
            int line = 1;
            Row project = projectRow(report, p, e, "PROJECT", line);
            project.set("competent_department", e.getCompetentDepartment().orElse(null))
                    .set("implementing_unit", e.getImplementingUnit().orElse(null))
                    .set("score", e.getTotalScore().map(s -> figure(s.getPoints(), where + " 总分")).orElse(null));
            project.emit();
            for (FundingRow f : e.getFunding()) {
                String at = where + " " + f.getLabel();
                Row r = projectRow(report, p, e, "FUNDING", ++line);
                r.set("funding_source", f.getSource().name()).set("funding_label", f.getLabel())
                        .set("initial_budget", f.getInitialBudget().map(a -> amount(a, at + " 年初预算数")).orElse(null))
                        .set("full_year_budget", f.getFullYearBudget().map(a -> amount(a, at + " 全年预算数")).orElse(null))
                        .set("executed", f.getExecuted().map(a -> amount(a, at + " 全年执行数")).orElse(null))
                        .set("execution_rate", f.getExecutionRate().map(Rate::getPercent).map(v -> figure(v, at + " 执行率")).orElse(null))
                        .set("score", f.getScore().map(Score::getPoints).map(v -> figure(v, at + " 得分")).orElse(null));
                r.emit();
            }
            for (PerformanceIndicator i : e.getIndicators()) {
                String at = where + " " + i.getName();
                Row r = projectRow(report, p, e, "INDICATOR", ++line);
                IndicatorValue target = i.getTarget();
                IndicatorValue actual = i.getActual();
                r.set("level1", i.getLevel1()).set("level2", i.getLevel2()).set("indicator", i.getName())
                        .set("target_text", target.getText())
                        .set("target_comparison", target.getComparison().map(c -> c.getSymbol()).orElse(null))
                        .set("target_number", target.getNumber().map(FactsRows::figureOrNull).orElse(null))
                        .set("target_unit", target.getUnit().isEmpty() ? null : target.getUnit())
                        .set("actual_text", actual.getText())
                        .set("actual_number", actual.getNumber().map(FactsRows::figureOrNull).orElse(null))
                        .set("weight", i.getWeight().map(Score::getPoints).map(v -> figure(v, at + " 权重")).orElse(null))
                        .set("score", i.getScore().map(Score::getPoints).map(v -> figure(v, at + " 自评得分")).orElse(null))
                        .set("deviation", i.getDeviationAnalysis().isEmpty() ? null : i.getDeviationAnalysis());
                r.emit();
            }
        }
    }

    private Row projectRow(FinalAccountReport report, int number, ProjectPerformanceEvaluation e, String kind, int line) {
        Row r = new Row(FactsTable.PERFORMANCE);
        head(r, report);
        return r.set("project_number", number).set("project", e.getProjectName()).set("line_kind", kind)
                .set("line_number", line);
    }

    private static void head(Row r, FinalAccountReport report) {
        r.set("department", report.getDepartment()).set("fiscal_year", report.getFiscalYear().getValue());
    }

    /** An amount at scale 2, or an error naming it and its cell when it does not fit DECIMAL(18,2). */
    private BigDecimal amount(Amount a, String where) {
        return decimal(a.toBigDecimal(), FactsType.AMOUNT, where);
    }

    private BigDecimal figure(BigDecimal v, String where) {
        return decimal(v, FactsType.FIGURE, where);
    }

    private BigDecimal decimal(BigDecimal v, FactsType type, String where) {
        BigDecimal scaled = fit(v, type);
        if (scaled == null) {
            throw new IllegalArgumentException(v.toPlainString() + " of " + where + " in " + source.getName()
                    + " does not fit " + type.getSqlType() + " exactly");
        }
        return scaled;
    }

    private static BigDecimal figureOrNull(BigDecimal v) {
        return fit(v, FactsType.FIGURE);
    }

    /** The value at the type's scale, or null if that would round it or it has more than 18 digits. */
    private static BigDecimal fit(BigDecimal v, FactsType type) {
        BigDecimal scaled;
        try {
            scaled = v.setScale(type.getScale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return null;
        }
        BigDecimal limit = type == FactsType.AMOUNT ? DECIMAL_LIMIT.scaleByPowerOfTen(4) : DECIMAL_LIMIT;
        return scaled.abs().compareTo(limit) < 0 ? scaled : null;
    }
}
