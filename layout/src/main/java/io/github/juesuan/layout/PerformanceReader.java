package io.github.juesuan.layout;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.PerformanceIndicator;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the 项目支出绩效自评表 of a document. The layouts seen in real text are irregular: labels
 * broken over lines ({@code 年度资} / {@code 金总额}), cells shifted by empty cells, 一级/二级指标
 * printed only on the first row of a group or in the wrong cell, 三级指标 missing. The reader goes
 * by what each cell holds rather than by its position.
 */
final class PerformanceReader {

    private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
    private static final String GOAL_LABEL = "年度总体目标";
    private static final String[][] FUNDING_LABELS = {{"年度资金总额", "TOTAL"}, {"年度资金总和", "TOTAL"},
        {"当年财政拨款", "CURRENT_APPROPRIATION"}, {"上年结转资金", "PRIOR_YEAR_CARRYOVER"}, {"其他资金", "OTHER"}};
    private static final String SATISFACTION = "满意度指标";
    private static final String SATISFACTION_LEVEL2 = "服务对象满意度指标";

    private final ReadContext ctx;

    PerformanceReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** Reads every evaluation in the lines; each starts at a 项目名称 row. */
    List<ProjectPerformanceEvaluation> read(List<String> lines, int from, int to) {
        List<List<Row>> tables = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Row r = Row.parse(i + 1, lines.get(i));
            if (r == null || r.isBlank()) {
                continue;
            }
            if (r.indexOf(0, "项目名称") >= 0) {
                tables.add(new ArrayList<>());
            }
            if (!tables.isEmpty()) {
                tables.get(tables.size() - 1).add(r);
            }
        }
        List<ProjectPerformanceEvaluation> out = new ArrayList<>();
        for (List<Row> t : tables) {
            evaluation(t).ifPresent(out::add);
        }
        return out;
    }

    private enum Mode { HEAD, GOALS, INDICATORS }

    private Optional<ProjectPerformanceEvaluation> evaluation(List<Row> rows) {
        ProjectPerformanceEvaluation.Builder e = ProjectPerformanceEvaluation.builder();
        Map<FundingSource, Integer> fundingLines = new EnumMap<>(FundingSource.class);
        Indicators indicators = new Indicators();
        int totalLine = 0;
        int projectLine = rows.get(0).line;
        String name = null;
        Mode mode = Mode.HEAD;
        boolean weighted = false;
        int actualColumn = Integer.MAX_VALUE;
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        int[] fundingColumns = null;
        int[] indicatorColumns = null;
        for (Row row : rows) {
            int p = row.indexOf(0, "项目名称");
            if (p >= 0) {
                name = next(row, p).map(ctx::printed).orElse(null);
                continue;
            }
            int dep = row.indexOf(0, "主管部门");
            int unit = row.indexOf(0, "实施单位");
            if (dep >= 0 || unit >= 0) {
                if (dep >= 0) {
                    next(row, dep).filter(s -> !Texts.norm(s).equals("实施单位")).ifPresent(e::competentDepartment);
                }
                if (unit >= 0) {
                    next(row, unit).ifPresent(e::implementingUnit);
                }
                continue;
            }
            if (row.indexOf(0, "一级指标", "三级指标") >= 0) {
                mode = Mode.INDICATORS;
                weighted = row.indexOf(0, "权重") >= 0;
                indicatorColumns = ctx.asTyped ? indicatorColumns(row) : null;
                continue;
            }
            int goal = row.indexOf(0, "预期目标");
            if (goal >= 0) {
                mode = Mode.GOALS;
                int a = row.indexOf(0, "实际完成情况");
                actualColumn = a >= 0 ? a : Integer.MAX_VALUE;
                continue;
            }
            int total = row.indexOf(0, "总分");
            if (total >= 0) {
                totalLine = row.line;
                for (int i = total + 1; i < row.size(); i++) {
                    if (!row.cell(i).isEmpty()) {
                        parse(row, i, Score::parse, "总分").ifPresent(e::totalScore);
                        break;
                    }
                }
                continue;
            }
            if (ctx.asTyped && row.indexOf(0, FUNDING_HEADER[0]) >= 0) {
                fundingColumns = fundingColumns(row);
                continue;
            }
            if (fundingRow(row, e, fundingLines, fundingColumns)) {
                continue;
            }
            if (mode == Mode.GOALS) {
                for (int i : row.filled()) {
                    String c = row.cell(i);
                    String n = Texts.norm(c);
                    if (GOAL_LABEL.contains(n)) {
                        continue; // the label 年度总体目标, possibly broken over lines
                    }
                    (i < actualColumn ? expected : actual).append(ctx.printed(c));
                }
            } else if (mode == Mode.INDICATORS) {
                indicator(row, weighted, indicators, indicatorColumns);
            } else if (!row.cell(row.filled().isEmpty() ? 0 : row.filled().get(0)).isEmpty()
                    && row.indexOf(0, "项目资金") < 0 && !isFragment(row)) {
                ctx.problem(row.line, 0, "problem.layout.performance.rowNotRecognised", name == null ? "" : name);
            }
        }
        if (name == null || name.isEmpty()) {
            ctx.problem(projectLine, 0, "problem.layout.performance.noProjectName");
            return Optional.empty();
        }
        e.addAllIndicators(ctx.asTyped ? indicators.asPrinted() : indicators.read);
        e.projectName(name).expectedGoal(expected.toString()).actualOutcome(actual.toString());
        ctx.evaluationLocations.add(new EvaluationLocation(projectLine, fundingLines, indicators.lines, totalLine));
        return Optional.of(e.build());
    }

    private static boolean isFragment(Row row) {
        return row.filled().size() == 1 && row.norm(row.filled().get(0)).length() <= 4;
    }

    private static Optional<String> next(Row row, int index) {
        for (int i = index + 1; i < row.size(); i++) {
            if (!row.cell(i).isEmpty()) {
                return Optional.of(row.cell(i));
            }
        }
        return Optional.empty();
    }

    private <T> Optional<T> parse(Row row, int index, Function<String, T> parser, String what) {
        return ctx.parse(row.cell(index), parser, what, ctx.at(row.line, index + 1));
    }

    /** The header words of the funding rows' columns, in the order of their values. */
    private static final String[] FUNDING_HEADER = {"年初预算数", "全年预算数", "全年执行数", "执行率", "得分"};

    /**
     * The positions of the funding columns by their header words (a workbook keeps blank cells, so
     * a row's values stand under their header, not left to right), -1 where a column is not printed.
     */
    private static int[] fundingColumns(Row header) {
        int[] at = new int[FUNDING_HEADER.length];
        for (int k = 0; k < at.length; k++) {
            at[k] = -1;
            for (int i : header.filled()) {
                if (header.norm(i).startsWith(FUNDING_HEADER[k]) && at[k] < 0) {
                    at[k] = i;
                }
            }
        }
        return at;
    }

    /**
     * Reads a funding row (资金情况) if the row is one; its label may be broken ("年度资"). Its values
     * are read under the funding header's columns when they are known (a workbook's), else from the
     * left, blank cells having vanished.
     */
    private boolean fundingRow(Row row, ProjectPerformanceEvaluation.Builder e,
            Map<FundingSource, Integer> lines, int[] columns) {
        List<Integer> filled = row.filled();
        int labelAt = -1;
        FundingSource source = null;
        String printed = null;
        for (int i : filled) {
            String n = row.norm(i);
            if (n.startsWith("资金情况")) {
                continue;
            }
            for (String[] l : FUNDING_LABELS) {
                if (n.equals(l[0]) || (n.length() >= 2 && l[0].startsWith(n))) {
                    source = FundingSource.valueOf(l[1]);
                    printed = n.equals(l[0]) ? (ctx.asTyped ? row.cell(i) : l[0]) : source.getLabel();
                    labelAt = i;
                    break;
                }
            }
            break;
        }
        if (source == null) {
            return false;
        }
        List<Integer> values = new ArrayList<>();
        for (int i : filled) {
            if (i > labelAt) {
                values.add(i);
            }
        }
        if (columns != null) { // a workbook's row, blank values and all
            values.clear();
            for (int c : columns) {
                values.add(c); // -1: a column not printed, read as blank
            }
        }
        if (values.isEmpty()) {
            return true; // the label alone: the rest of a label broken over lines
        }
        if (lines.containsKey(source)) {
            ctx.problem(row.line, labelAt + 1, "problem.layout.performance.secondFundingRow", source.getLabel());
            return true;
        }
        FundingRow.Builder f = FundingRow.builder().source(source).label(printed);
        String what = "项目支出绩效自评表 " + printed;
        if (values.size() > 0) {
            parse(row, values.get(0), Amount::parse, what).ifPresent(f::initialBudget);
        }
        if (values.size() > 1) {
            parse(row, values.get(1), Amount::parse, what).ifPresent(f::fullYearBudget);
        }
        if (values.size() > 2) {
            parse(row, values.get(2), Amount::parse, what).ifPresent(f::executed);
        }
        if (values.size() > 3) {
            parse(row, values.get(3), Rate::parse, what).ifPresent(f::executionRate);
        }
        if (values.size() > 4) {
            parse(row, values.get(4), Score::parse, what).ifPresent(f::score);
        }
        for (int k = 5; k < values.size(); k++) {
            ctx.valueProblem(row.line, values.get(k) + 1, row.cell(values.get(k)), "problem.layout.performance.extraCell",
                    what, row.cell(values.get(k)));
        }
        e.addFunding(f.build());
        lines.put(source, row.line);
        return true;
    }

    private static boolean isLevel(String norm) {
        return norm.endsWith("指标") && norm.length() <= 12 && !norm.equals("绩效指标");
    }

    private static String impliedLevel1(String level2) {
        if (level2.contains("满意度")) {
            return "满意度指标";
        }
        if (level2.contains("效益") || level2.contains("影响")) {
            return "效益指标";
        }
        if (level2.contains("成本")) {
            return "成本指标";
        }
        if (level2.contains("数量") || level2.contains("质量") || level2.contains("时效")) {
            return "产出指标";
        }
        return null;
    }

    /**
     * The indicator rows of one table read so far, with the levels a row without printed levels
     * inherits, and the run of such rows since the last row that printed a level.
     */
    private static final class Indicators {
        final List<PerformanceIndicator> read = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        /** Index in {@link #read} of the first row of the current run of rows printing no level. */
        int runStart;
        /** The levels in force before that run. */
        String runLevel1 = "";
        String runLevel2 = "";
        /** Each level as first printed, by its normalised form (the levels are resolved normalised). */
        final Map<String, String> printed = new java.util.HashMap<>();

        /** The indicators with their levels as printed (as typed in a workbook). */
        List<PerformanceIndicator> asPrinted() {
            List<PerformanceIndicator> out = new ArrayList<>(read.size());
            for (PerformanceIndicator i : read) {
                out.add(PerformanceIndicator.builder().from(i).level1(printed.getOrDefault(i.getLevel1(), i.getLevel1()))
                        .level2(printed.getOrDefault(i.getLevel2(), i.getLevel2())).build());
            }
            return out;
        }
    }

    /**
     * Resolves the levels printed on a row (in printed order, the placeholder 绩效指标 left out)
     * against the inherited ones.
     *
     * <p>Levels are kept as printed: a level printed in the 一级指标 cell stays the 一级指标 even if
     * it is not one of the four 一级 names ({@code 社会效益指标 | 社会效益指标} is read as such, not
     * "corrected" to 效益指标). A 一级指标 is implied from the 二级指标 only where none is printed on
     * the row, and the one 二级指标 of 满意度指标 (服务对象满意度指标) where a 满意度指标 group prints no
     * 二级指标.
     *
     * @return {一级, 二级}
     */
    private static String[] resolveLevels(List<String> level, String inherited1, String inherited2) {
        String l1 = null;
        String l2 = null;
        List<String> printed1 = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String l : level) {
            if (LEVEL1.contains(l) && (printed1.isEmpty() || l2 == null)) {
                printed1.add(l);
            } else {
                l2 = l;
                others.add(l);
            }
        }
        if (!printed1.isEmpty()) {
            // a 一级指标 printed in the wrong cell (vertically centred over a group): prefer the one
            // the 二级指标 belongs to
            String implied = l2 == null ? null : impliedLevel1(l2);
            l1 = implied != null && printed1.contains(implied) ? implied : printed1.get(0);
        } else if (others.size() >= 2) {
            // two levels, neither one of the four 一级 names: the first is printed in the 一级指标 cell
            l1 = others.get(others.size() - 2);
        }
        if (l2 != null) {
            if (l1 == null) {
                String implied = impliedLevel1(l2);
                l1 = implied != null ? implied : inherited1;
            }
        } else {
            l2 = l1 == null || l1.equals(inherited1) ? inherited2 : "";
            l1 = l1 == null ? inherited1 : l1;
        }
        if (l2.isEmpty() && l1.equals(SATISFACTION)) {
            l2 = SATISFACTION_LEVEL2;
        }
        return new String[] {l1, l2};
    }

    /**
     * A row holding nothing but a level: the label of a group printed below its rows (a cell
     * vertically centred over rows the extraction put above it), as {@code 满意度指标} under the
     * row 服务对象满意度 of 省政府印刷费. The rows since the last row that printed a level take it; the
     * rows after it inherit it.
     */
    private static void trailingLevel(List<String> level, Indicators ind) {
        if (ind.runStart < ind.read.size()) {
            String[] l = resolveLevels(level, ind.runLevel1, ind.runLevel2);
            for (int k = ind.runStart; k < ind.read.size(); k++) {
                PerformanceIndicator.Builder b = PerformanceIndicator.builder();
                b.from(ind.read.get(k));
                b.level1(l[0]);
                b.level2(l[1]);
                ind.read.set(k, b.build());
            }
            ind.level1 = l[0];
            ind.level2 = l[1];
        } else {
            String[] l = resolveLevels(level, ind.level1, ind.level2);
            ind.level1 = l[0];
            ind.level2 = l[1];
        }
        ind.runStart = ind.read.size();
        ind.runLevel1 = ind.level1;
        ind.runLevel2 = ind.level2;
    }

    /** The header words of the indicators' columns after the levels, in the order of {@link #indicatorColumns}. */
    private static final String[][] INDICATOR_HEADER = {{"三级指标"}, {"年度指标值", "指标值"}, {"实际完成值"},
        {"权重", "分值"}, {"自评得分", "得分"}, {"偏差原因"}};

    /**
     * The positions of the indicators' columns (三级指标, 指标值, 实际完成值, 权重, 得分, 偏差原因) by their
     * header words, -1 where not printed: a workbook keeps blank cells, so a row's values stand under
     * their header.
     */
    private static int[] indicatorColumns(Row header) {
        int[] at = new int[INDICATOR_HEADER.length];
        for (int k = 0; k < at.length; k++) {
            at[k] = -1;
            for (String word : INDICATOR_HEADER[k]) {
                for (int i : header.filled()) {
                    if (at[k] < 0 && header.norm(i).startsWith(word)) {
                        at[k] = i;
                    }
                }
            }
        }
        return at;
    }

    /** Reads an indicator row into ind, whose inherited levels it updates; its values under their columns if known. */
    private void indicator(Row row, boolean weighted, Indicators ind, int[] columns) {
        List<String> level = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i : row.filled()) {
            String n = row.norm(i);
            if (rest.isEmpty() && (n.equals("绩效指标") || isLevel(n))) {
                if (!n.equals("绩效指标")) {
                    level.add(n);
                    ind.printed.putIfAbsent(n, row.cell(i).strip());
                }
            } else {
                rest.add(i);
            }
        }
        if (rest.isEmpty() && !level.isEmpty()) {
            trailingLevel(level, ind);
            return;
        }
        boolean underColumns = columns != null && columns[0] >= 0;
        if (rest.isEmpty() || rest.size() < 2 && !(underColumns && rest.get(0) == columns[0])) {
            return; // a fragment of a broken word; under a workbook's columns a name alone is an indicator
        }
        String[] l = resolveLevels(level, ind.level1, ind.level2);
        String l1 = l[0];
        String l2 = l[1];
        Optional<PerformanceIndicator> read = underColumns
                ? Optional.of(indicatorUnder(row, columns, l1, l2)) : indicatorValues(row, weighted, rest, l1, l2);
        if (read.isEmpty()) {
            return;
        }
        if (!level.isEmpty()) {
            ind.runStart = ind.read.size() + 1;
            ind.runLevel1 = l1;
            ind.runLevel2 = l2;
        }
        ind.level1 = l1;
        ind.level2 = l2;
        ind.read.add(read.get());
        ind.lines.add(row.line);
    }

    /** Reads an indicator's values under the header's columns (a workbook's row, blank cells kept). */
    private PerformanceIndicator indicatorUnder(Row row, int[] columns, String l1, String l2) {
        PerformanceIndicator.Builder b = PerformanceIndicator.builder().level1(l1).level2(l2);
        String[] v = new String[columns.length];
        for (int k = 0; k < columns.length; k++) {
            v[k] = columns[k] < 0 ? "" : ctx.printed(row.cell(columns[k]));
        }
        b.name(v[0]).target(v[1]).actual(v[2]).deviationAnalysis(v[5]);
        if (columns[3] >= 0) {
            parse(row, columns[3], Score::parse, "绩效指标 " + v[0] + " 权重").ifPresent(b::weight);
        }
        if (columns[4] >= 0) {
            parse(row, columns[4], Score::parse, "绩效指标 " + v[0] + " 自评得分").ifPresent(b::score);
        }
        return b.build();
    }

    private Optional<PerformanceIndicator> indicatorValues(Row row, boolean weighted, List<Integer> rest,
            String l1, String l2) {
        PerformanceIndicator.Builder b = PerformanceIndicator.builder().level1(l1).level2(l2);
        List<String> cells = new ArrayList<>();
        for (int i : rest) {
            cells.add(ctx.printed(row.cell(i)));
        }
        int valuesEnd = cells.size();
        if (weighted) {
            int at = -1;
            for (int cand : new int[] {3, 2}) {
                if (cand + 1 < cells.size() && Texts.isNumber(cells.get(cand)) && Texts.isNumber(cells.get(cand + 1))) {
                    at = cand;
                    break;
                }
            }
            if (at < 0) {
                for (int k = 2; k + 1 < cells.size(); k++) {
                    if (Texts.isNumber(cells.get(k)) && Texts.isNumber(cells.get(k + 1))) {
                        at = k;
                        break;
                    }
                }
            }
            if (at < 0) {
                ctx.problem(row.line, 0, "problem.layout.performance.indicatorWithoutWeightAndScore");
            } else {
                String what = "项目支出绩效自评表 绩效指标";
                ctx.parse(cells.get(at), Score::parse, what + " 权重", ctx.at(row.line, rest.get(at) + 1))
                        .ifPresent(b::weight);
                ctx.parse(cells.get(at + 1), Score::parse, what + " 自评得分", ctx.at(row.line, rest.get(at + 1) + 1))
                        .ifPresent(b::score);
                b.deviationAnalysis(String.join(" ", cells.subList(at + 2, cells.size())));
                valuesEnd = at;
            }
        }
        List<String> values = cells.subList(0, valuesEnd);
        if (!weighted || valuesEnd == cells.size()) {
            // name, target, actual, then the deviation analysis
            if (values.size() > 3) {
                b.deviationAnalysis(String.join(" ", values.subList(3, values.size())));
                values = values.subList(0, 3);
            }
        }
        if (values.size() >= 3) {
            b.name(String.join("", values.subList(0, values.size() - 2)));
        } else if (values.size() == 2) {
            ctx.problem(row.line, 0, "problem.layout.performance.indicatorWithoutName");
            b.name("");
        } else {
            ctx.problem(row.line, 0, "problem.layout.performance.indicatorNotRecognised");
            return Optional.empty();
        }
        b.target(values.get(values.size() - 2)).actual(values.get(values.size() - 1));
        return Optional.of(b.build());
    }
}
