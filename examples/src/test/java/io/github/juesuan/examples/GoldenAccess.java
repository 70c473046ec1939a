package io.github.juesuan.examples;

/** Lets tests in other packages use {@link Golden}. */
public final class GoldenAccess {

    private GoldenAccess() {
    }

    /**
     * Compares output with a golden file.
     *
     * @param name the golden file's name
     * @param actual the output
     */
    public static void assertMatches(String name, String actual) {
        Golden.assertMatches(name, actual);
    }
}
