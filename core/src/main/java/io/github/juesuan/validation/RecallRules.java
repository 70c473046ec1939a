package io.github.juesuan.validation;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.amount.Score;
import io.github.juesuan.classification.CodeLevel;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.performance.FundingRow;
import io.github.juesuan.performance.FundingSource;
import io.github.juesuan.performance.ProjectPerformanceEvaluation;
import io.github.juesuan.report.BasicExpenditureDetailTable;
import io.github.juesuan.report.BasicExpenditureRow;
import io.github.juesuan.report.BasicExpenditureColumn;
import io.github.juesuan.report.CodedRow;
import io.github.juesuan.report.CodedTable;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GovernmentFundColumn;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ProseFigure;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.StateCapitalColumn;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that reviewers of 预决算公开 make by hand and no older rule makes: the 政府性基金 and 国有资本经营 sections of
 * 第三部分 against 公开07表 and 公开08表 ({@code NARR.T07.AMOUNTS}, {@code NARR.T08.AMOUNTS}), 机关运行经费 against
 * the 公用经费 of 公开06表 where the report's own 名词解释 makes it a part of them ({@code NARR.T06.OPERATING_EXPENSES}),
 * 公务用车购置及运行费 against its two parts as the prose states them ({@code NARR.LOGIC.VEHICLE_PARTS}), and the
 * 资金执行 score of a 绩效自评表 against its 执行率 where the report states the formula
 * ({@code PERF.FUNDS_SCORE_FROM_EXECUTION_RATE}).
 *
 * <p>Each rule asserts only what the report itself makes derivable: a relation the report does not state (a
 * definition, a formula) leaves the rule not assessed, never guessed.
 */
final class RecallRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final String T07 = "NARR.T07.AMOUNTS";
    static final String T08 = "NARR.T08.AMOUNTS";
    static final String OPERATING = "NARR.T06.OPERATING_EXPENSES";
    static final String VEHICLES = "NARR.LOGIC.VEHICLE_PARTS";
    static final String FUNDS_SCORE = "PERF.FUNDS_SCORE_FROM_EXECUTION_RATE";

    private RecallRules() {
    }

    static void add(List<Rule> out) {
        Severity w = Severity.WARNING;
        out.add(fundRule(T07, TableId.T07, "政府性基金", "government fund", "七 or 八", "", "", run -> fund(run,
                TableId.T07, "政府性基金", run.need(TableId.T07, run.report().getGovernmentFund()),
                GovernmentFundColumn.INCOME, GovernmentFundColumn.EXPENDITURE, GovernmentFundColumn.EXPENDITURE_BASIC,
                GovernmentFundColumn.EXPENDITURE_PROJECT, GovernmentFundColumn::isIn)));
        out.add(fundRule(T08, TableId.T08, "国有资本经营", "state capital", "八 or 九", " (2023 layout)", " (2024 layout)",
                run -> fund(run, TableId.T08, "国有资本经营", run.need(TableId.T08, run.report().getStateCapital()),
                        StateCapitalColumn.INCOME, StateCapitalColumn.EXPENDITURE, StateCapitalColumn.EXPENDITURE_BASIC,
                        StateCapitalColumn.EXPENDITURE_PROJECT, StateCapitalColumn::isIn)));
        out.add(new Rule(OPERATING, RuleFamily.NARR, w, "情况说明中的机关运行经费不超过公开06表的公用经费（名词解释如此界定时）",
                "The narrative's 机关运行经费 is not above Table 06's public-use expenses (where the glossary defines it so)",
                List.of(TableId.T06), false, "机关运行经费 (第三部分, or the report's other matters) ≤ 06 公用经费, the larger "
                        + "of 公用经费合计 and Σ 类 other than 301 and 303; only where the report's 名词解释 defines 机关运行经费 as "
                        + "paid from the 一般公共预算财政拨款 基本支出 (日常公用经费), as the 上海 template does; otherwise not "
                        + "assessed (the 吉林 definition, 「用于购买货物和服务的各项资金」, ties it to no table)",
                EnumSet.allOf(TableEdition.class), RecallRules::operating));
        out.add(new Rule(VEHICLES, RuleFamily.NARR, w, "公务用车购置及运行费等于公务用车购置费加运行维护费（情况说明所写）",
                "公务用车购置及运行费 equals purchase plus operation, as the narrative states them", List.of(), false,
                "in the “三公” section: 公务用车购置及运行（维护）费 支出（决算） t, then 公务用车购置（费）支出 p and 公务用车运行"
                        + "（维护）（费）支出 o: t = p + o, within 3 × 0.005 万元 (prose drops trailing zeros but does not round "
                        + "万元); a figure of 亿元 within half a unit of its last decimal",
                EnumSet.allOf(TableEdition.class), RecallRules::vehicles));
        out.add(new Rule(FUNDS_SCORE, RuleFamily.PERF, Severity.ERROR, "资金执行得分与执行率相符（报告载明计分公式时）",
                "The funds' score matches the execution rate (where the report states the formula)", List.of(), true,
                "where the report states 「得分 = 执行率 × 权重」 (or × 分值, × N 分): 年度资金总额 得分 = min(执行率, 100%) × W, W "
                        + "the N of the formula or the funds' weight 100 − Σ 权重 of the indicators; each printed figure ± half "
                        + "a unit of its last decimal; a score that agrees with the rate its amounts give (全年执行数 ÷ 全年预算数) "
                        + "is accepted (a misprinted rate is PERF.EXECUTION_RATE's), and a score above the derived weight is "
                        + "PERF.WEIGHTS_SUM_TO_100's. Not assessed where no formula is stated (001's scores follow tiers: 7 "
                        + "for 95% and for 99.97%) or the rate, the score or the weight is not printed",
                EnumSet.allOf(TableEdition.class), RecallRules::fundsScore));
    }

    // ---- NARR.T07.AMOUNTS and NARR.T08.AMOUNTS

    /** NARR.T07.AMOUNTS or NARR.T08.AMOUNTS: the descriptions and the formula, from the fund's words. */
    private static Rule fundRule(String id, TableId table, String fund, String english, String sections,
            String incomeNote, String kindsNote, Rule.Check check) {
        String nn = table.name().substring(1);
        return new Rule(id, RuleFamily.NARR, Severity.WARNING, "情况说明中的" + fund + "预算财政拨款收支及各类、款、项决算数与公开"
                + nn + "表一致", "The narrative's " + english + " income, expenditure and 类 / 款 / 项 amounts equal Table "
                + nn, List.of(table), false, "the 第三部分 section on " + fund + " (" + sections + "): " + fund
                + "预算财政拨款收入 = " + nn + " 合计 本年收入" + incomeNote + "; " + fund + "预算财政拨款支出 (支出, 本年支出) = " + nn
                + " 合计 本年支出; 基本支出, 项目支出 = " + nn + " 合计" + kindsNote + "; each 类（类）款（款）项（项） 支出决算 = its " + nn
                + " row (a blank cell or an empty table is 0); a statement that there is none (无 / 没有 … " + fund
                + " … 支出) against a " + nn + " 合计 本年支出 above 0", EnumSet.allOf(TableEdition.class), check);
    }

    /** 「无政府性基金预算财政拨款收入支出」, 「本单位无政府性基金预算情况」, 「没有国有资本经营预算财政拨款收入和支出」. */
    private static Pattern none(String fund) {
        // not 「无…基本支出」 or 「无…项目支出」 (the other kind may be spent), nor 「无…收入」 (a balance may be spent)
        return Pattern.compile("(无|没有|未发生|不涉及)[^。；，,基项]{0,20}?" + fund
                + "[^。；，,基项]{0,16}?(收入和支出|收入支出|收支|支出|情况)");
    }

    private static final Pattern NONE_FUND = none("政府性基金");
    private static final Pattern NONE_CAPITAL = none("国有资本经营");

    private static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>,
            T extends ReportTable & CodedTable<FunctionCode, C, R>> void fund(RuleRun run, TableId id, String fund,
            Optional<T> table, C income, C expenditure, C basic, C project,
            java.util.function.BiPredicate<C, TableEdition> inEdition) {
        if (table.isEmpty()) {
            return;
        }
        T t = table.get();
        Optional<NarrativeSection> section = explanationOn(run.report(), fund);
        if (section.isEmpty()) {
            run.notAssessedBecause("reason.noNarrative", fund);
            return;
        }
        NarrativeSection s = section.get();
        TableEdition edition = t.getEdition();
        Location total = Location.of(id, RowKey.TOTAL, expenditure);
        Optional<Amount> spent = totalOf(t, expenditure);
        String text = TextRules.compact(s.getText());
        Matcher m = (id == TableId.T07 ? NONE_FUND : NONE_CAPITAL).matcher(text);
        if (m.find()) {
            run.assessed();
            BigDecimal x = spent.map(Amount::toBigDecimal).orElse(BigDecimal.ZERO);
            if (x.signum() != 0) {
                run.fail(Set.of(), total, x, BigDecimal.ZERO, "narrativeNone", s.getHeading().strip(),
                        TextRules.around(text, m.start(), m.end()), RuleRun.plain(x));
            }
        }
        List<ProseFigure> fs = s.getFigures();
        boolean incomeSeen = false;
        boolean expenditureSeen = false;
        boolean basicSeen = false;
        boolean projectSeen = false;
        int from = 0;
        for (int i = 0; i < fs.size(); i++) {
            ProseFigure f = fs.get(i);
            if (!f.getUnit().isMoney() || !ofThisYear(run, f.getLabel())) {
                continue;
            }
            String label = f.getLabel();
            int item = lastMarker(s.getText(), f.getOffset(), from);
            if (item >= 0 && FINAL.endOf(f)) {
                // 「1、XX（类）XX（款）XX（项）…支出决算为 a 万元」: the row the markers name
                rowNamed(run, t, s.getText(), from, item).ifPresent(row -> NarrativeRules.claim(run, s, f,
                        Location.of(id, t.keyOf(row), expenditure), row.get(expenditure)));
                from = f.getEnd();
                continue;
            }
            if (BUDGETS.endOf(f)) {
                continue;
            }
            if (!incomeSeen && inEdition.test(income, edition) && label.endsWith(fund + "预算财政拨款收入")) {
                incomeSeen = true;
                NarrativeRules.claim(run, s, f, Location.of(id, RowKey.TOTAL, income), totalOf(t, income));
            } else if (!expenditureSeen && (label.endsWith(fund + "预算财政拨款支出") || label.endsWith("本年支出")
                    || i > 0 && label.equals("支出") && fs.get(i - 1).getLabel().endsWith(fund + "预算财政拨款收入")
                    || i > 0 && label.equals("支出决算") && fs.get(i - 1).getSentence() == f.getSentence()
                            && fs.get(i - 1).getLabel().contains(fund) && BUDGETS.endOf(fs.get(i - 1)))) {
                expenditureSeen = true;
                NarrativeRules.claim(run, s, f, total, spent);
            } else if (!basicSeen && inEdition.test(basic, edition) && label.endsWith("基本支出")) {
                basicSeen = true;
                NarrativeRules.claim(run, s, f, Location.of(id, RowKey.TOTAL, basic), totalOf(t, basic));
            } else if (!projectSeen && inEdition.test(project, edition) && label.endsWith("项目支出")) {
                projectSeen = true;
                NarrativeRules.claim(run, s, f, Location.of(id, RowKey.TOTAL, project), totalOf(t, project));
            }
        }
        if (!run.wasAssessed()) {
            run.notAssessedBecause("reason.noFigures");
        }
    }

    /** A 合计 cell, or the sum of the 类 rows when the 合计 row is not printed (an empty table: blank). */
    private static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>> Optional<Amount> totalOf(
            CodedTable<FunctionCode, C, R> t, C column) {
        Optional<Amount> printed = t.getTotal(column);
        if (printed.isPresent() || t.getTotal().isPresent()) {
            return printed;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (R r : t.getRows()) {
            if (r.getCode().getLevel() == CodeLevel.CLASS && r.get(column).isPresent()) {
                any = true;
                sum = sum.add(r.get(column).get().toBigDecimal());
            }
        }
        return any ? Optional.of(Amount.of(sum)) : Optional.empty();
    }

    /** The first 第三部分 section whose heading names the fund. */
    private static Optional<NarrativeSection> explanationOn(FinalAccountReport r, String words) {
        for (NarrativeSection s : r.getNarrative()) {
            if (s.getPart() == ReportPart.EXPLANATION && NarrativeRules.compact(s.getHeading()).contains(words)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static final LabelWords FINAL = LabelWords.of("支出决算", "支出决算数", "决算数", "决算");
    private static final LabelWords BUDGETS = LabelWords.of("年初预算", "预算", "预算数", "全年预算数", "年初预算数");

    /** The offset after the last 「（类）」, 「（款）」 or 「（项）」 between {@code from} and {@code before}, -1 if none. */
    private static int lastMarker(String text, int before, int from) {
        for (int j = Math.min(before, text.length()) - 1; j >= from + 2; j--) {
            char close = text.charAt(j);
            char level = text.charAt(j - 1);
            char open = text.charAt(j - 2);
            if ((close == '）' || close == ')') && (open == '（' || open == '(')
                    && (level == '类' || level == '款' || level == '项')) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * The row named by the markers before {@code end}: the name before its last marker, at the level of that
     * marker, under the names before the markers above it when several rows share the name.
     */
    private static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>> Optional<R> rowNamed(
            RuleRun run, CodedTable<FunctionCode, C, R> t, String text, int from, int end) {
        // the names and levels, from the first marker of this item on
        String[] names = new String[3];
        int start = from;
        int k = from;
        CodeLevel level = null;
        while (k < end) {
            int at = nextMarker(text, k, end);
            if (at < 0) {
                break;
            }
            char c = text.charAt(at + 1);
            int slot = c == '类' ? 0 : c == '款' ? 1 : 2;
            String name = text.substring(start, at);
            // the name is what follows the list number or the punctuation before it
            int cut = Math.max(Math.max(name.lastIndexOf('、'), name.lastIndexOf('。')), Math.max(name.lastIndexOf('：'),
                    name.lastIndexOf('”')));
            int dot = name.lastIndexOf('.');
            names[slot] = NarrativeRules.name(name.substring(Math.max(cut, dot) + 1).replace("“", ""));
            level = slot == 0 ? CodeLevel.CLASS : slot == 1 ? CodeLevel.SECTION : CodeLevel.ITEM;
            start = at + 3;
            k = at + 3;
        }
        if (level == null) {
            return Optional.empty();
        }
        String wanted = names[level == CodeLevel.CLASS ? 0 : level == CodeLevel.SECTION ? 1 : 2];
        R found = null;
        int matches = 0;
        // the rows of that name only, from the table's rows by name (made once per validation: a report that names
        // each of its hundreds of 项 would otherwise read every row for each)
        List<Named<R>> candidates = rowsByName(run, t).getOrDefault(wanted, List.of());
        for (int i = 0; i < candidates.size(); i++) {
            Named<R> n = candidates.get(i);
            R r = n.row();
            if (r.getCode().getLevel() != level) {
                continue;
            }
            // a 项 name repeats under several 款 (行政运行): the parent's printed name decides
            String parent = level == CodeLevel.ITEM ? names[1] : level == CodeLevel.SECTION ? names[0] : null;
            if (parent == null || n.parentName() == null || n.parentName().equals(parent)) {
                found = r;
                matches++;
            }
        }
        return matches == 1 ? Optional.of(found) : Optional.empty();
    }

    /** A row of a coded table and the name of its parent row ({@link NarrativeRules#name}; null when not printed). */
    private record Named<R>(R row, String parentName) {
    }

    /** The key of the rows by name of the tables, shared by the rules of one validation. */
    private static final Object ROWS_BY_NAME = new Object();

    /**
     * The rows of a table by {@link NarrativeRules#name} of their printed name, in printed order, each with its
     * parent's name; made once per table and validation, linear in the rows.
     */
    @SuppressWarnings("unchecked")
    private static <C extends Enum<C> & TableColumn, R extends CodedRow<FunctionCode, C>>
            java.util.Map<String, List<Named<R>>> rowsByName(RuleRun run, CodedTable<FunctionCode, C, R> t) {
        java.util.Map<Object, Object> byTable = run.shared(ROWS_BY_NAME, k -> new java.util.IdentityHashMap<>(4));
        Object made = byTable.get(t);
        if (made == null) {
            List<R> rows = t.getRows();
            String[] names = new String[rows.size()];
            java.util.Map<FunctionCode, String> nameOf = new java.util.HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                names[i] = NarrativeRules.name(rows.get(i).getName());
                // the first row of a code, as findRow finds it (the codes of a table are unique)
                nameOf.putIfAbsent(rows.get(i).getCode(), names[i]);
            }
            java.util.Map<String, List<Named<R>>> m = new java.util.HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                R r = rows.get(i);
                String parent = r.getCode().getParent().map(nameOf::get).orElse(null);
                m.computeIfAbsent(names[i], x -> new java.util.ArrayList<>()).add(new Named<>(r, parent));
            }
            byTable.put(t, m);
            made = m;
        }
        return (java.util.Map<String, List<Named<R>>>) made;
    }

    private static int nextMarker(String text, int from, int end) {
        for (int j = from; j + 2 < end + 1 && j + 2 < text.length(); j++) {
            char open = text.charAt(j);
            char level = text.charAt(j + 1);
            char close = text.charAt(j + 2);
            if ((open == '（' || open == '(') && (close == '）' || close == ')')
                    && (level == '类' || level == '款' || level == '项')) {
                return j;
            }
        }
        return -1;
    }

    /** Leaves out figures of last year (上年, 去年, 同期) and of another year than the report's. */
    private static boolean ofThisYear(RuleRun run, String label) {
        if (label.contains("上年") || label.contains("去年") || label.contains("同期") || label.contains("上一年")) {
            return false;
        }
        if (label.length() > 4 && label.charAt(4) == '年' && Character.isDigit(label.charAt(0))) {
            return label.startsWith(Integer.toString(run.report().getFiscalYear().getValue()));
        }
        return true;
    }

    // ---- NARR.T06.OPERATING_EXPENSES

    private static final LabelWords OPERATING_LABELS = LabelWords.of("机关运行经费支出", "机关运行经费", "机关运行经费支出决算",
        "机关运行经费决算");

    private static void operating(RuleRun run) {
        FinalAccountReport r = run.report();
        Optional<BasicExpenditureDetailTable> table = run.need(TableId.T06, r.getBasicExpenditureDetail());
        if (table.isEmpty()) {
            return;
        }
        if (!definesAsPublicUse(r)) {
            run.notAssessedBecause("reason.operatingUndefined");
            return;
        }
        // the figure as the prose states it, else the report's other matters (a report read from JSON)
        NarrativeSection where = null;
        ProseFigure figure = null;
        for (NarrativeSection s : r.getNarrative()) {
            if (s.getPart() != ReportPart.EXPLANATION || s.getText().indexOf("机关运行经费") < 0) {
                continue;
            }
            for (ProseFigure f : s.getFigures()) {
                if (f.getUnit().isMoney() && OPERATING_LABELS.endOf(f) && ofThisYear(run, f.getLabel())) {
                    where = s;
                    figure = f;
                    break;
                }
            }
            if (figure != null) {
                break;
            }
        }
        BigDecimal stated = figure != null ? figure.getUnit().toWanYuan(figure.getValue())
                : r.getOtherMatters().flatMap(OtherMatters::getOperatingExpenses).map(Amount::toBigDecimal).orElse(null);
        if (stated == null) {
            run.notAssessedBecause("reason.noFigures");
            return;
        }
        run.assessed();
        BasicExpenditureDetailTable t = table.get();
        // the 公用经费 by every reading of 06: its printed 合计 and the sum of its 类 (a misread total is no evidence)
        BigDecimal classes = BigDecimal.ZERO;
        for (BasicExpenditureRow row : t.getRows()) {
            if (row.getCode().getLevel() == CodeLevel.CLASS
                    && !row.getCode().isPersonnel()) {
                classes = classes.add(row.get(BasicExpenditureColumn.AMOUNT).map(Amount::toBigDecimal)
                        .orElse(BigDecimal.ZERO));
            }
        }
        BigDecimal publicUse = t.getPublicUseTotal().map(Amount::toBigDecimal).orElse(BigDecimal.ZERO).max(classes);
        BigDecimal allowance = run.tolerance().allowance(2);
        BigDecimal over = stated.subtract(publicUse);
        if (over.signum() <= 0) {
            return;
        }
        Location at = Location.of(TableId.T06, BasicExpenditureDetailTable.PUBLIC_USE_TOTAL, BasicExpenditureColumn.AMOUNT);
        String quote = figure != null ? figure.quote() : "机关运行经费 " + RuleRun.plain(stated);
        String heading = where != null ? where.getHeading().strip() : "其他重要事项";
        if (over.compareTo(allowance) <= 0) {
            run.record(at, publicUse, Optional.of(stated), allowance, true, 2, Set.of());
        } else {
            run.fail(Set.of(), at, publicUse, stated, "operatingAbovePublicUse", heading, quote,
                    RuleRun.plain(publicUse));
        }
    }

    /**
     * Tells whether the report's 名词解释 defines 机关运行经费 as part of the 一般公共预算财政拨款 基本支出's 公用经费
     * (「…使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出」).
     */
    static boolean definesAsPublicUse(FinalAccountReport r) {
        for (NarrativeSection s : r.getNarrative()) {
            if (s.getPart() == ReportPart.EXPLANATION) {
                continue;
            }
            // the section's compact text, made once and kept with it (not per validation)
            String all = s.compactText().getCompact();
            int k = all.indexOf("机关运行经费");
            if (k < 0) {
                continue;
            }
            String def = all.substring(k);
            int end = def.indexOf('。');
            def = end < 0 ? def : def.substring(0, end);
            if (def.contains("一般公共预算财政拨款") && def.contains("基本支出") && def.contains("公用经费")) {
                return true;
            }
        }
        return false;
    }

    // ---- NARR.LOGIC.VEHICLE_PARTS

    private static final LabelWords VEHICLE_TOTAL = LabelWords.of("公务用车购置及运行费支出", "公务用车购置及运行费支出决算",
        "公务用车购置及运行费决算", "公务用车购置及运行维护费支出", "公务用车购置及运行维护费支出决算",
        "公务用车购置及运行维护费决算", "公务用车购置及运行费", "公务用车购置及运行维护费");
    private static final LabelWords VEHICLE_BUDGET = LabelWords.of("公务用车购置及运行费预算", "公务用车购置及运行维护费预算",
        "公务用车购置及运行费年初预算", "公务用车购置及运行维护费年初预算");
    private static final LabelWords PURCHASE = LabelWords.of("公务用车购置费支出", "公务用车购置支出", "公务用车购置费支出决算",
        "公务用车购置费决算", "公务用车购置费");
    private static final LabelWords OPERATION = LabelWords.of("公务用车运行维护费支出", "公务用车运行维护支出", "公务用车运行费支出",
        "公务用车运行维护费支出决算", "公务用车运行维护费决算", "公务用车运行维护费", "公务用车运行费");
    private static final String[] OTHER_SUBJECTS = {"因公出国", "公务接待", "三公"};

    private static void vehicles(RuleRun run) {
        for (NarrativeSection s : run.report().getNarrative()) {
            if (s.getPart() != ReportPart.EXPLANATION || !s.getHeading().contains("三公")) {
                continue;
            }
            List<ProseFigure> fs = s.getFigures();
            ProseFigure total = null;
            ProseFigure purchase = null;
            ProseFigure operation = null;
            for (int i = 0; i < fs.size(); i++) {
                ProseFigure f = fs.get(i);
                if (!f.getUnit().isMoney() || !ofThisYear(run, f.getLabel())) {
                    continue;
                }
                String label = f.getLabel();
                if (VEHICLE_TOTAL.endOf(f) || label.equals("支出决算") && i > 0
                        && VEHICLE_BUDGET.endOf(fs.get(i - 1)) && fs.get(i - 1).getSentence() == f.getSentence()) {
                    total = f;
                    purchase = null;
                    operation = null;
                } else if (total != null && purchase == null && PURCHASE.endOf(f)) {
                    purchase = f;
                } else if (total != null && operation == null && OPERATION.endOf(f)) {
                    operation = f;
                } else if (total != null && (VEHICLE_BUDGET.endOf(f) || containsAny(label, OTHER_SUBJECTS))) {
                    total = null; // another subject: the parts that follow are not this total's
                    purchase = null;
                    operation = null;
                }
                if (total != null && purchase != null && operation != null) {
                    BigDecimal sum = wan(purchase).add(wan(operation));
                    BigDecimal allowance = run.tolerance().isExact() ? BigDecimal.ZERO
                            : allowanceOf(run, total).add(allowanceOf(run, purchase)).add(allowanceOf(run, operation));
                    Location at = TextRules.where(s);
                    BigDecimal t = wan(total);
                    if (t.compareTo(sum) != 0) {
                        BigDecimal diff = t.subtract(sum);
                        if (diff.abs().compareTo(allowance) <= 0) {
                            run.record(at, sum, Optional.of(t), allowance, true, 3, Set.of());
                        } else {
                            run.fail(Set.of(), at, sum, t, "vehicleParts", total.quote(), purchase.quote(),
                                    operation.quote(), RuleRun.plain(sum));
                        }
                    } else {
                        run.assessed();
                    }
                    total = null;
                    purchase = null;
                    operation = null;
                }
            }
        }
        // as the other rules on the logic of 第三部分: with 第三部分 read, a report that states no total with both parts
        // has nothing to add up (not assessed only without 第三部分)
        boolean explained = run.report().getNarrative().stream().anyMatch(s -> s.getPart() == ReportPart.EXPLANATION);
        if (!explained) {
            run.notAssessedBecause("reason.noExplanation");
        } else if (!run.wasAssessed()) {
            run.assessed();
        }
    }

    /** A prose figure in 万元 stands for itself to the cent; one in 亿元 for half a unit of its last decimal. */
    private static BigDecimal allowanceOf(RuleRun run, ProseFigure f) {
        return f.getUnit() == ProseFigure.Unit.YI_YUAN ? f.getUnit().toWanYuan(Intervals.halfUnit(f.getValue()))
                : run.tolerance().allowance(1);
    }

    private static BigDecimal wan(ProseFigure f) {
        return f.getUnit().toWanYuan(f.getValue());
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // ---- PERF.FUNDS_SCORE_FROM_EXECUTION_RATE

    /**
     * 「资金执行得分 = 执行率 × 权重」, 「预算执行率得分＝执行率×10分」, 「得分按执行率×分值计算」: the formula as a report may
     * state it (white space removed); group 2 is the points N of 「× N 分」.
     */
    static final Pattern FORMULA = Pattern.compile(
            "得分[^。；]{0,6}?(?:[=＝]|按|为)(?:预算|资金)?执行率[×xX*＊](权重|分值|满分|该指标分值|(\\d+(?:\\.\\d+)?)分?)");

    private static void fundsScore(RuleRun run) {
        List<ProjectPerformanceEvaluation> ps = RuleCatalog.evaluations(run);
        if (ps.isEmpty()) {
            return;
        }
        String[] formula = statedFormula(run.report());
        if (formula == null) {
            run.notAssessedBecause("reason.noScoreFormula");
            return;
        }
        BigDecimal fixed = formula[1] == null ? null : new BigDecimal(formula[1]);
        for (ProjectPerformanceEvaluation p : ps) {
            FundingRow total = p.findFunding(FundingSource.TOTAL).orElse(null);
            Rate rate = total == null ? null : total.getExecutionRate().orElse(null);
            Score score = total == null ? null : total.getScore().orElse(null);
            BigDecimal weight = fixed != null ? fixed : p.fundsWeight().orElse(null);
            if (total == null || rate == null || score == null || weight == null) {
                continue; // not printed: nothing to compare (PERF.TOTAL_SCORE_EQUALS_SUM_OF_SCORES reads the rest)
            }
            BigDecimal s = score.getPoints();
            if (fixed == null && s.compareTo(weight) > 0) {
                continue; // a score above the weight the indicators leave: PERF.WEIGHTS_SUM_TO_100 reports it
            }
            run.assessed();
            BigDecimal r = rate.getPercent();
            BigDecimal hs = Intervals.halfUnit(s);
            if (meets(s, hs, r, Intervals.halfUnit(r), weight)) {
                continue;
            }
            // a printed rate that its amounts do not give is PERF.EXECUTION_RATE's: the score may follow the amounts
            Optional<Amount> budget = total.getFullYearBudget();
            Optional<Amount> executed = total.getExecuted();
            if (budget.isPresent() && executed.isPresent() && budget.get().toBigDecimal().signum() > 0) {
                BigDecimal fromAmounts = executed.get().toBigDecimal().multiply(HUNDRED)
                        .divide(budget.get().toBigDecimal(), MathContext.DECIMAL64);
                // the rate the amounts give, printed to the rate's own decimals, may be what the score was made from
                if (meets(s, hs, fromAmounts, Intervals.halfUnit(r), weight)) {
                    continue;
                }
            }
            BigDecimal expected = capped(r, weight).setScale(Math.max(0, s.scale()), RoundingMode.HALF_UP);
            run.fail(Location.ofProject(p.getProjectName(), RuleCatalog.line(total.getLabel()), PerformanceColumn.SCORE),
                    expected, s, "fundsScore", r.toPlainString(), weight.stripTrailingZeros().toPlainString(),
                    s.toPlainString(), formula[0], capped(r, weight).stripTrailingZeros().toPlainString());
        }
        if (!run.wasAssessed()) {
            run.notAssessedBecause("reason.noScores");
        }
    }

    /** Tells whether the score's interval meets that of min(rate, 100%) × weight, the rate ± its half-width. */
    private static boolean meets(BigDecimal s, BigDecimal hs, BigDecimal rate, BigDecimal hr, BigDecimal weight) {
        return s.add(hs).compareTo(capped(rate.subtract(hr), weight)) >= 0
                && s.subtract(hs).compareTo(capped(rate.add(hr), weight)) <= 0;
    }

    /** min(rate, 100%) × weight. */
    private static BigDecimal capped(BigDecimal percent, BigDecimal weight) {
        BigDecimal p = percent.max(BigDecimal.ZERO).min(HUNDRED);
        return p.multiply(weight).divide(HUNDRED, MathContext.DECIMAL64);
    }


    /**
     * The formula as the report states it anywhere in its text: the text matched and the points of 「× N 分」 (null
     * when it names none); null when it states none. Each section's formula is found once and kept with it.
     */
    static String[] statedFormula(FinalAccountReport r) {
        List<NarrativeSection> sections = r.getNarrative();
        for (int i = 0; i < sections.size(); i++) {
            NarrativeSection s = sections.get(i);
            String[] f = TextScan.of(s).formula(s);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
