package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

    private static final String HOW = "The files derived from RuleCatalog are out of date. Regenerate them with:\n"
            + "  mvn -q -pl core test -Dtest=RuleDocsTest -Djuesuan.regenerate=true\n"
            + "and commit docs/rules.md and core/src/main/resources/ContributorValidationMessages*.properties.";

    @Test
    void test_files_checkedInCopiesAreUpToDate() throws IOException {
        Path root = RuleDocs.defaultRoot();
        if (Boolean.getBoolean("juesuan.regenerate")) {
            RuleDocs.main(new String[] {root.toString()});
        }
        for (Map.Entry<String, String> e : RuleDocs.files().entrySet()) {
            Path p = root.resolve(e.getKey());
            assertThat(p).as(HOW).exists();
            String actual = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (!actual.equals(e.getValue())) {
                System.err.println(HOW);
            }
            assertThat(actual).as(e.getKey() + ": " + HOW).isEqualTo(e.getValue());
        }
    }

    @Test
    void test_files_listEveryRule() {
        String md = RuleDocs.files().get(RuleDocs.RULES_MD);
        for (Rule r : RuleCatalog.standard().getRules()) {
            assertThat(md).contains("`" + r.getId() + "`");
        }
        assertThat(RuleDocs.files().get(RuleDocs.BUNDLE_DIR + "/ContributorValidationMessages_zh.properties"))
                .contains("io.github.juesuan.validation.rule.INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS=\\u7c7b");
    }
}
