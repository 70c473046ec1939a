package io.github.juesuan.text;

/**
 * Where a figure was read in the text: the 1-based line and, where the line is a table row, the
 * 1-based cell number (tab-separated cell or Markdown pipe cell).
 *
 * <p>Provisional: to be unified with the shared source-location type of the reader SPI.
 *
 * @param line the 1-based line number
 * @param column the 1-based cell number, 0 if unknown
 */
public record TextLocation(int line, int column) {

    /**
     * The location as {@code line 12, cell 3}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", cell " + column : "");
    }
}
