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
 * here, each with the reason and an assertion of what exactly differs there. A new difference,
 * or a listed one that goes away, fails the test: update the lists and say why.
 *
 * <p>Every table figure is equal (also asserted by io-text's {@code TextAndSampleAgreeTest}); the
 * differences are in names, narrative and one fact of the 概况 (the 名词解释 agree term by term):
 * <ul>
 *   <li>whitespace: the text keeps the PDF's line breaks inside paragraphs, the sample joined them;
 *       the sample keeps the spaces that the PDF put inside wrapped cells of the 绩效自评表
 *       ("上年 结转 资金"), the text reader removes them;</li>
 *   <li>国有资产占用: the text reader keeps the sub-heading "（三）国有资产占用情况说明" in the
 *       fact's text;</li>
 *   <li>一级指标: where the PDF printed "社会效益指标" in the 一级指标 column, the text reader
 *       gives the standard "效益指标", the sample keeps what is printed;</li>
 *   <li>a text-reader mistake: in the last 绩效自评表 the cell "满意度指标" is printed on the line
 *       after its row (a merged cell), and the reader carries the previous row's levels instead;
 *       the sample is right;</li>
 *   <li>unitKind: the sample says 行政单位 (known from the source); the text never states it.</li>
 * </ul>
 */
class Text001AgreesWithSampleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Pointers where the values differ only by whitespace (line breaks, spaces inside wrapped cells). */
    private static final List<String> WHITESPACE_ONLY = List.of(
            "/narrative/3/text",
            "/narrative/6/text",
            "/narrative/10/text",
            "/narrative/11/text",
            "/narrative/12/text",
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

    /** Pointer to (value in the sample's golden file, value read from the text); "(absent)" = no such member. */
    private static final Map<String, List<String>> VALUES = new TreeMap<>(Map.of(
            // 一级指标 printed "社会效益指标": the text reader normalises it, the sample keeps it
            "/performanceEvaluations/2/indicators/2/level1", List.of("\"社会效益指标\"", "\"效益指标\""),
            "/performanceEvaluations/13/indicators/1/level1", List.of("\"社会效益指标\"", "\"效益指标\""),
            "/performanceEvaluations/15/indicators/3/level1", List.of("\"社会效益指标\"", "\"效益指标\""),
            // text-reader mistake: "满意度指标" printed on the line after its row (merged cell)
            "/performanceEvaluations/15/indicators/4/level1", List.of("\"满意度指标\"", "\"效益指标\""),
            "/performanceEvaluations/15/indicators/4/level2", List.of("\"服务对象满意度指标\"", "\"社会效益指标\""),
            // the text of 001 never states 行政单位
            "/unitKind", List.of("\"ADMINISTRATIVE\"", "(absent)")));

    /** The sample's 名词解释 sections, one per term. */
    private static final int GLOSSARY_FIRST = 13;
    private static final int GLOSSARY_LAST = 28;

    /** The text reader keeps the sub-heading in the 国有资产占用 fact. */
    private static final String ASSETS = "/otherMatters/assets/text";
    private static final String ASSETS_HEADING = "（三）国有资产占用情况说明";

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
        TreeSet<String> listed = new TreeSet<>(WHITESPACE_ONLY);
        listed.addAll(VALUES.keySet());
        listed.add(ASSETS);
        assertThat(differences.keySet()).containsExactlyInAnyOrderElementsOf(listed);
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
    void test_write_text001DiffersInListedValues() {
        VALUES.forEach((pointer, expected) -> {
            List<JsonNode> pair = differences.get(pointer);
            assertThat(pair).as(pointer).isNotNull();
            assertThat(List.of(show(pair.get(0)), show(pair.get(1)))).as(pointer).isEqualTo(expected);
        });
    }

    @Test
    void test_write_text001GlossaryAgreesTermByTerm() {
        assertThat(text.get("narrative").size()).isEqualTo(sample.get("narrative").size()).isEqualTo(GLOSSARY_LAST + 1);
        for (int i = GLOSSARY_FIRST; i <= GLOSSARY_LAST; i++) {
            assertThat(text.at("/narrative/" + i)).as("narrative %d", i).isEqualTo(sample.at("/narrative/" + i));
            assertThat(sample.at("/narrative/" + i + "/part").asText()).isEqualTo("GLOSSARY");
        }
    }

    @Test
    void test_write_text001AssetsFactKeepsItsSubHeading() {
        assertThat(squeeze(text.at(ASSETS).asText())).isEqualTo(squeeze(ASSETS_HEADING + sample.at(ASSETS).asText()));
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

    private static String show(JsonNode n) {
        return n.isMissingNode() ? "(absent)" : n.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
