package io.github.juesuan.layout;

import java.util.Objects;

/**
 * One cell of a line as its source gave it: the text as printed and where it stands across the
 * line. Sources of explicit grids (tab-separated or Markdown rows, workbook rows) give a cell's
 * grid column as {@code x0} and {@code x0 + span} as {@code x1}; sources of positioned text
 * (space-aligned text, PDF glyphs) give its horizontal extent in their own unit (display columns,
 * in which a CJK character is two wide, or PDF points); flowing text (words in reading order, blank
 * cells vanished) gives the word's order.
 *
 * @param text the text as printed, stripped, not null (empty for a blank grid cell)
 * @param x0 where the cell starts
 * @param x1 where the cell ends, not before x0
 */
public record LayoutCell(String text, int x0, int x1) {

    /**
     * Checks the cell.
     *
     * @throws IllegalArgumentException naming the cell if it ends before it starts
     */
    public LayoutCell {
        Objects.requireNonNull(text, "text");
        if (x1 < x0) {
            throw new IllegalArgumentException("cell '" + text + "' ends at " + x1 + " before it starts at " + x0);
        }
    }

    /**
     * Gets the middle of the cell, for placing it under a header.
     *
     * @return the centre, rounded down
     */
    public int centre() {
        return (x0 + x1) / 2;
    }

    /**
     * Tells whether the cell is blank.
     *
     * @return true if the text is empty
     */
    public boolean isBlank() {
        return text.isEmpty();
    }
}
