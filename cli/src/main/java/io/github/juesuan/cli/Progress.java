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

    /**
     * Renders the bar with the rate and the time left: {@code [#####.....] 50/100 12.5/s 0:04 left}.
     *
     * @param done items done
     * @param total all items
     * @param width the bar's width in characters
     * @param elapsedNanos time since the start
     * @return the bar
     */
    static String bar(int done, int total, int width, long elapsedNanos) {
        String bar = bar(done, total, width);
        if (done == 0 || elapsedNanos <= 0) {
            return bar;
        }
        double perSecond = done * 1e9 / elapsedNanos;
        long left = Math.round((total - done) / perSecond);
        return bar + String.format(java.util.Locale.ROOT, " %.1f/s %d:%02d left", perSecond, left / 60, left % 60);
    }
}
