package io.github.juesuan.testing;

import io.github.juesuan.validation.Finding;
import io.github.juesuan.validation.ValidationResult;
import java.util.List;

/**
 * Entry point of the AssertJ assertions of this module.
 *
 * <pre>{@code
 * import static io.github.juesuan.testing.JuesuanAssertions.assertThat;
 *
 * assertThat(ReportValidator.standard().validate(report))
 *         .hasRule("INTRA.T09.TOTAL_EQUALS_SUM_OF_ITEMS").atCell(TableId.T09, "“三公”经费", "BUDGET_TOTAL");
 * }</pre>
 */
public final class JuesuanAssertions {

    private JuesuanAssertions() {
    }

    /**
     * Starts assertions over findings.
     *
     * @param findings the findings, may be null (then every assertion fails)
     * @return the assertion
     */
    public static FindingsAssert assertThat(List<Finding> findings) {
        return new FindingsAssert(findings);
    }

    /**
     * Starts assertions over the findings of a validation result.
     *
     * @param result the result, may be null (then every assertion fails)
     * @return the assertion
     */
    public static FindingsAssert assertThat(ValidationResult result) {
        return new FindingsAssert(result == null ? null : result.getFindings());
    }
}
