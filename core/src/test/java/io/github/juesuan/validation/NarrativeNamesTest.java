package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcut of the 类 look-up of the 情况说明 rules: when {@link NarrativeRules#plainEnd} names a character,
 * it is the last character of the label's name as worked out in full (unless that is empty), so a label is
 * never turned away from a 类 it names.
 */
class NarrativeNamesTest {

    @Provide
    Arbitrary<String> labels() {
        // the characters that the name's normalisation treats specially, among ordinary ones
        return Arbitraries.strings().withChars("支出类（）()其中服务保障 \u3000\u00A0\tＡ１预算").ofMaxLength(10);
    }

    @Property(tries = 5000)
    void plainEndIsTheLastCharacterOfTheName(@ForAll("labels") String label) {
        char end = NarrativeRules.plainEnd(label);
        if (end == 0) {
            return; // worked out in full
        }
        String classLabel = label.replace("（类）", "").replace("(类)", "");
        String name = NarrativeRules.name(classLabel.startsWith("其中") ? classLabel.substring(2) : classLabel);
        // an empty name (the label 「其中」) names no 类 either way
        if (!name.isEmpty()) {
            assertThat(name.charAt(name.length() - 1)).as("name of '%s' is '%s'", label, name).isEqualTo(end);
        }
    }
}
