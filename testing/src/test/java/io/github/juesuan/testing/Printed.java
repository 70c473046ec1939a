package io.github.juesuan.testing;

/**
 * The bundled source texts as the PDF printed them: the two kinds of extraction markup they carry
 * ({@code $\geq 90\%$} for {@code ≥90%}; {@code <p>…</p> <p>…</p>} around the paragraphs of a cell)
 * undone, as the text reader undoes them. Written out by hand, independently of the reader, so that
 * the samples are checked against the text and not against the reader's own code.
 */
final class Printed {

    private Printed() {
    }

    static String of(String source) {
        return source.replaceAll("\\$\\\\geq (\\d+)\\\\%\\$", "≥$1%")
                .replace("</p> <p>", " ").replace("<p>", "").replace("</p>", "");
    }
}
