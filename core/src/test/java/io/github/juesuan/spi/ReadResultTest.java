package io.github.juesuan.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

    @Test
    void test_failed_orElseThrow_namesValueAndLocation() {
        Problem p = Problem.error("not a functional code", "20103A", SourceLocation.ofFile("r.txt").withLine(12, 0));
        ReadResult r = ReadResult.failed(List.of(p));
        assertThat(r.getReport()).isEmpty();
        assertThatThrownBy(r::orElseThrow).isInstanceOf(ReportReadException.class)
                .hasMessage("not a functional code: '20103A' (r.txt line 12)");
    }

    @Test
    void test_failed_withoutError_rejected() {
        assertThatThrownBy(() -> ReadResult.failed(List.of(Problem.warning("odd", null, SourceLocation.UNKNOWN))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
