package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ProseFigure;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.ThreePublicExpensesColumn;
import io.github.juesuan.report.ThreePublicExpensesTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logic of 第三部分's prose (family {@link RuleFamily#NARR}, ids {@code NARR.LOGIC.*}, {@code NARR.T09.*},
 * {@code NARR.PROCUREMENT.*}): what a sentence states must agree with the figures it states itself. 「年初预算为
 * A 万元，支出决算为 B 万元，完成年初预算的 C%」 needs C = B ÷ A × 100; 「决算数大于预算数」 needs B > A; 「增加 a 万元，
 * 增长 b%」 after a current figure c needs b = a ÷ (c − a) × 100 and a previous year that was not zero; 「主要原因：」
 * needs a reason; a 项 stated with two amounts is wrong once; 政府采购 货物 + 工程 + 服务 = the total and the shares
 * awarded to 中小企业 are their amounts over the total.
 *
 * <p>A figure stands for the interval of the values that print as it (half a unit of its last decimal either
 * side), as in XBRL Calculations 1.1: a rate or a sum is reported only when no values within those intervals
 * agree. Only figures in 万元 (or 亿元) are read: a figure in 元 is the unit slip that {@code NARR.T05.AMOUNTS}
 * reports. The rules read the figures that {@link NarrativeSection#getFigures()} finds, pairing only figures
 * that stand next to each other in one sentence, so that a figure of another subject is never taken.
 */
final class ProseLogicRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private ProseLogicRules() {
    }

    static final String COMPLETION = "NARR.LOGIC.COMPLETION_RATE";
    static final String DIRECTION = "NARR.LOGIC.DIRECTION";
    static final String CHANGE = "NARR.LOGIC.CHANGE_RATE";
    static final String FROM_ZERO = "NARR.LOGIC.GROWTH_FROM_ZERO";
    static final String REASON = "NARR.LOGIC.REASON_MISSING";
    static final String CONFLICT = "NARR.LOGIC.CONFLICTING_AMOUNTS";
    static final String RECEPTION = "NARR.T09.RECEPTION_DETAILS";
    static final String PROCUREMENT = "NARR.PROCUREMENT.PARTS";
    static final String SME = "NARR.PROCUREMENT.SME_SHARE";

    static void add(List<Rule> out) {
        Severity w = Severity.WARNING;
        out.add(rule(COMPLETION, w, List.of(TableId.T09), "情况说明中的“完成预算的 x%”与其预算数、决算数相符",
                "Each completion rate the narrative states matches its budget and final figures",
                "年初预算为 A，支出决算为 B，完成（年初）预算的 C%: C = B ÷ A × 100 to the printed decimals (each figure ± half "
                        + "a unit of its last decimal); a budget of 0 with a final figure or a rate is reported; in “三公” "
                        + "the budget not stated is 公开09表's, and a 决算 that is 09's 预算数 is named so",
                ProseLogicRules::completion));
        out.add(rule(DIRECTION, w, List.of(), "情况说明中的大于、小于、等于及增减用词与其数字相符",
                "The narrative's words 大于 / 小于 / 等于 and 增加 / 减少 agree with the figures",
                "年初预算为 A，支出决算为 B … 决算数大于预算数: B > A (小于: B < A; 等于, 一致, 持平: B = A; 基本持平 is not "
                        + "checked); 增加 a 万元 … 下降 b% and 减少 … 增长 contradict each other",
                ProseLogicRules::direction));
        out.add(rule(CHANGE, w, List.of(), "情况说明中的同比增减幅度与所写金额相符",
                "Each rate of change the narrative states matches the stated current figure and change",
                "c 万元 … 增加 a 万元，增长 b%: b = a ÷ (c − a) × 100; 减少 a 万元，下降 b%: b = a ÷ (c + a) × 100, to the printed "
                        + "decimals (each figure ± half a unit of its last decimal); c is the figure just before, of the same "
                        + "subject",
                ProseLogicRules::change));
        out.add(rule(FROM_ZERO, w, List.of(), "上年为零时不应写增长百分比",
                "A change from zero is not stated as a percentage",
                "c 万元 … 增加 a 万元，增长 b% with a = c: the previous year was 0 and no rate of growth exists (「增长 100%」)",
                ProseLogicRules::change));
        out.add(rule(REASON, w, List.of(), "情况说明写“主要原因”时应说明原因", "Each 主要原因 the narrative announces is given",
                "主要原因（是 / 为）（：） is followed by words, not by 。 ； or the end of the section",
                ProseLogicRules::reasons));
        out.add(rule(CONFLICT, w, List.of(), "情况说明同一项只写一个支出决算数",
                "The narrative states one amount for each 项",
                "“…（项）” a 万元 … 支出决算为 b 万元, in one 项's paragraph: a = b",
                ProseLogicRules::conflicts));
        out.add(rule(RECEPTION, w, List.of(TableId.T09), "有公务接待费支出时应说明国内公务接待批次和人次",
                "When 公务接待费 is spent, the narrative states the batches and persons received",
                "公开09表 决算数 公务接待费 > 0 and the “三公” section describes 国内公务接待 ⇒ it names 批次 (or 团组) and 人次",
                ProseLogicRules::reception));
        out.add(rule(PROCUREMENT, w, List.of(), "政府采购支出总额等于货物、工程、服务支出之和",
                "政府采购 total equals goods plus works plus services",
                "政府采购支出总额 (政府采购金额) = 货物 + 工程 + 服务, as stated in 第三部分",
                ProseLogicRules::procurement));
        out.add(rule(SME, w, List.of(), "授予中小企业、小微企业合同金额的占比与其金额相符",
                "The shares awarded to 中小企业 and 小微企业 match their amounts",
                "授予中小企业合同金额 m，占政府采购支出总额的 p%: p = m ÷ total × 100; 授予小微企业合同金额 s，占授予中小企业合同"
                        + "金额的 q%: q = s ÷ m × 100 (to the printed decimals); m ≤ total",
                ProseLogicRules::smeShares));
    }

    private static Rule rule(String id, Severity severity, List<TableId> tables, String zh, String en,
            String formula, Rule.Check check) {
        return new Rule(id, RuleFamily.NARR, severity, zh, en, tables, false, formula,
                EnumSet.allOf(TableEdition.class), run -> {
                    if (explanation(run).isEmpty()) {
                        run.notAssessedBecause("reason.noExplanation");
                        return;
                    }
                    check.run(run);
                    // the statements a rule checks are looked for in all of 第三部分, which is read: the rule holds when
                    // the prose makes none (NARR.T09.RECEPTION_DETAILS is not assessed without 公开09表)
                    if (!run.wasAssessed() && !run.rule().getId().equals(RECEPTION)) {
                        run.assessed();
                    }
                });
    }

    // ---- words

    private static final LabelWords COMPLETED = LabelWords.of("完成年初预算的", "完成预算的", "完成全年预算的", "预算完成率");
    private static final LabelWords FINALS = LabelWords.of("支出决算", "决算", "决算数", "支出决算数", "执行数");
    private static final LabelWords BUDGETS = LabelWords.of("年初预算", "预算", "预算数", "全年预算数", "全年预算", "年初预算数");
    private static final LabelWords UP = LabelWords.of("增加", "增长", "上升", "增加了", "增长了");
    private static final LabelWords DOWN = LabelWords.of("减少", "下降", "降低", "减少了", "下降了", "降低了");
    private static final LabelWords RATE_UP = LabelWords.of("增长", "上升", "增幅", "增长了");
    private static final LabelWords RATE_DOWN = LabelWords.of("下降", "降低", "降幅", "减少", "下降了");
    /** The end of a 项's name, as it leads its paragraph; quotation marks are ignored by the comparison (（项）”). */
    private static final LabelWords ITEM_LEAD = LabelWords.of("（项）", "(项)");
    private static final LabelWords PROCUREMENT_TOTAL = LabelWords.of("政府采购支出总额", "政府采购金额（以合同签订为准）", "政府采购金额");
    private static final LabelWords GOODS = LabelWords.of("货物支出", "货物采购金额", "货物采购支出");
    private static final LabelWords WORKS = LabelWords.of("工程支出", "工程采购金额", "工程采购支出");
    private static final LabelWords FINAL_EXPENDITURE = LabelWords.of("支出决算");
    private static final LabelWords SME_AWARDED = LabelWords.of("授予中小企业合同金额");
    private static final LabelWords SHARE_OF_PROCUREMENT = LabelWords.of("占政府采购支出总额的");
    private static final LabelWords SMALL_AWARDED = LabelWords.of("授予小微企业合同金额");
    private static final LabelWords SHARE_OF_SME = LabelWords.of("占授予中小企业合同金额的");
    private static final LabelWords SERVICES = LabelWords.of("服务支出", "服务采购金额", "服务采购支出");

    // ---- helpers

    private static final Object EXPLANATION = new Object();

    /** The sections of 第三部分, found once per validation. */
    private static List<NarrativeSection> explanation(RuleRun run) {
        return run.shared(EXPLANATION, k -> {
            List<NarrativeSection> out = new ArrayList<>();
            for (NarrativeSection s : run.report().getNarrative()) {
                if (s.getPart() == ReportPart.EXPLANATION) {
                    out.add(s);
                }
            }
            return out;
        });
    }

    /** Money in 万元 (亿元 converted); null for a figure in 元, a percentage or points. */
    private static BigDecimal wan(ProseFigure f) {
        ProseFigure.Unit u = f.getUnit();
        return u == ProseFigure.Unit.WAN_YUAN || u == ProseFigure.Unit.YI_YUAN ? u.toWanYuan(f.getValue()) : null;
    }

    /** Half a unit of the last printed decimal, in 万元 for money. */
    private static BigDecimal half(ProseFigure f) {
        int scale = Math.max(0, f.getValue().scale());
        boolean yi = f.getUnit() == ProseFigure.Unit.YI_YUAN;
        if (scale < HALVES.length) {
            return yi ? HALVES_YI[scale] : HALVES[scale]; // the same values, made once
        }
        return halfOf(scale, yi);
    }

    private static BigDecimal halfOf(int scale, boolean yi) {
        BigDecimal h = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
        return yi ? h.movePointRight(4) : h;
    }

    /** {@link #halfOf} for the scales figures are printed with, in 万元 and in 亿元. */
    private static final BigDecimal[] HALVES = new BigDecimal[12];
    private static final BigDecimal[] HALVES_YI = new BigDecimal[HALVES.length];

    static {
        for (int i = 0; i < HALVES.length; i++) {
            HALVES[i] = halfOf(i, false);
            HALVES_YI[i] = halfOf(i, true);
        }
    }

    private static boolean isPercent(ProseFigure f) {
        return f.getUnit() == ProseFigure.Unit.PERCENT;
    }

    /**
     * Tells whether some value of {@code n ± hn} over {@code d ± hd}, times 100, lies within {@code p ± hp}: the
     * intervals of the printed figures meet. A denominator interval that reaches 0 allows any ratio.
     */
    static boolean ratioAgrees(BigDecimal n, BigDecimal hn, BigDecimal d, BigDecimal hd, BigDecimal p, BigDecimal hp) {
        BigDecimal nLo = n.subtract(hn).max(BigDecimal.ZERO);
        BigDecimal nHi = n.add(hn);
        BigDecimal dLo = d.subtract(hd);
        BigDecimal dHi = d.add(hd);
        BigDecimal min = nLo.multiply(HUNDRED).divide(dHi, MC);
        BigDecimal pLo = p.subtract(hp);
        BigDecimal pHi = p.add(hp);
        if (dLo.signum() <= 0) {
            return pHi.compareTo(min) >= 0;
        }
        BigDecimal max = nHi.multiply(HUNDRED).divide(dLo, MC);
        return pHi.compareTo(min) >= 0 && pLo.compareTo(max) <= 0;
    }

    /** n ÷ d × 100 at the printed decimals of p. */
    static BigDecimal ratio(BigDecimal n, BigDecimal d, BigDecimal p) {
        return n.multiply(HUNDRED).divide(d, MC).setScale(Math.max(0, p.scale()), RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : d.toPlainString();
    }

    private static String quote(NarrativeSection s, ProseFigure from, ProseFigure to) {
        String t = s.getText();
        return TextRules.compact(t.substring(Math.max(0, from.getOffset() - labelLength(from)), to.getEnd()));
    }

    /** The length of a figure's label in the text, at most 30 characters back (the label has no white space). */
    private static int labelLength(ProseFigure f) {
        return Math.min(f.getOffset(), Math.min(30, f.getLabel().length()));
    }

    // ---- NARR.LOGIC.COMPLETION_RATE

    private static void completion(RuleRun run) {
        Optional<ThreePublicExpensesTable> t09 = run.report().getThreePublicExpenses();
        boolean evaluated = !run.report().getPerformanceEvaluations().isEmpty();
        for (NarrativeSection s : explanation(run)) {
            if (evaluated && s.getHeading().contains("绩效")) {
                continue; // each project's rate is its 绩效自评表's: PERF.EXECUTION_RATE and NARR.PERF.PROJECTS check it
            }
            List<ProseFigure> fs = s.getFigures();
            boolean threePublic = s.getHeading().contains("三公");
            for (int i = 1; i < fs.size(); i++) {
                ProseFigure r = fs.get(i);
                if (!isPercent(r) || !COMPLETED.endOf(r)) {
                    continue;
                }
                ProseFigure fin = fs.get(i - 1);
                BigDecimal b = wan(fin);
                if (b == null || fin.getSentence() != r.getSentence() || !FINALS.endOf(fin)) {
                    continue;
                }
                ProseFigure bud = i >= 2 ? fs.get(i - 2) : null;
                BigDecimal a = bud == null ? null : wan(bud);
                if (a != null && bud.getSentence() == r.getSentence() && BUDGETS.endOf(bud)
                        && !FINALS.endOf(bud)) {
                    run.assessed();
                    rate(run, s, bud, a, half(bud), b, half(fin), r);
                } else if (threePublic && t09.isPresent()) {
                    threePublicRate(run, s, t09.get(), fin, b, r);
                }
            }
        }
    }

    private static void rate(RuleRun run, NarrativeSection s, ProseFigure bud, BigDecimal a, BigDecimal ha,
            BigDecimal b, BigDecimal hb, ProseFigure r) {
        BigDecimal p = r.getValue();
        if (a.signum() == 0) {
            if (b.signum() != 0 || p.signum() != 0) {
                run.fail(Set.of(), TextRules.where(s), null, p, "completionZeroBudget", quote(s, bud, r), plain(b));
            }
            return;
        }
        if (!ratioAgrees(b, hb, a, ha, p, half(r))) {
            mismatch(run, s, TextRules.where(s), r, b, a);
        }
    }

    /**
     * Records a printed rate that n ÷ d × 100 does not give: as rounding when the exact rate lies within one unit of
     * its last decimal (a rate cut off instead of rounded, 95.45 for 95.457), as a failure otherwise.
     */
    private static void mismatch(RuleRun run, NarrativeSection s, Location at, ProseFigure pct, BigDecimal n,
            BigDecimal d) {
        BigDecimal p = pct.getValue();
        BigDecimal expected = ratio(n, d, p);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, p.scale()));
        // cut off rather than rounded: the exact rate lies within one unit of the printed last decimal
        boolean lastDigit = n.multiply(HUNDRED).divide(d, MC).subtract(p).abs().compareTo(unit) < 0;
        run.prose(at, expected, p, unit, lastDigit, s, pct, "rateMismatch", plain(n), plain(d));
    }

    /** 「因公出国（境）费决算为 0 万元，完成预算的 0%」: the budget is 公开09表's. */
    private static void threePublicRate(RuleRun run, NarrativeSection s, ThreePublicExpensesTable t, ProseFigure fin,
            BigDecimal b, ProseFigure r) {
        String label = fin.getLabel();
        ThreePublicExpensesColumn budget;
        ThreePublicExpensesColumn fact;
        if (label.contains("因公出国")) {
            budget = ThreePublicExpensesColumn.BUDGET_OVERSEAS;
            fact = ThreePublicExpensesColumn.FINAL_OVERSEAS;
        } else if (label.contains("公务用车购置及运行")) {
            budget = ThreePublicExpensesColumn.BUDGET_VEHICLES;
            fact = ThreePublicExpensesColumn.FINAL_VEHICLES;
        } else if (label.contains("公务接待")) {
            budget = ThreePublicExpensesColumn.BUDGET_RECEPTION;
            fact = ThreePublicExpensesColumn.FINAL_RECEPTION;
        } else if (label.contains("三公")) {
            budget = ThreePublicExpensesColumn.BUDGET_TOTAL;
            fact = ThreePublicExpensesColumn.FINAL_TOTAL;
        } else {
            return;
        }
        run.assessed();
        BigDecimal a = t.get(budget).map(Amount::toBigDecimal).orElse(BigDecimal.ZERO);
        BigDecimal tableFinal = t.get(fact).map(Amount::toBigDecimal).orElse(BigDecimal.ZERO);
        Location at = Location.of(TableId.T09, ThreePublicExpensesTable.ROW, fact);
        BigDecimal p = r.getValue();
        boolean agrees = a.signum() == 0 ? b.signum() == 0 && p.signum() == 0
                : ratioAgrees(b, half(fin), a, Tolerance.HALF_CENT, p, half(r));
        if (agrees) {
            return;
        }
        if (b.compareTo(a) == 0 && b.compareTo(tableFinal) != 0) {
            // the 预算数 given as the 决算数 (石泉路 2025: 公务接待费支出决算为 1.53 万元，完成预算的 0%)
            run.fail(Set.of(), at, tableFinal, b, "completionFinalIsBudget", quote(s, fin, r), plain(b),
                    plain(tableFinal));
        } else if (a.signum() == 0) {
            run.fail(Set.of(), at, null, p, "completionZeroBudget", quote(s, fin, r), plain(b));
        } else {
            mismatch(run, s, at, r, b, a);
        }
    }

    // ---- NARR.LOGIC.DIRECTION

    static final Pattern BUDGET_WORDS = Pattern.compile(
            "决算数?(大于|小于|等于|高于|低于|超过|少于|多于)(年初)?预算数?|决算数?(与|同|和)(年初)?预算数?(基本)?(一致|相等|持平|相同)");

    private static void direction(RuleRun run) {
        for (NarrativeSection s : explanation(run)) {
            List<ProseFigure> fs = s.getFigures();
            String text = s.getText();
            Matcher m = null;
            for (int j = 1; j < fs.size(); j++) {
                ProseFigure bud = fs.get(j - 1);
                ProseFigure fin = fs.get(j);
                BigDecimal a = wan(bud);
                BigDecimal b = wan(fin);
                if (a != null && b != null && bud.getSentence() == fin.getSentence() && BUDGETS.endOf(bud)
                        && !FINALS.endOf(bud) && FINALS.endOf(fin)) {
                    // the statement between this final figure and the next money figure
                    int k = j + 1;
                    while (k < fs.size() && wan(fs.get(k)) == null) {
                        k++;
                    }
                    int end = k < fs.size() ? fs.get(k).getOffset() - labelLength(fs.get(k)) : text.length();
                    // the window's text without white space, read in the section's compact text
                    TextScan scan = TextScan.of(s);
                    m = m != null ? m : BUDGET_WORDS.matcher(scan.text);
                    if (findBudgetWords(m, scan.text, TextScan.bodyOffset(s, fin.getEnd()),
                            TextScan.bodyOffset(s, Math.max(fin.getEnd(), end)))) {
                        run.assessed();
                        budgetWord(run, s, m, a, b);
                    }
                }
                if (j + 1 < fs.size()) {
                    changeWords(run, s, fin, fs.get(j + 1));
                }
            }
        }
    }

    /**
     * {@code m.region(from, to).find()}, tried only where 决算 stands: every alternative of {@link #BUDGET_WORDS}
     * starts with it, so the first place where the pattern matches there is the match {@code find} gives.
     */
    static boolean findBudgetWords(Matcher m, String text, int from, int to) {
        for (int k = text.indexOf("决算", from); k >= 0 && k + 2 <= to; k = text.indexOf("决算", k + 1)) {
            if (m.region(k, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static void budgetWord(RuleRun run, NarrativeSection s, Matcher m, BigDecimal a, BigDecimal b) {
        int c = b.compareTo(a);
        boolean holds;
        if (m.group(1) != null) {
            String w = m.group(1);
            holds = w.equals("大于") || w.equals("高于") || w.equals("超过") || w.equals("多于") ? c > 0
                    : w.equals("等于") ? c == 0 : c < 0;
        } else {
            if (m.group(5) != null) {
                return; // 基本持平: a judgement, not a comparison
            }
            holds = c == 0;
        }
        if (!holds) {
            run.fail(Set.of(), TextRules.where(s), a, b, "directionBudget", m.group(), plain(a), plain(b));
        }
    }

    /** 「增加 a 万元，下降 b%」: the two words of one change contradict each other. */
    private static void changeWords(RuleRun run, NarrativeSection s, ProseFigure change, ProseFigure pct) {
        if (wan(change) == null || !isPercent(pct) || pct.getSentence() != change.getSentence()) {
            return;
        }
        boolean up = UP.endOf(change);
        boolean down = DOWN.endOf(change);
        boolean rateUp = RATE_UP.endOf(pct);
        boolean rateDown = RATE_DOWN.endOf(pct);
        if (up == down || rateUp == rateDown) {
            return;
        }
        run.assessed();
        if (up != rateUp) {
            run.fail(Set.of(), TextRules.where(s), null, null, "directionChange", change.quote(), pct.quote());
        }
    }

    // ---- NARR.LOGIC.CHANGE_RATE and NARR.LOGIC.GROWTH_FROM_ZERO

    private static void change(RuleRun run) {
        boolean zeroRule = run.rule().getId().equals(FROM_ZERO);
        for (NarrativeSection s : explanation(run)) {
            List<ProseFigure> fs = s.getFigures();
            for (int i = 1; i + 1 < fs.size(); i++) {
                ProseFigure ch = fs.get(i);
                ProseFigure pct = fs.get(i + 1);
                BigDecimal a = wan(ch);
                if (a == null || !isPercent(pct) || pct.getSentence() != ch.getSentence()) {
                    continue;
                }
                boolean up = UP.endOf(ch);
                boolean down = DOWN.endOf(ch);
                if (up == down || !(up ? RATE_UP.endOf(pct) : RATE_DOWN.endOf(pct))) {
                    continue;
                }
                ProseFigure cur = current(fs, i, subject(ch.getLabel(), (up ? UP : DOWN).words()));
                if (cur == null) {
                    continue;
                }
                run.assessed();
                BigDecimal c = wan(cur);
                BigDecimal prior = up ? c.subtract(a) : c.add(a);
                if (up && prior.signum() == 0) {
                    if (zeroRule) {
                        run.fail(Set.of(), TextRules.where(s), null, pct.getValue(), "growthFromZero", quote(s, cur, pct), plain(c));
                    }
                    continue;
                }
                if (zeroRule || prior.signum() < 0) {
                    continue;
                }
                BigDecimal ha = half(ch);
                BigDecimal hc = half(cur);
                // the previous year's figure c ∓ a is known to ± (hc + ha)
                if (!ratioAgrees(a, ha, prior, hc.add(ha), pct.getValue(), half(pct))) {
                    mismatch(run, s, TextRules.where(s), pct, a, prior);
                }
            }
        }
    }

    /**
     * The subject of a change, from its label: 「收入支出总计增加」 → 收入支出总计; empty when the label names none
     * (「比上年增加」, 「较2023年度增加」).
     */
    static String subject(String label, String[] words) {
        String s = label;
        for (String w : words) {
            if (s.endsWith(w)) {
                s = s.substring(0, s.length() - w.length());
                break;
            }
        }
        if (s.endsWith("减") || s.endsWith("增")) {
            s = s.substring(0, s.length() - 1); // 「减增加」: a garbled word, reported by TEXT.GARBLED
        }
        if (s.endsWith("各") || s.endsWith("均")) {
            s = s.substring(0, s.length() - 1);
        }
        for (String marker : new String[] {"相比", "比上年", "较上年", "比上一年度", "较上一年度", "同比", "上年", "年度", "年"}) {
            int k = s.lastIndexOf(marker);
            if (k >= 0) {
                s = s.substring(k + marker.length());
            }
        }
        if (s.startsWith("比") || s.startsWith("较")) {
            s = "";
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return "";
            }
        }
        return s;
    }

    /**
     * The current figure a change refers to: the nearest money figure before it, in the same sentence or the one
     * before, of the change's subject when the change names one; not itself a change, nor a figure of last year.
     */
    private static ProseFigure current(List<ProseFigure> fs, int i, String subject) {
        ProseFigure ch = fs.get(i);
        for (int k = i - 1; k >= 0; k--) {
            ProseFigure f = fs.get(k);
            if (f.getSentence() < ch.getSentence() - 1) {
                return null;
            }
            if (wan(f) == null) {
                continue;
            }
            String l = f.getLabel();
            if (UP.endOf(f) || DOWN.endOf(f) || l.contains("上年") || l.contains("去年")
                    || l.contains("上一年") || BUDGETS.endOf(f) && !FINALS.endOf(f)) {
                return null;
            }
            if (subject.isEmpty() || f.labelEndsWith(subject)) {
                return f;
            }
            // a figure of another subject (「支出总计 175.00 万元」 before 「收入总计增加」): look further back
        }
        return null;
    }

    // ---- NARR.LOGIC.REASON_MISSING

    private static void reasons(RuleRun run) {
        for (NarrativeSection s : explanation(run)) {
            run.assessed();
            List<String> found = TextScan.of(s).noReason; // found by the scan of the section's text
            for (int k = 0; k < found.size(); k++) {
                run.fail(Set.of(), TextRules.where(s), null, null, "reasonMissing", found.get(k));
            }
        }
    }

    // ---- NARR.LOGIC.CONFLICTING_AMOUNTS

    private static void conflicts(RuleRun run) {
        for (NarrativeSection s : explanation(run)) {
            List<ProseFigure> fs = s.getFigures();
            for (int i = 0; i < fs.size(); i++) {
                ProseFigure lead = fs.get(i);
                BigDecimal a = wan(lead);
                if (a == null || !ITEM_LEAD.endOf(lead)) {
                    continue;
                }
                run.assessed();
                for (int k = i + 1; k < fs.size() && !ITEM_LEAD.endOf(fs.get(k)); k++) {
                    ProseFigure f = fs.get(k);
                    BigDecimal b = wan(f);
                    if (b != null && FINAL_EXPENDITURE.endOf(f)) {
                        if (a.compareTo(b) != 0) {
                            run.fail(Set.of(), TextRules.where(s), a, b, "conflictingAmounts", TextRules.compact(lead.quote()),
                                    f.quote());
                        }
                        break;
                    }
                }
            }
        }
    }

    // ---- NARR.T09.RECEPTION_DETAILS

    private static void reception(RuleRun run) {
        Optional<ThreePublicExpensesTable> t = run.need(TableId.T09, run.report().getThreePublicExpenses());
        if (t.isEmpty()) {
            return;
        }
        Optional<Amount> spent = t.get().get(ThreePublicExpensesColumn.FINAL_RECEPTION);
        for (NarrativeSection s : explanation(run)) {
            if (!s.getHeading().contains("三公")) {
                continue;
            }
            run.assessed();
            if (spent.isEmpty() || spent.get().toBigDecimal().signum() <= 0) {
                return;
            }
            TextScan scan = TextScan.of(s);
            String text = scan.text;
            int body = scan.bodyStart; // the text without its heading
            if (text.indexOf("国内公务接待", body) < 0) {
                return; // the section does not describe the receptions: nothing to disclose them in
            }
            if (!(text.indexOf("人次", body) >= 0 && (text.indexOf("批次", body) >= 0 || text.indexOf("团组", body) >= 0
                    || text.indexOf("批", body) >= 0))) {
                run.fail(Set.of(), Location.of(TableId.T09, ThreePublicExpensesTable.ROW, ThreePublicExpensesColumn.FINAL_RECEPTION),
                        null, spent.get().toBigDecimal(), "receptionDetails", spent.get().toBigDecimal().toPlainString(),
                        s.getHeading().strip());
            }
            return;
        }
    }

    // ---- NARR.PROCUREMENT.*

    private static void procurement(RuleRun run) {
        for (NarrativeSection s : explanation(run)) {
            List<ProseFigure> fs = s.getFigures();
            for (int i = 0; i < fs.size(); i++) {
                ProseFigure total = fs.get(i);
                BigDecimal t = wan(total);
                if (t == null || !PROCUREMENT_TOTAL.endOf(total)) {
                    continue;
                }
                ProseFigure g = null;
                ProseFigure w = null;
                ProseFigure v = null;
                for (int k = i + 1; k < fs.size() && k <= i + 6 && !PROCUREMENT_TOTAL.endOf(fs.get(k)); k++) {
                    ProseFigure f = fs.get(k);
                    if (wan(f) == null) {
                        continue;
                    }
                    if (g == null && GOODS.endOf(f)) {
                        g = f;
                    } else if (w == null && WORKS.endOf(f)) {
                        w = f;
                    } else if (v == null && SERVICES.endOf(f)) {
                        v = f;
                    }
                }
                if (g == null || w == null || v == null) {
                    continue;
                }
                BigDecimal sum = wan(g).add(wan(w)).add(wan(v));
                Location at = TextRules.where(s);
                BigDecimal allowance = run.tolerance().allowance(4);
                run.compare(at, sum, Optional.of(t), allowance, 4, Set.of(at));
            }
        }
    }

    private static void smeShares(RuleRun run) {
        for (NarrativeSection s : explanation(run)) {
            List<ProseFigure> fs = s.getFigures();
            ProseFigure total = null;
            ProseFigure sme = null;
            for (int i = 0; i + 1 < fs.size(); i++) {
                ProseFigure f = fs.get(i);
                BigDecimal x = wan(f);
                if (x == null) {
                    continue;
                }
                if (PROCUREMENT_TOTAL.endOf(f)) {
                    total = f;
                    sme = null;
                    continue;
                }
                ProseFigure p = fs.get(i + 1);
                boolean share = isPercent(p) && p.getSentence() == f.getSentence();
                if (SME_AWARDED.endOf(f) && total != null) {
                    sme = f;
                    if (share && SHARE_OF_PROCUREMENT.endOf(p)) {
                        share(run, s, f, wan(total), half(total), p);
                    }
                } else if (SMALL_AWARDED.endOf(f) && sme != null && share
                        && SHARE_OF_SME.endOf(p)) {
                    share(run, s, f, wan(sme), half(sme), p);
                }
            }
        }
    }

    private static void share(RuleRun run, NarrativeSection s, ProseFigure part, BigDecimal whole, BigDecimal hw,
            ProseFigure p) {
        run.assessed();
        BigDecimal n = wan(part);
        if (whole.signum() == 0) {
            return;
        }
        if (!ratioAgrees(n, half(part), whole, hw, p.getValue(), half(p))) {
            mismatch(run, s, TextRules.where(s), p, n, whole);
        }
    }
}
