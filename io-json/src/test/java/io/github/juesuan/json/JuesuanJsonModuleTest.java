package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.ReportReadException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JuesuanJsonModuleTest {

    @Test
    void test_findAndRegisterModules_serviceLoaded() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        FinalAccountReport r = TestReports.small();
        String text = mapper.writeValueAsString(r);
        assertThat(text).isEqualTo(mapper.writeValueAsString(mapper.readValue(text, FinalAccountReport.class)));
        assertThat(mapper.readValue(text, FinalAccountReport.class)).isEqualTo(r);
    }

    @Test
    void test_module_nestedInUserType() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JuesuanJsonModule());
        FinalAccountReport r = TestReports.small();
        String text = mapper.writeValueAsString(List.of(r, r));
        FinalAccountReport[] back = mapper.readValue(text, FinalAccountReport[].class);
        assertThat(back).containsExactly(r, r);
    }

    @Test
    void test_module_valueTypes() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JuesuanJsonModule());
        assertThat(mapper.writeValueAsString(Amount.of("7698.9"))).isEqualTo("7698.90");
        assertThat(mapper.readValue("7698.92", Amount.class)).isEqualTo(Amount.of("7698.92"));
        assertThat(mapper.writeValueAsString(FunctionCode.of("2010301"))).isEqualTo("\"2010301\"");
        assertThat(mapper.readValue("\"2010301\"", FunctionCode.class)).isEqualTo(FunctionCode.of("2010301"));
        assertThatThrownBy(() -> mapper.readValue("\"20103A\"", FunctionCode.class)).hasMessageContaining("20103A");
    }

    @Test
    void test_module_badInput_libraryException() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JuesuanJsonModule());
        assertThatThrownBy(() -> mapper.readValue("{\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":\"x\"}",
                FinalAccountReport.class)).isInstanceOf(ReportReadException.class).hasMessageContaining("/fiscalYear");
    }

    @Test
    void test_module_limitsAreTheMappers() throws Exception {
        FinalAccountReport r = FinalAccountReport.builder(TestReports.small())
                .duties(List.of("x".repeat(2_000))).build();
        ObjectMapper loose = new ObjectMapper().registerModule(new JuesuanJsonModule());
        String text = loose.writeValueAsString(r);
        assertThat(loose.readValue(text, FinalAccountReport.class)).isEqualTo(r);
        ObjectMapper strict = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000).build()).build())
                .registerModule(new JuesuanJsonModule());
        assertThatThrownBy(() -> strict.readValue(text, FinalAccountReport.class))
                .hasMessageContaining("String value length");
        ObjectMapper defaults = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(JsonReadOptions.DEFAULT_CONSTRAINTS).build())
                .registerModule(new JuesuanJsonModule());
        assertThatThrownBy(() -> defaults.readValue("[".repeat(100) + "]".repeat(100), FinalAccountReport.class))
                .hasMessageContaining("depth");
    }
}
