package io.github.juesuan.pdf;

import io.github.juesuan.spi.ProblemMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Checks, before PDFBox decodes them into memory, that the streams a page's text extraction may
 * decode (its content streams and every stream reachable from its resources: forms, fonts, CMaps,
 * patterns) stay within {@link PdfLimits#getMaxStreamBytes()} once decoded. Each stream is decoded
 * once into a counter that stops at the limit, so a decompression bomb costs a bounded amount of
 * time and no memory. Image streams are not checked: text extraction does not decode them. Each
 * stream is checked once per document.
 */
final class StreamGuard {

    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    /** Deflate's largest expansion is 1032:1 (RFC 1951: 258 bytes from a 2-bit code, in the best case); rounded up. */
    private static final long MAX_FLATE_RATIO = 1100;

    private final PdfLimits limits;
    private final String file;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    StreamGuard(PdfLimits limits, String file) {
        this.limits = limits;
        this.file = file;
    }

    /**
     * Checks a page.
     *
     * @param pageNumber the 1-based page, for messages
     * @param page the page
     * @throws PdfReadException if a stream decodes beyond the limit
     */
    void check(int pageNumber, PDPage page) {
        Deque<COSBase> todo = new ArrayDeque<>();
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents != null) {
            todo.push(contents);
        }
        COSBase resources = page.getCOSObject().getDictionaryObject(COSName.RESOURCES);
        if (resources != null) {
            todo.push(resources);
        }
        int visited = 0;
        while (!todo.isEmpty()) {
            COSBase b = todo.pop();
            if (b instanceof COSObject o) {
                b = o.getObject();
            }
            if (b == null || !seen.add(b)) {
                continue;
            }
            if (++visited > 1_000_000) {
                throw new PdfReadException(PdfReadException.Reason.OVER_LIMIT, ProblemMessage.of(
                        "problem.pdf.tooManyObjects", file, pageNumber, 1_000_000), PdfSources.at(file, pageNumber), null);
            }
            if (b instanceof COSStream s) {
                if (!isImage(s)) {
                    checkStream(s, pageNumber);
                }
                // a stream's dictionary may lead to more (a form's resources, a font's streams)
                for (COSBase v : s.getValues()) {
                    todo.push(v);
                }
            } else if (b instanceof COSDictionary d) {
                if (COSName.PAGE.equals(d.getCOSName(COSName.TYPE)) || COSName.PAGES.equals(d.getCOSName(COSName.TYPE))) {
                    continue; // a link back into the page tree
                }
                for (COSBase v : d.getValues()) {
                    todo.push(v);
                }
            } else if (b instanceof COSArray a) {
                for (COSBase v : a) {
                    todo.push(v);
                }
            }
        }
    }

    private static boolean isImage(COSStream s) {
        if (COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
            return true;
        }
        COSBase f = s.getDictionaryObject(COSName.FILTER);
        if (f instanceof COSName n) {
            return IMAGE_FILTERS.contains(n);
        }
        if (f instanceof COSArray a) {
            for (COSBase x : a) {
                if (x instanceof COSName n && IMAGE_FILTERS.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkStream(COSStream s, int pageNumber) {
        long limit = limits.getMaxStreamBytes();
        try {
            List<Filter> filters = filters(s);
            if (filters.isEmpty()) {
                return; // stored as is: bounded by the file
            }
            if (isFlateOnly(s) && s.getLength() > 0
                    && s.getLength() * MAX_FLATE_RATIO <= limit) {
                return; // deflate expands at most 1032 times: too short to reach the limit
            }
            InputStream in = s.createRawInputStream();
            try {
                for (int i = 0; i < filters.size(); i++) {
                    if (i == filters.size() - 1) {
                        filters.get(i).decode(in, new Counter(limit, pageNumber), s, i);
                    } else {
                        Bounded buf = new Bounded(limit, pageNumber);
                        filters.get(i).decode(in, buf, s, i);
                        in.close();
                        in = new ByteArrayInputStream(buf.toByteArray());
                    }
                }
            } finally {
                in.close();
            }
        } catch (IOException e) {
            // a damaged stream: PDFBox's own handling decides (it skips what it cannot decode)
        }
    }

    private static boolean isFlateOnly(COSStream s) {
        COSBase f = s.getDictionaryObject(COSName.FILTER);
        if (f instanceof COSArray a && a.size() == 1) {
            f = a.getObject(0);
        }
        return COSName.FLATE_DECODE.equals(f) || COSName.FLATE_DECODE_ABBREVIATION.equals(f);
    }

    private static List<Filter> filters(COSStream s) throws IOException {
        COSBase f = s.getDictionaryObject(COSName.FILTER);
        List<Filter> out = new java.util.ArrayList<>();
        if (f instanceof COSName n) {
            out.add(FilterFactory.INSTANCE.getFilter(n));
        } else if (f instanceof COSArray a) {
            for (COSBase x : a) {
                if (x instanceof COSName n) {
                    out.add(FilterFactory.INSTANCE.getFilter(n));
                }
            }
        }
        return out;
    }

    private PdfReadException over(int pageNumber) {
        return new PdfReadException(PdfReadException.Reason.OVER_LIMIT, ProblemMessage.of("problem.pdf.streamTooLarge",
                file, pageNumber, limits.getMaxStreamBytes()), PdfSources.at(file, pageNumber), null);
    }

    /** Counts decoded bytes and throws at the limit. */
    private final class Counter extends OutputStream {
        private final long limit;
        private final int pageNumber;
        private long count;

        Counter(long limit, int pageNumber) {
            this.limit = limit;
            this.pageNumber = pageNumber;
        }

        @Override
        public void write(int b) {
            if (++count > limit) {
                throw over(pageNumber);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            if (count > limit) {
                throw over(pageNumber);
            }
        }
    }

    /** Keeps decoded bytes for the next filter, up to the limit. */
    private final class Bounded extends ByteArrayOutputStream {
        private final long limit;
        private final int pageNumber;

        Bounded(long limit, int pageNumber) {
            this.limit = limit;
            this.pageNumber = pageNumber;
        }

        @Override
        public synchronized void write(int b) {
            if (count + 1 > limit) {
                throw over(pageNumber);
            }
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (count + (long) len > limit) {
                throw over(pageNumber);
            }
            super.write(b, off, len);
        }
    }
}
