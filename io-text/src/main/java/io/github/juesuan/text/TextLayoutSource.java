package io.github.juesuan.text;

import io.github.juesuan.layout.LayoutCell;
import io.github.juesuan.layout.LayoutDocument;
import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.layout.TextLines;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.spi.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text extracted from a report's PDF into a {@link LayoutDocument}: the layout module's
 * one form of every source. It knows the text forms extraction tools make, and nothing about
 * reports:
 *
 * <ul>
 *   <li>tab-separated rows and Markdown pipe rows are {@linkplain LayoutLine.Kind#GRID grid} lines,
 *       one cell per tab or pipe;</li>
 *   <li>space-aligned text ({@code pdftotext -layout}) gives {@linkplain LayoutLine.Kind#POSITIONED
 *       positioned} cells with their display columns (a CJK character is two wide);</li>
 *   <li>page texts whose cells are separated by single spaces (pdfplumber's {@code extract_text()})
 *       give {@linkplain LayoutLine.Kind#FLOW flowing} words; where such a tool glued two lines
 *       together (a number followed at once by the next row's code or name, a sentence followed by
 *       the next heading or table title) the line is split again;</li>
 *   <li>form feeds split pages, with or without a line end after them.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextLayoutSource {

    /** A row glued to an amount: {@code 7.7320138 市场…} or {@code 854.352120501 城乡…}. */
    private static final Pattern GLUED_CODE = Pattern.compile("(?<=[0-9]\\.[0-9]{2})(?=[0-9]{3}(?:[0-9]{2}){0,2}\\s)");
    /** A name glued to an amount: {@code 615.12其他城乡…}. */
    private static final Pattern GLUED_NAME = Pattern.compile("(?<=[0-9]\\.[0-9]{2})(?=[\\p{IsHan}“（(])");
    /** A part heading glued to what comes before it. */
    private static final Pattern GLUED_PART = Pattern.compile("(?<=\\S)(?=第[一二三四]部分)");
    /** A table title or a 单位 line glued after a sentence: {@code …情况。收入决算表}. */
    private static final Pattern GLUED_AFTER_SENTENCE = Pattern.compile("(?<=。)(?=[^。]{2,40}(?:表|单位[：:]万元)$)");
    /** A numbered label glued to the one before: {@code 十五、商业服务业等支出十六、金融支出}. */
    private static final Pattern GLUED_ORDINAL = Pattern.compile(
            "(?<=[\\p{IsHan}）)])(?<![一二三四五六七八九十第])(?=[一二三四五六七八九十]{1,3}、)");

    private final TextLimits limits;

    /** Creates a source with the {@linkplain TextLimits#defaults() default limits}. */
    public TextLayoutSource() {
        this(TextLimits.defaults());
    }

    /**
     * Creates a source with other limits.
     *
     * @param limits the limits, not null
     */
    public TextLayoutSource(TextLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the limits this source enforces */
    public TextLimits getLimits() {
        return limits;
    }

    /**
     * Turns a text into a layout document.
     *
     * @param text the text, not null (a leading byte order mark is ignored)
     * @param sourceName the source name for locations, not null
     * @return the document
     * @throws IllegalArgumentException naming the source, the line and the limit if the text is
     *     beyond one of the {@link TextLimits}
     */
    public LayoutDocument parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        if (text.length() > limits.getMaxChars()) {
            throw new InvalidInputException(ProblemMessage.of("problem.text.beyond.chars", sourceName,
                    text.length(), limits.getMaxChars()));
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = t.split("\r?\n", -1);
        if (raw.length > limits.getMaxLines()) {
            throw new InvalidInputException(ProblemMessage.of("problem.text.beyond.lines", sourceName,
                    raw.length, limits.getMaxLines()));
        }
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].length() > limits.getMaxLineLength()) {
                throw new InvalidInputException(ProblemMessage.of("problem.text.beyond.lineLength", sourceName,
                        i + 1, raw[i].length(), limits.getMaxLineLength()));
            }
        }
        boolean paged = t.indexOf('\f') >= 0;
        boolean flow = isFlowing(raw);
        SourceLocation file = SourceLocation.ofFile(sourceName);
        LayoutDocument.Builder doc = LayoutDocument.builder(sourceName);
        int page = paged ? 1 : 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int number = i + 1;
            int from = 0;
            for (int ff = line.indexOf('\f'); ff >= 0; ff = line.indexOf('\f', from)) {
                add(doc, file, page, number, line.substring(from, ff), flow);
                page++;
                from = ff + 1;
            }
            add(doc, file, page, number, line.substring(from), flow);
        }
        doc.pageCount(page);
        return doc.build();
    }

    private void add(LayoutDocument.Builder doc, SourceLocation file, int page, int number, String text,
            boolean flow) {
        SourceLocation at = (page > 0 ? file.withPage(page) : file).withLine(number, 0);
        if (text.indexOf('\t') >= 0 || text.strip().startsWith("|")) {
            String cleaned = ExtractionMarkup.clean(text);
            doc.addLine(LayoutLine.of(page, number, cleaned, LayoutLine.Kind.GRID,
                    checked(gridCells(cleaned), file, number), at));
            return;
        }
        if (!flow) {
            doc.addLine(LayoutLine.of(page, number, text, LayoutLine.Kind.POSITIONED,
                    checked(TextLines.cells(text), file, number), at));
            return;
        }
        for (String part : resegment(text)) {
            doc.addLine(LayoutLine.of(page, number, part, LayoutLine.Kind.FLOW,
                    checked(TextLines.cells(part), file, number), at));
        }
    }

    private List<LayoutCell> checked(List<LayoutCell> cells, SourceLocation file, int number) {
        if (cells.size() > limits.getMaxCellsPerRow()) {
            throw new InvalidInputException(ProblemMessage.of("problem.text.beyond.cells", file.getFile().orElse(""),
                    number, cells.size(), limits.getMaxCellsPerRow()));
        }
        return cells;
    }

    /** Splits a flowing line where an extraction tool glued two lines together. */
    static List<String> resegment(String line) {
        List<String> out = new ArrayList<>();
        out.add(line);
        for (Pattern p : new Pattern[] {GLUED_PART, GLUED_AFTER_SENTENCE, GLUED_CODE, GLUED_NAME, GLUED_ORDINAL}) {
            List<String> next = new ArrayList<>(out.size());
            for (String s : out) {
                Matcher m = p.matcher(s);
                int from = 0;
                while (m.find()) {
                    if (m.start() > from) {
                        next.add(s.substring(from, m.start()));
                    }
                    from = m.start();
                }
                next.add(s.substring(from));
            }
            out = next;
        }
        return out;
    }

    private static List<LayoutCell> gridCells(String text) {
        String t = text.strip();
        char sep = '\t';
        if (t.startsWith("|")) {
            t = t.substring(1);
            if (t.endsWith("|")) {
                t = t.substring(0, t.length() - 1);
            }
            sep = '|';
        } else {
            t = text;
        }
        List<LayoutCell> out = new ArrayList<>();
        int start = 0;
        int k = 0;
        for (int i = t.indexOf(sep); ; i = t.indexOf(sep, start)) {
            String cell = (i < 0 ? t.substring(start) : t.substring(start, i)).strip();
            out.add(new LayoutCell(cell, k, k + 1));
            k++;
            if (i < 0) {
                break;
            }
            start = i + 1;
        }
        return out;
    }

    /**
     * Tells whether a text's table lines separate their cells by single spaces (page text) rather
     * than by aligned runs of spaces: among the lines with two numbers or more, fewer than a quarter
     * have a run of three spaces or more.
     */
    private static boolean isFlowing(String[] lines) {
        int numeric = 0;
        int aligned = 0;
        for (String line : lines) {
            if (line.indexOf('\t') >= 0 || line.strip().startsWith("|")) {
                continue;
            }
            int numbers = 0;
            for (LayoutCell c : TextLines.cells(line)) {
                if (!c.text().isEmpty() && Character.isDigit(c.text().charAt(0)) && c.text().contains(".")) {
                    numbers++;
                }
            }
            if (numbers >= 2) {
                numeric++;
                if (line.strip().contains("   ")) {
                    aligned++;
                }
            }
        }
        return numeric > 0 && aligned * 4 < numeric;
    }
}
