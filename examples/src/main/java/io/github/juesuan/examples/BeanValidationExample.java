package io.github.juesuan.examples;

import io.github.juesuan.cli.Inputs;
import io.github.juesuan.amount.Amount;
import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.ExpenditureRow;
import io.github.juesuan.report.ExpenditureTable;
import io.github.juesuan.report.FinalAccountReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates the bundled real report 001 with a plain {@code jakarta.validation.Validator}: the
 * report type carries the class-level constraint {@code @ConsistentReport}, whose violations have
 * property paths that point at the offending row and column.
 *
 * <pre>{@code java -cp juesuan-examples.jar io.github.juesuan.examples.BeanValidationExample}</pre>
 */
public final class BeanValidationExample {

    private BeanValidationExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        FinalAccountReport report = Inputs.bundled().getResult().orElseThrow();
        // the same report with one wrong figure: 公开03表 row 2010301 本年支出合计 printed 4455.40
        ExpenditureTable t03 = report.getExpenditure().orElseThrow();
        ExpenditureTable broken03 = ExpenditureTable.builder().from(t03).rows(t03.getRows().stream()
                .map(r -> !r.getCode().toString().equals("2010301") ? r
                        : ExpenditureRow.builder().from(r).putAmounts(ExpenditureColumn.TOTAL, Amount.of("4455.40")).build())
                .collect(Collectors.toList())).build();
        FinalAccountReport broken = FinalAccountReport.builder(report).expenditure(broken03).build();

        Locale.setDefault(Locale.ENGLISH);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            print(out, "report 001 as published", validator.validate(report));
            print(out, "report 001 with 公开03表 2010301 本年支出合计 = 4455.40", validator.validate(broken));
        }
    }

    private static void print(PrintStream out, String what, Set<ConstraintViolation<FinalAccountReport>> violations) {
        out.println(what + ": " + violations.size() + " constraint violations");
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<FinalAccountReport> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> out.println("  " + v.getPropertyPath() + ": " + v.getMessage()));
    }
}
