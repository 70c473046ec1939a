package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.ReportValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application of io-json, {@code module consumer { requires io.github.juesuan.json; }},
 * compiled with {@code javac --module-path} against this module's classes (with their
 * {@code module-info}) and the runtime dependencies Maven resolved for this POM (written to
 * {@code target/jpms/} by the dependency plugin), run with {@code java --module-path ... -m} and
 * no {@code --add-modules}: it reads real reports from JSON, directly, through the format SPI and
 * through Jackson's module discovery, validates them, and must find what the same code finds on the
 * class path. The consumer cannot compile against {@code io.github.juesuan.internal}.
 */
class ModularConsumerTest {

    static final Path CLASSES = Path.of("target", "classes");
    static final List<Path> REPORTS = List.of(Path.of("src/test/resources/golden/real-001-sample.json"),
            Path.of("src/test/resources/golden/real-002-text.json"));

    static final String MODULE = "module consumer {\n    requires io.github.juesuan.json;\n}\n";

    /**
     * Hibernate Validator needs Jakarta Expression Language for its default message interpolator
     * but requires it only {@code static}: an application names it, as on the class path it adds
     * the dependency (Expressly, the implementation, is then found by the service loader).
     */
    static final String BEAN_VALIDATION_MODULE =
            "module consumer {\n    requires io.github.juesuan.json;\n    requires jakarta.el;\n}\n";

    static final String MAIN = """
            package consumer;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import io.github.juesuan.json.JsonReports;
            import io.github.juesuan.report.FinalAccountReport;
            import io.github.juesuan.spi.Formats;
            import io.github.juesuan.spi.ReportFormat;
            import io.github.juesuan.validation.Finding;
            import io.github.juesuan.validation.ReportValidator;
            import java.io.FileDescriptor;
            import java.io.FileOutputStream;
            import java.io.PrintStream;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.Locale;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
                    for (Class<?> c : new Class<?>[] {Main.class, JsonReports.class, FinalAccountReport.class, ObjectMapper.class}) {
                        Module m = c.getModule();
                        out.println("module " + m.getName() + (m.getDescriptor().isAutomatic() ? " automatic" : " explicit"));
                    }
                    Formats formats = Formats.discover();
                    for (ReportFormat f : formats.all()) {
                        out.println("format " + f.getName() + " from " + f.getClass().getModule().getName());
                    }
                    for (String arg : args) {
                        Path file = Path.of(arg);
                        FinalAccountReport report = JsonReports.standard().read(file);
                        FinalAccountReport viaSpi = formats.forPath(file).flatMap(ReportFormat::reader)
                                .orElseThrow().read(file).orElseThrow();
                        FinalAccountReport viaJackson = new ObjectMapper().findAndRegisterModules()
                                .readValue(Files.readString(file, StandardCharsets.UTF_8), FinalAccountReport.class);
                        out.println("report " + report.getDepartment() + " " + report.getFiscalYear()
                                + " spi=" + viaSpi.equals(report) + " jackson=" + viaJackson.equals(report));
                        for (Finding f : ReportValidator.standard().validate(report).getFindings()) {
                            out.println("finding " + f.getRuleId() + " " + f.getSeverity() + " "
                                    + f.getMessage(Locale.ENGLISH) + " | " + f.getMessage(Locale.CHINESE));
                        }
                    }
                }
            }
            """;

    static final String BEAN_VALIDATION = """
            package consumer;

            import io.github.juesuan.json.JsonReports;
            import io.github.juesuan.report.FinalAccountReport;
                        import jakarta.validation.Validation;
            import jakarta.validation.ValidatorFactory;
            import java.io.FileDescriptor;
            import java.io.FileOutputStream;
            import java.io.PrintStream;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Path;
                        import java.util.Locale;

            public final class Beans {
                public static void main(String[] args) {
                    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
                    Locale.setDefault(Locale.ENGLISH);
                    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                        out.println("provider " + factory.getValidator().getClass().getModule().getName());
                        for (String arg : args) {
                            FinalAccountReport report = JsonReports.standard().read(Path.of(arg));
                            factory.getValidator().validate(report).stream()
                                    .map(v -> "violation " + v.getPropertyPath() + ": " + v.getMessage())
                                    .sorted().forEach(out::println);
                        }
                    }
                }
            }
            """;

    static final String PEEK = """
            package consumer;

            import io.github.juesuan.internal.Text;

            public final class Peek {
                public static String fold(String s) {
                    return Text.foldWidth(s);
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void test_modularConsumer_runsWithoutAddModules_andFindsWhatTheClassPathFinds() throws Exception {
        String modulePath = modulePath("module-path.txt");
        Path out = compile(modulePath, MODULE, "Main", MAIN);

        List<String> printed = run(out + File.pathSeparator + modulePath, "consumer/consumer.Main");

        assertThat(printed).startsWith("module consumer explicit", "module io.github.juesuan.json explicit",
                "module io.github.juesuan.core explicit", "module com.fasterxml.jackson.databind explicit");
        // the SPI on the module path: core uses ReportFormat, io-json provides it
        assertThat(printed).contains("format json from io.github.juesuan.json");
        List<String> expected = new ArrayList<>();
        for (Path file : REPORTS) {
            FinalAccountReport report = JsonReports.standard().read(file);
            expected.add("report " + report.getDepartment() + " " + report.getFiscalYear() + " spi=true jackson=true");
            for (Finding f : ReportValidator.standard().validate(report).getFindings()) {
                expected.add("finding " + f.getRuleId() + " " + f.getSeverity() + " "
                        + f.getMessage(Locale.ENGLISH) + " | " + f.getMessage(Locale.CHINESE));
            }
        }
        assertThat(expected).as("the real reports have findings to compare").anyMatch(l -> l.startsWith("finding "));
        assertThat(printed.stream().filter(l -> l.startsWith("report ") || l.startsWith("finding ")))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void test_beanValidation_onTheModulePath_seesTheConstraintsOfTheModel() throws Exception {
        String modulePath = modulePath("module-path.txt") + File.pathSeparator + modulePath("bean-validation-path.txt");
        Path out = compile(modulePath, BEAN_VALIDATION_MODULE, "Beans", BEAN_VALIDATION);

        List<String> printed = run(out + File.pathSeparator + modulePath, "consumer/consumer.Beans");

        assertThat(printed).first().isEqualTo("provider org.hibernate.validator");
        List<String> expected = new ArrayList<>();
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            for (Path file : REPORTS) {
                factory.getValidator().validate(JsonReports.standard().read(file)).stream()
                        .map(v -> "violation " + v.getPropertyPath() + ": " + v.getMessage())
                        .sorted().forEach(expected::add);
            }
        } finally {
            Locale.setDefault(before);
        }
        assertThat(expected).as("the real reports violate @ConsistentReport somewhere").isNotEmpty();
        assertThat(printed.subList(1, printed.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void test_modularConsumer_cannotCompileAgainstTheInternalPackage() throws Exception {
        String modulePath = modulePath("module-path.txt");
        Path src = tmp.resolve("peek");
        Path mod = write(src, "module-info.java", MODULE);
        Path peek = write(src, "consumer/Peek.java", PEEK);

        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac(diagnostics, "-d", tmp.resolve("peek-out").toString(), "--module-path", modulePath,
                mod.toString(), peek.toString());

        assertThat(rc).as("javac exit code").isNotZero();
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .contains("package io.github.juesuan.internal is not visible")
                .contains("does not export it");
        // the same class compiles on the class path: the module boundary, not the source, refuses it
        ByteArrayOutputStream cp = new ByteArrayOutputStream();
        assertThat(javac(cp, "-d", tmp.resolve("peek-cp").toString(), "-cp", modulePath, peek.toString()))
                .as(cp.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** This module's classes and the dependencies of a path file written by the dependency plugin. */
    static String modulePath(String file) throws IOException {
        assertThat(CLASSES.resolve("module-info.class")).as("io-json's compiled module descriptor").exists();
        Path list = Path.of("target", "jpms", file);
        assertThat(list).as("written by the dependency plugin in generate-test-resources").exists();
        String deps = Files.readString(list, StandardCharsets.UTF_8).strip();
        assertThat(deps).isNotEmpty();
        return file.equals("module-path.txt") ? CLASSES.toAbsolutePath() + File.pathSeparator + deps : deps;
    }

    private Path compile(String modulePath, String module, String mainClass, String mainSource) throws IOException {
        Path src = tmp.resolve("src");
        Path mod = write(src, "module-info.java", module);
        Path main = write(src, "consumer/" + mainClass + ".java", mainSource);
        Path out = tmp.resolve("out");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac(diagnostics, "-Xlint:all", "-Werror", "-d", out.toString(), "--module-path", modulePath,
                mod.toString(), main.toString());
        assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.resolve("module-info.class")).exists();
        return out;
    }

    /**
     * Runs javac in this JVM. Without {@code -cp} it is given an empty class path: by default javac
     * would take this test's class path (which has every class of the project) as the unnamed module.
     */
    private int javac(ByteArrayOutputStream diagnostics, String... args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> all = new ArrayList<>(List.of("-encoding", "UTF-8", "--release", "17"));
        if (!Arrays.asList(args).contains("-cp")) {
            all.addAll(List.of("-cp", Files.createDirectories(tmp.resolve("empty-class-path")).toString()));
        }
        all.addAll(Arrays.asList(args));
        return javac.run(null, diagnostics, diagnostics, all.toArray(String[]::new));
    }

    /** Runs {@code java --module-path path -m main reports...} (no --add-modules) and returns its lines. */
    private List<String> run(String modulePath, String main) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "-m", main));
        for (Path r : REPORTS) {
            command.add(r.toAbsolutePath().toString());
        }
        assertThat(command).noneMatch(a -> a.startsWith("--add-modules") || a.startsWith("--add-opens")
                || a.startsWith("--add-exports") || a.equals("-cp") || a.equals("--class-path"));
        Path stderr = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(exit).as("exit code; stderr:\n" + err).isZero();
        return new String(stdout, StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
