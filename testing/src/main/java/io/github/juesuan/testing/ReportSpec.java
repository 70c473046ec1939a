package io.github.juesuan.testing;

import io.github.juesuan.classification.FunctionCode;
import java.util.List;

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

    ReportSpec(String department, int year, boolean consolidated, boolean blankZeros, long beginningBalance,
            long threeBudgetSlack, List<Leaf> leaves, List<Project> projects) {
        this.department = department;
        this.year = year;
        this.consolidated = consolidated;
        this.blankZeros = blankZeros;
        this.beginningBalance = beginningBalance;
        this.threeBudgetSlack = threeBudgetSlack;
        this.leaves = leaves;
        this.projects = projects;
    }

    @Override
    public String toString() {
        return "ReportSpec[" + department + " " + year + (consolidated ? " 汇总" : " 本级") + ", leaves=" + leaves
                + ", projects=" + projects + "]";
    }
}
