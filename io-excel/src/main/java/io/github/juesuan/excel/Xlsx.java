package io.github.juesuan.excel;

import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.SourceLocation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an xlsx file into {@link GridSheet}s with the JDK's own zip and StAX, guarded: every zip
 * entry is inflated through a counter that stops at the entry size limit and at the expansion
 * ratio limit (zip bombs), the XML parser accepts no document type declaration (so no external
 * entities and no entity expansion), and rows, cells and strings are counted against
 * {@link ExcelLimits}.
 */
final class Xlsx {

    private static final XMLInputFactory XML = configure(XMLInputFactory.newFactory());
    /**
     * The JDK factory's own property that makes it reset and reuse its last reader once that was
     * closed, instead of building a new one (scanner, entity manager, buffers) for every part.
     */
    private static final String REUSE_INSTANCE = "reuse-instance";
    /**
     * Whether the factory is the JDK's own, which reuses closed readers: each read then has a
     * factory of its own (not shared between threads) that reuses one reader for all its parts.
     */
    private static final boolean REUSE_READERS = XML.getClass() == XMLInputFactory.newDefaultFactory().getClass()
            && XML.isPropertySupported(REUSE_INSTANCE);
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] CFB_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    private final ExcelLimits limits;
    private final String fileName;
    /** The factory of this read's XML readers. */
    private final XMLInputFactory xml;
    private int cells;

    private Xlsx(ExcelLimits limits, String fileName) {
        this.limits = limits;
        this.fileName = fileName;
        if (REUSE_READERS) {
            xml = configure(XMLInputFactory.newDefaultFactory());
            xml.setProperty(REUSE_INSTANCE, Boolean.TRUE);
        } else {
            xml = XML;
        }
    }

    /** Sets the guarded reading: no DTD, no external entities; namespaces; text in one event. */
    private static XMLInputFactory configure(XMLInputFactory f) {
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** What a file's first bytes say it is. */
    enum FileKind {
        ZIP, CFB, OTHER
    }

    static FileKind sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 8);
        }
        if (n >= 4 && startsWith(head, ZIP_MAGIC)) {
            return FileKind.ZIP;
        }
        if (n == 8 && startsWith(head, CFB_MAGIC)) {
            return FileKind.CFB;
        }
        return FileKind.OTHER;
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether an OLE2 compound file is an encrypted OOXML package (it holds a stream named
     * {@code EncryptedPackage}) rather than a BIFF .xls workbook.
     */
    static boolean isEncryptedPackage(Path file) throws IOException {
        byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        byte[] buf = new byte[1 << 16];
        byte[] carry = new byte[0];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                byte[] window = new byte[carry.length + n];
                System.arraycopy(carry, 0, window, 0, carry.length);
                System.arraycopy(buf, 0, window, carry.length, n);
                if (indexOf(window, name) >= 0) {
                    return true;
                }
                int keep = Math.min(window.length, name.length);
                carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Reads the sheets of an xlsx file, in workbook order.
     *
     * @param file the file, already known to start like a zip
     * @param fileName the name for messages
     * @param limits the limits
     * @return the sheets
     */
    static List<GridSheet> read(Path file, String fileName, ExcelLimits limits) {
        return new Xlsx(limits, fileName).readAll(file);
    }

    private List<GridSheet> readAll(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Map<String, ZipEntry> entries = new HashMap<>();
            try {
                Enumeration<? extends ZipEntry> en = zip.entries();
                while (en.hasMoreElements()) {
                    ZipEntry e = en.nextElement();
                    if (entries.size() >= limits.getMaxEntries()) {
                        throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyEntries", fileName,
                                limits.getMaxEntries()));
                    }
                    entries.put(e.getName(), e);
                }
            } catch (IllegalArgumentException e) { // ZipFile decodes names as it lists them
                throw new ExcelReadException(ProblemMessage.of("problem.excel.entryNameNotUtf8", fileName,
                        String.valueOf(e.getMessage())), e);
            }
            String workbookPath = "xl/workbook.xml";
            if (entries.containsKey("_rels/.rels")) {
                for (String[] rel : rels(zip, entries.get("_rels/.rels"))) {
                    if (rel[1].endsWith("/officeDocument")) {
                        workbookPath = resolve("", rel[2]);
                    }
                }
            }
            ZipEntry wbEntry = entries.get(workbookPath);
            if (wbEntry == null) {
                throw new ExcelReadException(ProblemMessage.of("problem.excel.noWorkbookPart", fileName, workbookPath));
            }
            String base = workbookPath.contains("/") ? workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1)
                    : "";
            String relsPath = base + "_rels/" + workbookPath.substring(base.length()) + ".rels";
            Map<String, String> targets = new HashMap<>();
            String sharedPath = base + "sharedStrings.xml";
            String stylesPath = base + "styles.xml";
            if (entries.containsKey(relsPath)) {
                for (String[] rel : rels(zip, entries.get(relsPath))) {
                    String target = resolve(base, rel[2]);
                    targets.put(rel[0], target);
                    if (rel[1].endsWith("/sharedStrings")) {
                        sharedPath = target;
                    } else if (rel[1].endsWith("/styles")) {
                        stylesPath = target;
                    }
                }
            }
            LinkedHashMap<String, String> sheets = sheetsOf(zip, wbEntry, targets);
            SharedStrings shared = entries.containsKey(sharedPath) ? sharedStrings(zip, entries.get(sharedPath))
                    : new SharedStrings();
            int[] decimalsByStyle = entries.containsKey(stylesPath) ? styles(zip, entries.get(stylesPath))
                    : new int[0];
            List<GridSheet> out = new ArrayList<>();
            for (Map.Entry<String, String> s : sheets.entrySet()) {
                ZipEntry e = entries.get(s.getValue());
                if (e == null) {
                    throw new ExcelReadException(ProblemMessage.of("problem.excel.sheetPartMissing", fileName, s.getKey(),
                            s.getValue()));
                }
                out.add(sheet(zip, e, s.getKey(), shared, decimalsByStyle));
            }
            return out;
        } catch (ZipException e) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.corruptZip", fileName, String.valueOf(e.getMessage())),
                    e);
        } catch (IOException e) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.cannotRead", fileName, String.valueOf(e.getMessage())),
                    e);
        }
    }

    private static String resolve(String base, String target) {
        String t = target.startsWith("/") ? target.substring(1) : base + target;
        // fold "a/../b"
        List<String> parts = new ArrayList<>();
        for (String p : t.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.equals(".") && !p.isEmpty()) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    // ------------------------------------------------------------------ guarded entries and XML

    private InputStream open(ZipFile zip, ZipEntry e) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        long declared = e.getSize();
        String part = fileName + "!" + e.getName();
        if (declared > limits.getMaxEntryBytes()) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.entryDeclaredTooLarge", part, declared,
                    limits.getMaxEntryBytes()));
        }
        if (declared > (1 << 20) && declared / compressed > limits.getMaxExpansionRatio()) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.entryDeclaredRatio", part, declared / compressed,
                    limits.getMaxExpansionRatio()));
        }
        return new GuardedStream(zip.getInputStream(e), part, compressed, limits);
    }

    /** Counts inflated bytes and stops at the size and ratio limits, whatever the entry declares. */
    private static final class GuardedStream extends FilterInputStream {
        private final String part;
        private final long compressed;
        private final ExcelLimits limits;
        private long count;

        GuardedStream(InputStream in, String part, long compressed, ExcelLimits limits) {
            super(in);
            this.part = part;
            this.compressed = compressed;
            this.limits = limits;
        }

        private void add(long n) {
            if (n <= 0) {
                return;
            }
            count += n;
            if (count > limits.getMaxEntryBytes()) {
                throw new ExcelReadException(ProblemMessage.of("problem.excel.entryTooLarge", part, limits.getMaxEntryBytes()));
            }
            if (count > (1 << 20) && count / compressed > limits.getMaxExpansionRatio()) {
                throw new ExcelReadException(ProblemMessage.of("problem.excel.entryRatio", part, limits.getMaxExpansionRatio(),
                        compressed));
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }
    }

    private XMLStreamReader xml(InputStream in, String part) {
        try {
            return xml.createXMLStreamReader(in);
        } catch (XMLStreamException | RuntimeException e) {
            rethrowOwn(e);
            throw new ExcelReadException(ProblemMessage.of("problem.excel.xmlMalformed", fileName + "!" + part,
                    String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Closes a reader read to its end (the stream is closed by its owner), so that the factory may
     * reuse it for the next part.
     */
    private static void done(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing is left to read; the next part gets a new reader
        }
    }

    private boolean hasNext(XMLStreamReader r) {
        try {
            return r.hasNext();
        } catch (XMLStreamException | RuntimeException e) {
            rethrowOwn(e);
            throw new ExcelReadException(ProblemMessage.of("problem.excel.xmlMalformedSomewhere", fileName,
                    String.valueOf(e.getMessage())), e);
        }
    }

    private int next(XMLStreamReader r, String part) {
        try {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ExcelReadException(ProblemMessage.of("problem.excel.xmlDoctype", fileName + "!" + part));
            }
            return ev;
        } catch (XMLStreamException | RuntimeException e) {
            rethrowOwn(e);
            ExcelReadException inner = guardFailure(e);
            if (inner != null) {
                throw inner;
            }
            throw new ExcelReadException(ProblemMessage.of("problem.excel.xmlHostile", fileName + "!" + part,
                    String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Lets the reader's own failures through. Anything else the JDK's XML parser throws on hostile
     * bytes is a malformed part too: besides {@link XMLStreamException} it may fail while
     * formatting its own error message (a {@code MissingResourceException} for a character it
     * reports in a DTD), and the caller wraps it as such.
     */
    private static void rethrowOwn(Exception e) {
        if (e instanceof ExcelReadException) {
            throw (ExcelReadException) e;
        }
    }

    /** A limit hit inside the parser's read may come back wrapped. */
    private static ExcelReadException guardFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExcelReadException) {
                return (ExcelReadException) t;
            }
            if (t instanceof XMLStreamException && ((XMLStreamException) t).getNestedException() instanceof ExcelReadException) {
                return (ExcelReadException) ((XMLStreamException) t).getNestedException();
            }
        }
        return null;
    }

    private List<String[]> rels(ZipFile zip, ZipEntry e) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = open(zip, e)) {
            XMLStreamReader r = xml(in, e.getName());
            while (hasNext(r)) {
                if (next(r, e.getName()) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    out.add(new String[] {attr(r, "Id"), attr(r, "Type"), attr(r, "Target")});
                }
            }
            done(r);
        }
        return out;
    }

    private LinkedHashMap<String, String> sheetsOf(ZipFile zip, ZipEntry e, Map<String, String> targets)
            throws IOException {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        try (InputStream in = open(zip, e)) {
            XMLStreamReader r = xml(in, e.getName());
            int index = 1;
            while (hasNext(r)) {
                if (next(r, e.getName()) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String name = attr(r, "name");
                    String id = r.getAttributeValue(REL_NS, "id");
                    String target = id == null ? null : targets.get(id);
                    out.put(name, target != null ? target : "xl/worksheets/sheet" + index + ".xml");
                    index++;
                }
            }
            done(r);
        }
        return out;
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /**
     * The shared strings of a workbook, each with the first character of its normalised text
     * ({@link GridCell#normalisedFirst()}), found while the string is at hand rather than once per
     * cell that shows it.
     */
    private static final class SharedStrings {
        final List<String> texts = new ArrayList<>();
        private int[] firsts = new int[64];

        void add(CharSequence text) {
            if (texts.size() == firsts.length) {
                firsts = java.util.Arrays.copyOf(firsts, firsts.length * 2);
            }
            firsts[texts.size()] = GridCell.normalisedFirst(text);
            texts.add(text.toString());
        }

        int size() {
            return texts.size();
        }

        String text(int i) {
            return texts.get(i);
        }

        int first(int i) {
            return firsts[i];
        }
    }

    private SharedStrings sharedStrings(ZipFile zip, ZipEntry e) throws IOException {
        SharedStrings out = new SharedStrings();
        try (InputStream in = open(zip, e)) {
            XMLStreamReader r = xml(in, e.getName());
            // the text of the current <si>, reused from string to string; null outside <si>
            StringBuilder text = new StringBuilder();
            StringBuilder b = null;
            boolean inT = false;
            int phonetic = 0;
            while (hasNext(r)) {
                int ev = next(r, e.getName());
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("si")) {
                        b = text;
                        b.setLength(0);
                    } else if (n.equals("rPh")) {
                        phonetic++;
                    } else if (n.equals("t") && phonetic == 0) {
                        inT = true;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("si") && b != null) {
                        if (out.size() >= limits.getMaxCells()) {
                            throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyStrings",
                                    fileName + "!" + e.getName(), limits.getMaxCells()));
                        }
                        out.add(b);
                        b = null;
                    } else if (n.equals("rPh")) {
                        phonetic--;
                    } else if (n.equals("t")) {
                        inT = false;
                    }
                } else if (inT && b != null && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    int index = out.size();
                    appendLimited(b, r, () -> e.getName() + " string " + index);
                }
            }
            done(r);
        }
        return out;
    }

    /** Appends the text of the current event, failing beyond the string limit; where is built only then. */
    private void appendLimited(StringBuilder b, XMLStreamReader r, java.util.function.Supplier<String> where) {
        if (b.length() + r.getTextLength() > limits.getMaxStringChars()) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.stringTooLong", fileName + "!" + where.get(),
                    limits.getMaxStringChars()));
        }
        b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    /** @return the decimals shown by each cell style (cellXfs index), -1 for general or unknown */
    private int[] styles(ZipFile zip, ZipEntry e) throws IOException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        try (InputStream in = open(zip, e)) {
            XMLStreamReader r = xml(in, e.getName());
            boolean inCellXfs = false;
            while (hasNext(r)) {
                int ev = next(r, e.getName());
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("numFmt")) {
                        try {
                            formats.put(Integer.parseInt(attr(r, "numFmtId")), attr(r, "formatCode"));
                        } catch (NumberFormatException ignored) {
                            // a malformed id only loses the decimals hint
                        }
                    } else if (n.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (n.equals("xf") && inCellXfs) {
                        int id;
                        try {
                            id = Integer.parseInt(attr(r, "numFmtId"));
                        } catch (NumberFormatException ex) {
                            id = 0;
                        }
                        xfs.add(id);
                        if (xfs.size() > 1_000_000) {
                            throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyStyles", fileName + "!" + e.getName()));
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            done(r);
        }
        int[] out = new int[xfs.size()];
        // many styles share a number format: each format's decimals found once
        Map<Integer, Integer> decimalsById = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = decimalsById.computeIfAbsent(xfs.get(i), id -> decimalsOf(id, formats.get(id)));
        }
        return out;
    }

    /** A quoted literal in a number format, such as {@code "万元"}. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    /** A bracketed part of a number format, such as {@code [Red]} or {@code [$-804]}. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^]]*]");
    /** A number format with a digit placeholder. */
    private static final Pattern DIGIT_PLACEHOLDER = Pattern.compile(".*[0#?].*");

    static int decimalsOf(int id, String code) {
        if (code == null) {
            switch (id) {
                case 1:
                case 3:
                case 9:
                case 37:
                case 38:
                    return 0;
                case 2:
                case 4:
                case 10:
                case 39:
                case 40:
                    return 2;
                default:
                    return -1;
            }
        }
        String first = BRACKETED.matcher(QUOTED.matcher(code.split(";", -1)[0]).replaceAll("")).replaceAll("");
        if (first.isEmpty() || first.equalsIgnoreCase("General") || first.equals("@")) {
            return -1;
        }
        int dot = first.indexOf('.');
        if (dot < 0) {
            return DIGIT_PLACEHOLDER.matcher(first).matches() ? 0 : -1;
        }
        int n = 0;
        for (int i = dot + 1; i < first.length() && "0#?".indexOf(first.charAt(i)) >= 0; i++) {
            n++;
        }
        return n;
    }

    private GridSheet sheet(ZipFile zip, ZipEntry e, String name, SharedStrings shared, int[] decimalsByStyle)
            throws IOException {
        GridSheet sheet = new GridSheet(name);
        String part = e.getName() + " (sheet " + name + ")";
        try (InputStream in = open(zip, e)) {
            XMLStreamReader r = xml(in, part);
            int rowIndex = -1;
            int rows = 0;
            int colIndex = -1;
            // the current cell
            String type = null;
            int style = -1;
            boolean formula = false;
            // the text of the cell's <v> and <is>, reused from cell to cell; has*: the element was present
            StringBuilder value = new StringBuilder();
            StringBuilder inline = new StringBuilder();
            boolean hasValue = false;
            boolean hasInline = false;
            boolean inV = false;
            boolean inIs = false;
            boolean inT = false;
            while (hasNext(r)) {
                int ev = next(r, part);
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    switch (n) {
                        case "row":
                            rows++;
                            if (rows > limits.getMaxRows()) {
                                throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyRows", fileName, name,
                                        limits.getMaxRows()));
                            }
                            String rr = attr(r, "r");
                            rowIndex = rr.isEmpty() ? rowIndex + 1 : parseInt(rr, part) - 1;
                            if (rowIndex < 0) {
                                throw new ExcelReadException(ProblemMessage.of("problem.excel.rowNumberedBelowOne", fileName, name,
                                        io.github.juesuan.internal.Text.quote(rr)));
                            }
                            if (rowIndex >= limits.getMaxRows()) {
                                throw new ExcelReadException(ProblemMessage.of("problem.excel.rowBeyondLimit", fileName, name, rr,
                                        limits.getMaxRows()));
                            }
                            colIndex = -1;
                            break;
                        case "c":
                            // the three attributes read in one pass over the element's attributes
                            String ref = null;
                            String s = null;
                            type = null;
                            for (int i = 0, count = r.getAttributeCount(); i < count; i++) {
                                String a = r.getAttributeLocalName(i);
                                if (a.length() != 1) {
                                    continue;
                                }
                                switch (a.charAt(0)) {
                                    case 'r':
                                        ref = ref == null ? r.getAttributeValue(i) : ref;
                                        break;
                                    case 't':
                                        type = type == null ? r.getAttributeValue(i) : type;
                                        break;
                                    case 's':
                                        s = s == null ? r.getAttributeValue(i) : s;
                                        break;
                                    default:
                                        break;
                                }
                            }
                            type = type == null ? "" : type;
                            style = s == null || s.isEmpty() ? -1 : styleIndex(s, part);
                            formula = false;
                            hasValue = false;
                            hasInline = false;
                            colIndex = ref == null || ref.isEmpty() ? colIndex + 1 : column(ref, part);
                            break;
                        case "f":
                            formula = true;
                            break;
                        case "v":
                            inV = true;
                            hasValue = true;
                            value.setLength(0);
                            break;
                        case "is":
                            inIs = true;
                            hasInline = true;
                            inline.setLength(0);
                            break;
                        case "t":
                            inT = inIs;
                            break;
                        case "mergeCell":
                            int[] m = range(attr(r, "ref"), part);
                            if (m != null) {
                                cells += sheet.merge(m[0], m[1], m[2], m[3]);
                                if (cells > limits.getMaxCells()) {
                                    throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyCellsMerged", fileName,
                                            limits.getMaxCells()));
                                }
                            }
                            break;
                        default:
                            break;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    switch (n) {
                        case "v":
                            inV = false;
                            break;
                        case "t":
                            inT = false;
                            break;
                        case "is":
                            inIs = false;
                            break;
                        case "c":
                            if (rowIndex < 0) {
                                throw new ExcelReadException(ProblemMessage.of("problem.excel.cellBeforeRow", fileName, name));
                            }
                            GridCell c = cell(rowIndex, colIndex, type, style, formula, hasValue ? value : null,
                                    hasInline ? inline : null, shared, decimalsByStyle, name);
                            if (c != null) {
                                if (++cells > limits.getMaxCells()) {
                                    throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyCells", fileName,
                                            limits.getMaxCells()));
                                }
                                sheet.put(c);
                            }
                            break;
                        default:
                            break;
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    if (inV) {
                        int row = rowIndex;
                        int col = colIndex;
                        appendLimited(value, r, () -> part + " cell " + Layout.ref(row, col));
                    } else if (inT) {
                        int row = rowIndex;
                        int col = colIndex;
                        appendLimited(inline, r, () -> part + " cell " + Layout.ref(row, col));
                    }
                }
            }
            done(r);
        }
        return sheet;
    }

    private GridCell cell(int row, int col, String type, int style, boolean formula, StringBuilder value,
            StringBuilder inline, SharedStrings shared, int[] decimalsByStyle, String sheetName) {
        int decimals = style >= 0 && style < decimalsByStyle.length ? decimalsByStyle[style] : -1;
        switch (typeCode(type)) {
            case 's':
                if (value == null) {
                    return null;
                }
                int i = sharedIndex(value, sheetName);
                if (i < 0 || i >= shared.size()) {
                    throw new ExcelReadException(ProblemMessage.of("problem.excel.sharedStringMissing", fileName, sheetName,
                            Layout.ref(row, col), i),
                            SourceLocation.ofFile(fileName).withCell(sheetName, Layout.ref(row, col)), null);
                }
                String text = shared.text(i);
                return text.isEmpty() ? null
                        : new GridCell(row, col, GridCell.Kind.TEXT, text, decimals, shared.first(i));
            case 'I':
                if (inline == null || inline.length() == 0) {
                    return null;
                }
                return new GridCell(row, col, GridCell.Kind.TEXT, inline.toString(), decimals);
            case 'S':
            case 'd':
                if (value == null) {
                    return formula ? new GridCell(row, col, GridCell.Kind.FORMULA_WITHOUT_VALUE, "", decimals) : null;
                }
                return value.length() == 0 ? null : new GridCell(row, col, GridCell.Kind.TEXT, value.toString(), decimals);
            case 'b':
                return value == null ? null : new GridCell(row, col, GridCell.Kind.BOOLEAN, value.toString(), decimals);
            case 'e':
                return new GridCell(row, col, GridCell.Kind.ERROR, value == null ? "#ERROR" : value.toString(), decimals);
            default:
                if (value == null || value.length() == 0) {
                    return formula ? new GridCell(row, col, GridCell.Kind.FORMULA_WITHOUT_VALUE, "", decimals) : null;
                }
                return new GridCell(row, col, GridCell.Kind.NUMBER, value.toString().strip(), decimals);
        }
    }

    /**
     * Gets a cell's type ({@code t}) as one character without hashing the string: the type itself
     * for the one-letter types, {@code 'S'} for {@code str}, {@code 'I'} for {@code inlineStr}, and
     * {@code 'n'} (a number) for no type or one this reader does not know.
     */
    private static char typeCode(String t) {
        switch (t.length()) {
            case 1:
                return t.charAt(0);
            case 3:
                return t.equals("str") ? 'S' : 'n';
            case 9:
                return t.equals("inlineStr") ? 'I' : 'n';
            default:
                return 'n';
        }
    }

    /**
     * Parses the index of a shared string from a cell's {@code <v>} without making a string of it:
     * ASCII digits, white space around them allowed; anything else goes through
     * {@link #parseInt(String, String)}, which names the bad value.
     */
    private int sharedIndex(StringBuilder v, String part) {
        int from = 0;
        int to = v.length();
        while (from < to && Character.isWhitespace(v.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(v.charAt(to - 1))) {
            to--;
        }
        int n = digits(v, from, to);
        return n >= 0 ? n : parseInt(v.toString().strip(), part);
    }

    /** Parses a style index ({@code s="12"}): the fast path of {@link #parseInt(String, String)}. */
    private int styleIndex(String s, String part) {
        int n = digits(s, 0, s.length());
        return n >= 0 ? n : parseInt(s, part);
    }

    /** @return the value of 1 to 9 ASCII digits in {@code [from, to)}, -1 for anything else */
    static int digits(CharSequence v, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    private int parseInt(String s, String part) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.notWholeNumber", fileName + "!" + part,
                    io.github.juesuan.internal.Text.quote(s)));
        }
    }

    /** @return the zero-based column of a reference such as {@code "AB12"} */
    private int column(String ref, String part) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && isAsciiLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (c > 16_384) {
                break;
            }
        }
        if (i == 0 || c > 16_384) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.notCellRef", fileName + "!" + part,
                    io.github.juesuan.internal.Text.quote(ref)));
        }
        return c - 1;
    }

    private static boolean isAsciiLetter(char ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z';
    }

    /** @return the zero-based row of a reference such as {@code "AB12"}: 1 to the row limit */
    private int row(String ref, String part) {
        int i = 0;
        while (i < ref.length() && isAsciiLetter(ref.charAt(i))) {
            i++;
        }
        int r = parseInt(ref.substring(i), part) - 1;
        if (r < 0 || r >= limits.getMaxRows()) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.cellRefBeyondRows", fileName + "!" + part,
                    io.github.juesuan.internal.Text.quote(ref), limits.getMaxRows()));
        }
        return r;
    }

    private int[] range(String ref, String part) {
        String[] ab = ref.split(":");
        if (ab.length != 2 || ab[0].isEmpty() || ab[1].isEmpty()) {
            return null;
        }
        return new int[] {row(ab[0], part), column(ab[0], part), row(ab[1], part), column(ab[1], part)};
    }
}
