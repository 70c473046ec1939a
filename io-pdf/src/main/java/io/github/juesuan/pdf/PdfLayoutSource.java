package io.github.juesuan.pdf;

import io.github.juesuan.layout.LayoutDocument;
import io.github.juesuan.layout.LayoutLine;
import io.github.juesuan.pdf.PdfReadException.Reason;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.SourceLocation;
import io.github.juesuan.spi.SourceLocation.Box;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Turns a PDF into a {@link LayoutDocument}, the layout module's one form of every source, with
 * Apache PDFBox: the glyphs of each page's text layer, with their positions, become lines of
 * {@linkplain LayoutLine.Kind#POSITIONED positioned} cells on the scale of {@code pdftotext -layout}
 * (display columns, a CJK glyph two wide), so that the one recognizer reads them as it reads such
 * text:
 *
 * <ul>
 *   <li>glyphs outside a page's crop box are dropped (one real WPS export carries a second copy of
 *       its text outside the page, which a naive extractor prints twice), and so are glyphs of
 *       another direction than the page's text (a rotated watermark);</li>
 *   <li>lines are grouped by baseline, words by the gaps between glyphs; a column is half the
 *       page's dominant font size;</li>
 *   <li>where the page draws ruling lines (stroked lines, rectangle edges, thin filled rectangles,
 *       collected in the same pass as the glyphs), a vertical rule between two glyphs is a cell
 *       boundary, a letter-spaced label (合 … 计) inside a ruled cell stays one cell, and a row printed
 *       lower in the same ruled row joins its line; pages without rules are read from the glyphs'
 *       positions alone;</li>
 *   <li>composite fonts without a {@code /ToUnicode} map are decoded through their character
 *       collection (Adobe-GB1 and the other Adobe CJK collections, with fontbox's bundled CMaps),
 *       also where PDFBox itself maps nothing (no or an unknown {@code /Supplement}, an embedded
 *       encoding CMap naming the collection); non-embedded fonts with a predefined CMap
 *       ({@code GBK-EUC-H}, {@code UniGB-UCS2-H}) are decoded from the CMap;</li>
 *   <li>full-width digits, and full-width {@code ． ， － ％} inside numbers, become ASCII; CJK
 *       radicals that some producers map their glyphs to become the unified ideographs;</li>
 *   <li>a page without a text layer (a scanned table: images and no glyphs) is recorded with
 *       {@link LayoutDocument.Builder#pageWithoutText(int)} and a problem "page 7 has no text layer;
 *       its table cannot be read without OCR";</li>
 *   <li>every line is located by file, page, running line number and its box on the page, every
 *       cell by its box ({@link PdfLayout#getCellBox(int, int)}).</li>
 * </ul>
 *
 * <p>Memory is bounded: PDFBox reads the file through a buffered random-access file and keeps
 * streams in a temporary file, and the {@link PdfLimits} stop decompression bombs, huge page
 * counts and glyph floods. Encrypted files open with the empty user password; a file that needs
 * another one, a damaged file that PDFBox's lenient parser cannot repair, or one beyond a limit
 * throws a {@link PdfReadException} naming the file. Nesting too deep for the stack is reported the
 * same way, never as a {@link StackOverflowError}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PdfLayoutSource {

    private final PdfLimits limits;

    /** Creates a source with the {@linkplain PdfLimits#defaults() default limits}. */
    public PdfLayoutSource() {
        this(PdfLimits.defaults());
    }

    /**
     * Creates a source with limits.
     *
     * @param limits the limits, not null
     */
    public PdfLayoutSource(PdfLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the limits */
    public PdfLimits getLimits() {
        return limits;
    }

    /**
     * Reads a PDF file.
     *
     * @param file the file, not null
     * @return the recovered document
     * @throws PdfReadException naming the file if it is not a readable PDF or is beyond a limit
     * @throws UncheckedIOException if the file cannot be read
     */
    public PdfLayout read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(file, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /**
     * Reads a PDF from a stream, which is copied to a temporary file first (at most
     * {@link PdfLimits#getMaxFileBytes()} bytes); the stream is not closed.
     *
     * @param in the bytes, not null
     * @param sourceName the name for messages and locations, such as a file name, not null
     * @return the recovered document
     * @throws PdfReadException naming the source if it is not a readable PDF or is beyond a limit
     * @throws UncheckedIOException if the stream cannot be read
     */
    public PdfLayout read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Path tmp = null;
        try {
            tmp = Files.createTempFile("juesuan-pdf", ".pdf");
            long n;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                n = copy(in, out, limits.getMaxFileBytes() + 1);
            }
            if (n > limits.getMaxFileBytes()) {
                throw tooLarge(sourceName);
            }
            return read(tmp, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind is not worth failing the read for
                }
            }
        }
    }

    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int r; total < max && (r = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0;) {
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }

    private PdfReadException tooLarge(String name) {
        return new PdfReadException(Reason.OVER_LIMIT, ProblemMessage.of("problem.pdf.tooLarge", name,
                limits.getMaxFileBytes()), SourceLocation.ofFile(name), null);
    }

    private PdfLayout read(Path file, String name) {
        SourceLocation where = SourceLocation.ofFile(name);
        try {
            if (Files.size(file) > limits.getMaxFileBytes()) {
                throw tooLarge(name);
            }
            byte[] head = new byte[PdfSources.HEADER_WINDOW + PdfSources.MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = PdfSources.readHead(in, head);
            }
            if (!PdfSources.isPdfHeader(head, n)) {
                throw new PdfReadException(Reason.NOT_PDF, ProblemMessage.of("problem.pdf.notPdf", name), where, null);
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + name + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        try (PDDocument doc = load(file, name)) {
            return extract(doc, name);
        } catch (IOException e) {
            throw new PdfReadException(Reason.DAMAGED, ProblemMessage.of("problem.pdf.cannotRead", name,
                    String.valueOf(e.getMessage())), where, e);
        } catch (StackOverflowError e) {
            throw new PdfReadException(Reason.OVER_LIMIT, ProblemMessage.of("problem.pdf.nestedTooDeeply", name), where,
                    null);
        } catch (PdfReadException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox signals some damage with unchecked exceptions (a malformed number, a bad cast)
            throw new PdfReadException(Reason.DAMAGED, ProblemMessage.of("problem.pdf.cannotRead", name, e.toString()), where, e);
        }
    }

    private PDDocument load(Path file, String name) throws IOException {
        SourceLocation where = SourceLocation.ofFile(name);
        RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile());
        try {
            // the document closes the file when it is closed; a failed load leaves it to us
            return Loader.loadPDF(in, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            in.close();
            throw new PdfReadException(Reason.ENCRYPTED, ProblemMessage.of("problem.pdf.encrypted", name), where, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            in.close();
            throw e;
        }
    }

    private PdfLayout extract(PDDocument doc, String name) throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages > limits.getMaxPages()) {
            throw new PdfReadException(Reason.OVER_LIMIT, ProblemMessage.of("problem.pdf.tooManyPages", name, pages,
                    limits.getMaxPages()),
                    SourceLocation.ofFile(name), null);
        }
        SourceLocation file = SourceLocation.ofFile(name);
        LayoutDocument.Builder builder = LayoutDocument.builder(name);
        Map<Integer, List<Box>> boxes = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        long[] counts = new long[2];
        int[] lineNumber = {0};
        StreamGuard guard = new StreamGuard(limits, name);
        GlyphStripper stripper = new GlyphStripper(limits, name, guard::check, (p, page, glyphs, w, h, rules) -> {
            PageLines.Page result = PageLines.build(glyphs, w, h, rules);
            counts[0] += result.glyphs();
            counts[1] += result.droppedOutside();
            if (result.isGarbled()) {
                builder.pageWithoutText(p);
                problems.add(Problem.warning(ProblemMessage.of("problem.pdf.garbledPage", p, result.implausible(),
                        result.glyphs()), null, file.withPage(p)));
                return;
            }
            if (result.lines().isEmpty() && hasImage(page.getResources(), 0)) {
                builder.pageWithoutText(p);
                problems.add(Problem.warning(ProblemMessage.of("problem.pdf.noTextLayer", p), null, file.withPage(p)));
            }
            SourceLocation pageAt = file.withPage(p);
            for (PageLines.Line l : result.lines()) {
                int number = ++lineNumber[0];
                builder.addLine(LayoutLine.of(p, number, l.text(), LayoutLine.Kind.POSITIONED, l.cells(),
                        pageAt.withLine(number, 0).withBox(l.box())));
                boxes.put(number, l.boxes());
            }
        });
        stripper.writeText(doc, Writer.nullWriter());
        builder.pageCount(pages);
        return new PdfLayout(builder.build(), boxes, problems, counts[0], counts[1]);
    }

    /** Tells whether a page draws an image, directly or in a form (a scanned page). */
    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return false;
        }
        for (COSName n : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(n);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof PDFormXObject f && hasImage(f.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PdfLayoutSource[" + limits + "]";
    }
}
