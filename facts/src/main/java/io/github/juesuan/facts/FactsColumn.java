package io.github.juesuan.facts;

import java.util.Objects;

/**
 * A column of a facts table: its name (lower case, never an SQL reserved word, so that it needs no
 * quoting), its {@linkplain FactsType type} and what it means.
 */
public final class FactsColumn {

    private final String name;
    private final FactsType type;
    private final String description;

    private FactsColumn(String name, FactsType type, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.description = Objects.requireNonNull(description, "description");
    }

    static FactsColumn of(String name, FactsType type, String description) {
        return new FactsColumn(name, type, description);
    }

    /**
     * Gets the column name, such as {@code amount}.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the type.
     *
     * @return the type
     */
    public FactsType getType() {
        return type;
    }

    /**
     * Gets what the column holds, in English with the Chinese terms.
     *
     * @return the description
     */
    public String getDescription() {
        return description;
    }

    /**
     * The name and the SQL type, such as {@code amount DECIMAL(18,2)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return name + " " + type.getSqlType();
    }
}
