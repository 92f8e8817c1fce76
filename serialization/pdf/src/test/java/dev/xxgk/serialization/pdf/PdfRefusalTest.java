package dev.xxgk.serialization.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.serialization.ReportFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** What the reader refuses, each with an error that says why, from the format's own reader. */
class PdfRefusalTest {

    private static ReportFormatException refused(PdfFormat format, byte[] pdf) {
        ReportFormatException error = assertThrows(ReportFormatException.class,
                () -> format.reader().orElseThrow().read(new ByteArrayInputStream(pdf), "in.pdf"));
        assertEquals("pdf", error.format());
        assertEquals("in.pdf", error.source());
        return error;
    }

    private static ReportFormatException refused(byte[] pdf) {
        return refused(new PdfFormat(), pdf);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Test
    void aScanWithoutATextLayerIsRefusedAsAScan() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
                image.setRGB(10, 10, 0xffffff);
                PDImageXObject scan = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf = save(document);
        }
        ReportFormatException error = refused(pdf);
        assertTrue(error.problem().contains("no text layer") && error.problem().contains("scan")
                && error.problem().contains("2 page(s)"), error.getMessage());
    }

    @Test
    void anEncryptedPdfWithoutItsPasswordIsRefused() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            pdf = save(document);
        }
        ReportFormatException error = refused(pdf);
        assertTrue(error.problem().contains("encrypted") && error.problem().contains("password"), error.getMessage());
    }

    @Test
    void aTruncatedDownloadIsRefusedAsTruncated() {
        byte[] whole = RealPdfs.bytes(RealPdfs.HONGZE_2023);
        ReportFormatException error = refused(Arrays.copyOf(whole, whole.length / 2));
        assertTrue(error.problem().contains("truncated"), error.getMessage());
    }

    @Test
    void aBrokenFileIsRefusedAsUnreadable() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ReportFormatException error = refused(pdf);
        assertTrue(error.problem().startsWith("not a readable PDF") || error.problem().contains("no pages"),
                error.getMessage());
    }

    @Test
    void somethingElseIsRefusedAsNotAPdf() {
        ReportFormatException error = refused("<html><body>2023年度报告</body></html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(error.problem().contains("not a PDF"), error.getMessage());
        assertEquals("<html><body>2023", error.found());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        ReportFormatException error = refused(new PdfFormat(PdfLimits.DEFAULTS.withMaxBytes(100_000)),
                RealPdfs.bytes(RealPdfs.HONGZE_2023));
        assertTrue(error.problem().contains("larger than the limit of 100000 bytes"), error.getMessage());
    }

    @Test
    void aPdfOverThePageLimitIsRefused() {
        ReportFormatException error = refused(new PdfFormat(PdfLimits.DEFAULTS.withMaxPages(4)),
                RealPdfs.bytes(RealPdfs.HONGZE_2023));
        assertTrue(error.problem().contains("more pages than the limit of 4"), error.getMessage());
        assertEquals("5", error.found());
    }

    @Test
    void limitsMustBePositive() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PdfLimits.DEFAULTS.withMaxPages(0));
        assertTrue(error.getMessage().contains("maxPages=0"), error.getMessage());
    }
}
