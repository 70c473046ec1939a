package io.github.juesuan.validation;

import io.github.juesuan.internal.CompactText;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportTable;
import io.github.juesuan.report.TableEdition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules on the wording of the text (family {@link RuleFamily#TEXT}): what reviewers of 预决算公开 find
 * by reading, not by adding up. Placeholders of the template left in (XX, XXX 万元, 待填写), the template's
 * instructions and alternatives left in (仍保留该表格式，并在本表下方作下述说明; 增加（减少）), garbled words
 * (预算预算, 减增加, 大小于, 。。), a share or a rate printed without its % (增长 13.95。), and years that
 * contradict the fiscal year (截至 2023 年 12 月 31 日 in a report of 2024, a truncated 202 年度, a comparison
 * with a year other than the previous one).
 *
 * <p>The texts read are the prose sections (every part), the department's name, and the notes and "本单位没有…"
 * statements under the tables. White space is ignored, since text taken from PDFs breaks lines inside words
 * (「减\n增加」). Every text is read in one pass for all five rules ({@link TextScan}), with fixed words and
 * anchored patterns of fixed words and digits, so the rules stay linear in the size of the text; a section's
 * scan is kept with the section, so a report validated again reads none of its prose again.
 *
 * <p>Not read, because the report model does not keep them: the 目录, the part headings (第二部分 …) and the
 * table titles as printed; the years and table list of the 目录 are therefore not checked.
 */
final class TextRules {

    private TextRules() {
    }

    static final String PLACEHOLDER = "TEXT.PLACEHOLDER";
    static final String INSTRUCTION = "TEXT.INSTRUCTION";
    static final String GARBLED = "TEXT.GARBLED";
    static final String PERCENT_SIGN = "TEXT.SHARE_WITHOUT_PERCENT";
    static final String YEAR = "TEXT.YEAR";

    static void add(List<Rule> out) {
        out.add(rule(PLACEHOLDER, Severity.ERROR, "正文不应留有模板占位符（XX、XXX、待填写、请填写、（略））",
                "The text holds no placeholder of the template (XX, XXX, 待填写, 请填写, （略）)",
                "no run of two or more X / x / Ｘ / × standing alone, and none of 待填写, 请填写, 待补充, （略）, in the prose, "
                        + "the department's name and the notes under the tables",
                TextRules::placeholders));
        out.add(rule(INSTRUCTION, Severity.ERROR, "正文不应留有模板的填写说明或备选措辞",
                "The text holds no instruction of the template and no unchosen alternative wording",
                "none of 仍保留该表格式, 作下述说明, 如持平作持平表述, 不涉及的不列, 按上述格式, 依次说明到各项级科目, "
                        + "由主管部门根据, （制度名称）, 列明公务接待批次; none of the alternatives 增加（减少）, 减少（增加）, "
                        + "增长（下降）, 下降（增长）, 大于（小于）, 小于（大于）",
                TextRules::instructions));
        out.add(rule(GARBLED, Severity.WARNING, "正文不应有重复或错乱的词语、标点",
                "The text has no doubled or garbled words and punctuation",
                "no doubled word (预算预算, 决算决算, 支出支出, 收入收入, 万元万元, 项目项目, 经费经费, 其中其中), no two "
                        + "contradicting words run together (减增加, 增减少, 大小于, 小大于, 增长下降, 下降增长), no doubled "
                        + "punctuation (。。 ，。 。， ，， ；。 、、), white space ignored",
                TextRules::garbled));
        out.add(rule(PERCENT_SIGN, Severity.WARNING, "占比、增减幅度和完成率应带百分号",
                "A share, a rate of change or a completion rate is printed with its %",
                "占 / 占比 / 增长 / 下降 / 降低 / 增幅 / 降幅 / 完成（年初）预算的 / 执行率, then a number, then punctuation: "
                        + "the % is missing",
                TextRules::percentSigns));
        out.add(rule(YEAR, Severity.WARNING, "正文中的年份应与决算年度相符",
                "The years of the text agree with the fiscal year",
                "截至 Y 年 12 月 31 日: Y = fiscal year; 与 Y 年（度）相比, 比 / 较 Y 年度 增加…: Y = fiscal year − 1; "
                        + "Y 年度部门决算 and the years of the section headings: Y = fiscal year; no truncated year (202 年)",
                TextRules::years));
    }

    private static Rule rule(String id, Severity severity, String zh, String en, String formula, Rule.Check check) {
        return new Rule(id, RuleFamily.TEXT, severity, zh, en, List.of(), false, formula,
                EnumSet.allOf(TableEdition.class), check);
    }

    // ---- the texts of a report

    /** A text of the report, white space removed, where it is, and what the scan found in it. */
    record Piece(Location at, TextScan scan) {
        String compact() {
            return scan.text;
        }
    }

    /** The key of the pieces of the report, shared by the rules of one validation. */
    private static final Object PIECES = new Object();

    /** The place of a section: its part and heading, such as 第三部分“五、一般公共预算财政拨款支出决算情况说明”. */
    static Location where(NarrativeSection s) {
        String h = s.getHeading().strip();
        ReportPart p = s.getPart();
        return Location.ofText(h.isEmpty() ? p.getOrdinal() + p.getTitle() : p.getOrdinal() + "“" + h + "”");
    }

    /**
     * The texts of the report: the department's name, each section (its scan kept with the section, see
     * {@link TextScan}), and the statements and notes of each table.
     */
    static List<Piece> pieces(RuleRun run) {
        return run.shared(PIECES, k -> {
            FinalAccountReport r = run.report();
            List<Piece> out = new ArrayList<>();
            out.add(new Piece(Location.ofText("单位名称"), TextScan.ofText(compact(r.getDepartment()))));
            List<NarrativeSection> sections = r.getNarrative();
            for (int i = 0; i < sections.size(); i++) {
                TextScan scan = TextScan.of(sections.get(i));
                out.add(new Piece(scan.at, scan));
            }
            for (ReportTable t : r.tables()) {
                Optional<String> empty = t.getEmptyStatement();
                List<String> notes = t.getNotes();
                if (empty.isEmpty() && notes.isEmpty()) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                empty.ifPresent(e -> b.append(e).append('\n'));
                for (int n = 0; n < notes.size(); n++) {
                    b.append(notes.get(n)).append('\n');
                }
                if (b.length() > 0) {
                    out.add(new Piece(Location.of(t.getTableId()), TextScan.ofText(compact(b.toString()))));
                }
            }
            return out;
        });
    }

    /** The text without white space (and without the ideographic and no-break spaces). */
    static String compact(String s) {
        return CompactText.compact(s);
    }

    /** Up to 12 characters either side of a place, for the message. */
    static String around(String s, int start, int end) {
        return around(s, 0, start, end);
    }

    /** Up to 12 characters either side of a place, not before {@code lower}, for the message. */
    static String around(String s, int lower, int start, int end) {
        int from = Math.max(lower, start - 12);
        int to = Math.min(s.length(), end + 12);
        return (from > lower ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }

    // ---- the rules: each reads what the scan of each text found

    private static void placeholders(RuleRun run) {
        List<Piece> pieces = pieces(run);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            run.assessed();
            TextScan.Hit h = p.scan().firstPlaceholder;
            if (h != null) {
                run.fail(Set.of(), p.at(), null, null, "textPlaceholder", h.text(),
                        around(p.compact(), h.start(), h.end()), p.scan().placeholders);
            }
        }
    }

    private static void instructions(RuleRun run) {
        List<Piece> pieces = pieces(run);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            run.assessed();
            found(run, p, p.scan().firstInstruction, p.scan().instructions, "textInstruction");
        }
    }

    private static void garbled(RuleRun run) {
        List<Piece> pieces = pieces(run);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            run.assessed();
            found(run, p, p.scan().firstGarbled, p.scan().garbled, "textGarbled");
        }
    }

    /** One finding per piece of text: the first word found, where it is, and how many there are. */
    private static void found(RuleRun run, Piece p, TextScan.Hit first, int count, String key) {
        if (first != null) {
            run.fail(Set.of(), p.at(), null, null, key, first.text(), around(p.compact(), first.start(), first.end()),
                    count);
        }
    }

    private static void percentSigns(RuleRun run) {
        List<Piece> pieces = pieces(run);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            run.assessed();
            List<TextScan.Hit> hits = p.scan().noPercent;
            for (int k = 0; k < hits.size(); k++) {
                TextScan.Hit h = hits.get(k);
                run.fail(Set.of(), p.at(), null, new BigDecimal(h.number()), "textNoPercent", h.text(),
                        around(p.compact(), h.start(), h.end()));
            }
        }
    }

    private static void years(RuleRun run) {
        int fy = run.report().getFiscalYear().getValue();
        List<Piece> pieces = pieces(run);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            run.assessed();
            TextScan scan = p.scan();
            years(run, p, scan.asOf, fy, "textYearAsOf");
            years(run, p, scan.compared, fy - 1, "textYearCompared");
            years(run, p, scan.ownYear, fy, "textYearOwn");
            for (int k = 0; k < scan.truncated.size(); k++) {
                TextScan.Hit h = scan.truncated.get(k);
                run.fail(Set.of(), p.at(), BigDecimal.valueOf(fy), new BigDecimal(h.number()), "textYearTruncated",
                        h.text() + "年", around(p.compact(), h.start(), h.end()));
            }
            for (int k = 0; k < scan.headingYears.size(); k++) {
                year(run, p, scan.heading, 0, scan.heading.length(), scan.headingYears.get(k), fy, "textYearHeading");
            }
        }
    }

    private static void years(RuleRun run, Piece p, List<TextScan.Hit> hits, int expected, String key) {
        for (int k = 0; k < hits.size(); k++) {
            TextScan.Hit h = hits.get(k);
            year(run, p, h.text(), h.start(), h.end(), Integer.parseInt(h.number()), expected, key);
        }
    }

    private static void year(RuleRun run, Piece p, String found, int start, int end, int year, int expected,
            String key) {
        if (year != expected) {
            run.fail(Set.of(), p.at(), BigDecimal.valueOf(expected), BigDecimal.valueOf(year), key, found,
                    around(p.compact(), start, end), String.valueOf(expected)); // a year, not a number to format
        }
    }
}
