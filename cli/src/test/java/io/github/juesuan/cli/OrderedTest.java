package io.github.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedTest {

    @Test
    void test_run_resultsInInputOrder_andWindowBoundHolds() {
        List<Integer> in = IntStream.range(0, 100_000).boxed().toList();
        List<Integer> got = new ArrayList<>();
        int most = Ordered.run(in.iterator(), 4, 16, i -> i * 2, got::add);
        assertThat(most).isLessThanOrEqualTo(16).isGreaterThan(1);
        assertThat(got).hasSize(100_000);
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i)).isEqualTo(i * 2);
        }
    }

    @Test
    void test_run_badThreads_namesTheValue() {
        assertThatThrownBy(() -> Ordered.run(List.of(1).iterator(), 0, 4, i -> i, i -> { }))
                .hasMessageContaining("--threads").hasMessageContaining("0");
    }
}
