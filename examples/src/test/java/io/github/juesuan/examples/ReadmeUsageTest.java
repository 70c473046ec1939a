package io.github.juesuan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's usage program, taken from README.md itself, compiled against the artifacts of the
 * README's dependency block (and what they depend on, read from their POMs) but no other module of
 * this project, and run on the real report 001.
 */
class ReadmeUsageTest {

    static final Path ROOT = Path.of("..");
    static final Pattern MODULE_ENTRY = Pattern.compile(".*[/\\\\]([a-z-]+)[/\\\\]target[/\\\\](classes|[^/\\\\]+\\.jar)[/\\\\]?$");

    @TempDir
    Path tmp;

    @Test
    void test_readmeUsage_compilesAgainstItsDependencyBlock_andRunsOnRealReport001() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String usage = readme.substring(readme.indexOf("## Usage"));
        Matcher code = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(usage);
        assertThat(code.find()).as("a java block in README's Usage section").isTrue();
        Path src = tmp.resolve("src/Usage.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, code.group(1), StandardCharsets.UTF_8);

        Set<String> allowed = withDependencies(dependencyBlock(readme));
        assertThat(allowed).contains("core", "io-text", "io-json").doesNotContain("io-excel", "cli", "facts");
        List<String> classpath = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher m = MODULE_ENTRY.matcher(entry);
            boolean ours = m.matches() && Files.exists(ROOT.resolve(m.group(1)).resolve("pom.xml"));
            if (ours && !allowed.contains(m.group(1)) || entry.contains("io/github/juesuan/")) {
                dropped.add(entry);
            } else if (!entry.contains("examples" + File.separator + "target")) {
                classpath.add(entry);
            }
        }
        assertThat(dropped).as("the cli and io-excel modules are on the test class path and must be left out")
                .anySatisfy(e -> assertThat(e).contains("io-excel"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-d", classes.toString(),
                "-cp", String.join(File.pathSeparator, classpath), src.toString());
        assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String e : classpath) {
            urls.add(Path.of(e).toUri().toURL());
        }
        String printed;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("Usage").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[] {"../core/src/test/resources/real-reports/001_204597f849ed16ca.txt"});
        } finally {
            System.setOut(stdout);
            Thread.currentThread().setContextClassLoader(context);
        }
        printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("2010301 行政运行: 4355.40")
                .contains("INTRA.ROLLUP.CLASS_EQUALS_SUM_OF_SECTIONS")
                .contains("0 errors")
                .contains("JSON round trip: equal");
    }

    /** The module folders named by the {@code <dependencies>} of README's dependency block. */
    static Set<String> dependencyBlock(String readme) {
        String xml = readme.substring(readme.indexOf("</dependencyManagement>"));
        xml = xml.substring(0, xml.indexOf("</dependencies>"));
        Set<String> modules = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<artifactId>juesuan-([a-z-]+)</artifactId>").matcher(xml);
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    /** Adds the project modules each module depends on outside test scope, from their POMs. */
    static Set<String> withDependencies(Set<String> modules) throws IOException {
        Set<String> all = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(modules);
        while (!todo.isEmpty()) {
            String module = todo.remove(0);
            if (!all.add(module)) {
                continue;
            }
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
            pom = pom.substring(pom.indexOf("<dependencies>"));
            Matcher d = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
            while (d.find()) {
                Matcher a = Pattern.compile("<artifactId>juesuan-([a-z-]+)</artifactId>").matcher(d.group(1));
                if (a.find() && !d.group(1).contains("<scope>test</scope>") && !d.group(1).contains("<optional>true")) {
                    todo.add(a.group(1));
                }
            }
        }
        return all;
    }
}
