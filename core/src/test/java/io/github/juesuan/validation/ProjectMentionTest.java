package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Where a project's paragraph begins: looking only at the {@link NarrativeRules#mentionEnds} finds the same
 * place as searching the whole text for the name, as the rule did before (kept here as the oracle).
 */
class ProjectMentionTest {

    /** The search of the whole text, as NarrativeRules did it. */
    private static int byWholeText(String text, String name) {
        String n = NarrativeRules.compact(name);
        if (n.isEmpty()) {
            return -1;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(n, from);
            if (at < 0) {
                return -1;
            }
            int after = skipSpace(text, at + n.length());
            for (String word : new String[] {"项目", "绩效"}) {
                if (text.startsWith(word, after)) {
                    after = skipSpace(text, after + word.length());
                }
            }
            if (text.startsWith("自评", after) && NarrativeRules.startsClause(text, at)) {
                return at;
            }
            from = at + 1;
        }
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (text.charAt(i) == '\u3000' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    @Test
    void sameMentionsInTheRealReports() throws java.io.IOException {
        int found = 0;
        for (String file : List.of("000_aa736e7b58f5109b.txt", "001_204597f849ed16ca.txt", "002_2626e36b3619c519.txt")) {
            String text;
            try (var in = ProjectMentionTest.class.getResourceAsStream("/real-reports/" + file)) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            int[] ends = NarrativeRules.mentionEnds(text);
            // every run of 1 to 20 characters before a 自评 stands for a project's name
            for (int q = text.indexOf("自评"); q >= 0; q = text.indexOf("自评", q + 1)) {
                for (int length = 1; length <= 20 && length <= q; length++) {
                    String name = text.substring(q - length, q);
                    int at = NarrativeRules.projectMention(text, name, ends);
                    assertThat(at).as("%s: '%s'", file, name).isEqualTo(byWholeText(text, name));
                    found += at >= 0 ? 1 : 0;
                }
            }
        }
        assertThat(found).as("names found").isGreaterThan(100);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("经费", "工作", "项目", "绩效", "自评", "自评得分", "得分", "。", "，", "：", "\n", " ", "\u3000",
                "1.", "（一）", "甲", "乙", "甲经费", "乙工作经费").list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("经费", "甲经费", "乙工作经费", "工作经费", "项目", "甲", "甲 经费", "绩效", " ", "");
    }

    @Property(tries = 5000)
    void sameAsSearchingTheWholeText(@ForAll("texts") String text, @ForAll("names") String name) {
        assertThat(NarrativeRules.projectMention(text, name, NarrativeRules.mentionEnds(text)))
                .isEqualTo(byWholeText(text, name));
    }
}
