package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.IncomeColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReportsTest {

    private static final String MINIMAL = "{\"formatVersion\":1,\"department\":\"示例\",\"fiscalYear\":2024%s}";

    private final JsonReports json = JsonReports.standard();

    private static String doc(String extra) {
        return String.format(MINIMAL, extra);
    }

    private static String withIncomeCell(String cell) {
        return doc(",\"tables\":{\"income\":{\"edition\":2024,\"rows\":[{\"code\":\"2010301\",\"name\":\"行政运行\","
                + "\"amounts\":{\"TOTAL\":" + cell + "}}]}}");
    }

    @Test
    void test_read_minimalDocument() {
        FinalAccountReport r = json.read(doc(""));
        assertThat(r.getDepartment()).isEqualTo("示例");
        assertThat(r.getFiscalYear().getValue()).isEqualTo(2024);
        for (TableId id : TableId.values()) {
            assertThat(r.getPresence(id)).isEqualTo(TablePresence.ABSENT);
        }
    }

    @Test
    void test_write_smallReport_blankAbsentZeroWritten() {
        String text = json.write(TestReports.small());
        // 03 row 2010301: 项目支出 printed "-" is blank: key absent; 02 row 201 事业收入 printed 0.00 is written as 0.00
        assertThat(text).contains("\"BUSINESS\": 0.00").doesNotContain("null");
        FinalAccountReport back = json.read(text);
        assertThat(back.getExpenditure().orElseThrow().findRow(io.github.juesuan.classification.FunctionCode.of("2010301"))
                .orElseThrow().get(ExpenditureColumn.PROJECT)).isEmpty();
        assertThat(back.getIncome().orElseThrow().getRows().get(0).get(IncomeColumn.BUSINESS)).contains(Amount.ZERO);
        assertThat(back.getIncome().orElseThrow().getTotal()).contains(java.util.Map.of());
        assertThat(back.getPresence(TableId.T07)).isEqualTo(TablePresence.DECLARED_EMPTY);
        assertThat(back.getPresence(TableId.T08)).isEqualTo(TablePresence.ABSENT);
        assertThat(back.getPresence(TableId.T03)).isEqualTo(TablePresence.PRESENT);
        assertThat(back).isEqualTo(TestReports.small());
    }

    @Test
    void test_read_amountExact_noDoubleRounding() {
        FinalAccountReport r = json.read(withIncomeCell("12345678901234.57"));
        assertThat(r.getIncome().orElseThrow().getRows().get(0).get(IncomeColumn.TOTAL))
                .contains(Amount.of("12345678901234.57"));
        assertThat(json.write(r)).contains("12345678901234.57");
    }

    @Test
    void test_read_excessDecimals_configurable() {
        assertThatThrownBy(() -> json.read(withIncomeCell("1.005")))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("/tables/income/rows/0/amounts/TOTAL").hasMessageContaining("1.005");
        FinalAccountReport r = JsonReports.with(JsonReadOptions.defaults().withAllowExcessDecimals(true))
                .read(withIncomeCell("1.005"));
        assertThat(r.getIncome().orElseThrow().getRows().get(0).get(IncomeColumn.TOTAL)).contains(Amount.of("1.005"));
        assertThat(json.read(withIncomeCell("1.500")).getIncome().orElseThrow().getRows().get(0)
                .get(IncomeColumn.TOTAL)).contains(Amount.of("1.5"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON                    | {\"formatVersion\":1,                                                   | malformed JSON",
        "empty document              | ''                                                                      | empty",
        "trailing content            | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":2024} {}       | after the report",
        "array root                  | []                                                                      | expected a JSON object",
        "missing department          | {\"formatVersion\":1,\"fiscalYear\":2024}                               | missing required field 'department'",
        "missing formatVersion       | {\"department\":\"a\",\"fiscalYear\":2024}                              | missing required field 'formatVersion'",
        "future formatVersion        | {\"formatVersion\":2,\"department\":\"a\",\"fiscalYear\":2024}          | /formatVersion",
        "year as string              | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":\"2024\"}      | /fiscalYear",
        "year fraction               | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":2024.5}        | /fiscalYear",
        "year out of range           | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":99}            | /fiscalYear",
        "department as number        | {\"formatVersion\":1,\"department\":7,\"fiscalYear\":2024}            | /department",
        "unknown field               | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":2024,\"x\":1}  | /x",
        "duplicate field             | {\"formatVersion\":1,\"department\":\"a\",\"department\":\"b\",\"fiscalYear\":2024} | duplicate field",
        "bad enum                    | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":2024,\"scope\":\"ALL\"} | /scope",
        "bad date                    | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":2024,\"publicationDate\":\"2025/9/1\"} | /publicationDate",
        "bad table edition           | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":2024,\"tables\":{\"income\":{\"edition\":2022,\"rows\":[]}}} | /tables/income/edition",
        "unknown table               | {\"formatVersion\":1,\"department\":\"a\",\"fiscalYear\":2024,\"tables\":{\"t10\":{}}} | /tables/t10",
    })
    void test_read_badDocument_namesPointer(String scenario, String document, String expected) {
        assertThatThrownBy(() -> json.read(document)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "amount as string  | \"12.30\"  | expected a amount as a JSON number",
        "amount null       | null      | null is not a amount",
        "amount boolean    | true      | expected a amount as a JSON number",
        "amount too big    | 1e300     | out of range",
        "amount three dec  | 0.001     | at most two decimals",
    })
    void test_read_badAmount_namesPointerAndValue(String scenario, String cell, String expected) {
        assertThatThrownBy(() -> json.read(withIncomeCell(cell))).isInstanceOf(ReportReadException.class)
                .hasMessageContaining(expected).hasMessageContaining("/tables/income/rows/0/amounts/TOTAL")
                .satisfies(e -> assertThat(((ReportReadException) e).getProblem().getValue()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "letters in code   | \"20103A\"  | /tables/income/rows/0/code",
        "code as number    | 2010301      | /tables/income/rows/0/code",
        "4-digit code      | \"2010\"    | /tables/income/rows/0/code",
    })
    void test_read_badCode_namesPointer(String scenario, String code, String pointer) {
        String d = doc(",\"tables\":{\"income\":{\"edition\":2024,\"rows\":[{\"code\":" + code
                + ",\"name\":\"x\",\"amounts\":{}}]}}");
        assertThatThrownBy(() -> json.read(d)).isInstanceOf(ReportReadException.class).hasMessageContaining(pointer)
                .satisfies(e -> assertThat(((ReportReadException) e).getLocation().getJsonPointer()).contains(pointer));
    }

    @Test
    void test_read_columnOfOtherEdition_rejected() {
        String d = doc(",\"tables\":{\"stateCapital\":{\"edition\":2024,\"rows\":[{\"code\":\"2230199\",\"name\":\"x\","
                + "\"amounts\":{\"INCOME\":1.00}}]}}");
        assertThatThrownBy(() -> json.read(d)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("/tables/stateCapital/rows/0/amounts/INCOME");
    }

    @Test
    void test_read_columnOfOtherEdition_editionAfterRows_rejected() {
        String d = doc(",\"tables\":{\"stateCapital\":{\"rows\":[{\"code\":\"2230199\",\"name\":\"x\","
                + "\"amounts\":{\"INCOME\":1.00}}],\"edition\":2024}}");
        assertThatThrownBy(() -> json.read(d)).isInstanceOf(ReportReadException.class)
                .satisfies(e -> assertThat(((ReportReadException) e).getLocation().getJsonPointer())
                        .contains("/tables/stateCapital/rows/0/amounts/INCOME"));
    }

    @Test
    void test_read_duplicateColumn_namesPointer() {
        assertThatThrownBy(() -> json.read(withIncomeCell("1.00,\"TOTAL\":2.00")))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("duplicate field")
                .satisfies(e -> assertThat(((ReportReadException) e).getLocation().getJsonPointer())
                        .contains("/tables/income/rows/0/amounts/TOTAL"));
    }

    @Test
    void test_read_missingFieldOfRow_namesRow() {
        String d = doc(",\"tables\":{\"income\":{\"edition\":2024,\"rows\":[{\"code\":\"201\",\"amounts\":{}}]}}");
        assertThatThrownBy(() -> json.read(d)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("missing required field 'name'")
                .satisfies(e -> assertThat(((ReportReadException) e).getLocation().getJsonPointer())
                        .contains("/tables/income/rows/0"));
    }

    @Test
    void test_read_duplicateCodes_rejectedAtTable() {
        String row = "{\"code\":\"201\",\"name\":\"x\",\"amounts\":{}}";
        String d = doc(",\"tables\":{\"income\":{\"edition\":2024,\"rows\":[" + row + "," + row + "]}}");
        assertThatThrownBy(() -> json.read(d)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("twice").hasMessageContaining("/tables/income");
    }

    @Test
    void test_readResult_unknownFieldIgnored_warns() {
        JsonReports lenient = JsonReports.with(JsonReadOptions.defaults().withFailOnUnknownFields(false));
        ReadResult r = lenient.readResult(new StringReader(doc(",\"extra\":{\"a\":1}")), "x.json");
        assertThat(r.getReport()).isPresent();
        assertThat(r.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.getLocation().getJsonPointer()).contains("/extra");
        });
    }

    @Test
    void test_readResult_badInput_isFailedResultWithFile() {
        ReadResult r = json.readResult(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), "bad.json");
        assertThat(r.getReport()).isEmpty();
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.getProblems().get(0).getLocation().getFile()).contains("bad.json");
        assertThatThrownBy(r::orElseThrow).isInstanceOf(ReportReadException.class).hasMessageContaining("bad.json");
    }

    @Test
    void test_read_malformed_hasLineAndColumn() {
        assertThatThrownBy(() -> json.read("{\n  \"formatVersion\": 1,\n  \"department\": x\n}"))
                .isInstanceOf(ReportReadException.class)
                .satisfies(e -> assertThat(((ReportReadException) e).getLocation().getLine()).contains(3));
    }

    @Test
    void test_read_limits_nestingDepth() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> json.read(doc(",\"x\":" + deep))).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("malformed JSON").hasMessageContaining("depth");
    }

    @Test
    void test_read_limits_numberLength() {
        assertThatThrownBy(() -> json.read(withIncomeCell("1" + "0".repeat(100))))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("Number value length");
    }

    @Test
    void test_read_limits_stringLength() {
        JsonReports small = JsonReports.with(JsonReadOptions.defaults()
                .withConstraints(StreamReadConstraints.builder().maxStringLength(100).build()));
        assertThatThrownBy(() -> small.read(doc(",\"duties\":[\"" + "x".repeat(200) + "\"]")))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("String value length");
    }

    @Test
    void test_read_limits_documentSize() {
        JsonReports small = JsonReports.with(JsonReadOptions.defaults()
                .withConstraints(StreamReadConstraints.builder().maxDocumentLength(1000).build()));
        String big = doc(",\"duties\":[" + "\"abcdefghi\",".repeat(200) + "\"z\"]");
        assertThatThrownBy(() -> small.read(big)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("Document length");
    }

    @Test
    void test_read_limits_tokenCount() {
        assertThat(JsonReadOptions.DEFAULT_CONSTRAINTS.getMaxTokenCount()).isEqualTo(1_000_000);
        JsonReports small = JsonReports.with(JsonReadOptions.defaults()
                .withConstraints(StreamReadConstraints.builder().maxTokenCount(100).build()));
        String many = doc(",\"duties\":[" + "\"a\",".repeat(200) + "\"z\"]");
        assertThatThrownBy(() -> small.read(many)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("Token count");
        assertThat(json.read(many).getDuties()).hasSize(201);
    }

    @Test
    void test_write_readPath_InputStream_Reader(@TempDir Path dir) {
        FinalAccountReport r = TestReports.small();
        Path file = dir.resolve("r.json");
        json.write(r, file);
        assertThat(json.read(file)).isEqualTo(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(r, out);
        assertThat(json.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(r);
        assertThat(json.read(new StringReader(out.toString(StandardCharsets.UTF_8)))).isEqualTo(r);
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void test_read_pathError_namesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, doc(",\"fiscalYear2\":1"));
        assertThatThrownBy(() -> json.read(file)).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("/fiscalYear2");
    }

    @Test
    void test_schema_sameAsDocs() throws Exception {
        Path docs = Path.of("..", "docs", "report.schema.json");
        assertThat(Files.readString(docs)).isEqualTo(JsonReports.schema());
        assertThat(JsonReports.schema()).contains("https://json-schema.org/draft/2020-12/schema");
    }
}
