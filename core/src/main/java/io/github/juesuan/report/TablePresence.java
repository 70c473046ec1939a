package io.github.juesuan.report;

/**
 * Whether a report has a table. Four different facts: a table may be printed with figures,
 * printed but declared empty ("本单位没有…"), missing from the document, or in the document but
 * not readable by the reader that loaded it (a reading miss, never a mistake of the report).
 */
public enum TablePresence {
    /** The table is in the document. */
    PRESENT,
    /** The table is in the document with a statement that the unit has nothing to report in it. */
    DECLARED_EMPTY,
    /** The table is not in the document. */
    ABSENT,
    /**
     * The document shows the table (its title at least) but its body could not be read: a page
     * without a text layer, or a layout the reader did not recognise. Rules on it are not assessed.
     */
    UNREADABLE
}
