package io.github.juesuan.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes each worksheet's {@code <dimension ref>} as the range its cells use. The streaming writer
 * (fastexcel) writes {@code A1} before it knows the rows, and read-only readers that trust the
 * dimension (openpyxl's {@code read_only}, pandas) then see one cell. A workbook is rewritten entry by
 * entry; worksheets are scanned once for their cell references (linear in their size).
 */
final class Dimensions {

    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]{1,3})(\\d{1,7})\"");
    private static final String PLACEHOLDER = "<dimension ref=\"A1\"/>";

    private Dimensions() {
    }

    /**
     * Copies a workbook with its worksheets' dimensions set.
     *
     * @param workbook the workbook as written
     * @param out where to write the copy; not closed
     * @throws IOException if the copy cannot be written
     */
    static void copyWithDimensions(byte[] workbook, OutputStream out) throws IOException {
        // the writer's entries carry data descriptors, which ZipInputStream cannot size: read the
        // central directory of a temporary copy instead
        Path tmp = Files.createTempFile("juesuan-", ".xlsx");
        try {
            Files.write(tmp, workbook);
            ZipOutputStream zip = new ZipOutputStream(out);
            try (ZipFile in = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream entry = in.getInputStream(e)) {
                        content = entry.readAllBytes();
                    }
                    if (SHEET.matcher(e.getName()).matches()) {
                        content = withDimension(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            zip.finish();
            zip.flush();
        } finally {
            Files.deleteIfExists(tmp);
        }
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
