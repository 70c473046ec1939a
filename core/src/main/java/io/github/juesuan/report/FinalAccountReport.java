package io.github.juesuan.report;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.internal.JuesuanStyle;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One published department final-account report (部门决算): who and which year, 第一部分 部门概况,
 * the table set 公开01表 … 公开09表, the 项目支出绩效自评表, and the prose of 第三部分 and 第四部分.
 *
 * <p>A table is either present (possibly declared empty, see {@link ReportTable#getPresence()})
 * or absent from the document ({@code Optional.empty()}): {@link #getPresence(TableId)} tells the
 * three facts apart. Sums are not checked here: a report whose numbers do not add up still loads,
 * and the validator reports it.
 *
 * <pre>{@code
 * FinalAccountReport report = FinalAccountReport.builder()
 *     .department("吉林省人民政府办公厅（本级）")
 *     .fiscalYear(FiscalYear.of(2024))
 *     .scope(ReportScope.SELF)
 *     .expenditure(ExpenditureTable.builder()
 *         .addRows(ExpenditureRow.of("201", "一般公共服务支出", "5987.96", "4355.40", "1632.56"))
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JuesuanStyle
@io.github.juesuan.validation.ConsistentReport
public abstract class FinalAccountReport {

    FinalAccountReport() {
    }

    /**
     * Gets the department (部门) as printed, such as {@code 吉林省人民政府办公厅（本级）}.
     *
     * @return the department
     */
    @NotBlank
    public abstract String getDepartment();

    /**
     * Gets the fiscal year the report accounts for.
     *
     * @return the fiscal year
     */
    @NotNull
    public abstract FiscalYear getFiscalYear();

    /**
     * Gets whether the report covers the unit alone (本级) or consolidates units (汇总).
     *
     * @return the scope, {@link ReportScope#SELF} unless set
     */
    @Value.Default
    public ReportScope getScope() {
        return ReportScope.SELF;
    }

    /**
     * Gets the units whose accounts the report includes (部门决算单位构成), as printed.
     *
     * @return the unit names
     */
    public abstract List<String> getConsolidatedUnits();

    /**
     * Gets the kind of unit, where the report states it.
     *
     * @return the kind
     */
    public abstract Optional<UnitKind> getUnitKind();

    /**
     * Gets the publication date printed on the cover.
     *
     * @return the date, empty if none is printed
     */
    public abstract Optional<LocalDate> getPublicationDate();

    /**
     * Gets the amount unit of the tables; always 万元 in the current templates.
     *
     * @return the unit
     */
    @Value.Default
    public String getAmountUnit() {
        return "万元";
    }

    /**
     * Gets the duties (部门职责), one item per entry, as printed.
     *
     * @return the duties
     */
    public abstract List<String> getDuties();

    /**
     * Gets the internal bodies (内设机构), as printed.
     *
     * @return the internal bodies
     */
    public abstract List<String> getInternalBodies();

    /** @return 公开01表, empty if absent from the document */
    @Valid
    public abstract Optional<IncomeExpenditureSummaryTable> getSummary();

    /** @return 公开02表, empty if absent from the document */
    @Valid
    public abstract Optional<IncomeTable> getIncome();

    /** @return 公开03表, empty if absent from the document */
    @Valid
    public abstract Optional<ExpenditureTable> getExpenditure();

    /** @return 公开04表, empty if absent from the document */
    @Valid
    public abstract Optional<FiscalSummaryTable> getFiscalSummary();

    /** @return 公开05表, empty if absent from the document */
    @Valid
    public abstract Optional<GeneralBudgetExpenditureTable> getGeneralBudgetExpenditure();

    /** @return 公开06表, empty if absent from the document */
    @Valid
    public abstract Optional<BasicExpenditureDetailTable> getBasicExpenditureDetail();

    /** @return 公开07表, empty if absent from the document */
    @Valid
    public abstract Optional<GovernmentFundTable> getGovernmentFund();

    /** @return 公开08表, empty if absent from the document */
    @Valid
    public abstract Optional<StateCapitalTable> getStateCapital();

    /** @return 公开09表, empty if absent from the document */
    @Valid
    public abstract Optional<ThreePublicExpensesTable> getThreePublicExpenses();

    /**
     * Gets the 项目支出绩效自评表, in printed order.
     *
     * @return the evaluations
     */
    @Valid
    public abstract List<ProjectPerformanceEvaluation> getPerformanceEvaluations();

    /**
     * Gets the structured facts of 第三部分 (机关运行经费, 政府采购, 国有资产占用).
     *
     * @return the facts, empty if the report states none
     */
    @Valid
    public abstract Optional<OtherMatters> getOtherMatters();

    /**
     * Gets the prose sections (第一部分, 第三部分, 第四部分) by heading, in printed order.
     *
     * @return the sections
     */
    @Valid
    public abstract List<NarrativeSection> getNarrative();

    /**
     * Gets a table by id.
     *
     * @param id the table id
     * @return the table, empty if absent from the document
     */
    public Optional<ReportTable> getTable(TableId id) {
        switch (id) {
            case T01:
                return getSummary().map(t -> t);
            case T02:
                return getIncome().map(t -> t);
            case T03:
                return getExpenditure().map(t -> t);
            case T04:
                return getFiscalSummary().map(t -> t);
            case T05:
                return getGeneralBudgetExpenditure().map(t -> t);
            case T06:
                return getBasicExpenditureDetail().map(t -> t);
            case T07:
                return getGovernmentFund().map(t -> t);
            case T08:
                return getStateCapital().map(t -> t);
            default:
                return getThreePublicExpenses().map(t -> t);
        }
    }

    /**
     * Tells whether a table is present, declared empty or absent.
     *
     * @param id the table id
     * @return the presence
     */
    public TablePresence getPresence(TableId id) {
        Optional<ReportTable> t = getTable(id);
        if (t.isPresent()) {
            return t.get().getPresence();
        }
        return getUnreadableTables().contains(id) ? TablePresence.UNREADABLE : TablePresence.ABSENT;
    }

    /**
     * Gets the tables that the document shows (by their titles at least) but whose bodies the reader
     * could not read; the reader's problems say what it saw. Such a table is
     * {@link TablePresence#UNREADABLE}, not absent: the validator does not assess it.
     *
     * @return the unreadable tables, none of them present in the report
     */
    public abstract java.util.Set<TableId> getUnreadableTables();

    @Value.Check
    void checkUnreadableTablesAreNotPresent() {
        for (TableId id : getUnreadableTables()) {
            if (getTable(id).isPresent()) {
                throw new IllegalStateException(id.getLabel() + " is both read and marked unreadable");
            }
        }
    }

    /**
     * Gets the tables the document has, in table order.
     *
     * @return the present tables (declared empty ones included)
     */
    public List<ReportTable> tables() {
        List<ReportTable> out = new ArrayList<>(9);
        for (TableId id : TableId.values()) {
            getTable(id).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Lists every cell of every table, in table order.
     *
     * @return the cells
     */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (ReportTable t : tables()) {
            out.addAll(t.cells());
        }
        return out;
    }

    /**
     * Finds the evaluation of a project by name.
     *
     * @param projectName the project name as printed
     * @return the evaluation, empty if none
     */
    public Optional<ProjectPerformanceEvaluation> findPerformanceEvaluation(String projectName) {
        return getPerformanceEvaluations().stream().filter(p -> p.getProjectName().equals(projectName)).findFirst();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised from a report, to change some of its parts.
     *
     * @param report the report to copy
     * @return the builder
     */
    public static Builder builder(FinalAccountReport report) {
        return (Builder) new Builder().from(report);
    }

    /** Builds a {@link FinalAccountReport}. */
    public static final class Builder extends ImmutableFinalAccountReport.Builder {
        Builder() {
        }

        /**
         * Sets a table in its place, whichever it is ({@link ReportTable#getTableId()}), as a reader
         * that builds tables by their {@link TableDescriptor} has them.
         *
         * @param table the table, not null
         * @return this
         */
        public Builder table(ReportTable table) {
            switch (table.getTableId()) {
                case T01:
                    summary((IncomeExpenditureSummaryTable) table);
                    break;
                case T02:
                    income((IncomeTable) table);
                    break;
                case T03:
                    expenditure((ExpenditureTable) table);
                    break;
                case T04:
                    fiscalSummary((FiscalSummaryTable) table);
                    break;
                case T05:
                    generalBudgetExpenditure((GeneralBudgetExpenditureTable) table);
                    break;
                case T06:
                    basicExpenditureDetail((BasicExpenditureDetailTable) table);
                    break;
                case T07:
                    governmentFund((GovernmentFundTable) table);
                    break;
                case T08:
                    stateCapital((StateCapitalTable) table);
                    break;
                default:
                    threePublicExpenses((ThreePublicExpensesTable) table);
                    break;
            }
            return this;
        }
    }
}
