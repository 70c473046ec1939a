package io.github.juesuan.testing;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import io.github.juesuan.validation.Location;
import io.github.juesuan.validation.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The mutators of the rules that read the wording of the prose (family {@code TEXT}) and its logic
 * ({@code NARR.LOGIC.*}, {@code NARR.T09.RECEPTION_DETAILS}, {@code NARR.PROCUREMENT.*}): each writes a sentence
 * with one defect of the kind reviewers find by hand into a section of 第三部分 that no other rule reads
 * ({@value #HEADING}), or, for the 公务接待 details, describes 国内公务接待 in the “三公” section without them.
 */
final class ReviewMutations {

    /** The heading of the section the mutators write into. */
    static final String HEADING = "十二、其他需要说明的情况";

    /** The rules these mutators break. */
    static final Set<String> RULES = Set.of("TEXT.PLACEHOLDER", "TEXT.INSTRUCTION", "TEXT.GARBLED",
            "TEXT.SHARE_WITHOUT_PERCENT", "TEXT.YEAR", "NARR.LOGIC.COMPLETION_RATE", "NARR.LOGIC.DIRECTION",
            "NARR.LOGIC.CHANGE_RATE", "NARR.LOGIC.GROWTH_FROM_ZERO", "NARR.LOGIC.REASON_MISSING",
            "NARR.LOGIC.CONFLICTING_AMOUNTS", "NARR.T09.RECEPTION_DETAILS", "NARR.PROCUREMENT.PARTS",
            "NARR.PROCUREMENT.SME_SHARE");

    private ReviewMutations() {
    }

    static Mutation breakRule(FinalAccountReport r, Rule rule, Random random) {
        String id = rule.getId();
        int k = 1 + random.nextInt(30);
        int year = r.getFiscalYear().getValue();
        String text;
        BigDecimal difference = null;
        switch (id) {
            case "TEXT.PLACEHOLDER":
                text = "本部门" + pick(random, "XX", "XXX", "待填写", "请填写", "（略）") + "项工作按计划完成。";
                break;
            case "TEXT.INSTRUCTION":
                text = "本年度无此项支出" + pick(random, "，仍保留该表格式", "（如持平作持平表述）", "，支出增加（减少）") + "。";
                break;
            case "TEXT.GARBLED":
                text = pick(random, "本年度预算预算执行良好。", "本年度决算数大小于预算数。", "本年度工作按计划完成。。");
                break;
            case "TEXT.SHARE_WITHOUT_PERCENT":
                text = "本部门办公用房面积占 " + (10 + k) + ".5，较为合理。";
                break;
            case "TEXT.YEAR":
                text = "截至 " + (year - k) + " 年 12 月 31 日，本部门资产情况良好。";
                difference = BigDecimal.valueOf(-k);
                break;
            case "NARR.LOGIC.COMPLETION_RATE":
                text = "某项目年初预算为 100.00 万元，支出决算为 50.00 万元，完成年初预算的 " + (50 + k) + ".00%。";
                difference = BigDecimal.valueOf(k);
                break;
            case "NARR.LOGIC.DIRECTION":
                text = "某项目年初预算为 100.00 万元，支出决算为 " + (100 - k) + ".00 万元。决算数大于预算数的主要原因是项目调整。";
                difference = BigDecimal.valueOf(-k);
                break;
            case "NARR.LOGIC.CHANGE_RATE":
                text = "某项支出 120.00 万元，比上年增加 20.00 万元，增长 " + (20 + k) + ".00%。";
                difference = BigDecimal.valueOf(k);
                break;
            case "NARR.LOGIC.GROWTH_FROM_ZERO":
                text = "某项支出 " + k + ".00 万元，比上年增加 " + k + ".00 万元，增长 100%。";
                break;
            case "NARR.LOGIC.REASON_MISSING":
                text = "某项支出有所减少，主要原因是。";
                break;
            case "NARR.LOGIC.CONFLICTING_AMOUNTS":
                text = "1.“一般公共服务（类）其他一般公共服务支出（款）其他一般公共服务支出（项）”30.00 万元，主要用于日常工作。"
                        + "支出决算为 " + (30 + k) + ".00 万元。";
                difference = BigDecimal.valueOf(k);
                break;
            case "NARR.T09.RECEPTION_DETAILS":
                return reception(r, rule);
            case "NARR.PROCUREMENT.PARTS":
                text = "政府采购支出总额 " + (60 + k) + ".00 万元，其中：政府采购货物支出 10.00 万元、政府采购工程支出 20.00 万元、"
                        + "政府采购服务支出 30.00 万元。";
                difference = BigDecimal.valueOf(k);
                break;
            case "NARR.PROCUREMENT.SME_SHARE":
                text = "政府采购支出总额 200.00 万元，其中：政府采购货物支出 50.00 万元、政府采购工程支出 50.00 万元、政府采购服务支出 "
                        + "100.00 万元。授予中小企业合同金额 100.00 万元，占政府采购支出总额的 " + (50 + k) + ".00%。";
                difference = BigDecimal.valueOf(k);
                break;
            default:
                throw new IllegalArgumentException("no mutator for rule " + id);
        }
        List<NarrativeSection> narrative = new ArrayList<>(r.getNarrative());
        narrative.add(NarrativeSection.of(ReportPart.EXPLANATION, HEADING, text));
        FinalAccountReport mutated = FinalAccountReport.builder(r).narrative(narrative).build();
        Location at = Location.ofText(ReportPart.EXPLANATION.getOrdinal() + "“" + HEADING + "”");
        return new Mutation(id, rule.getSeverity(), r, mutated, at, difference, List.of(at), Set.of(),
                "第三部分 " + HEADING + ": " + text);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** Describes the 国内公务接待 of a report that spent 公务接待费 without its 批次 and 人次. */
    private static Mutation reception(FinalAccountReport r, Rule rule) {
        BigDecimal spent = r.getThreePublicExpenses().flatMap(t -> t.get(ThreePublicExpensesColumn.FINAL_RECEPTION))
                .map(Amount::toBigDecimal).orElse(BigDecimal.ZERO);
        if (spent.signum() <= 0) {
            throw new IllegalArgumentException("cannot break " + rule.getId() + ": the report spent no 公务接待费");
        }
        List<NarrativeSection> narrative = new ArrayList<>();
        boolean changed = false;
        for (NarrativeSection s : r.getNarrative()) {
            if (!changed && s.getPart() == ReportPart.EXPLANATION && s.getHeading().contains("三公")
                    && !s.getText().contains("人次")) {
                narrative.add(NarrativeSection.of(s.getPart(), s.getHeading(), s.getText() + "\n国内公务接待主要用于业务交流。"));
                changed = true;
            } else {
                narrative.add(s);
            }
        }
        if (!changed) {
            throw new IllegalArgumentException("cannot break " + rule.getId() + ": no “三公” section without 人次");
        }
        Location at = Location.of(TableId.T09, ThreePublicExpensesTable.ROW, ThreePublicExpensesColumn.FINAL_RECEPTION);
        return new Mutation(rule.getId(), rule.getSeverity(), r, FinalAccountReport.builder(r).narrative(narrative).build(),
                at, null, List.of(at), Set.of(), "第三部分 “三公”: 国内公务接待 described without 批次 and 人次");
    }
}
