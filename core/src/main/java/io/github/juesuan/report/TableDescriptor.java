package io.github.juesuan.report;

import io.github.juesuan.amount.Amount;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.internal.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one table of the public set (公开01表 … 公开09表) is, in one place that every reader and
 * writer reads: its title in each edition and the words that name it in any template's title, its
 * columns by edition with each column's header words, and the kind of its rows. A reader finds a
 * table by {@link #named(String)} and reads its columns by {@link #headerWords(TableColumn)}; a
 * writer prints {@link #getTitle(TableEdition)} and {@link #getColumns(TableEdition)}; both build a
 * table of functional-code rows with {@link #codedTable}.
 *
 * <p>Immutable; obtain with {@link #of(TableId)}.
 */
public final class TableDescriptor {

    /** The kind of rows a table has. */
    public enum RowKind {
        /** Two sides of labelled lines, the expenditure side by 类 (01, 04). */
        SIDES,
        /** Rows by functional code (类/款/项) with a 合计 row (02, 03, 05, 07, 08). */
        FUNCTIONAL_CODES,
        /** Rows by economic code in three blocks side by side, with two totals (06). */
        ECONOMIC_CODES,
        /** One row of figures (09). */
        SINGLE_ROW
    }

    private static final Map<TableId, TableDescriptor> ALL = new EnumMap<>(TableId.class);
    /** The descriptors in the order their title words are tried: the most specific words first. */
    private static final List<TableDescriptor> BY_TITLE_WORDS = new ArrayList<>();

    static {
        // the order matters: 09's title contains 财政拨款, 06's 一般公共预算财政拨款, 04's 收入支出决算总表
        add(TableId.T09, RowKind.SINGLE_ROW, false, "三公");
        add(TableId.T08, RowKind.FUNCTIONAL_CODES, false, "国有资本经营");
        add(TableId.T07, RowKind.FUNCTIONAL_CODES, false, "政府性基金");
        add(TableId.T06, RowKind.ECONOMIC_CODES, false, "基本支出");
        add(TableId.T05, RowKind.FUNCTIONAL_CODES, false, "一般公共预算财政拨款支出");
        add(TableId.T04, RowKind.SIDES, false, "财政拨款收入支出决算总表");
        add(TableId.T01, RowKind.SIDES, false, "收入支出决算总表");
        add(TableId.T02, RowKind.FUNCTIONAL_CODES, true, "收入决算");
        add(TableId.T03, RowKind.FUNCTIONAL_CODES, true, "支出决算");
    }

    private static void add(TableId id, RowKind kind, boolean wordsStart, String titleWords) {
        TableDescriptor d = new TableDescriptor(id, kind, wordsStart, titleWords);
        ALL.put(id, d);
        BY_TITLE_WORDS.add(d);
    }

    private final TableId id;
    private final RowKind rowKind;
    private final boolean wordsStart;
    private final String titleWords;

    private TableDescriptor(TableId id, RowKind rowKind, boolean wordsStart, String titleWords) {
        this.id = id;
        this.rowKind = rowKind;
        this.wordsStart = wordsStart;
        this.titleWords = titleWords;
    }

    /**
     * Gets the descriptor of a table.
     *
     * @param id the table, not null
     * @return the descriptor
     */
    public static TableDescriptor of(TableId id) {
        return ALL.get(Objects.requireNonNull(id, "id"));
    }

    /**
     * Finds the table a title names by its words, whatever the template adds around them (a
     * department, a year, a number): 支出决算表, 上海市某局2024年度一般公共预算财政拨款基本支出决算表, ….
     *
     * @param normalisedTitle the title with white space removed and width folded (as
     *        {@code Text.normaliseName} gives it), without a leading number or label
     * @return the table, empty if the title names none
     */
    public static Optional<TableId> named(String normalisedTitle) {
        Objects.requireNonNull(normalisedTitle, "normalisedTitle");
        for (TableDescriptor d : BY_TITLE_WORDS) {
            if (d.isNamedBy(normalisedTitle)) {
                return Optional.of(d.id);
            }
        }
        return Optional.empty();
    }

    /** @return the table */
    public TableId getTableId() {
        return id;
    }

    /**
     * Gets the table's short label in the language of a locale: the printed label
     * ({@code 公开03表}) for a Chinese locale, {@code Table 03} for any other. It names the table in
     * a location and the table's sheet in a workbook (at most 31 characters, none of {@code []:*?/\}).
     *
     * @param locale the locale, not null
     * @return the label
     */
    public String getLabel(Locale locale) {
        if ("zh".equals(Objects.requireNonNull(locale, "locale").getLanguage())) {
            return id.getLabel();
        }
        int n = id.getNumber();
        return n < 10 ? "Table 0" + n : "Table " + n;
    }

    /** @return the kind of the table's rows */
    public RowKind getRowKind() {
        return rowKind;
    }

    /**
     * Gets the words that name this table in a title ({@code 三公}, {@code 政府性基金}, …): a title
     * names the table when it contains them (for 02 and 03: starts with them), and no table tried
     * before it is named.
     *
     * @return the words
     */
    public String getTitleWords() {
        return titleWords;
    }

    private boolean isNamedBy(String n) {
        return wordsStart ? n.startsWith(titleWords) : n.contains(titleWords);
    }

    /**
     * Gets the title the table is printed with in an edition (公开08表 is 国有资本经营预算财政拨款收入支出决算表
     * in the 2023 edition).
     *
     * @param edition the edition, not null
     * @return the title
     */
    public String getTitle(TableEdition edition) {
        Objects.requireNonNull(edition, "edition");
        if (id == TableId.T08 && edition == TableEdition.E2023) {
            return "国有资本经营预算财政拨款收入支出决算表";
        }
        return id.getTitle();
    }

    /**
     * Gets the columns the table prints in an edition, in printed order.
     *
     * @param edition the edition, not null
     * @return the columns
     */
    public List<? extends TableColumn> getColumns(TableEdition edition) {
        Objects.requireNonNull(edition, "edition");
        switch (id) {
            case T01:
                return List.of(SummaryColumn.values());
            case T02:
                return List.of(IncomeColumn.values());
            case T03:
                return List.of(ExpenditureColumn.values());
            case T04:
                return List.of(FiscalSummaryColumn.values());
            case T05:
                return List.of(GeneralBudgetColumn.values());
            case T06:
                return List.of(BasicExpenditureColumn.values());
            case T07:
                return GovernmentFundColumn.of(edition);
            case T08:
                return StateCapitalColumn.of(edition);
            default:
                return List.of(ThreePublicExpensesColumn.values());
        }
    }

    /**
     * Gets the header words of a column, from the top header row down ({@code 本年支出}, {@code 基本支出}).
     *
     * @param column the column, not null
     * @return the words
     */
    public static List<String> headerWords(TableColumn column) {
        return List.of(column.getChineseName().split("/"));
    }

    /**
     * Scores how well the header words found over a column of a document name a column of the
     * table: the column's last word must end the path found (or the word before a last 小计/合计,
     * which a header may leave out), and its other words stand in the path; a match that explains
     * the whole path scores highest. A reader gives each position the column of the highest score.
     *
     * @param column the column, not null
     * @param path the header words found, top down, each normalised (white space removed, width
     *        folded), not empty
     * @return the score, 0 if the path does not name the column
     */
    public static int headerScore(TableColumn column, List<String> path) {
        List<String> words = headerWords(column);
        String lastFound = path.get(path.size() - 1);
        String last = Text.normaliseName(words.get(words.size() - 1));
        int matched;
        if (lastFound.equals(last)) {
            matched = words.size();
        } else if (words.size() > 1 && (last.equals("小计") || last.equals("合计"))
                && lastFound.equals(Text.normaliseName(words.get(words.size() - 2)))) {
            matched = words.size() - 1;
        } else {
            return 0;
        }
        for (int i = 0; i < matched - 1; i++) {
            if (!path.contains(Text.normaliseName(words.get(i)))) {
                return 0;
            }
        }
        return matched * 100 - Math.abs(path.size() - words.size());
    }

    /**
     * One row of a table by functional code as read: its code, name and amounts.
     *
     * @param code the code, not null
     * @param name the name as printed, not null
     * @param amounts the amounts by column (columns of this table), not null
     */
    public record CodedRow(FunctionCode code, String name, Map<? extends TableColumn, Amount> amounts) {
        /** Checks the parts. */
        public CodedRow {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(amounts, "amounts");
        }
    }

    /**
     * Builds a table of functional-code rows (02, 03, 05, 07, 08) from what was read.
     *
     * @param edition the edition, not null
     * @param total the 合计 row's amounts, empty if the table prints none
     * @param rows the rows, in printed order
     * @param statement the statement that the table is empty, if printed
     * @param notes the notes under the table
     * @return the table
     * @throws IllegalStateException if this table has no functional-code rows
     * @throws ClassCastException if an amount's column is not a column of this table
     */
    public ReportTable codedTable(TableEdition edition, Optional<? extends Map<? extends TableColumn, Amount>> total,
            List<CodedRow> rows, Optional<String> statement, List<String> notes) {
        switch (id) {
            case T02: {
                IncomeTable.Builder t = IncomeTable.builder();
                t.edition(edition).notes(notes).emptyStatement(statement);
                total.ifPresent(m -> t.total(typed(IncomeColumn.class, m)));
                rows.forEach(r -> t.addRows(IncomeRow.builder().code(r.code()).name(r.name())
                        .amounts(typed(IncomeColumn.class, r.amounts())).build()));
                return t.build();
            }
            case T03: {
                ExpenditureTable.Builder t = ExpenditureTable.builder();
                t.edition(edition).notes(notes).emptyStatement(statement);
                total.ifPresent(m -> t.total(typed(ExpenditureColumn.class, m)));
                rows.forEach(r -> t.addRows(ExpenditureRow.builder().code(r.code()).name(r.name())
                        .amounts(typed(ExpenditureColumn.class, r.amounts())).build()));
                return t.build();
            }
            case T05: {
                GeneralBudgetExpenditureTable.Builder t = GeneralBudgetExpenditureTable.builder();
                t.edition(edition).notes(notes).emptyStatement(statement);
                total.ifPresent(m -> t.total(typed(GeneralBudgetColumn.class, m)));
                rows.forEach(r -> t.addRows(GeneralBudgetExpenditureRow.builder().code(r.code()).name(r.name())
                        .amounts(typed(GeneralBudgetColumn.class, r.amounts())).build()));
                return t.build();
            }
            case T07: {
                GovernmentFundTable.Builder t = GovernmentFundTable.builder();
                t.edition(edition).notes(notes).emptyStatement(statement);
                total.ifPresent(m -> t.total(typed(GovernmentFundColumn.class, m)));
                rows.forEach(r -> t.addRows(GovernmentFundRow.builder().code(r.code()).name(r.name())
                        .amounts(typed(GovernmentFundColumn.class, r.amounts())).build()));
                return t.build();
            }
            case T08: {
                StateCapitalTable.Builder t = StateCapitalTable.builder();
                t.edition(edition).notes(notes).emptyStatement(statement);
                total.ifPresent(m -> t.total(typed(StateCapitalColumn.class, m)));
                rows.forEach(r -> t.addRows(StateCapitalRow.builder().code(r.code()).name(r.name())
                        .amounts(typed(StateCapitalColumn.class, r.amounts())).build()));
                return t.build();
            }
            default:
                throw new IllegalStateException(id.getLabel() + " has no rows by functional code");
        }
    }

    private static <C extends Enum<C> & TableColumn> Map<C, Amount> typed(Class<C> type,
            Map<? extends TableColumn, Amount> amounts) {
        Map<C, Amount> m = new EnumMap<>(type);
        amounts.forEach((k, v) -> m.put(type.cast(k), v));
        return m;
    }

    @Override
    public String toString() {
        return "TableDescriptor[" + id.getLabel() + " " + id.getTitle() + ", " + rowKind + "]";
    }
}
