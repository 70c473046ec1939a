package io.github.juesuan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What Maven Central asks of every POM: name, description, url, licenses, scm and developers. */
class PomMetadataTest {

    static final Path ROOT = Path.of("..");
    static final String URL = "https://github.com/juesuan/juesuan";

    static List<String> modules() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    @Test
    void test_everyModule_hasNameAndDescription_andInheritsTheRest() throws IOException {
        List<String> modules = modules();
        assertThat(modules).contains("core", "bom", "cli");
        for (String module : modules) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
            assertThat(pom).as(module).containsPattern("<name>[^<]+</name>").containsPattern("<description>[^<]{10,}</description>");
            boolean child = pom.contains("<artifactId>juesuan-parent</artifactId>");
            if (!child) {
                assertStandalone(module, pom);
            } else {
                assertThat(pom).as(module + " keeps the parent's url (no module path appended)").doesNotContain("<url>");
            }
        }
    }

    @Test
    void test_parent_hasEverything_withUrlsThatDoNotGrowPerModule() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertStandalone("parent", parent);
        assertThat(parent).contains("child.project.url.inherit.append.path=\"false\"")
                .contains("child.scm.url.inherit.append.path=\"false\"")
                .contains("child.scm.connection.inherit.append.path=\"false\"")
                .contains("child.scm.developerConnection.inherit.append.path=\"false\"");
    }

    private static void assertStandalone(String module, String pom) {
        assertThat(pom).as(module).contains("<url>" + URL + "</url>")
                .containsPattern("(?s)<licenses>.*<name>Apache-2.0</name>.*</licenses>")
                .containsPattern("(?s)<scm[^>]*>.*<connection>scm:git:" + Pattern.quote(URL) + "\\.git</connection>.*</scm>")
                .containsPattern("(?s)<developers>.*<developer>.*<name>[^<]+</name>.*</developers>");
    }
}
