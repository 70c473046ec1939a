package io.github.juesuan.pdf;

import io.github.juesuan.spi.SourceLocation;
import java.io.IOException;
import java.io.InputStream;

/** Small helpers shared by the PDF classes. */
final class PdfSources {

    /** The PDF header; a PDF may have up to 1024 bytes of junk before it. */
    static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
    /** How far into a file the header may stand. */
    static final int HEADER_WINDOW = 1024;

    private PdfSources() {
    }

    static SourceLocation at(String file, int page) {
        return page > 0 ? SourceLocation.ofFile(file).withPage(page) : SourceLocation.ofFile(file);
    }

    /**
     * Tells whether bytes start a PDF: {@code %PDF-} within the first 1024 bytes.
     *
     * @param head the first bytes of the file
     * @param length how many of them are valid
     * @return true for a PDF header
     */
    static boolean isPdfHeader(byte[] head, int length) {
        outer:
        for (int i = 0; i + MAGIC.length <= Math.min(length, HEADER_WINDOW + MAGIC.length); i++) {
            for (int k = 0; k < MAGIC.length; k++) {
                if (head[i + k] != MAGIC[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static int readHead(InputStream in, byte[] head) throws IOException {
        return in.readNBytes(head, 0, head.length);
    }
}
