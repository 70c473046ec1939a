package io.github.juesuan.cli;

/** A text progress bar for long runs on a terminal. */
final class Progress {

    private Progress() {
    }

    /**
     * Renders {@code [#####.....] 50/100}.
     *
     * @param done items done
     * @param total all items
     * @param width the bar's width in characters
     * @return the bar
     */
    static String bar(int done, int total, int width) {
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total;
    }
}
