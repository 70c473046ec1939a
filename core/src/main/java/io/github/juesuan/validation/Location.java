package io.github.juesuan.validation;

import io.github.juesuan.classification.EconomicCode;
import io.github.juesuan.classification.FunctionCode;
import io.github.juesuan.report.RowKey;
import io.github.juesuan.report.TableColumn;
import io.github.juesuan.report.TableDescriptor;
import io.github.juesuan.report.TableId;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding is: a cell, a row or a whole table of the report. A location in 公开01表…公开09表
 * has a {@link TableId}; a location in a 项目支出绩效自评表 has the project name instead, and its
 * columns are {@link PerformanceColumn}s.
 *
 * <p>Locations are values: equal when they name the same place, ordered by table (the numbered
 * tables first, then the 绩效自评表 by project), row and column, and serialisable.
 */
public final class Location implements Comparable<Location>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<Location> ORDER = Comparator
            .comparing((Location l) -> l.table == null ? TableId.values().length : l.table.ordinal())
            .thenComparing(l -> l.project == null ? "" : l.project)
            .thenComparing(l -> l.row, Comparator.nullsFirst(Location::compareRows))
            .thenComparing(l -> l.column, Comparator.nullsFirst(Location::compareColumns));

    private final transient TableId table;
    private final transient String project;
    private final transient RowKey row;
    private final transient TableColumn column;
    /** Whether {@link #toString()} prints English labels; not part of the value. */
    private final transient boolean english;

    private Location(TableId table, String project, RowKey row, TableColumn column) {
        this(table, project, row, column, false);
    }

    private Location(TableId table, String project, RowKey row, TableColumn column, boolean english) {
        this.table = table;
        this.project = project;
        this.row = row;
        this.column = column;
        this.english = english;
    }

    /**
     * The same place, printed by {@link #toString()} in the language of a locale: a finding's
     * location prints in the language of the validator that made it.
     */
    Location inLanguageOf(Locale locale) {
        boolean en = !"zh".equals(locale.getLanguage());
        return en == english ? this : new Location(table, project, row, column, en);
    }

    /**
     * Formats the location with its labels in the language of a locale: Chinese for a Chinese
     * locale ({@code 公开03表[2010301, TOTAL]}), English for any other ({@code Table 03[2010301,
     * TOTAL]}, {@code Table 03[total, TOTAL]}, {@code performance self-evaluation of …[…]}).
     *
     * @param locale the locale, not null
     * @return the text
     */
    public String format(Locale locale) {
        boolean zh = "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        StringBuilder sb = new StringBuilder(tableLabel(zh));
        if (row != null) {
            sb.append('[').append(!zh && row.equals(RowKey.TOTAL) ? "total" : row.toString());
            if (column != null) {
                sb.append(", ").append(column.getId());
            }
            sb.append(']');
        }
        return sb.toString();
    }

    /**
     * Gets the location of a whole table.
     *
     * @param table the table, not null
     * @return the location
     */
    public static Location of(TableId table) {
        return new Location(Objects.requireNonNull(table, "table"), null, null, null);
    }

    /**
     * Gets the location of a row.
     *
     * @param table the table, not null
     * @param row the row, not null
     * @return the location
     */
    public static Location of(TableId table, RowKey row) {
        return new Location(Objects.requireNonNull(table, "table"), null, Objects.requireNonNull(row, "row"), null);
    }

    /**
     * Gets the location of a cell.
     *
     * @param table the table, not null
     * @param row the row, not null
     * @param column the column, not null
     * @return the location
     */
    public static Location of(TableId table, RowKey row, TableColumn column) {
        return new Location(Objects.requireNonNull(table, "table"), null, Objects.requireNonNull(row, "row"),
                Objects.requireNonNull(column, "column"));
    }

    /**
     * Gets a location in the 项目支出绩效自评表 of a project.
     *
     * @param project the project name (项目名称), not null
     * @param row the row (a funding line such as 年度资金总额, an indicator name, or 总分), or null for the whole table
     * @param column the column, or null for the whole row
     * @return the location
     */
    public static Location ofProject(String project, RowKey row, PerformanceColumn column) {
        return new Location(null, Objects.requireNonNull(project, "project"), row, column);
    }

    /**
     * Gets a location in the text of the report outside the tables: a section of prose, named by its part
     * and heading ({@code 第三部分“五、一般公共预算财政拨款支出决算情况说明”}), or another printed text such as the
     * department's name. It has neither a table nor a project.
     *
     * @param where the place, as a reader would look for it, not blank
     * @return the location
     * @throws IllegalArgumentException if {@code where} is blank
     */
    public static Location ofText(String where) {
        if (Objects.requireNonNull(where, "where").isBlank()) {
            throw new IllegalArgumentException("a place in the text must be named, got '" + where + "'");
        }
        return new Location(null, null, RowKey.line(where), null);
    }

    /**
     * Tells whether this is a place in the text outside the tables ({@link #ofText}).
     *
     * @return true for a place in the text
     */
    public boolean isText() {
        return table == null && project == null;
    }

    /**
     * Gets the table, empty for a 项目支出绩效自评表.
     *
     * @return the table
     */
    public Optional<TableId> getTable() {
        return Optional.ofNullable(table);
    }

    /**
     * Gets the project name of a 项目支出绩效自评表 location.
     *
     * @return the project name, empty for the numbered tables
     */
    public Optional<String> getProject() {
        return Optional.ofNullable(project);
    }

    /**
     * Gets the row key: a code, or a line name such as 合计 or 本年支出合计.
     *
     * @return the row, empty for a whole-table location
     */
    public Optional<RowKey> getRow() {
        return Optional.ofNullable(row);
    }

    /**
     * Gets the column.
     *
     * @return the column, empty for a whole row or table
     */
    public Optional<TableColumn> getColumn() {
        return Optional.ofNullable(column);
    }

    /**
     * Gets the name of the table in Chinese (公开03表) or, for a 绩效自评表, 项目支出绩效自评表（project）.
     *
     * @param chinese true for Chinese, false for English
     * @return the label
     */
    public String tableLabel(boolean chinese) {
        if (table != null) {
            return chinese ? table.getLabel() : englishLabel(table);
        }
        if (project == null) {
            return chinese ? "正文" : "text";
        }
        return chinese ? "项目支出绩效自评表（" + project + "）" : "performance self-evaluation of " + project;
    }

    /** {@code Table 03}: the English label of a table ({@link TableDescriptor#getLabel(Locale)}). */
    static String englishLabel(TableId table) {
        return TableDescriptor.of(table).getLabel(Locale.ENGLISH);
    }

    private static int compareRows(RowKey a, RowKey b) {
        // the 合计 row before code rows, code rows in code order, lines by name
        boolean ta = a.equals(RowKey.TOTAL);
        boolean tb = b.equals(RowKey.TOTAL);
        if (ta || tb) {
            return ta == tb ? 0 : ta ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static int compareColumns(TableColumn a, TableColumn b) {
        if (a.getClass() == b.getClass() && a instanceof Enum) {
            return Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal());
        }
        int c = a.getClass().getName().compareTo(b.getClass().getName());
        return c != 0 ? c : a.getId().compareTo(b.getId());
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Location)) {
            return false;
        }
        Location l = (Location) obj;
        return table == l.table && Objects.equals(project, l.project) && Objects.equals(row, l.row)
                && Objects.equals(column, l.column);
    }

    @Override
    public int hashCode() {
        // as Objects.hash, without the array
        int h = 31 + Objects.hashCode(table);
        h = 31 * h + Objects.hashCode(project);
        h = 31 * h + Objects.hashCode(row);
        return 31 * h + Objects.hashCode(column);
    }

    /**
     * Formats the location in Chinese, or in English when it is the location of a finding made by
     * an English validator; see {@link #format(Locale)}.
     */
    @Override
    public String toString() {
        return format(english ? Locale.ENGLISH : Locale.CHINESE);
    }

    private Object writeReplace() {
        return new Form(this);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Location is serialised through its serial form");
    }

    /** The serial form: plain strings and the column enum constant. */
    private static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private final TableId table;
        private final String project;
        private final RowKey.Kind rowKind;
        private final String rowValue;
        private final Enum<?> column;

        Form(Location l) {
            this.table = l.table;
            this.project = l.project;
            this.rowKind = l.row == null ? null : l.row.getKind();
            this.rowValue = l.row == null ? null : l.row.getValue();
            if (l.column != null && !(l.column instanceof Enum)) {
                throw new IllegalStateException("column " + l.column.getId() + " is not an enum constant and cannot be serialised");
            }
            this.column = (Enum<?>) l.column;
        }

        private Object readResolve() {
            RowKey row = null;
            if (rowKind != null) {
                switch (rowKind) {
                    case FUNCTION_CODE:
                        row = RowKey.of(FunctionCode.of(rowValue));
                        break;
                    case ECONOMIC_CODE:
                        row = RowKey.of(EconomicCode.of(rowValue));
                        break;
                    default:
                        row = RowKey.line(rowValue);
                }
            }
            return new Location(table, project, row, (TableColumn) column);
        }
    }
}
