package io.github.juesuan.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class FactsSourceTest {

    @Test
    void test_of_file_hashesItsBytes() throws Exception {
        FactsSource s = FactsSource.of(FactsSinkTest.realReport(FactsSinkTest.R002));
        assertThat(s.getName()).isEqualTo(FactsSinkTest.R002);
        assertThat(s.getSha256()).contains("0a26835ac685ed4d5213f14f3fa38b970de401a2043c7d6b45205ee8395d4343");
        byte[] bytes = Files.readAllBytes(FactsSinkTest.realReport(FactsSinkTest.R002));
        assertThat(FactsSource.of("other name", bytes).getSha256()).isEqualTo(s.getSha256());
    }

    @Test
    void test_of_knownDigest_isLowerCased_andChecked() {
        assertThat(FactsSource.of("a.txt", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855").getSha256())
                .contains("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(FactsSource.of("a.txt", new byte[0]).getSha256())
                .contains("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThatThrownBy(() -> FactsSource.of("a.txt", "abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'abc'").hasMessageContaining("a.txt").hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> FactsSource.named(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FactsSource.named("x").getSha256()).isEmpty();
        assertThat(FactsSource.of("x", "é".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(FactsSource.named("x"));
    }

    @Test
    void test_of_missingFile_namesIt() {
        assertThatThrownBy(() -> FactsSource.of(java.nio.file.Path.of("no-such-report.txt")))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("no-such-report.txt");
    }
}
