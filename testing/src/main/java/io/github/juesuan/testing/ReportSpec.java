package io.github.juesuan.testing;

import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The small description from which {@link ReportArbitraries} derives a consistent report: the
 * leaf 项 and their figures in cents of 万元; all totals are computed from them.
 */
final class ReportSpec {

    /** One 项 with its figures in cents of 万元. */
    static final class Leaf {
        final FunctionCode item;
        final long personnel;
        final long publicUse;
        final long project;
        final long otherIncome;

        Leaf(FunctionCode item, long personnel, long publicUse, long project, long otherIncome) {
            this.item = item;
            this.personnel = personnel;
            this.publicUse = publicUse;
            this.project = project;
            this.otherIncome = otherIncome;
        }

        @Override
        public String toString() {
            return item + "[" + personnel + "," + publicUse + "," + project + "," + otherIncome + "]";
        }
    }

    /**
     * One 项 of 公开07表 or 公开08表 with its figures in cents of 万元: expenditure (basic, project),
     * opening balances (basic, project) and the income beyond the year's expenditure (basic, project).
     */
    static final class FundLeaf {
        final FunctionCode item;
        final long basic;
        final long project;
        final long beginBasic;
        final long beginProject;
        final long extraBasic;
        final long extraProject;

        FundLeaf(FunctionCode item, long basic, long project, long beginBasic, long beginProject, long extraBasic,
                long extraProject) {
            this.item = item;
            this.basic = basic;
            this.project = project;
            this.beginBasic = beginBasic;
            this.beginProject = beginProject;
            this.extraBasic = extraBasic;
            this.extraProject = extraProject;
        }

        @Override
        public String toString() {
            return item + "[" + basic + "," + project + "," + beginBasic + "," + beginProject + "," + extraBasic + ","
                    + extraProject + "]";
        }
    }

    /** One project's performance evaluation. */
    static final class Project {
        final String name;
        final long budget;
        final long executed;
        final boolean weighted;
        final List<Long> indicatorScores;

        Project(String name, long budget, long executed, boolean weighted, List<Long> indicatorScores) {
            this.name = name;
            this.budget = budget;
            this.executed = executed;
            this.weighted = weighted;
            this.indicatorScores = indicatorScores;
        }

        @Override
        public String toString() {
            return name + "[" + budget + "/" + executed + (weighted ? ", weighted" : "") + "]";
        }
    }

    final String department;
    final int year;
    final boolean consolidated;
    final boolean blankZeros;
    final long beginningBalance;
    final long threeBudgetSlack;
    final List<Leaf> leaves;
    final List<Project> projects;
    /** The leaves of 公开07表, empty when the report has no government fund appropriation. */
    final List<FundLeaf> fundLeaves;
    /** The leaves of 公开08表, empty when the report has no state capital appropriation. */
    final List<FundLeaf> capitalLeaves;
    /** How each table is printed; 07 and 08 declared empty and the others present by default. */
    final Map<TableId, TablePresence> presence;

    ReportSpec(String department, int year, boolean consolidated, boolean blankZeros, long beginningBalance,
            long threeBudgetSlack, List<Leaf> leaves, List<Project> projects) {
        this(department, year, consolidated, blankZeros, beginningBalance, threeBudgetSlack, leaves, projects,
                List.of(), List.of(), defaultPresence());
    }

    ReportSpec(String department, int year, boolean consolidated, boolean blankZeros, long beginningBalance,
            long threeBudgetSlack, List<Leaf> leaves, List<Project> projects, List<FundLeaf> fundLeaves,
            List<FundLeaf> capitalLeaves, Map<TableId, TablePresence> presence) {
        this.fundLeaves = fundLeaves;
        this.capitalLeaves = capitalLeaves;
        this.presence = presence;
        this.department = department;
        this.year = year;
        this.consolidated = consolidated;
        this.blankZeros = blankZeros;
        this.beginningBalance = beginningBalance;
        this.threeBudgetSlack = threeBudgetSlack;
        this.leaves = leaves;
        this.projects = projects;
    }

    static Map<TableId, TablePresence> defaultPresence() {
        Map<TableId, TablePresence> m = new EnumMap<>(TableId.class);
        for (TableId id : TableId.values()) {
            m.put(id, id == TableId.T07 || id == TableId.T08 ? TablePresence.DECLARED_EMPTY : TablePresence.PRESENT);
        }
        return m;
    }

    TablePresence presenceOf(TableId id) {
        return presence.getOrDefault(id, TablePresence.PRESENT);
    }

    @Override
    public String toString() {
        return "ReportSpec[" + department + " " + year + (consolidated ? " 汇总" : " 本级") + ", leaves=" + leaves
                + (fundLeaves.isEmpty() ? "" : ", 07=" + fundLeaves)
                + (capitalLeaves.isEmpty() ? "" : ", 08=" + capitalLeaves)
                + ", projects=" + projects + ", presence=" + presence + "]";
    }
}
