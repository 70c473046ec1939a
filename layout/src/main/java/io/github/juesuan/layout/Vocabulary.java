package io.github.juesuan.layout;

import io.github.juesuan.report.TableDescriptor;
import io.github.juesuan.report.TableId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of the templates, kept in one place: how tables are titled, how a table says it is
 * empty, how headers name columns. A new province's template is a matter of adding its wordings
 * here, not of new code paths. Every text passed in is normalised ({@link Texts#norm}: width
 * folded, white space removed).
 */
final class Vocabulary {

    private static final Pattern LEADING_ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．])");
    private static final Pattern LABEL = Pattern.compile("公开0?[1-9]表");
    private static final Pattern UNIT = Pattern.compile("(?:金额)?单位[：:]万元");
    private static final Pattern CONTINUED = Pattern.compile("[(（]续[)）]$");
    private static final Pattern AMOUNT = Pattern.compile("[0-9][0-9,]*\\.[0-9]{1,2}");

    /**
     * The wordings of a declared-empty table: "本单位没有…", "本部门没有…", "本单位2024年度没有…",
     * "…本年度没有…，故本表无数据", "…无…，故本表无数据", "本表无数据", "…无此项…".
     */
    private static final Pattern EMPTY = Pattern.compile(
            "本单位没有|本部门没有|本单位无|本部门无|故本表无数据|本表无数据|本表为空表|无此项(?:收入|支出|经费)?"
                    + "|本(?:单位|部门)[0-9]{4}年度?没有");

    /** A line naming the department: {@code 部门：某局}, {@code 单位名称：}, {@code 编制单位：}. */
    static final Pattern DEPARTMENT_LINE = Pattern.compile(
            "(?:部门|单位名称|编制单位)[：:][ \\u3000]*([^\\s][^\\t\\n]*?)[ \\u3000]*(?=[\\t\\n]|$|(?:金额)?单位[：:])");

    /** Template instruction text, left in beside a statement (not part of it). */
    private static final List<String> INSTRUCTIONS = List.of("仍保留该表格式", "并在本表下方作下述说明", "请在本表下方说明");

    private Vocabulary() {
    }

    /**
     * Finds the table a normalised title names, by its words ({@link TableDescriptor#named}; numbering
     * and labels may stand before). A 绩效自评表 is no table of the set.
     */
    static Optional<TableId> tableOfTitle(String n) {
        return n.contains("绩效") ? Optional.empty() : TableDescriptor.named(n);
    }

    /**
     * Tells which table a line titles when it is a bare title: after its numbering, 公开NN表 label,
     * unit and a "（续）" are taken off, it ends with 决算表 or 决算明细表, is short, and is no
     * sentence (no 。 ， or 说明). 目录 entries, 第三部分 headings ("…决算情况说明") and 01/04 row labels
     * ("二、政府性基金预算财政拨款收入") are no titles.
     */
    static Optional<TableId> bareTitle(String n) {
        if (n.isEmpty() || n.length() > 60) {
            return Optional.empty();
        }
        String t = UNIT.matcher(n).replaceAll("");
        t = LABEL.matcher(t).replaceAll("");
        t = LEADING_ORDINAL.matcher(t).replaceFirst("");
        t = CONTINUED.matcher(t).replaceFirst("");
        if (t.length() > 30 || t.contains("。") || t.contains("，") || t.contains("说明")
                || !(t.endsWith("表") && t.contains("决算"))) {
            return Optional.empty();
        }
        // the department may stand before the title: 上海市普陀区财政局2024年度收入决算表
        int year = t.indexOf("年度");
        String title = year >= 0 ? t.substring(year + 2) : t;
        Optional<TableId> id = tableOfTitle(title);
        return id.isPresent() ? id : tableOfTitle(t);
    }

    /**
     * Tells whether a normalised line above a table's header only repeats the table's title block:
     * its title, its 公开NN表 label, its unit or a department line ({@code 部门：某局}), as a PDF prints
     * them centred or left above the columns (they are no header words).
     */
    static boolean repeatsTitleBlock(String n, TableId id) {
        String t = UNIT.matcher(n).replaceAll("").strip();
        if (DEPARTMENT_LINE.matcher(t).lookingAt()) {
            return true;
        }
        t = LABEL.matcher(t).replaceAll("").strip();
        return t.isEmpty() || bareTitle(t).equals(Optional.of(id));
    }

    /** Tells whether a normalised line states that its table is empty. */
    static boolean statesEmpty(String n) {
        return EMPTY.matcher(n).find();
    }

    /**
     * Tells whether a note under a table ({@code 注：…} / {@code 说明：…}) is the table's empty
     * statement: it says the table has no data ({@code …，故本表无数据。}, {@code 本表为空表}), as the
     * 上海 template words it; other notes (注：本表反映…) stay notes.
     *
     * @param n the normalised note
     * @return true if the note declares the table empty
     */
    static boolean noteStatesEmpty(String n) {
        return n.contains("本表无数据") || n.contains("本表为空表");
    }

    /** Removes template instruction text that was left in beside an empty statement. */
    static String withoutInstructions(String statement) {
        String s = statement;
        for (String i : INSTRUCTIONS) {
            int at = s.indexOf(i);
            if (at >= 0) {
                int end = s.indexOf('。', at);
                int start = Math.max(s.lastIndexOf('。', at) + 1, 0);
                s = s.substring(0, start) + (end >= 0 ? s.substring(end + 1) : "");
            }
        }
        return s.strip();
    }

    /** Counts the lines of a section that hold an amount (a number with decimals). */
    static int figureLines(List<String> lines, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < lines.size(); i++) {
            if (AMOUNT.matcher(lines.get(i)).find()) {
                n++;
            }
        }
        return n;
    }
}
