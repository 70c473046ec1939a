package io.github.juesuan.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes each worksheet's {@code <dimension ref>} as the range its cells use. The streaming writer
 * (fastexcel) writes {@code A1} before it knows the rows, and read-only readers that trust the
 * dimension (openpyxl's {@code read_only}, pandas) then see one cell. A workbook is rewritten entry by
 * entry in memory; worksheets are scanned once for their cell references (linear in their size).
 */
final class Dimensions {

    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]{1,3})(\\d{1,7})\"");
    private static final String PLACEHOLDER = "<dimension ref=\"A1\"/>";
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int DESCRIPTOR = 0x08074b50;

    private Dimensions() {
    }

    /**
     * Copies a workbook with its worksheets' dimensions set, in memory: each entry of the written
     * workbook is inflated and written again, a worksheet with its dimension. fastexcel offers no way
     * to write the dimension itself (its {@code Worksheet} writes {@code A1} before its rows, up to its
     * latest release), so the workbook is compressed twice, but never goes through a file.
     *
     * @param workbook the workbook as written
     * @param out where to write the copy; not closed
     * @throws IOException if the copy cannot be written, or the workbook is not the zip the writer makes
     */
    static void copyWithDimensions(byte[] workbook, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        ByteBuffer b = ByteBuffer.wrap(workbook).order(ByteOrder.LITTLE_ENDIAN);
        int at = 0;
        byte[] buffer = new byte[64 * 1024];
        while (at + 30 <= workbook.length && b.getInt(at) == LOCAL_HEADER) {
            int flags = b.getShort(at + 6) & 0xFFFF;
            int method = b.getShort(at + 8) & 0xFFFF;
            int nameLength = b.getShort(at + 26) & 0xFFFF;
            int extraLength = b.getShort(at + 28) & 0xFFFF;
            String name = new String(workbook, at + 30, nameLength, StandardCharsets.UTF_8);
            int data = at + 30 + nameLength + extraLength;
            byte[] content;
            int end;
            if (method == ZipEntry.DEFLATED) {
                // the writer's entries carry data descriptors, so their sizes are known only after
                // them: inflate until the deflate stream ends, which tells where the entry ends
                Inflater inflater = new Inflater(true);
                try {
                    inflater.setInput(workbook, data, workbook.length - data);
                    ByteArrayOutputStream inflated = new ByteArrayOutputStream();
                    while (!inflater.finished()) {
                        int n = inflater.inflate(buffer);
                        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                            throw new IOException("the written workbook's entry " + name + " is truncated");
                        }
                        inflated.write(buffer, 0, n);
                    }
                    content = inflated.toByteArray();
                    end = workbook.length - inflater.getRemaining();
                } catch (DataFormatException e) {
                    throw new IOException("the written workbook's entry " + name + " does not inflate: " + e.getMessage(), e);
                } finally {
                    inflater.end();
                }
            } else if (method == ZipEntry.STORED && (flags & 8) == 0) {
                long size = b.getInt(at + 18) & 0xFFFFFFFFL;
                content = java.util.Arrays.copyOfRange(workbook, data, Math.toIntExact(data + size));
                end = Math.toIntExact(data + size);
            } else {
                throw new IOException("the written workbook's entry " + name + " has compression method " + method);
            }
            if ((flags & 8) != 0) {
                end = afterDescriptor(b, end, name);
            }
            if (SHEET.matcher(name).matches()) {
                content = withDimension(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            at = end;
        }
        if (at + 4 > workbook.length || b.getInt(at) != CENTRAL_HEADER) {
            throw new IOException("the written workbook is not a zip of entries followed by its directory (at byte " + at + ")");
        }
        zip.finish();
        zip.flush();
    }

    /**
     * Where the data descriptor after an entry ends: its signature is optional and its sizes take 4
     * or (Zip64, as the writer's zip library writes them) 8 bytes each; the next local or central
     * header tells which.
     */
    private static int afterDescriptor(ByteBuffer b, int end, String name) throws IOException {
        for (int length : new int[] {16, 24, 12, 20}) {
            int next = end + length;
            boolean signed = length == 16 || length == 24;
            if (next + 4 <= b.limit() && (!signed || b.getInt(end) == DESCRIPTOR)
                    && (b.getInt(next) == LOCAL_HEADER || b.getInt(next) == CENTRAL_HEADER)) {
                return next;
            }
        }
        throw new IOException("the written workbook's entry " + name + " has no data descriptor the zip format knows");
    }

    /** The worksheet with its {@code A1} placeholder replaced by the range of its cells. */
    static String withDimension(String sheet) {
        int at = sheet.indexOf(PLACEHOLDER);
        if (at < 0) {
            return sheet;
        }
        int minRow = Integer.MAX_VALUE;
        int maxRow = 0;
        int minCol = Integer.MAX_VALUE;
        int maxCol = 0;
        Matcher m = CELL.matcher(sheet);
        while (m.find()) {
            int col = column(m.group(1));
            int row = Integer.parseInt(m.group(2));
            minRow = Math.min(minRow, row);
            maxRow = Math.max(maxRow, row);
            minCol = Math.min(minCol, col);
            maxCol = Math.max(maxCol, col);
        }
        if (maxRow == 0) {
            return sheet;
        }
        String ref = letters(minCol) + minRow + (minRow == maxRow && minCol == maxCol ? "" : ":" + letters(maxCol) + maxRow);
        return sheet.substring(0, at) + "<dimension ref=\"" + ref + "\"/>" + sheet.substring(at + PLACEHOLDER.length());
    }

    static int column(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            n = n * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return n;
    }

    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
