package io.github.juesuan.text;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.classification.FunctionCatalog;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The state of one read: the fiscal year, the problems and the provenance collected so far. */
final class ReadContext {

    final FiscalYear year;
    final FunctionCatalog catalog;
    final List<TextProblem> problems = new ArrayList<>();
    final Map<CellRef, TextLocation> provenance = new HashMap<>();
    final List<EvaluationLocation> evaluationLocations = new ArrayList<>();

    ReadContext(FiscalYear year) {
        this.year = year;
        this.catalog = FunctionCatalog.forYear(year);
    }

    void problem(int line, int column, String message) {
        problems.add(new TextProblem(line, column, message));
    }

    void locate(TableId table, RowKey row, TableColumn column, int line, int cellIndex) {
        provenance.put(CellRef.of(table, row, column), new TextLocation(line, cellIndex + 1));
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
            problem(row.line, index + 1, what + ": " + e.getMessage() + "; read as blank");
            return Optional.empty();
        }
    }
}
