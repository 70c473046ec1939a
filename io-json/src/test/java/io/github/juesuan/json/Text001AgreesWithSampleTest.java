package io.github.juesuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Report 001 reaches JSON by two independent paths: typed by hand from the PDF (the golden file
 * {@code golden/real-001-sample.json}) and read from the PDF's text by io-text's
 * {@code TextReportReader}. The two JSON documents are equal except at the JSON pointers listed
 * here, and there only by white space: the sample keeps the spaces that the PDF put inside
 * wrapped cells of the 绩效自评表 ("上年 结转 资金"), the text reader removes them. A new
 * difference, or a listed one that goes away, fails the test: update the list and say why.
 *
 * <p>Every table figure, the narrative, the 第三部分 facts and the header agree exactly (also
 * asserted by io-text's {@code TextAndSampleAgreeTest}).
 */
class Text001AgreesWithSampleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Pointers where the values differ only by white space (spaces inside wrapped cells of the 绩效自评表). */
    private static final List<String> WHITESPACE_ONLY = List.of(
            "/performanceEvaluations/9/funding/2/label",
            "/performanceEvaluations/9/funding/3/label",
            "/performanceEvaluations/9/indicators/0/level1",
            "/performanceEvaluations/9/indicators/0/level2",
            "/performanceEvaluations/9/indicators/0/name",
            "/performanceEvaluations/9/indicators/1/level1",
            "/performanceEvaluations/9/indicators/1/level2",
            "/performanceEvaluations/9/indicators/1/name",
            "/performanceEvaluations/9/indicators/2/level1",
            "/performanceEvaluations/9/indicators/2/level2",
            "/performanceEvaluations/9/indicators/2/name",
            "/performanceEvaluations/9/indicators/3/actual",
            "/performanceEvaluations/9/indicators/3/level1",
            "/performanceEvaluations/9/indicators/3/level2",
            "/performanceEvaluations/9/indicators/3/name",
            "/performanceEvaluations/9/indicators/4/level1",
            "/performanceEvaluations/9/indicators/4/level2",
            "/performanceEvaluations/9/indicators/4/name",
            "/performanceEvaluations/11/indicators/1/name",
            "/performanceEvaluations/11/indicators/2/actual",
            "/performanceEvaluations/11/indicators/2/level1",
            "/performanceEvaluations/11/indicators/2/level2",
            "/performanceEvaluations/11/indicators/2/name",
            "/performanceEvaluations/11/indicators/2/target",
            "/performanceEvaluations/11/indicators/3/level1",
            "/performanceEvaluations/11/indicators/3/level2",
            "/performanceEvaluations/11/indicators/3/name");

    /** The sample's 名词解释 sections, one per term. */
    private static final int GLOSSARY_FIRST = 13;
    private static final int GLOSSARY_LAST = 28;

    private static JsonNode sample;
    private static JsonNode text;
    private static Map<String, List<JsonNode>> differences;

    @BeforeAll
    static void readBoth() throws IOException {
        sample = MAPPER.readTree(Files.readString(Path.of("src/test/resources/golden/real-001-sample.json")));
        text = MAPPER.readTree(JsonReports.standard().write(RealReports.text(RealReports.R001)));
        differences = new TreeMap<>();
        diff("", sample, text, differences);
    }

    @Test
    void test_write_text001DiffersFromSampleGoldenOnlyAtListedPointers() {
        assertThat(differences.keySet()).containsExactlyInAnyOrderElementsOf(new TreeSet<>(WHITESPACE_ONLY));
    }

    @Test
    void test_write_text001DiffersOnlyByWhitespace() {
        for (String pointer : WHITESPACE_ONLY) {
            List<JsonNode> pair = differences.get(pointer);
            assertThat(pair).as(pointer).isNotNull();
            assertThat(squeeze(pair.get(1).asText())).as(pointer).isEqualTo(squeeze(pair.get(0).asText()));
        }
    }

    @Test
    void test_write_text001GlossaryAgreesTermByTerm() {
        assertThat(text.get("narrative").size()).isEqualTo(sample.get("narrative").size()).isEqualTo(GLOSSARY_LAST + 1);
        for (int i = GLOSSARY_FIRST; i <= GLOSSARY_LAST; i++) {
            assertThat(text.at("/narrative/" + i)).as("narrative %d", i).isEqualTo(sample.at("/narrative/" + i));
            assertThat(sample.at("/narrative/" + i + "/part").asText()).isEqualTo("GLOSSARY");
        }
    }

    /** Collects pointer to (sample node, text node) for every leaf or missing member that differs. */
    private static void diff(String pointer, JsonNode a, JsonNode b, Map<String, List<JsonNode>> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(pointer + "/" + n.replace("~", "~0").replace("/", "~1"), a.get(n), b.get(n), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                diff(pointer + "/" + i, a.get(i), b.get(i), out);
            }
        } else if (a == null || !a.equals(b)) {
            out.put(pointer, Arrays.asList(missing(a), missing(b)));
        }
    }

    private static JsonNode missing(JsonNode n) {
        return n == null ? MissingNode.getInstance() : n;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
