package io.github.juesuan.text;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The state of one read: the fiscal year, the problems and the provenance collected so far. */
final class ReadContext {

    final FiscalYear year;
    final FunctionCatalog catalog;
    final SourceLocation file;
    final List<Problem> problems = new ArrayList<>();
    final Map<CellRef, SourceLocation> provenance = new HashMap<>();
    final List<EvaluationLocation> evaluationLocations = new ArrayList<>();

    ReadContext(FiscalYear year, String sourceName) {
        this.year = year;
        this.file = SourceLocation.ofFile(sourceName);
        this.catalog = FunctionCatalog.forYear(year);
    }

    /** Records a warning at a 1-based line and cell (0: the whole line). */
    void problem(int line, int column, String message) {
        problem(line, column, message, null);
    }

    /** Records a warning naming the offending value as found (null if none). */
    void problem(int line, int column, String message, String value) {
        problems.add(Problem.warning(message, value, file.withLine(line, column)));
    }

    void locate(TableId table, RowKey row, TableColumn column, int line, int cellIndex) {
        provenance.put(CellRef.of(table, row, column), file.withLine(line, cellIndex + 1));
    }

    /**
     * Parses an amount cell: blank or a dash is empty; text that is not an amount is a problem
     * and read as blank.
     */
    Optional<Amount> amount(Row row, int index, String what) {
        String s = row.cell(index);
        if (Amount.isBlankOrPlaceholder(s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Amount.parse(s));
        } catch (IllegalArgumentException e) {
            problem(row.line, index + 1, what + ": " + e.getMessage() + "; read as blank", s);
            return Optional.empty();
        }
    }
}
