package io.github.juesuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.juesuan.pdf.PdfReadException.Reason;
import io.github.juesuan.report.TableId;
import io.github.juesuan.report.TablePresence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken PDFs built by the tests: each fails with a named {@link PdfReadException}
 * within bounded memory, or reads, but never escapes as an {@link OutOfMemoryError},
 * a {@link StackOverflowError} or another exception.
 */
class HostilePdfTest {

    private static final PdfLayoutSource SOURCE = new PdfLayoutSource();

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    private static PDPage firstPage(PDDocument doc) {
        PDPage page = new PDPage();
        doc.addPage(page);
        return page;
    }

    private static byte[] pages(int n) throws IOException {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < n; i++) {
            doc.addPage(new PDPage());
        }
        return save(doc);
    }

    private static PdfLayout read(byte[] pdf, PdfLayoutSource source) {
        return source.read(new ByteArrayInputStream(pdf), "hostile.pdf");
    }

    private static void assertFails(byte[] pdf, PdfLayoutSource source, Reason reason, String... words) {
        assertThatThrownBy(() -> read(pdf, source)).isInstanceOfSatisfying(PdfReadException.class, e -> {
            assertThat(e.getReason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains("hostile.pdf").contains(words);
            assertThat(e.getLocation().getFile()).contains("hostile.pdf");
        });
    }

    private static byte[] encrypted(String user) throws IOException {
        PDDocument doc = new PDDocument();
        doc.addPage(new PDPage());
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", user, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        return save(doc);
    }

    @Test
    void test_read_userPassword_encryptedNamed() throws IOException {
        assertFails(encrypted("user-secret"), SOURCE, Reason.ENCRYPTED, "encrypted with a password");
    }

    @Test
    void test_read_emptyUserPassword_opens() throws IOException {
        PdfLayout layout = read(encrypted(""), SOURCE);
        assertThat(layout.getDocument().getPageCount()).isEqualTo(1);
    }

    @Test
    void test_read_notAPdf_named() {
        assertFails("部门决算\n第一部分".getBytes(StandardCharsets.UTF_8), SOURCE, Reason.NOT_PDF, "%PDF-");
    }

    @Test
    void test_read_headerThenGarbage_damaged() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        byte[] pdf = ("%PDF-1.7\n" + new String(junk, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertFails(pdf, SOURCE, Reason.DAMAGED, "cannot be read as a PDF");
    }

    @Test
    void test_read_truncatedRealReport_tablesUnreadableNotAbsent() throws IOException {
        byte[] all = Files.readAllBytes(Path.of("src/test/resources/real-reports/shanghai/guihuaziranziyuanju-2024.pdf"));
        byte[] half = Arrays.copyOf(all, all.length / 2);
        // PDFBox's lenient parser rebuilds the cross-reference table from the objects that remain; the
        // fonts' ToUnicode maps are lost with the second half, so the table pages decode to letters
        // no report prints (Ӡ ₮ Ԋ): those pages are reported, and their tables are unreadable
        PdfReadResult read = new PdfReportReader().read(new ByteArrayInputStream(half), "hostile.pdf");
        assertThat(read.getLayout().getDocument().getPagesWithoutText()).hasSizeGreaterThan(10).contains(10, 12);
        assertThat(read.getProblems()).anySatisfy(p -> assertThat(p.getMessage())
                .startsWith("page 10 has no readable text layer").contains("ToUnicode"));
        for (TableId id : TableId.values()) {
            assertThat(read.getReport().getPresence(id)).as(id.getLabel()).isEqualTo(TablePresence.UNREADABLE);
        }
    }

    @Test
    void test_read_damagedXref_repairedByTheLenientParser() throws IOException {
        byte[] pdf = pages(3);
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = s.lastIndexOf("startxref");
        // point startxref at nonsense: the lenient parser must find the objects by scanning
        String broken = s.substring(0, xref) + "startxref\n999999\n%%EOF\n";
        PdfLayout layout = read(broken.getBytes(StandardCharsets.ISO_8859_1), SOURCE);
        assertThat(layout.getDocument().getPageCount()).isEqualTo(3);
    }

    @Test
    void test_read_pagesOverTheLimit_named() throws IOException {
        assertFails(pages(30), new PdfLayoutSource(PdfLimits.defaults().withMaxPages(20)), Reason.OVER_LIMIT,
                "30 pages", "PdfLimits.maxPages");
    }

    @Test
    void test_read_thousandsOfPages_overTheDefaultLimit() throws IOException {
        assertFails(pages(2_500), SOURCE, Reason.OVER_LIMIT, "2500 pages");
    }

    @Test
    void test_read_fileOverTheSizeLimit_named() throws IOException {
        assertFails(pages(3), new PdfLayoutSource(PdfLimits.defaults().withMaxFileBytes(100)), Reason.OVER_LIMIT,
                "PdfLimits.maxFileBytes");
    }

    @Test
    void test_read_decompressionBomb_stoppedBeforeItInflates() throws IOException {
        // 80 MB of content that compresses to a few hundred KB, over the default 64 MB
        PDDocument doc = new PDDocument();
        PDPage page = firstPage(doc);
        PDStream content = new PDStream(doc);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                out.write(spaces);
            }
        }
        page.setContents(content);
        byte[] pdf = save(doc);
        assertThat(pdf.length).isLessThan(2 << 20);
        assertFails(pdf, SOURCE, Reason.OVER_LIMIT, "decompression bomb", "PdfLimits.maxStreamBytes");
    }

    @Test
    void test_read_glyphFlood_overTheLimit() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = firstPage(doc);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 2);
            cs.newLineAtOffset(10, 700);
            for (int i = 0; i < 20; i++) {
                cs.showText("0123456789".repeat(20));
                cs.newLineAtOffset(0, -3);
            }
            cs.endText();
        }
        assertFails(save(doc), new PdfLayoutSource(PdfLimits.defaults().withMaxGlyphsPerPage(1_000)), Reason.OVER_LIMIT,
                "page 1", "PdfLimits.maxGlyphsPerPage");
    }

    @Test
    void test_read_formDrawingItself_boundedAndNamedOrRead() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = firstPage(doc);
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(page.getMediaBox());
        form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
        COSName name = form.getResources().add(form);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(("q /" + name.getName() + " Do Q").getBytes(StandardCharsets.US_ASCII));
        }
        page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
        COSName onPage = page.getResources().add(form);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawForm(form);
        }
        assertThat(onPage).isNotNull();
        byte[] pdf = save(doc);
        try {
            assertThat(read(pdf, SOURCE).getDocument().getLines()).isEmpty();
        } catch (PdfReadException e) {
            assertThat(e.getReason()).isIn(Reason.OVER_LIMIT, Reason.DAMAGED);
        }
    }

    @Test
    void test_read_deeplyNestedArrays_named() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + nested + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        try {
            PdfLayout layout = read(pdf.getBytes(StandardCharsets.US_ASCII), SOURCE);
            assertThat(layout.getDocument().getLines()).isEmpty();
        } catch (PdfReadException e) {
            assertThat(e.getReason()).isIn(Reason.DAMAGED, Reason.OVER_LIMIT);
        }
    }

    @Test
    void test_read_scannedPage_reportedWithoutTextLayer() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = firstPage(doc);
        doc.addPage(new PDPage());
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 10, 10, 200, 200);
        }
        PdfLayout layout = read(save(doc), SOURCE);
        assertThat(layout.getDocument().getPagesWithoutText()).containsExactly(1);
        assertThat(layout.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getMessage()).isEqualTo("page 1 has no text layer; its table cannot be read without OCR");
            assertThat(p.getLocation().getPage()).contains(1);
        });
        assertThat(layout.toText()).contains("--- page 1 (no text layer) ---").contains("--- page 2 ---");
    }
}
