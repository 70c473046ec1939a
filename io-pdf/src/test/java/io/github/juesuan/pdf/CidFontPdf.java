package io.github.juesuan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Crafts PDFs whose text is shown in a composite (Type 0) font written as COS dictionaries, with no
 * font program and no {@code /ToUnicode} map: the glyph shapes do not matter to text extraction,
 * only the codes, the encoding CMap and the character collection do. The codes are what a producer
 * writes for each encoding: for Identity-H the Adobe-GB1 CID of the character (looked up in
 * fontbox's {@code UniGB-UCS2-H}), for {@code UniGB-UCS2-H} its UCS-2 code, for {@code GBK-EUC-H}
 * its GBK bytes.
 */
final class CidFontPdf {

    /** How the font encodes its text. */
    enum Encoding {
        /** Identity-H: two-byte codes equal to the CIDs. */
        IDENTITY_H("Identity-H"),
        /** The predefined CMap from UCS-2 to Adobe-GB1. */
        UNIGB_UCS2_H("UniGB-UCS2-H"),
        /** The predefined CMap from GBK (EUC) to Adobe-GB1. */
        GBK_EUC_H("GBK-EUC-H"),
        /**
         * An embedded CMap stream: two-byte codes equal to the CIDs, the stream naming Adobe-GB1 in
         * its own {@code /CIDSystemInfo}.
         */
        EMBEDDED_GB1_CMAP("Juesuan-GB1-Identity-H"),
        /**
         * An embedded CMap stream as {@link #EMBEDDED_GB1_CMAP}, but naming the collection only in
         * the stream's dictionary (its program declares {@code /CIDSystemInfo} as an inline
         * dictionary, which fontbox's CMap parser skips).
         */
        EMBEDDED_GB1_CMAP_DICTIONARY_ONLY("Juesuan-GB1-Identity-H");

        private final String cmapName;

        Encoding(String cmapName) {
            this.cmapName = cmapName;
        }
    }

    /**
     * The font.
     *
     * @param encoding its encoding
     * @param registry the descendant's CIDSystemInfo registry, or null for no CIDSystemInfo
     * @param ordering its ordering
     * @param supplement its supplement, or null for none
     * @param fullWidthEm whether full-width forms (０ … ％) advance a whole em (else half, as ASCII)
     */
    record Font(Encoding encoding, String registry, String ordering, Integer supplement, boolean fullWidthEm) {

        static Font of(Encoding encoding, Integer supplement) {
            return new Font(encoding, "Adobe", "GB1", supplement, true);
        }
    }

    /** A text shown at a point, in PDF user space (from the bottom left). */
    record Text(String text, float x, float y) {
    }

    private static final CMap UNI_TO_GB1 = parse("UniGB-UCS2-H");
    private static final CMap GBK_TO_GB1 = parse("GBK-EUC-H");
    private static final Charset GBK = Charset.forName("GBK");

    private CidFontPdf() {
    }

    private static CMap parse(String name) {
        try {
            return new CMapParser().parsePredefined(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Adobe-GB1 CID of a character.
     *
     * @param c the character
     * @return its CID
     */
    static int cid(char c) {
        int cid = UNI_TO_GB1.toCID(c);
        if (cid == 0) {
            throw new IllegalArgumentException("no Adobe-GB1 CID for U+" + Integer.toHexString(c));
        }
        return cid;
    }

    /**
     * The codes a producer writes for a text in an encoding.
     *
     * @param text the text
     * @param encoding the encoding
     * @return the bytes of the string operand
     */
    static byte[] encode(String text, Encoding encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (encoding) {
            case IDENTITY_H, EMBEDDED_GB1_CMAP, EMBEDDED_GB1_CMAP_DICTIONARY_ONLY -> text.chars().forEach(c -> {
                int cid = cid((char) c);
                out.write(cid >> 8);
                out.write(cid & 0xFF);
            });
            case UNIGB_UCS2_H -> text.chars().forEach(c -> {
                out.write(c >> 8);
                out.write(c & 0xFF);
            });
            case GBK_EUC_H -> out.writeBytes(text.getBytes(GBK));
            default -> throw new IllegalArgumentException(encoding.toString());
        }
        return out.toByteArray();
    }

    /** The CID a code of the encoding selects (for the widths array). */
    private static List<Integer> cids(String text, Encoding encoding) {
        List<Integer> out = new ArrayList<>();
        for (char c : text.toCharArray()) {
            out.add(encoding == Encoding.GBK_EUC_H ? gbkCid(c) : cid(c));
        }
        return out;
    }

    private static int gbkCid(char c) {
        byte[] b = String.valueOf(c).getBytes(GBK);
        return b.length == 1 ? GBK_TO_GB1.toCID(b[0] & 0xFF) : GBK_TO_GB1.toCID(((b[0] & 0xFF) << 8) | (b[1] & 0xFF));
    }

    /**
     * Renders one page.
     *
     * @param font the font
     * @param fontSize the size
     * @param mediaBox the page's media box
     * @param cropBox the page's crop box, or null for the media box
     * @param texts what to show
     * @return the PDF's bytes
     */
    static byte[] page(Font font, float fontSize, PDRectangle mediaBox, PDRectangle cropBox, List<Text> texts) {
        return pages(font, fontSize, mediaBox, cropBox, List.of(texts));
    }

    /**
     * Renders pages.
     *
     * @param font the font
     * @param fontSize the size
     * @param mediaBox every page's media box
     * @param cropBox every page's crop box, or null for the media box
     * @param pages what to show on each page
     * @return the PDF's bytes
     */
    static byte[] pages(Font font, float fontSize, PDRectangle mediaBox, PDRectangle cropBox, List<List<Text>> pages) {
        try (PDDocument doc = new PDDocument()) {
            StringBuilder all = new StringBuilder();
            pages.forEach(p -> p.forEach(t -> all.append(t.text())));
            COSDictionary type0 = type0(doc, font, all.toString());
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(mediaBox);
                if (cropBox != null) {
                    page.setCropBox(cropBox);
                }
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, dict(COSName.getPDFName("F1"), type0));
                page.setResources(resources);
                PDStream content = new PDStream(doc);
                try (OutputStream out = content.createOutputStream()) {
                    HexFormat hex = HexFormat.of();
                    for (Text t : texts) {
                        String ops = String.format(java.util.Locale.ROOT, "BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET%n",
                                fontSize, t.x(), t.y(), hex.formatHex(encode(t.text(), font.encoding())));
                        out.write(ops.getBytes(StandardCharsets.US_ASCII));
                    }
                }
                page.setContents(content);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static COSDictionary type0(PDDocument doc, Font font, String allText) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, ints(-25, -254, 1000, 880));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        if (font.registry() != null) {
            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, font.registry());
            info.setString(COSName.ORDERING, font.ordering());
            if (font.supplement() != null) {
                info.setInt(COSName.SUPPLEMENT, font.supplement());
            }
            cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        }
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        // half an em for ASCII (and full-width forms unless they advance a whole em)
        TreeMap<Integer, Integer> widths = new TreeMap<>();
        for (int i = 0; i < allText.length(); i++) {
            char c = allText.charAt(i);
            boolean fullWidth = c >= '\uFF01' && c <= '\uFF5E';
            if (c < 0x80 || fullWidth && !font.fullWidthEm()) {
                widths.put(cids(String.valueOf(c), font.encoding()).get(0), 500);
            }
        }
        COSArray w = new COSArray();
        widths.forEach((cid, width) -> {
            w.add(COSInteger.get(cid));
            w.add(ints(width));
        });
        cidFont.setItem(COSName.W, w);

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "STSong-Light-" + font.encoding().cmapName);
        type0.setItem(COSName.ENCODING, font.encoding() == Encoding.EMBEDDED_GB1_CMAP ? embeddedCMap(doc, true)
                : font.encoding() == Encoding.EMBEDDED_GB1_CMAP_DICTIONARY_ONLY ? embeddedCMap(doc, false)
                : COSName.getPDFName(font.encoding().cmapName));
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        return type0;
    }

    /** A CMap stream mapping two-byte codes to the same CIDs of Adobe-GB1. */
    private static COSStream embeddedCMap(PDDocument doc, boolean asAdobeWritesIt) throws IOException {
        String info = asAdobeWritesIt ? """
                /CIDSystemInfo 3 dict dup begin
                  /Registry (Adobe) def
                  /Ordering (GB1) def
                  /Supplement 2 def
                end def
                """ : "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> def\n";
        String cmap = """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                """ + info + """
                /CMapName /Juesuan-GB1-Identity-H def
                /CMapType 1 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                1 begincidrange
                <0000> <FFFF> 0
                endcidrange
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """;
        COSStream s = doc.getDocument().createCOSStream();
        s.setItem(COSName.TYPE, COSName.CMAP);
        s.setName(COSName.CMAPNAME, "Juesuan-GB1-Identity-H");
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.REGISTRY, new COSString("Adobe"));
        dict.setItem(COSName.ORDERING, new COSString("GB1"));
        dict.setInt(COSName.SUPPLEMENT, 2);
        s.setItem(COSName.CIDSYSTEMINFO, dict);
        try (OutputStream out = s.createOutputStream()) {
            out.write(cmap.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    private static COSArray ints(int... values) {
        COSArray a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }

    private static COSDictionary dict(COSName key, COSBase value) {
        COSDictionary d = new COSDictionary();
        d.setItem(key, value);
        return d;
    }
}
