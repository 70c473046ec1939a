package io.github.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner finds the same figures as {@link ReferenceProseScanner}, the simpler scanner it replaced:
 * on the whole text of every real report, and on generated texts made of the characters it treats
 * specially (digits of both widths, units, separators, signs, white space, list numbers, years).
 */
class ProseScannerEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_aa736e7b58f5109b.txt", "001_204597f849ed16ca.txt", "002_2626e36b3619c519.txt"})
    void sameFiguresOnTheRealReports(String file) throws IOException {
        String text;
        try (InputStream in = ProseScannerEquivalenceTest.class.getResourceAsStream("/real-reports/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ProseScanner.scan(text)).hasSizeGreaterThan(50).isEqualTo(ReferenceProseScanner.scan(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789０１２３４５６７８９.．,，-−").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("万元", "万 元", "亿元", "元", "%", "％", "分", "分钟", "年", "2024年", "2023 年度", "：", ":",
                        "。", "；", ";", "，", "！", "？", "（一）", "1.", "2、", "、", "为", "为人民币", "分别为", "共计", "约",
                        "支出", "收入合计", "“三公”经费", "(", ")", "\n", " ", "\u3000", "\u00a0", "\t", "A", "x", "占"));
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void sameFiguresOnGeneratedTexts(@ForAll("texts") String text) {
        assertThat(ProseScanner.scan(text)).isEqualTo(ReferenceProseScanner.scan(text));
    }
}
