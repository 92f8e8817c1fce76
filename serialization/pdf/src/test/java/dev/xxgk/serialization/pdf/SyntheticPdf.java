package dev.xxgk.serialization.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDFs drawn in tests with PDFBox's own API: text at positions measured from the top-left, and
 * ruling lines. Chinese text needs a CJK font; the tests that draw it are skipped when the
 * system has none.
 */
final class SyntheticPdf implements AutoCloseable {

    static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument document = new PDDocument();
    private final List<TrueTypeFont> ttfs = new ArrayList<>();
    private TrueTypeCollection collection;
    private PDFont font;
    private PDPageContentStream page;
    private PDPage current;
    private final List<PDStream> raw = new ArrayList<>();

    static void assumeCjkFont() {
        assumeTrue(CJK_FONT.isFile(), "no CJK font at " + CJK_FONT + " (Debian package fonts-wqy-microhei)");
    }

    PDFont font() {
        if (font == null) {
            try {
                collection = new TrueTypeCollection(CJK_FONT);
                collection.processAllFonts(ttfs::add);
                font = PDType0Font.load(document, ttfs.get(0), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }

    PDDocument document() {
        return document;
    }

    SyntheticPdf newPage() {
        try {
            finishPage();
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            current = p;
            page = new PDPageContentStream(document, p);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with its baseline at {@code baseline} points from the top. */
    SyntheticPdf text(float x, float baseline, String text) {
        return text(font(), 10, x, baseline, text);
    }

    SyntheticPdf text(PDFont textFont, float size, float x, float baseline, String text) {
        try {
            page.beginText();
            page.setFont(textFont, size);
            page.newLineAtOffset(x, HEIGHT - baseline);
            page.showText(text);
            page.endText();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text shown by its character codes as they are, without PDFBox encoding it (which refuses
     * codes the font cannot map): how a PDF with a font without a Unicode map shows text.
     */
    SyntheticPdf rawText(PDFont textFont, float size, float x, float baseline, String codes) {
        try {
            COSName name = current.getResources().add(textFont);
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(("BT /" + name.getName() + " " + size + " Tf " + x + " " + (HEIGHT - baseline) + " Td ("
                        + codes + ") Tj ET\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            raw.add(stream);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishPage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
        if (!raw.isEmpty()) {
            List<PDStream> streams = new ArrayList<>();
            current.getContentStreams().forEachRemaining(streams::add);
            streams.addAll(raw);
            current.setContents(streams);
            raw.clear();
        }
    }

    SyntheticPdf line(float x1, float y1, float x2, float y2) {
        try {
            page.setLineWidth(0.5f);
            page.moveTo(x1, HEIGHT - y1);
            page.lineTo(x2, HEIGHT - y2);
            page.stroke();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A ruled table: every row {@code rowHeight} high, the columns at the given edges, each row's
     * texts in its cells (an empty text draws nothing). Returns the y of its bottom.
     */
    float table(float top, float[] edges, float rowHeight, List<List<String>> rows) {
        float y = top;
        line(edges[0], y, edges[edges.length - 1], y);
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    text(edges[c] + 2, y + rowHeight - 4, row.get(c));
                }
            }
            y += rowHeight;
            line(edges[0], y, edges[edges.length - 1], y);
        }
        for (float x : edges) {
            line(x, top, x, y);
        }
        return y;
    }

    byte[] bytes() {
        try {
            finishPage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
        if (collection != null) {
            collection.close();
        }
    }
}
