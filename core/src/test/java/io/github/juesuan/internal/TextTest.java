package io.github.juesuan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "７６９８．９２           | 7698.92",
        "'  201 '                | 201",
        "'\u3000201\u3000'       | 201",
        "'\u00A0201'             | 201",
        "政府办公厅（室）         | 政府办公厅(室)",
        "９５％                   | 95%",
        "ＡＢＣ                   | ABC",
        "一般公共服务支出         | 一般公共服务支出",
    })
    void test_foldWidth(String text, String expected) {
        assertThat(Text.foldWidth(text)).isEqualTo(expected);
    }

    @Test
    void test_foldWidth_unchangedIsSameInstance() {
        String s = "7698.92";
        assertThat(Text.foldWidth(s)).isSameAs(s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "政府办公厅（室）及相关机构事务       | 政府办公厅(室)及相关机构事务",
        "政府办公厅(室)及相关机构 事务        | 政府办公厅(室)及相关机构事务",
        "' 因公出国 （境） 费用 '             | 因公出国(境)费用",
        "'机关事业单位基本养老保险\t缴费支出' | 机关事业单位基本养老保险缴费支出",
    })
    void test_normaliseName(String name, String expected) {
        assertThat(Text.normaliseName(name)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> names() {
        // the characters that normalisation folds or drops, among a few that it keeps
        return Arbitraries.strings().withChars("政府办（室）()　 \u00A0\t\n费９9ＡA").ofMaxLength(8);
    }

    /** {@code normalisesTo} is {@code normaliseName} followed by {@code equals}, without making the name. */
    @Property(tries = 2000)
    void normalisesToIsNormaliseThenEquals(@ForAll("names") String a, @ForAll("names") String b) {
        assertThat(Text.normalisesTo(Text.normaliseName(b), a))
                .isEqualTo(Text.normaliseName(a).equals(Text.normaliseName(b)));
        assertThat(Text.normalisesTo(Text.normaliseName(a), a)).isTrue();
    }

    @Test
    void test_normalisesTo() {
        assertThat(Text.normalisesTo("政府办公厅(室)", "政府办公厅（室）")).isTrue();
        assertThat(Text.normalisesTo("政府办公厅(室)", " 政府办公厅 (室)　")).isTrue();
        assertThat(Text.normalisesTo("政府办公厅(室)", "政府办公厅（室）事务")).isFalse();
        assertThat(Text.normalisesTo("政府办公厅(室)事务", "政府办公厅（室）")).isFalse();
        assertThat(Text.normalisesTo("", " \t")).isTrue();
    }

    @Test
    void test_quote() {
        assertThat(Text.quote("20103A")).isEqualTo("'20103A'");
        assertThat(Text.quote(null)).isEqualTo("null");
        assertThat(Text.quote("")).isEqualTo("''");
        String longValue = "1".repeat(100);
        assertThat(Text.quote(longValue)).isEqualTo("'" + "1".repeat(57) + "...'").hasSize(62);
        assertThat(Text.quote("1".repeat(60))).isEqualTo("'" + "1".repeat(60) + "'");
    }
}
