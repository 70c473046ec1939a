package io.github.juesuan.layout;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.amount.Rate;
import io.github.juesuan.internal.Text;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.GovernmentProcurement;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.OtherMatters;
import io.github.juesuan.report.ReportPart;
import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.StateAssets;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.UnitKind;
import io.github.juesuan.report.VehicleCount;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognizer behind {@link LayoutReader}: finds the parts, the title, the tables and the prose
 * of a {@link LayoutDocument} and reads each. Grid tables (tab-separated, pipe or workbook rows) are
 * read by {@link TableReader}, positioned and flowing ones by {@link FreeTableReader}.
 */
final class Recognizer {

    private static final Pattern PART = Pattern.compile("^\\s*第([一二三四])部分.*$");
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:-\\s*)?([一二三四五六七八九十]{1,3})、\\s*(.+)$");
    private static final Pattern LABEL = Pattern.compile("公开\\s*0?([1-9])\\s*表");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");
    private static final String NUM = "([0-9][0-9,]*(?:\\.[0-9]+)?)";

    private final int maxTableLines;
    private final Optional<FiscalYear> knownYear;
    private final Optional<String> knownDepartment;
    private final Map<TableId, TableEdition> editions;

    /**
     * @param maxTableLines the most lines a table may span
     * @param knownYear the year to take where the document states none; when given, the document is
     *        read as a report without part headings or table labels
     * @param knownDepartment the department to take where the document states none
     * @param editions the editions the source states, by table, taken where a table's columns show none
     */
    Recognizer(int maxTableLines, Optional<FiscalYear> knownYear, Optional<String> knownDepartment,
            Map<TableId, TableEdition> editions) {
        this.maxTableLines = maxTableLines;
        this.knownYear = knownYear;
        this.knownDepartment = knownDepartment;
        this.editions = editions;
    }

    LayoutReadResult read(LayoutDocument doc) {
        String sourceName = doc.getSourceName();
        List<LayoutLine> layoutLines = doc.getLines();
        List<String> lines = new ArrayList<>(layoutLines.size());
        for (LayoutLine l : layoutLines) {
            lines.add(l.getText());
        }
        String t = String.join("\n", lines);
        int[] parts = parts(lines);
        boolean hasLabel = LABEL.matcher(t).find();
        boolean hasPart = Arrays.stream(parts).anyMatch(p -> p >= 0);
        if (knownYear.isEmpty() && titledYear(t).isEmpty() && (!t.contains("部门决算") || (!hasLabel && !hasPart))) {
            throw new InvalidInputException(ProblemMessage.of(t.contains("部门决算")
                    ? "problem.layout.notAReport.noParts" : "problem.layout.notAReport.noMention", sourceName));
        }
        int titleEnd = titleEnd(lines, parts);
        String title = String.join("", lines.subList(0, titleEnd).stream().map(String::strip)
                .filter(s -> !s.isEmpty() && !DATE.matcher(s).find()).toList());
        FiscalYear year = year(title, t, sourceName, knownYear);
        ReadContext ctx = new ReadContext(year, doc, editions);
        FinalAccountReport.Builder b = FinalAccountReport.builder();
        b.fiscalYear(year);
        String department = department(title, t, sourceName, knownDepartment, ctx);
        b.department(department);
        b.scope(title.contains("汇总") ? ReportScope.CONSOLIDATED : ReportScope.SELF);
        date(lines.subList(0, titleEnd)).ifPresent(b::publicationDate);
        unitKind(t).ifPresent(b::unitKind);

        int end = lines.size();
        int p1 = parts[0];
        int p2 = parts[1];
        int p3 = parts[2];
        int p4 = parts[3];
        int tablesFrom = p2 >= 0 ? p2 + 1 : 0;
        int tablesTo = p2 >= 0 ? firstAfter(parts, 1, end) : (p3 >= 0 ? p3 : end);
        if (p1 >= tablesFrom && p1 < tablesTo) {
            // the 第二部分 heading found is the 目录's (the body prints none): the tables stand after the body
            // of 第一部分, never before it, so the 目录's entries are not taken for tables
            tablesFrom = p1 + 1;
        }
        int firstTable = tables(lines, tablesFrom, tablesTo, b, ctx, maxTableLines);
        OpenPlacements.settle(ctx, b);
        if (p1 >= 0) {
            int overviewEnd = firstAfter(parts, 0, end);
            overview(lines, p1 + 1, firstTable > p1 && firstTable < overviewEnd ? firstTable : overviewEnd, b);
        }
        if (p3 >= 0) {
            explanation(lines, p3 + 1, firstAfter(parts, 2, end), b, ctx);
        }
        if (p4 >= 0) {
            glossary(lines, p4, end, b);
        }
        ctx.problems.sort(java.util.Comparator.comparing(p -> p.getLocation().getLine().orElse(0)));
        ctx.unreadable.forEach(b::addUnreadableTables);
        return new LayoutReadResult(sourceName, b.build(), ctx.problems, ctx.provenance, ctx.evaluationLocations);
    }

    // ---------------------------------------------------------------- structure

    /** The line index of each part's heading in the body (the last occurrence: the first may be the 目录). */
    private static int[] parts(List<String> lines) {
        int[] out = {-1, -1, -1, -1};
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (s.indexOf('\t') >= 0 || s.strip().startsWith("|")) {
                continue;
            }
            Matcher m = PART.matcher(s);
            if (m.matches() && s.strip().length() < 40) {
                out["一二三四".indexOf(m.group(1))] = i;
            }
        }
        return out;
    }

    private static int firstAfter(int[] parts, int k, int end) {
        for (int j = k + 1; j < parts.length; j++) {
            if (parts[j] > parts[k]) {
                return parts[j];
            }
        }
        return end;
    }

    private static int titleEnd(List<String> lines, int[] parts) {
        for (int i = 0; i < lines.size(); i++) {
            String n = Texts.norm(lines.get(i));
            if (n.equals("目录") || PART.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> paragraphs(List<String> lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty() && !Texts.isPageMarker(s)) {
                out.add(s);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- 第四部分

    private static final Pattern TERM = Pattern.compile(
            "^((?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[、.．]\\s*[^：:]{1,60}?)\\s*[：:]\\s*(.*)$");

    /**
     * Reads 第四部分 名词解释 as one section per term (heading 一、财政拨款收入, text the definition,
     * lines broken by the PDF joined); as one section if no entry has the form 一、term：definition.
     */
    private static void glossary(List<String> lines, int heading, int end, FinalAccountReport.Builder b) {
        List<String> body = paragraphs(lines, heading + 1, end);
        List<String> terms = new ArrayList<>();
        List<StringBuilder> definitions = new ArrayList<>(); // joined in place: linear in the part's length
        for (String line : body) {
            Matcher m = TERM.matcher(line.replace("**", ""));
            if (m.matches()) {
                terms.add(m.group(1).strip());
                definitions.add(new StringBuilder(m.group(2).strip()));
            } else if (!terms.isEmpty()) {
                definitions.get(definitions.size() - 1).append(line.replace("**", "").strip());
            } else {
                break;
            }
        }
        if (terms.isEmpty()) {
            b.addNarrative(NarrativeSection.of(ReportPart.GLOSSARY, lines.get(heading).strip(), String.join("\n", body)));
            return;
        }
        for (int k = 0; k < terms.size(); k++) {
            b.addNarrative(NarrativeSection.of(ReportPart.GLOSSARY, terms.get(k), definitions.get(k).toString()));
        }
    }

    // ---------------------------------------------------------------- header

    private static FiscalYear year(String title, String text, String source, Optional<FiscalYear> known) {
        Matcher m = YEAR.matcher(title);
        if (!m.find()) {
            m = Pattern.compile("(\\d{4})\\s*年度\\s*部门决算").matcher(text);
            if (!m.find()) {
                Optional<FiscalYear> titled = titledYear(text);
                if (titled.isPresent()) {
                    return titled.get();
                }
                if (known.isPresent()) {
                    return known.get();
                }
                throw new InvalidInputException(ProblemMessage.of("problem.layout.notAReport.noYear", source));
            }
        }
        try {
            return FiscalYear.of(Integer.parseInt(m.group(1)));
        } catch (IllegalArgumentException e) {
            // without its year no report can be built: the documented failure, naming the file
            throw new InvalidInputException(ProblemMessage.of("problem.layout.notAReport.badYear", source, m.group(),
                    ProblemMessage.from(e)), e);
        }
    }

    private static final Pattern TITLE_YEAR = Pattern.compile("(19[5-9][0-9]|2[0-9]{3})年");

    /** The year a table's title states, such as 2024年财政拨款“三公”经费支出决算表 (the tables of a workbook). */
    private static Optional<FiscalYear> titledYear(String text) {
        for (String line : text.split("\n")) {
            String n = Texts.norm(line);
            Matcher m = TITLE_YEAR.matcher(n);
            if (m.find() && Vocabulary.bareTitle(n).isPresent()) {
                return Optional.of(FiscalYear.of(Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }

    private static String department(String title, String text, String source, Optional<String> known,
            ReadContext ctx) {
        String d = title.replaceAll("\\d{4}\\s*年度", "").replace("部门决算", "").strip();
        if (!d.isEmpty()) {
            return d;
        }
        Matcher m = Vocabulary.DEPARTMENT_LINE.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        if (known.isPresent()) {
            return known.get();
        }
        m = Pattern.compile("根据上述职责[，,]\\s*(\\S+?)(?:部门)?内设").matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        ctx.problem(1, 0, "problem.layout.noDepartment");
        return source;
    }

    private static Optional<LocalDate> date(List<String> titleLines) {
        for (String s : titleLines) {
            Matcher m = DATE.matcher(s);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the statement of the unit's kind ({@code 为参照公务员法管理…}, {@code 为行政单位},
     * {@code 为事业单位}; white space allowed between any two characters, as {@link Texts#norm}
     * removes it), in that order of precedence, looking only where the text has a 为.
     */
    private static Optional<UnitKind> unitKind(String text) {
        boolean civil = false;
        boolean administrative = false;
        boolean institution = false;
        for (int at = text.indexOf('为'); at >= 0; at = text.indexOf('为', at + 1)) {
            civil |= statesAt(text, at, "为参照公务员法管理");
            administrative |= statesAt(text, at, "为行政单位");
            institution |= statesAt(text, at, "为事业单位");
        }
        if (civil) {
            return Optional.of(UnitKind.CIVIL_SERVICE_MANAGED_INSTITUTION);
        }
        if (administrative) {
            return Optional.of(UnitKind.ADMINISTRATIVE);
        }
        if (institution) {
            return Optional.of(UnitKind.PUBLIC_INSTITUTION);
        }
        return Optional.empty();
    }

    /** Tells whether the words stand at an index of the text, white space between them skipped. */
    private static boolean statesAt(String text, int at, String words) {
        int i = at;
        for (int k = 0; k < words.length(); k++) {
            while (k > 0 && i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != words.charAt(k)) {
                return false;
            }
            i++;
        }
        return true;
    }

    // ---------------------------------------------------------------- 第一部分

    /** A section of a part: its heading ("" before the first), its paragraphs and its line indexes. */
    private record Section(String heading, String body, int from, int to) {
    }

    /**
     * Splits a part into sections at headings 一、 二、 …, each as heading and paragraphs. Linear in
     * the part's characters: a paragraph broken over lines is joined in a {@link Paragraph}, which
     * keeps what {@link #continues} asks of it instead of matching the joined text again per line.
     */
    private static List<Section> sections(List<String> lines, int from, int to) {
        List<Section> out = new ArrayList<>();
        String heading = null;
        int start = from;
        List<String> body = new ArrayList<>();
        Paragraph open = null;
        for (int i = from; i < to; i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || Texts.isPageMarker(s)) {
                continue;
            }
            if (s.length() < 40 && !s.endsWith("。") && HEADING.matcher(s).matches()) {
                if (open != null) {
                    body.add(open.toString());
                }
                if (heading != null || !body.isEmpty()) {
                    out.add(new Section(heading == null ? "" : heading, String.join("\n", body), start, i));
                }
                heading = s;
                start = i;
                body = new ArrayList<>();
                open = null;
            } else if (open != null && open.continuesWith(s)) {
                open.append(s);
            } else {
                if (open != null) {
                    body.add(open.toString());
                }
                open = new Paragraph(s);
            }
        }
        if (open != null) {
            body.add(open.toString());
        }
        if (heading != null || !body.isEmpty()) {
            out.add(new Section(heading == null ? "" : heading, String.join("\n", body), start, to));
        }
        return out;
    }

    /**
     * A paragraph being joined from the lines the PDF broke it into. It answers
     * {@link #continues(String, String)} for its joined text in constant time per line: a sentence
     * end is its last character (the joined text holding no line terminator, which {@code .} does
     * not match), a sub-heading is an ordinal at its start and no comma or full stop in it.
     */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private boolean comma;
        private boolean terminator;

        Paragraph(String first) {
            append(first);
        }

        void append(String line) {
            text.append(line);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                comma |= c == '，' || c == ',' || c == '。';
                terminator |= c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            }
        }

        boolean continuesWith(String next) {
            boolean sentenceEnd = !terminator && "。；：！？.;:!?".indexOf(text.charAt(text.length() - 1)) >= 0;
            boolean subheading = !comma
                    && SUBHEADING_START.matcher(text.subSequence(0, Math.min(6, text.length()))).lookingAt();
            return !sentenceEnd && (!subheading || TAIL.matcher(next).matches()) && !ITEM_START.matcher(next).find();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；：！？.;:!?]$");
    private static final Pattern SUBHEADING = Pattern.compile("^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[^，,。]*$");
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.．](?![0-9]))");
    private static final Pattern TAIL = Pattern.compile("^.{1,8}[。；！？.;!?]$");
    /** The ordinal that opens a {@link #SUBHEADING}, at most five characters. */
    private static final Pattern SUBHEADING_START = Pattern.compile("(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)");

    /**
     * Tells whether a paragraph was broken by the PDF (a page or a line break in the middle of a
     * sentence) and continues on the next line: the line ends without a sentence end, is not a
     * sub-heading such as {@code （三）一般公共预算财政拨款支出决算具体情况} (unless the next line is
     * the short tail of a sentence, {@code 护。}), and the next line does not start a numbered item
     * ({@code 97.2%} does not).
     */
    static boolean continues(String line, String next) {
        return !SENTENCE_END.matcher(line).matches()
                && (!SUBHEADING.matcher(line).matches() || TAIL.matcher(next).matches())
                && !ITEM_START.matcher(next).find();
    }

    private static void overview(List<String> lines, int from, int to, FinalAccountReport.Builder b) {
        for (Section s : sections(lines, from, to)) {
            b.addNarrative(NarrativeSection.of(ReportPart.OVERVIEW, s.heading(), s.body()));
            String joined = s.body().replace("\n", "");
            if (s.heading().contains("职责")) {
                String[] items = joined.split("(?=[（(][一二三四五六七八九十]{1,3}[)）])");
                for (String item : items) {
                    if (!item.isBlank()) {
                        b.addDuties(item.strip());
                    }
                }
            } else if (s.heading().contains("机构")) {
                Matcher m = Pattern.compile("分别[为是][：:]?\\s*(.+?)。").matcher(joined);
                if (m.find()) {
                    for (String body : m.group(1).split("、")) {
                        b.addInternalBodies(body.strip());
                    }
                }
                m = Pattern.compile("单位包括[：:]\\s*(.+?)。").matcher(joined);
                if (m.find()) {
                    for (String unit : m.group(1).split("、")) {
                        b.addConsolidatedUnits(unit.strip());
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- 第二部分

    private static Optional<TableId> tableOfTitle(String title) {
        return Vocabulary.tableOfTitle(Texts.norm(title));
    }

    private static boolean isEvaluationTitleRow(int index, String line) {
        Row r = Row.parse(index + 1, line);
        return r != null && r.indexOf(0, "项目支出绩效自评表") == 0;
    }

    /**
     * Tells whether a tab-separated line shows one cell only (a workbook row holding a title, a
     * label or a statement): it is read as that text, not as a table row.
     */
    static boolean isOneCell(String line) {
        Row r = Row.parse(0, line);
        return r != null && r.filled().size() == 1;
    }

    /** Reads the tables of a part; returns the index of the first table's title, or {@code to} if none. */
    private static int tables(List<String> lines, int from, int to, FinalAccountReport.Builder b,
            ReadContext ctx, int maxTableLines) {
        // sections: [start line index, table number (1..9), or 10 for 绩效]
        List<int[]> starts = new ArrayList<>();
        int current = 0;
        for (int i = from; i < to; i++) {
            String s = lines.get(i);
            boolean grid = s.strip().startsWith("|") || (s.indexOf('\t') >= 0 && !isOneCell(s));
            if (!grid) {
                Matcher h = HEADING.matcher(s.strip());
                if (h.matches() && s.strip().length() < 40) {
                    int id = Vocabulary.bareTitle(Texts.norm(s)).map(TableId::getNumber)
                            .orElse(Texts.norm(h.group(2)).contains("绩效") && Texts.norm(h.group(2)).endsWith("表") ? 10 : 0);
                    if (id > 0 && id != current) {
                        starts.add(new int[] {i, id});
                        current = id;
                    }
                    continue;
                }
                Optional<TableId> bare = Vocabulary.bareTitle(Texts.norm(s));
                if (bare.isPresent()) {
                    int id = bare.get().getNumber();
                    if (id != current) {
                        starts.add(new int[] {i, id});
                        current = id;
                    }
                    continue;
                }
                Matcher l = LABEL.matcher(s);
                if (l.find() && s.strip().length() < 20) {
                    int id = Integer.parseInt(l.group(1));
                    if (id != current) {
                        starts.add(new int[] {i, id});
                        current = id;
                    }
                    continue;
                }
            }
            if (current != 10 && s.contains("绩效") && (Texts.norm(s).equals("项目支出绩效自评表")
                    || (grid && isEvaluationTitleRow(i, s)))) {
                starts.add(new int[] {i, 10});
                current = 10;
            }
        }
        // a title met twice (a 目录 entry before the body when there is no 第二部分 heading, or a
        // table printed twice): the section with the most figures is the table
        int[] best = new int[11];
        int[] bestFigures = new int[11];
        java.util.Arrays.fill(best, -1);
        for (int k = 0; k < starts.size(); k++) {
            int id = starts.get(k)[1];
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : to;
            int figures = Vocabulary.figureLines(lines, starts.get(k)[0], end);
            if (id != 10 && best[id] >= 0 && figures > 0 && bestFigures[id] > 0) {
                ctx.problem(starts.get(k)[0] + 1, 0, "problem.layout.tableTwice", TableId.ofNumber(id).orElseThrow().getLabel());
            }
            if (id != 10 && (best[id] < 0 || figures > bestFigures[id])) {
                best[id] = k;
                bestFigures[id] = figures;
            }
        }
        TableReader tables = new TableReader(ctx);
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k)[0];
            int id = starts.get(k)[1];
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : to;
            if (end - start > maxTableLines && (id == 10 || best[id] == k)) {
                String name = id == 10 ? "项目支出绩效自评表" : TableId.ofNumber(id).orElseThrow().getLabel();
                ctx.problem(start + 1, 0, id == 10 ? "problem.layout.tableTooLong.notRead" : "problem.layout.tableTooLong.unreadable",
                        name, end - start, maxTableLines);
                if (id != 10) {
                    ctx.unreadable.add(TableId.ofNumber(id).orElseThrow());
                }
                continue;
            }
            if (id == 10) {
                b.addAllPerformanceEvaluations(new PerformanceReader(ctx).read(lines, start, end));
                continue;
            }
            if (best[id] != k) {
                continue;
            }
            TableId tid = TableId.ofNumber(id).orElseThrow();
            tables.read(TableReader.block(tid, lines, start, end), b);
        }
        return starts.isEmpty() ? to : starts.get(0)[0];
    }

    // ---------------------------------------------------------------- 第三部分

    private static void explanation(List<String> lines, int from, int to, FinalAccountReport.Builder b,
            ReadContext ctx) {
        for (Section s : sections(lines, from, to)) {
            b.addNarrative(NarrativeSection.of(ReportPart.EXPLANATION, s.heading(), s.body()));
            if (s.heading().contains("其他重要事项")) {
                otherMatters(s.body(), new Facts(ctx, lines, s.from(), s.to())).ifPresent(b::otherMatters);
            }
        }
    }

    /**
     * Where the facts of one section of the prose are read: a figure that does not parse is a
     * problem at the first line of the section that prints it (at the section's heading if the PDF
     * broke the figure over lines), read as missing.
     */
    private record Facts(ReadContext ctx, List<String> lines, int from, int to) {

        <T> Optional<T> parse(String value, java.util.function.Function<String, T> parser, String what) {
            return ctx.parse(value, parser, "其他重要事项 " + what, where(value));
        }

        private io.github.juesuan.spi.SourceLocation where(String value) {
            for (int i = from; i < to; i++) {
                int at = lines.get(i).indexOf(value);
                if (at >= 0) {
                    return ctx.at(i + 1, at + 1);
                }
            }
            return ctx.at(from + 1, 0);
        }
    }

    private static Optional<Amount> amount(String text, String regex, String what, Facts facts) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? facts.parse(m.group(1), Amount::parse, what) : Optional.empty();
    }

    static Optional<OtherMatters> otherMatters(String text, Facts facts) {
        String s = text.replaceAll("\\s+", "");
        OtherMatters.Builder o = OtherMatters.builder();
        boolean any = false;
        Matcher m = Pattern.compile("机关运行经费支出" + NUM + "万元([^。]*)").matcher(s);
        if (m.find()) {
            any = true;
            o.operatingExpenses(facts.parse(m.group(1), Amount::parse, "机关运行经费支出"));
            Matcher c = Pattern.compile("(增加|减少)" + NUM + "万元").matcher(m.group(2));
            if (c.find()) {
                facts.parse(c.group(2), Amount::parse, "机关运行经费 " + c.group(1)).ifPresent(change ->
                        o.operatingExpensesChange(c.group(1).equals("减少") ? change.negated() : change));
            }
        }
        Matcher totalAt = Pattern.compile("政府采购支出总额" + NUM + "万元").matcher(s);
        if (totalAt.find()) {
            any = true;
            GovernmentProcurement.Builder p = GovernmentProcurement.builder();
            p.total(facts.parse(totalAt.group(1), Amount::parse, "政府采购支出总额"));
            p.goods(amount(s, "采购货物支出" + NUM + "万元", "采购货物支出", facts));
            p.works(amount(s, "采购工程支出" + NUM + "万元", "采购工程支出", facts));
            p.services(amount(s, "采购服务支出" + NUM + "万元", "采购服务支出", facts));
            Matcher sme = Pattern.compile("授予中小企业合同金额" + NUM + "万元[,，]占政府采购支出总额的" + NUM + "%").matcher(s);
            if (sme.find()) {
                p.smeAmount(facts.parse(sme.group(1), Amount::parse, "授予中小企业合同金额"))
                        .smeShare(facts.parse(sme.group(2), Rate::parse, "授予中小企业合同金额的占比"));
            }
            Matcher small = Pattern.compile("授予小微企业合同金额" + NUM + "万元[,，]占授予中小企业合同金额的" + NUM + "%")
                    .matcher(s);
            if (small.find()) {
                p.smallMicroAmount(facts.parse(small.group(1), Amount::parse, "授予小微企业合同金额"))
                        .smallMicroShare(facts.parse(small.group(2), Rate::parse, "授予小微企业合同金额的占比"));
            }
            o.procurement(p.build());
        }
        Matcher v = Pattern.compile("共有车辆(\\d+)辆(?:[,，]其中[,，:：]?([^;；]*))?").matcher(s);
        if (v.find()) {
            any = true;
            StateAssets.Builder a = StateAssets.builder();
            a.vehicleTotal(facts.parse(v.group(1), ReadContext::count, "车辆总数"));
            if (v.group(2) != null) {
                // a kind of vehicle is a short name: bounded, so that a long run without 、 or ， is
                // scanned once, not once per character
                Matcher k = Pattern.compile("([^、,，]{1,40}?)(\\d+)辆").matcher(v.group(2));
                while (k.find()) {
                    String kind = k.group(1);
                    facts.parse(k.group(2), ReadContext::count, kind + "车辆数")
                            .ifPresent(n -> a.addVehicles(VehicleCount.of(kind, n)));
                }
            }
            Matcher eq = Pattern.compile("以上设备(?:[(（]不含车辆[)）])?(\\d+)台").matcher(s);
            if (eq.find()) {
                a.equipmentOverOneMillion(facts.parse(eq.group(1), ReadContext::count, "单价 100 万元以上设备台数"));
            }
            a.text(assetsText(text));
            o.assets(a.build());
        }
        return any ? Optional.of(o.build()) : Optional.empty();
    }

    /**
     * The text of the 国有资产占用 statement: from the paragraph that speaks of 国有资产, or the one
     * after its heading ({@code （三）国有资产占用情况说明}), to the end of the section.
     */
    private static String assetsText(String text) {
        int at = text.indexOf("国有资产");
        if (at < 0) {
            return text;
        }
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        if (end >= 0 && !Texts.stripOrdinal(line).equals(line.strip()) && line.strip().endsWith("说明")) {
            start = end + 1; // the heading, not the statement
        }
        return text.substring(start).strip();
    }
}
