package io.github.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.json.JsonLinesWriter;
import io.github.juesuan.json.JsonReports;
import io.github.juesuan.report.FinalAccountReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Inputs#units(List)}: files and JSON Lines records as units of work, in order, streamed. */
class InputsTest {

    @TempDir
    Path tmp;

    private Path jsonLines(String name, String... lines) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String oneLine(FinalAccountReport report) {
        return JsonReports.standard().write(report).replace("\n", "").replace("\r", "");
    }

    @Test
    void test_units_filesAndJsonLinesRecords_inOrderWithLineNumbers() throws IOException {
        FinalAccountReport r = Inputs.bundled().getResult().getReport().orElseThrow();
        Path single = tmp.resolve("a.json");
        JsonReports.standard().write(r, single);
        Path lines = jsonLines("b.jsonl", oneLine(r), "{\"department\": ", "", oneLine(r));
        List<String> sources = new ArrayList<>();
        List<Boolean> read = new ArrayList<>();
        List<Boolean> whole = new ArrayList<>();
        for (Iterator<Inputs.Unit> it = Inputs.units(List.of(single, lines)); it.hasNext();) {
            Inputs.Unit u = it.next();
            whole.add(u.isWholeFile());
            for (Inputs.Loaded l : Inputs.readAll(u)) {
                sources.add(l.getSource());
                read.add(l.getResult().getReport().isPresent());
            }
        }
        assertThat(sources).containsExactly(single.toString(), lines + ":1", lines + ":2", lines + ":4");
        assertThat(read).containsExactly(true, true, false, true);
        assertThat(whole).containsExactly(true, false, false, false);
    }

    @Test
    void test_units_badJsonLinesRecord_namesItsLine() throws IOException {
        Path lines = jsonLines("c.jsonl", "{\"department\": ");
        Iterator<Inputs.Unit> it = Inputs.units(List.of(lines));
        Inputs.Loaded l = Inputs.readAll(it.next()).get(0);
        assertThat(it.hasNext()).isFalse();
        assertThat(l.getResult().getReport()).isEmpty();
        assertThat(l.getResult().getProblems().get(0).getLocation().toString()).contains("c.jsonl").contains("1");
    }

    /** Each record is parsed only when the iteration reaches it: what was not taken is not read. */
    @Test
    void test_units_jsonLines_parsedOneRecordAtATime() throws IOException {
        FinalAccountReport r = Inputs.bundled().getResult().getReport().orElseThrow();
        Path lines = tmp.resolve("many.jsonl");
        try (JsonLinesWriter w = JsonReports.standard().writeLines(lines)) {
            for (int i = 0; i < 3; i++) {
                w.write(r);
            }
        }
        Iterator<Inputs.Unit> it = Inputs.units(List.of(lines));
        assertThat(Inputs.readAll(it.next()).get(0).getSource()).isEqualTo(lines + ":1");
        // the file is still open for reading: what the iterator has not reached can still change
        Files.writeString(lines, oneLine(r) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        int rest = 0;
        while (it.hasNext()) {
            assertThat(Inputs.readAll(it.next()).get(0).getResult().getReport()).isPresent();
            rest++;
        }
        assertThat(rest).isEqualTo(3);
    }

    @Test
    void test_units_missingJsonLinesFile_isAFailedUnitNamingIt() {
        Path missing = tmp.resolve("gone.jsonl");
        Iterator<Inputs.Unit> it = Inputs.units(List.of(missing));
        List<Inputs.Loaded> all = Inputs.readAll(it.next());
        assertThat(it.hasNext()).isFalse();
        assertThat(all).singleElement().satisfies(l -> {
            assertThat(l.getResult().getReport()).isEmpty();
            assertThat(l.getSource()).contains("gone.jsonl");
        });
    }
}
