package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ProseFigure;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.PerformanceColumn;
import io.github.juesuan.validation.Rule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The mutators of the checks reviewers make by hand against the tables and the report's own definitions
 * ({@code NARR.T07.AMOUNTS}, {@code NARR.T08.AMOUNTS}, {@code NARR.T06.OPERATING_EXPENSES},
 * {@code NARR.LOGIC.VEHICLE_PARTS}, {@code PERF.FUNDS_SCORE_FROM_EXECUTION_RATE}): each states in the prose a
 * figure that the table, the prose's own parts or the formula it states contradict.
 */
final class RecallMutations {

    /** The rules these mutators break. */
    static final Set<String> RULES = Set.of("NARR.T07.AMOUNTS", "NARR.T08.AMOUNTS", "NARR.T06.OPERATING_EXPENSES",
            "NARR.LOGIC.VEHICLE_PARTS", "PERF.FUNDS_SCORE_FROM_EXECUTION_RATE");

    /** The heading of the section the prose-only mutators write into. */
    static final String HEADING = "十二、其他需要说明的情况";

    /** The 上海 template's definition of 机关运行经费 (名词解释), which ties it to 06's 公用经费. */
    static final String OPERATING_DEFINITION = "指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用"
            + "经费支出。";

    private RecallMutations() {
    }

    static Mutation breakRule(FinalAccountReport r, Rule rule, Random random) {
        BigDecimal d = BigDecimal.valueOf(100 + random.nextInt(9_900), 2);
        int year = r.getFiscalYear().getValue();
        switch (rule.getId()) {
            case "NARR.T07.AMOUNTS":
                return fund(r, rule, d, year, TableId.T07, "政府性基金", r.getGovernmentFund(),
                        r.getGovernmentFund().flatMap(t -> t.getTotal(GovernmentFundColumn.EXPENDITURE)),
                        Location.of(TableId.T07, RowKey.TOTAL, GovernmentFundColumn.EXPENDITURE));
            case "NARR.T08.AMOUNTS":
                return fund(r, rule, d, year, TableId.T08, "国有资本经营", r.getStateCapital(),
                        r.getStateCapital().flatMap(t -> t.getTotal(StateCapitalColumn.EXPENDITURE)),
                        Location.of(TableId.T08, RowKey.TOTAL, StateCapitalColumn.EXPENDITURE));
            case "NARR.T06.OPERATING_EXPENSES":
                return operating(r, rule, d, year);
            case "NARR.LOGIC.VEHICLE_PARTS": {
                int k = 1 + random.nextInt(30);
                String text = "公务用车购置及运行费支出" + (30 + k) + ".00万元，其中：公务用车购置费支出10.00万元，公务用车运行维护费"
                        + "支出20.00万元。";
                return added(r, rule, "十二、“三公”经费的其他说明", text, BigDecimal.valueOf(k));
            }
            case "PERF.FUNDS_SCORE_FROM_EXECUTION_RATE":
                return fundsScore(r, rule);
            default:
                throw new IllegalArgumentException("no mutator for rule " + rule.getId());
        }
    }

    /** 「{year}年度政府性基金预算财政拨款支出 a 万元」 with a = 07 合计 本年支出 + d, in place of the section. */
    private static Mutation fund(FinalAccountReport r, Rule rule, BigDecimal d, int year, TableId id, String fund,
            Optional<? extends ReportTable> table, Optional<Amount> total, Location at) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("cannot break " + rule.getId() + ": " + id.getLabel() + " is absent");
        }
        BigDecimal stated = total.map(Amount::toBigDecimal).orElse(BigDecimal.ZERO).add(d);
        String text = year + "年度" + fund + "预算财政拨款支出" + stated.toPlainString() + "万元。";
        List<NarrativeSection> narrative = new ArrayList<>();
        boolean replaced = false;
        for (NarrativeSection s : r.getNarrative()) {
            if (!replaced && s.getPart() == ReportPart.EXPLANATION && s.getHeading().contains(fund)) {
                narrative.add(NarrativeSection.of(s.getPart(), s.getHeading(), text));
                replaced = true;
            } else {
                narrative.add(s);
            }
        }
        if (!replaced) {
            narrative.add(NarrativeSection.of(ReportPart.EXPLANATION, fund + "预算财政拨款支出决算情况说明", text));
        }
        return new Mutation(rule.getId(), rule.getSeverity(), r, FinalAccountReport.builder(r).narrative(narrative)
                .build(), at, d, List.of(at), Set.of(), "第三部分 " + fund + ": " + text);
    }

    /** The 上海 definition in the 名词解释 and a 机关运行经费 of 06's 公用经费合计 + d in 第三部分. */
    private static Mutation operating(FinalAccountReport r, Rule rule, BigDecimal d, int year) {
        BasicExpenditureDetailTable t = r.getBasicExpenditureDetail().orElseThrow(() -> new IllegalArgumentException(
                "cannot break " + rule.getId() + ": 公开06表 is absent"));
        BigDecimal publicUse = t.getPublicUseTotal().map(Amount::toBigDecimal).orElseThrow(() ->
                new IllegalArgumentException("cannot break " + rule.getId() + ": 公开06表 prints no 公用经费合计"));
        BigDecimal stated = publicUse.add(d);
        List<NarrativeSection> narrative = new ArrayList<>();
        boolean replaced = false;
        for (NarrativeSection s : r.getNarrative()) {
            Optional<ProseFigure> f = s.getPart() != ReportPart.EXPLANATION || replaced ? Optional.empty()
                    : s.getFigures().stream().filter(x -> x.getUnit().isMoney() && x.labelEndsWith("机关运行经费支出"))
                    .findFirst();
            if (f.isPresent()) {
                String text = s.getText().substring(0, f.get().getOffset()) + stated.toPlainString()
                        + f.get().getUnit().getSymbol() + s.getText().substring(f.get().getEnd());
                narrative.add(NarrativeSection.of(s.getPart(), s.getHeading(), text));
                replaced = true;
            } else {
                narrative.add(s);
            }
        }
        if (!replaced) {
            narrative.add(NarrativeSection.of(ReportPart.EXPLANATION, "十一、其他重要事项情况说明",
                    "（一）机关运行经费支出情况\n" + year + "年度机关运行经费支出" + stated.toPlainString() + "万元。"));
        }
        if (narrative.stream().noneMatch(s -> s.getPart() == ReportPart.GLOSSARY && s.getText().equals(OPERATING_DEFINITION))) {
            narrative.add(NarrativeSection.of(ReportPart.GLOSSARY, "十一、机关运行经费", OPERATING_DEFINITION));
        }
        Location at = Location.of(TableId.T06, BasicExpenditureDetailTable.PUBLIC_USE_TOTAL, BasicExpenditureColumn.AMOUNT);
        return new Mutation(rule.getId(), rule.getSeverity(), r, FinalAccountReport.builder(r).narrative(narrative)
                .build(), at, d, List.of(at), Set.of(), "第三部分 机关运行经费支出 " + stated.toPlainString()
                + " 万元 against 06 公用经费合计 " + publicUse.toPlainString() + ", with the 上海 definition in 名词解释");
    }

    /**
     * States the formula with twice the funds' weight, 「资金执行得分=执行率×N分」 (in place of the 「执行率×权重」 that the
     * prose of a generated report states), where a project's printed 资金执行 score then lies beyond its interval.
     */
    private static Mutation fundsScore(FinalAccountReport r, Rule rule) {
        for (ProjectPerformanceEvaluation p : r.getPerformanceEvaluations()) {
            FundingRow total = p.findFunding(FundingSource.TOTAL).orElse(null);
            BigDecimal weight = p.fundsWeight().orElse(null);
            if (total == null || weight == null || total.getScore().isEmpty() || total.getExecutionRate().isEmpty()) {
                continue;
            }
            Rate rate = total.getExecutionRate().get();
            Score score = total.getScore().get();
            BigDecimal n = weight.multiply(BigDecimal.valueOf(2));
            BigDecimal pct = rate.getPercent().min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO);
            BigDecimal exact = pct.multiply(n).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
            // beyond the intervals of the printed score and rate: more than a point and a half away
            if (score.getPoints().subtract(exact).abs().compareTo(BigDecimal.valueOf(15, 1)) <= 0) {
                continue;
            }
            BigDecimal expected = exact.setScale(Math.max(0, score.getPoints().scale()), RoundingMode.HALF_UP);
            String formula = "执行率×" + n.stripTrailingZeros().toPlainString() + "分";
            List<NarrativeSection> narrative = new ArrayList<>();
            boolean replaced = false;
            for (NarrativeSection s : r.getNarrative()) {
                if (!replaced && s.getText().contains("执行率×权重")) {
                    narrative.add(NarrativeSection.of(s.getPart(), s.getHeading(), s.getText().replace("执行率×权重",
                            formula)));
                    replaced = true;
                } else {
                    narrative.add(s);
                }
            }
            if (!replaced) {
                narrative.add(NarrativeSection.of(ReportPart.EXPLANATION, HEADING, "项目支出绩效自评中，资金执行得分="
                        + formula + "。"));
            }
            Location at = Location.ofProject(p.getProjectName(), RowKey.line(total.getLabel()), PerformanceColumn.SCORE);
            return new Mutation(rule.getId(), rule.getSeverity(), r, FinalAccountReport.builder(r).narrative(narrative)
                    .build(), at, score.getPoints().subtract(expected), List.of(at), Set.of(), "资金执行得分=" + formula
                    + " (" + p.getProjectName() + ": 执行率 " + rate + ", 得分 " + score + ")");
        }
        throw new IllegalArgumentException("cannot break " + rule.getId() + ": no 绩效自评表 prints a funds' score and an "
                + "execution rate of more than 15%");
    }


    /** Adds a section to 第三部分 and expects the finding at its place. */
    private static Mutation added(FinalAccountReport r, Rule rule, String heading, String text, BigDecimal difference) {
        List<NarrativeSection> narrative = new ArrayList<>(r.getNarrative());
        narrative.add(NarrativeSection.of(ReportPart.EXPLANATION, heading, text));
        Location at = Location.ofText(ReportPart.EXPLANATION.getOrdinal() + "“" + heading + "”");
        return new Mutation(rule.getId(), rule.getSeverity(), r, FinalAccountReport.builder(r).narrative(narrative)
                .build(), at, difference, List.of(at), Set.of(), "第三部分 " + heading + ": " + text);
    }
}
