package io.github.juesuan.text;

import static io.github.juesuan.text.TextRoundTripPropertiesTest.differences;
import static io.github.juesuan.text.TextRoundTripPropertiesTest.figures;
import static io.github.juesuan.text.TextRoundTripPropertiesTest.presence;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.ReportArbitraries;
import io.github.juesuan.testing.TextForms;
import io.github.juesuan.text.ReportTextRenderer.Layout;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated reports rendered in the text forms of {@link TextForms}, read back figure for figure:
 * tab-separated and Markdown pipe tables ({@link ReportTextRenderer}) split into pages by form feeds
 * with and without a line end after them, with a running footer and a page number between rows
 * wherever a page ends, inside tables too ({@link TextForms#paged}). Asserted: the same presence of
 * every table and the same amount (or blank) in every cell.
 *
 * <p>Not yet asserted (see docs/layout.md, Known gaps): the same reports laid out in space-aligned
 * columns ({@link TextForms#spaceAligned}) and re-flowed to single-space page text
 * ({@link TextForms#pageText}) do not read back figure for figure today: in both, the 01/04 income
 * line printed with its 行次 number loses its amount, and a page break between 09's header and its
 * row of figures leaves their columns to the arithmetic.
 */
class TextFormsPropertiesTest {

    private static final TextReportReader READER = new TextReportReader();

    @Provide
    Arbitrary<FinalAccountReport> reports() {
        return ReportArbitraries.consistentReports();
    }

    @Property(tries = 40)
    void gridForms_paged_readBackFigureForFigure(@ForAll("reports") FinalAccountReport report, @ForAll Layout layout,
            @ForAll boolean lineEndAfterFormFeed, @ForAll @IntRange(min = 15, max = 60) int linesPerPage) {
        String text = TextForms.paged(new ReportTextRenderer(layout, Set.of(), 0).render(report), linesPerPage,
                lineEndAfterFormFeed, report.getDepartment() + "2024年度部门决算");
        assertThat(text).contains("\f", "- 1 -");
        TextReadResult read = READER.read(text, "generated.txt");
        String context = layout + " paged every " + linesPerPage + " lines, line end after form feed "
                + lineEndAfterFormFeed + " " + read.getProblems();
        assertThat(presence(read.getReport())).as(context).isEqualTo(presence(report));
        assertThat(differences(figures(report), figures(read.getReport()))).as(context).isEmpty();
    }
}
