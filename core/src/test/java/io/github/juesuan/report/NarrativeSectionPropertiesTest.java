package io.github.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For prose written from any list of figures, with white space put anywhere a PDF's text may break
 * (inside words, between a number and its unit, inside 万元), {@link NarrativeSection#getFigures()}
 * gives back every figure: its label, its number exactly as printed and its unit.
 */
class NarrativeSectionPropertiesTest {

    private static final List<String> LABELS = List.of("本年收入合计", "财政拨款收入", "基本支出", "人员经费",
            "一般公共服务支出", "“三公”经费财政拨款支出预算", "公务接待费支出决算", "项目绩效自评得分", "占", "执行数");

    /** A figure to write: label, number, unit. */
    record Written(String label, BigDecimal value, ProseFigure.Unit unit) {
    }

    @Provide
    Arbitrary<List<Written>> figures() {
        Arbitrary<BigDecimal> values = Combinators.combine(Arbitraries.longs().between(0, 99_999_999_999L),
                Arbitraries.integers().between(0, 2)).as(BigDecimal::valueOf);
        return Combinators.combine(Arbitraries.of(LABELS), values, Arbitraries.of(ProseFigure.Unit.class))
                .as(Written::new).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", "", "", " ", "\n", "\u3000", " \n ");
    }

    @Property(tries = 200)
    void getFigures_findsEveryWrittenFigure(@ForAll("figures") List<Written> written,
            @ForAll("spaces") String gap, @ForAll("spaces") String wrap) {
        StringBuilder text = new StringBuilder("（一）总体情况");
        for (Written w : written) {
            text.append("。").append(breakWord(w.label(), wrap)).append("为").append(gap)
                    .append(w.value().toPlainString()).append(gap).append(breakWord(w.unit().getSymbol(), wrap));
        }
        List<ProseFigure> found = NarrativeSection.of(ReportPart.EXPLANATION, "一、说明", text.toString()).getFigures();
        assertThat(found).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            ProseFigure f = found.get(i);
            assertThat(f.getLabel()).isEqualTo(w.label());
            assertThat(f.getValue()).isEqualTo(w.value());
            assertThat(f.getUnit()).isEqualTo(w.unit());
            assertThat(f.getSentence()).isEqualTo(i + 1);
            assertThat(text.substring(f.getOffset(), f.getEnd()).replaceAll("\\s|\u3000", ""))
                    .isEqualTo(w.value().toPlainString() + w.unit().getSymbol());
        }
    }

    /** The word with a break after its first character, as PDF text wraps lines. */
    private static String breakWord(String word, String wrap) {
        return word.length() < 2 ? word : word.charAt(0) + wrap + word.substring(1);
    }
}
