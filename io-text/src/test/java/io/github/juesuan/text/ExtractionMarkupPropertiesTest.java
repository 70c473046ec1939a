package io.github.juesuan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Nothing is lost by cleaning: markup goes, every other character stays in its order, and cells
 * stay apart.
 */
class ExtractionMarkupPropertiesTest {

    /** Characters of real cells and of markup, mixed so that near-markup is frequent. */
    private static final String ALPHABET = "$\\<>/pbr{}^_%  \t|0123456789.geqlt满意度≥（）、。，";

    /** A piece of a line and what it prints. */
    record Piece(String extracted, String printed) {
    }

    @Provide
    Arbitrary<String> anyLine() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(40);
    }

    /** Text that holds no markup: no backslash (so no formula) and no tag. */
    @Provide
    Arbitrary<String> plainLine() {
        return Arbitraries.strings().withChars(ALPHABET.replace("\\", "")).ofMaxLength(40)
                .filter(s -> !s.contains("<p>") && !s.contains("</p>") && !s.contains("<br"));
    }

    @Property(tries = 500)
    void clean_textWithoutMarkup_isLeftAsItIs(@ForAll("plainLine") String line) {
        assertThat(ExtractionMarkup.clean(line)).isSameAs(line);
    }

    @Property(tries = 1000)
    void clean_anyLine_keepsTheCellsApart(@ForAll("anyLine") String line) {
        String cleaned = ExtractionMarkup.clean(line);
        assertThat(count(cleaned, '\t')).as(line).isEqualTo(count(line, '\t'));
        assertThat(count(cleaned, '|')).as(line).isEqualTo(count(line, '|'));
    }

    @Property(tries = 1000)
    void clean_anyLine_dropsNoDigitOrHanCharacter(@ForAll("anyLine") String line) {
        // digits and Han characters are never markup: the same ones stay, in the same order
        assertThat(kept(ExtractionMarkup.clean(line))).as(line).isEqualTo(kept(line));
    }

    @Provide
    Arbitrary<List<Piece>> markedUpLine() {
        Arbitrary<Piece> text = Arbitraries.strings().withChars("满意度指标 90%（）、。，.-+\t|").ofMaxLength(12)
                .map(s -> new Piece(s, s));
        Arbitrary<Piece> tag = Arbitraries.of("<p>", "</p>", "<br>", "<br/>", "<br />").map(t -> new Piece(t, ""));
        Arbitrary<Piece> symbol = Arbitraries.of(
                new Piece("\\geq ", "≥"), new Piece("\\leq", "≤"), new Piece("\\%", "%"), new Piece("\\times ", "×"),
                new Piece("^{\\circ}", "°"), new Piece("\\mathrm{C}", "C"), new Piece("\\geqslant ", "≥"));
        Arbitrary<Piece> number = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(s -> new Piece(s, s));
        Arbitrary<Piece> formula = Combinators.combine(symbol, number, symbol.list().ofMaxSize(2))
                .as((first, n, more) -> {
                    StringBuilder e = new StringBuilder("$").append(first.extracted()).append(n.extracted());
                    StringBuilder p = new StringBuilder(first.printed()).append(n.printed());
                    more.forEach(m -> {
                        e.append(m.extracted());
                        p.append(m.printed());
                    });
                    return new Piece(e.append('$').toString(), p.toString());
                });
        return Arbitraries.frequencyOf(
                Tuple.of(3, text), Tuple.of(2, tag), Tuple.of(2, formula))
                .list().ofMaxSize(10);
    }

    @Property(tries = 1000)
    void clean_markedUpLine_printsEveryCharacterThatIsNotMarkup(@ForAll("markedUpLine") List<Piece> pieces) {
        String extracted = pieces.stream().map(Piece::extracted).reduce("", String::concat);
        String printed = pieces.stream().map(Piece::printed).reduce("", String::concat);
        String cleaned = ExtractionMarkup.clean(extracted);
        // the spaces around a tag are the tag's; everything else is exactly what was printed
        assertThat(cleaned.replace(" ", "")).as(extracted).isEqualTo(printed.replace(" ", ""));
        assertThat(cleaned).as(extracted).doesNotContain("<p>", "</p>", "<br", "$\\");
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static String kept(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> Character.isDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
