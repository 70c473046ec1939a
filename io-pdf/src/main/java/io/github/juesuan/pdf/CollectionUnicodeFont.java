package io.github.juesuan.pdf;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A composite (Type 0) font read again with a Unicode map for the CIDs of its character collection
 * (Adobe-GB1, and the other Adobe CJK collections), for the glyphs PDFBox leaves without one.
 *
 * <p>PDFBox 3.0.8 maps a composite font's glyphs to Unicode through its {@code /ToUnicode} map and,
 * failing that, through the collection's {@code Adobe-<ordering>-UCS2} CMap (fontbox bundles the
 * Adobe CMaps) only when the font's encoding is a predefined CMap other than Identity-H/V
 * ({@code UniGB-UCS2-H}, {@code GBK-EUC-H}: the non-embedded STSong-Light style), or when the
 * descendant font's {@code /CIDSystemInfo} names an Adobe CJK collection <em>with a supplement
 * fontbox has a CMap for</em> (it looks up {@code Adobe-GB1-<supplement>} first). A font whose
 * {@code /CIDSystemInfo} has no {@code /Supplement}, or one fontbox does not ship, and a font
 * whose encoding is an embedded CMap stream naming the collection (in its program, or only in the
 * stream's dictionary) while the descendant names none, get no Unicode, and PDFBox's text stripper silently drops their glyphs
 * (it does not coerce a composite font's codes, as Acrobat does not). This font gives those
 * glyphs the Unicode of their CID in the collection; every other glyph is mapped as PDFBox maps it.
 *
 * <p>The collection's UCS2 CMaps are parsed once per process and shared (they are read only).
 */
final class CollectionUnicodeFont extends PDType0Font {

    /** The Adobe CJK character collections whose CIDs fontbox can map to Unicode. */
    private static final Set<String> ORDERINGS = Set.of("GB1", "CNS1", "Japan1", "Korea1");

    private static final Map<String, Optional<CMap>> UCS2 = new ConcurrentHashMap<>();

    private final CMap ucs2;

    private CollectionUnicodeFont(PDType0Font font, CMap ucs2) throws IOException {
        super(font.getCOSObject());
        this.ucs2 = ucs2;
    }

    /**
     * Gets the font to decode a composite font's glyphs with.
     *
     * @param font the font as PDFBox loaded it
     * @return a font that maps the collection's CIDs where PDFBox maps nothing, or the font itself
     *     when PDFBox already has the collection's map (or the font names no collection)
     * @throws IOException if the font cannot be read again
     */
    static PDFont of(PDType0Font font) throws IOException {
        if (font.getCMapUCS2() != null) {
            return font;
        }
        String ordering = ordering(font);
        if (ordering == null) {
            return font;
        }
        Optional<CMap> ucs2 = UCS2.computeIfAbsent(ordering, CollectionUnicodeFont::parse);
        return ucs2.isPresent() ? new CollectionUnicodeFont(font, ucs2.get()) : font;
    }

    /**
     * The font's Adobe CJK collection: from its descendant's CIDSystemInfo, else from its encoding
     * CMap's program, else from the CIDSystemInfo of the CMap stream's dictionary.
     */
    static String ordering(PDType0Font font) {
        PDCIDSystemInfo info = font.getDescendantFont().getCIDSystemInfo();
        String ordering = info == null ? null : collection(info.getRegistry(), info.getOrdering());
        if (ordering == null && font.getCMap() != null) {
            ordering = collection(font.getCMap().getRegistry(), font.getCMap().getOrdering());
        }
        if (ordering == null && font.getCOSObject().getDictionaryObject(COSName.ENCODING) instanceof COSStream cmap
                && cmap.getDictionaryObject(COSName.CIDSYSTEMINFO) instanceof COSDictionary d) {
            ordering = collection(d.getString(COSName.REGISTRY), d.getString(COSName.ORDERING));
        }
        return ordering;
    }

    private static String collection(String registry, String ordering) {
        if (registry == null || ordering == null || !registry.strip().equalsIgnoreCase("Adobe")) {
            return null;
        }
        String o = ordering.strip();
        for (String known : ORDERINGS) {
            if (known.toLowerCase(Locale.ROOT).equals(o.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        return null;
    }

    private static Optional<CMap> parse(String ordering) {
        try {
            return Optional.of(new CMapParser().parsePredefined("Adobe-" + ordering + "-UCS2"));
        } catch (IOException e) {
            // fontbox ships these CMaps; without one the glyphs stay unmapped, as PDFBox leaves them
            return Optional.empty();
        }
    }

    @Override
    public String toUnicode(int code) {
        String unicode = super.toUnicode(code);
        return unicode != null ? unicode : ucs2.toUnicode(codeToCID(code));
    }
}
