package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A row per 类 on the expenditure side of 公开04表: the 类 code, the printed label, and the
 * amounts in the columns 合计 and one per fund kind.
 */
@Value.Immutable
@JuesuanStyle
public abstract class FiscalSummaryRow implements CodedRow<FunctionCode, FiscalSummaryColumn> {

    /** The expenditure columns of 04, in printed order. */
    public static final List<FiscalSummaryColumn> COLUMNS = List.of(FiscalSummaryColumn.EXPENDITURE_TOTAL,
            FiscalSummaryColumn.EXPENDITURE_GENERAL_BUDGET, FiscalSummaryColumn.EXPENDITURE_GOVERNMENT_FUND,
            FiscalSummaryColumn.EXPENDITURE_STATE_CAPITAL);

    FiscalSummaryRow() {
    }

    @Override
    @NotNull
    public abstract FunctionCode getCode();

    @Override
    @NotNull
    public abstract String getName();

    @Override
    @NotNull
    public abstract Map<FiscalSummaryColumn, Amount> getAmounts();

    @Value.Check
    void check() {
        if (getCode().getLevel() != io.github.juesuan.classification.CodeLevel.CLASS) {
            throw new IllegalStateException("公开04表 lists expenditure by 类, but row " + getCode() + " is a "
                    + getCode().getLevel().getChineseName());
        }
        if (getAmounts().containsKey(FiscalSummaryColumn.INCOME)) {
            throw new IllegalStateException("公开04表 expenditure row " + getCode() + " has a figure in the income column");
        }
    }

    /**
     * Creates a row from its printed cells: 合计, 一般公共预算, 政府性基金, 国有资本经营.
     *
     * @param code the 类 code
     * @param name the printed label
     * @param cells the printed cells, blank or a dash for a blank cell
     * @return the row
     */
    public static FiscalSummaryRow of(String code, String name, String... cells) {
        return builder().code(FunctionCode.parse(code)).name(name)
                .amounts(Tables.cells(FiscalSummaryColumn.class, COLUMNS, cells)).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FiscalSummaryRow}. */
    public static final class Builder extends ImmutableFiscalSummaryRow.Builder {
        Builder() {
        }
    }
}
