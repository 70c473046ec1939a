package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static List<Finding> findings() {
        FinalAccountReport r = Mutations.t03(ValidationFixtures.consistent(), "201", ExpenditureColumn.TOTAL, "151.00");
        r = RuleCatalogTest.perf(r, p -> RuleCatalogTest.actual(p, 3, "80%"));
        return ReportValidator.standard().validate(r).getFindings();
    }

    @Test
    void test_serialisation_roundTripEqual() throws IOException, ClassNotFoundException {
        for (Finding f : findings()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(f);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                Object back = in.readObject();
                assertThat(back).isEqualTo(f).hasSameHashCodeAs(f);
            }
        }
    }

    @Test
    void test_compareTo_orderedByTableThenRow() {
        List<Finding> fs = findings();
        List<Finding> shuffled = new ArrayList<>(fs);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).isEqualTo(fs);
        // the numbered tables first, the 合计 row first within a table, 绩效自评表 last
        assertThat(fs.get(0).getTable()).map(Enum::name).contains("T03");
        assertThat(fs.get(0).getRow()).map(Object::toString).contains("合计");
        assertThat(fs.get(1).getRow()).map(Object::toString).contains("201");
        assertThat(fs.get(fs.size() - 1).getTable()).isEmpty();
        assertThat(fs.get(fs.size() - 1).getSeverity()).isEqualTo(Severity.INFO);
    }
}
