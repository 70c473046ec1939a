package io.github.juesuan.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

    static class Fake implements ReportFormat {
        final String name;
        final List<String> ext;
        final boolean builtIn;

        Fake(String name, boolean builtIn, String... ext) {
            this.name = name;
            this.builtIn = builtIn;
            this.ext = List.of(ext);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public List<String> getFileExtensions() {
            return ext;
        }

        @Override
        public boolean isBuiltIn() {
            return builtIn;
        }

        @Override
        public Optional<ReportReader> reader() {
            return Optional.empty();
        }

        @Override
        public Optional<ReportWriter> writer() {
            return Optional.empty();
        }
    }

    static class OtherFake extends Fake {
        OtherFake(String name, boolean builtIn, String... ext) {
            super(name, builtIn, ext);
        }
    }

    @Test
    void test_byName_byExtension_forPath() {
        Fake json = new Fake("json", true, "json");
        Fake text = new Fake("text", true, "txt", "md");
        Formats f = Formats.of(List.of(json, text));
        assertThat(f.byName("JSON")).containsSame(json);
        assertThat(f.byExtension(".MD")).containsSame(text);
        assertThat(f.forPath(Path.of("dir", "report.txt"))).containsSame(text);
        assertThat(f.forPath(Path.of("README"))).isEmpty();
        assertThat(f.byName("excel")).isEmpty();
        assertThat(f.all()).containsExactly(json, text);
    }

    @Test
    void test_of_userOverridesBuiltIn_inEitherOrder() {
        Fake builtIn = new Fake("json", true, "json");
        Fake user = new Fake("json", false, "json");
        assertThat(Formats.of(List.of(builtIn, user)).byName("json")).containsSame(user);
        assertThat(Formats.of(List.of(user, builtIn)).byExtension("json")).containsSame(user);
    }

    @Test
    void test_of_duplicates_rejectedNamingBothClasses() {
        assertThatThrownBy(() -> Formats.of(List.of(new Fake("json", false, "json"), new OtherFake("json", false, "js"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'json'")
                .hasMessageContaining("Fake").hasMessageContaining("OtherFake");
        assertThatThrownBy(() -> Formats.of(List.of(new Fake("a", true, "x"), new Fake("b", true, "x"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("file extension 'x'");
    }

    @Test
    void test_require_unknown_listsKnown() {
        assertThatThrownBy(() -> Formats.of(List.of(new Fake("json", true, "json"))).require("xml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xml").hasMessageContaining("json");
    }

    @Test
    void test_discover_coreAlone_isEmpty() {
        assertThat(Formats.discover().all()).isEmpty();
    }
}
