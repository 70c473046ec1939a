package io.github.juesuan.testing;

import io.github.juesuan.report.ReportScope;
import io.github.juesuan.report.TableId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The size and shape of the reports that {@link ReportArbitraries#consistentReports(ReportShape)}
 * generates: how many 项 (and so 款 and 类) rows, which layout years (2023 or 2024 edition), 本级 or
 * 汇总, how each table of 公开01表 … 公开09表 is printed (with figures, declared empty, absent), how many
 * 项目支出绩效自评表 and whether they print weights.
 *
 * <pre>{@code
 * ReportShape shape = ReportShape.builder()
 *         .leaves(3, 12)
 *         .years(2024)
 *         .table(TableId.T07, ReportShape.Presence.PRESENT)   // 公开07表 with consistent figures
 *         .table(TableId.T09, ReportShape.Presence.ANY)
 *         .projects(1, 2)
 *         .weights(ReportShape.Weights.ALWAYS)
 *         .build();
 * }</pre>
 *
 * <p>Whatever the shape, every generated report satisfies every invariant exactly; a table that the
 * shape makes {@linkplain Presence#ABSENT absent} makes the validator report
 * {@code COMPLETENESS.TABLE_ABSENT} for it and the rules that read it not assessed, nothing else.
 *
 * <p>A shape is immutable. Tables 公开01表 to 公开06表 can be present or absent but not declared empty:
 * a report with any expenditure cannot say "本单位没有…" in them and still add up. 公开07表 and
 * 公开08表 can be present with figures, declared empty or absent; 公开09表 declared empty means the
 * unit has no “三公” expenses (its basic expenditure has none either).
 */
public final class ReportShape {

    /** How a table is printed in generated reports. */
    public enum Presence {
        /** Printed with figures (for 07 and 08: at least one 项 with consistent figures). */
        PRESENT,
        /** Printed with a statement that the unit has nothing to report in it (本单位没有…). */
        DECLARED_EMPTY,
        /** Not in the document. */
        ABSENT,
        /** Any of the states the table allows, drawn by the arbitrary. */
        ANY
    }

    /** Whether the 绩效自评表 print 权重 and 得分. */
    public enum Weights {
        /** Every project prints weights, scores and a total score. */
        ALWAYS,
        /** No project prints weights or scores. */
        NEVER,
        /** Drawn per project. */
        EITHER
    }

    private static final ReportShape DEFAULTS = builder().build();

    private final int minLeaves;
    private final int maxLeaves;
    private final int maxClasses;
    private final int maxFundLeaves;
    private final Set<Integer> years;
    private final Set<ReportScope> scopes;
    private final Map<TableId, Presence> presence;
    private final int minProjects;
    private final int maxProjects;
    private final int maxIndicators;
    private final Weights weights;

    private ReportShape(Builder b) {
        this.minLeaves = b.minLeaves;
        this.maxLeaves = b.maxLeaves;
        this.maxClasses = b.maxClasses;
        this.maxFundLeaves = b.maxFundLeaves;
        this.years = Collections.unmodifiableSet(new LinkedHashSet<>(b.years));
        this.scopes = Collections.unmodifiableSet(EnumSet.copyOf(b.scopes));
        this.presence = Collections.unmodifiableMap(new EnumMap<>(b.presence));
        this.minProjects = b.minProjects;
        this.maxProjects = b.maxProjects;
        this.maxIndicators = b.maxIndicators;
        this.weights = b.weights;
    }

    /**
     * Gets the default shape: 1 to 8 项, both editions, 本级 or 汇总, 公开01–06 and 09 with figures,
     * 07 and 08 declared empty, 0 to 3 projects with or without weights.
     *
     * @return the shape
     */
    public static ReportShape defaults() {
        return DEFAULTS;
    }

    /**
     * Gets a shape where every table is printed with figures (07 and 08 included), with 1 to 3
     * projects that print weights: the shape on which every rule of the catalogue is assessed.
     *
     * @return the shape
     */
    public static ReportShape complete() {
        return builder().allTables(Presence.PRESENT).projects(1, 3).weights(Weights.ALWAYS).build();
    }

    /**
     * Gets a shape where each table may be present, declared empty (where it can be) or absent.
     *
     * @return the shape
     */
    public static ReportShape anything() {
        return builder().allTables(Presence.ANY).build();
    }

    /**
     * Gets a new builder with the {@linkplain #defaults() defaults}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets a builder initialised from this shape.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minLeaves = minLeaves;
        b.maxLeaves = maxLeaves;
        b.maxClasses = maxClasses;
        b.maxFundLeaves = maxFundLeaves;
        b.years = new LinkedHashSet<>(years);
        b.scopes = EnumSet.copyOf(scopes);
        b.presence = new EnumMap<>(presence);
        b.minProjects = minProjects;
        b.maxProjects = maxProjects;
        b.maxIndicators = maxIndicators;
        b.weights = weights;
        return b;
    }

    /**
     * Gets the smallest number of 项 rows of the general budget tables (02, 03, 05).
     *
     * @return the number
     */
    public int getMinLeaves() {
        return minLeaves;
    }

    /**
     * Gets the largest number of 项 rows of the general budget tables.
     *
     * @return the number
     */
    public int getMaxLeaves() {
        return maxLeaves;
    }

    /**
     * Gets the largest number of 类 the 项 are drawn from, 0 for no limit.
     *
     * @return the number
     */
    public int getMaxClasses() {
        return maxClasses;
    }

    /**
     * Gets the largest number of 项 rows of 公开07表 and of 公开08表 when they have figures.
     *
     * @return the number
     */
    public int getMaxFundLeaves() {
        return maxFundLeaves;
    }

    /**
     * Gets the fiscal years (and so table editions) drawn from.
     *
     * @return the years
     */
    public Set<Integer> getYears() {
        return years;
    }

    /**
     * Gets the scopes drawn from (本级, 汇总).
     *
     * @return the scopes
     */
    public Set<ReportScope> getScopes() {
        return scopes;
    }

    /**
     * Gets how a table is printed.
     *
     * @param table the table, not null
     * @return the presence policy
     */
    public Presence getPresence(TableId table) {
        return presence.get(table);
    }

    /**
     * Gets the states a table can be in under this shape, resolving {@link Presence#ANY}.
     *
     * @param table the table, not null
     * @return the possible states, never {@link Presence#ANY}
     */
    public List<Presence> getPossiblePresences(TableId table) {
        Presence p = presence.get(table);
        if (p != Presence.ANY) {
            return List.of(p);
        }
        return allowed(table);
    }

    /**
     * Gets the smallest number of 项目支出绩效自评表.
     *
     * @return the number
     */
    public int getMinProjects() {
        return minProjects;
    }

    /**
     * Gets the largest number of 项目支出绩效自评表.
     *
     * @return the number
     */
    public int getMaxProjects() {
        return maxProjects;
    }

    /**
     * Gets the largest number of indicators of a 绩效自评表 (at least one is always printed).
     *
     * @return the number
     */
    public int getMaxIndicators() {
        return maxIndicators;
    }

    /**
     * Gets whether the 绩效自评表 print weights.
     *
     * @return the policy
     */
    public Weights getWeights() {
        return weights;
    }

    static List<Presence> allowed(TableId table) {
        switch (table) {
            case T07:
            case T08:
            case T09:
                return List.of(Presence.PRESENT, Presence.DECLARED_EMPTY, Presence.ABSENT);
            default:
                return List.of(Presence.PRESENT, Presence.ABSENT);
        }
    }

    @Override
    public String toString() {
        return "ReportShape[leaves " + minLeaves + ".." + maxLeaves + (maxClasses > 0 ? " in ≤" + maxClasses + " 类" : "")
                + ", years " + years + ", scopes " + scopes + ", tables " + presence + ", projects " + minProjects
                + ".." + maxProjects + ", weights " + weights + "]";
    }

    /** Builds a {@link ReportShape}. */
    public static final class Builder {
        private int minLeaves = 1;
        private int maxLeaves = 8;
        private int maxClasses;
        private int maxFundLeaves = 4;
        private Set<Integer> years = new LinkedHashSet<>(List.of(2023, 2024));
        private Set<ReportScope> scopes = EnumSet.allOf(ReportScope.class);
        private Map<TableId, Presence> presence = new EnumMap<>(TableId.class);
        private int minProjects;
        private int maxProjects = 3;
        private int maxIndicators = 6;
        private Weights weights = Weights.EITHER;

        Builder() {
            for (TableId id : TableId.values()) {
                presence.put(id, id == TableId.T07 || id == TableId.T08 ? Presence.DECLARED_EMPTY : Presence.PRESENT);
            }
        }

        /**
         * Sets the number of 项 rows of the general budget tables.
         *
         * @param min the smallest number, at least 1
         * @param max the largest number, at least min
         * @return this builder
         * @throws IllegalArgumentException naming the numbers if they are out of range
         */
        public Builder leaves(int min, int max) {
            if (min < 1 || max < min || max > 200) {
                throw new IllegalArgumentException("leaves(" + min + ", " + max + "): need 1 <= min <= max <= 200");
            }
            this.minLeaves = min;
            this.maxLeaves = max;
            return this;
        }

        /**
         * Limits the number of 类 the 项 are drawn from (fewer 类, more 项 per 款 and 类).
         *
         * @param max the largest number of 类, at least 1, or 0 for no limit
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxClasses(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxClasses(" + max + "): need 0 (no limit) or more");
            }
            this.maxClasses = max;
            return this;
        }

        /**
         * Sets the largest number of 项 rows of 公开07表 and 公开08表 when they are printed with figures.
         *
         * @param max the largest number, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxFundLeaves(int max) {
            if (max < 1 || max > 100) {
                throw new IllegalArgumentException("maxFundLeaves(" + max + "): need 1 to 100");
            }
            this.maxFundLeaves = max;
            return this;
        }

        /**
         * Sets the fiscal years drawn from; the year decides the edition of the layouts.
         *
         * @param years one or more years from 2023 on (the bundled catalogs' range)
         * @return this builder
         * @throws IllegalArgumentException naming a year without a bundled catalog
         */
        public Builder years(int... years) {
            if (years.length == 0) {
                throw new IllegalArgumentException("years(): need at least one year");
            }
            Set<Integer> s = new LinkedHashSet<>();
            for (int y : years) {
                if (y < 2023 || y > 2024) {
                    throw new IllegalArgumentException("year " + y + ": generated reports use the bundled catalogs of "
                            + "2023 and 2024");
                }
                s.add(y);
            }
            this.years = s;
            return this;
        }

        /**
         * Sets the scopes drawn from.
         *
         * @param scopes one or more of 本级 ({@link ReportScope#SELF}) and 汇总 ({@link ReportScope#CONSOLIDATED})
         * @return this builder
         * @throws IllegalArgumentException if none is given
         */
        public Builder scopes(ReportScope... scopes) {
            if (scopes.length == 0) {
                throw new IllegalArgumentException("scopes(): need at least one scope");
            }
            this.scopes = EnumSet.copyOf(List.of(scopes));
            return this;
        }

        /**
         * Sets how one table is printed.
         *
         * @param table the table, not null
         * @param policy the policy, not null
         * @return this builder
         * @throws IllegalArgumentException if the table cannot be declared empty consistently (01 to 06)
         */
        public Builder table(TableId table, Presence policy) {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(policy, "policy");
            if (policy != Presence.ANY && !allowed(table).contains(policy)) {
                throw new IllegalArgumentException(table.getLabel() + " cannot be " + policy
                        + " in a consistent generated report: a report with expenditure cannot declare it empty; "
                        + "allowed: " + allowed(table) + " or ANY");
            }
            presence.put(table, policy);
            return this;
        }

        /**
         * Sets how every table is printed ({@link Presence#DECLARED_EMPTY} applies to 07, 08 and 09 only;
         * the others stay present).
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder allTables(Presence policy) {
            for (TableId id : TableId.values()) {
                presence.put(id, policy == Presence.DECLARED_EMPTY && !allowed(id).contains(policy)
                        ? Presence.PRESENT : policy);
            }
            return this;
        }

        /**
         * Sets the number of 项目支出绩效自评表.
         *
         * @param min the smallest number, at least 0
         * @param max the largest number, at least min
         * @return this builder
         * @throws IllegalArgumentException naming the numbers if they are out of range
         */
        public Builder projects(int min, int max) {
            if (min < 0 || max < min || max > 50) {
                throw new IllegalArgumentException("projects(" + min + ", " + max + "): need 0 <= min <= max <= 50");
            }
            this.minProjects = min;
            this.maxProjects = max;
            return this;
        }

        /**
         * Sets the largest number of indicators per 绩效自评表.
         *
         * @param max at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1 or above 90
         */
        public Builder maxIndicators(int max) {
            if (max < 1 || max > 90) {
                throw new IllegalArgumentException("maxIndicators(" + max + "): need 1 to 90");
            }
            this.maxIndicators = max;
            return this;
        }

        /**
         * Sets whether the 绩效自评表 print weights.
         *
         * @param weights the policy, not null
         * @return this builder
         */
        public Builder weights(Weights weights) {
            this.weights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /**
         * Builds the shape.
         *
         * @return the shape
         */
        public ReportShape build() {
            return new ReportShape(this);
        }
    }
}
