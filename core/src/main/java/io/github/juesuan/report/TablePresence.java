package io.github.juesuan.report;

/**
 * Whether a report has a table. Three different facts: a table may be printed with figures,
 * printed but declared empty ("本单位没有…"), or missing from the document.
 */
public enum TablePresence {
    /** The table is in the document. */
    PRESENT,
    /** The table is in the document with a statement that the unit has nothing to report in it. */
    DECLARED_EMPTY,
    /** The table is not in the document (or only its title is, its page being an image). */
    ABSENT
}
