package io.github.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ProseFigure#labelEndsWith}: the same as comparing label and word without their quotation marks. */
class ProseFigureLabelTest {

    private static String unquoted(String s) {
        return s.replaceAll("[“”\"‘’]", "");
    }

    @Provide
    Arbitrary<String> texts() {
        // few characters, so that words often are suffixes of labels; quotation marks anywhere
        return Arbitraries.strings().withChars("三公经费支出“”\"‘’").ofMaxLength(6);
    }

    @Property(tries = 3000)
    void endsWithIgnoringQuotationMarks(@ForAll("texts") String label, @ForAll("texts") String word,
            @ForAll("texts") String other) {
        ProseFigure f = ProseFigure.of(label, BigDecimal.ONE, ProseFigure.Unit.WAN_YUAN, 0, 1, 0);
        boolean expected = unquoted(label).endsWith(unquoted(word)) || unquoted(label).endsWith(unquoted(other));
        assertThat(f.labelEndsWith(word, other)).as("%s ends with %s or %s", label, word, other).isEqualTo(expected);
        assertThat(f.labelEndsWith(List.of(word).toArray(new String[0])))
                .isEqualTo(unquoted(label).endsWith(unquoted(word)));
    }
}
