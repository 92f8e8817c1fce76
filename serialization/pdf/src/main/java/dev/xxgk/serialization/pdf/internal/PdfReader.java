package dev.xxgk.serialization.pdf.internal;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.pdf.PdfLimits;
import dev.xxgk.serialization.published.DocumentReader;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.spi.ReportReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF: bytes within the limits, loaded by PDFBox with a bounded stream cache, glyphs and
 * rulings of every page, the neutral document, and the reading pipeline.
 */
public final class PdfReader implements ReportReader {

    /** The format id, in errors. */
    public static final String FORMAT = "pdf";

    private final PdfLimits limits;

    /**
     * Creates a reader.
     *
     * @param limits the bounds of a reading
     */
    public PdfReader(PdfLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Reading read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Extracted extracted = extract(in, source);
        Reading reading = DocumentReader.read(extracted.document(), FORMAT);
        if (extracted.notes().isEmpty()) {
            return reading;
        }
        List<ReadingNote> notes = new ArrayList<>(extracted.notes());
        notes.addAll(reading.notes());
        return new Reading(reading.report(), notes);
    }

    /** The document a PDF holds and the notes made while taking it apart. */
    public record Extracted(Document document, List<ReadingNote> notes) {

        /** Copies the notes. */
        public Extracted {
            Objects.requireNonNull(document, "document");
            notes = List.copyOf(notes);
        }
    }

    /**
     * Takes a PDF apart into the neutral document.
     *
     * @param in the PDF, read to its end and left open
     * @param source where it came from
     * @return the document and the front end's notes
     * @throws ReportFormatException if the input is not a readable PDF with a text layer
     */
    public Extracted extract(InputStream in, String source) {
        byte[] bytes = bytes(in, source);
        check(bytes, source);
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxMemoryBytes(),
                limits.maxMemoryBytes() + limits.maxScratchBytes());
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", memory.streamCache)) {
            int pageCount = pdf.getNumberOfPages();
            if (pageCount > limits.maxPages()) {
                throw error(source, "", String.valueOf(pageCount), "the PDF has more pages than the limit of "
                        + limits.maxPages() + "; an annual report has far fewer", null);
            }
            if (pageCount == 0) {
                throw error(source, "", "", "the PDF has no pages", null);
            }
            List<ReadingNote> notes = new ArrayList<>();
            GlyphCollector glyphs = new GlyphCollector();
            glyphs.getText(pdf);
            Map<Integer, List<Glyph>> byPage = glyphs.pages();
            List<PageContent> pages = new ArrayList<>();
            int images = 0;
            int characters = 0;
            for (int number = 1; number <= pageCount; number++) {
                PDPage page = pdf.getPage(number - 1);
                if (page.getRotation() % 360 != 0) {
                    notes.add(ReadingNote.of(PdfNote.ROTATED_PAGE, Location.page(number, 0, 0), "", number,
                            page.getRotation()));
                }
                RulingCollector rulings = new RulingCollector(page);
                rulings.processPage(page);
                List<Glyph> pageGlyphs = byPage.getOrDefault(number, List.of());
                characters += (int) pageGlyphs.stream().filter(g -> !g.blank()).count();
                images += rulings.images();
                pages.add(new PageContent(number, page.getCropBox().getWidth(), page.getCropBox().getHeight(),
                        pageGlyphs, rulings.segments(), rulings.images()));
            }
            if (characters == 0) {
                throw error(source, "", "", images > 0
                        ? "the PDF has no text layer: its " + pageCount + " page(s) are images (a scan); "
                                + "recognise the text (OCR) first, or read the agency's web page instead"
                        : "the PDF has no text on any of its " + pageCount + " page(s)", null);
            }
            DocumentBuilder builder = new DocumentBuilder();
            Document document = builder.build(source, metadata(pdf), pages);
            if (builder.unreadable != null) {
                Table.Region cell = builder.unreadable;
                Location at = Location.page(cell.page(), cell.x(), cell.y());
                throw error(source, at.describe(Locale.ENGLISH), cell.text(),
                        "a table cell is set in a font without a Unicode mapping, so its characters cannot be "
                                + "known; export the PDF again with fonts that carry one (ToUnicode)", null);
            }
            notes.addAll(0, builder.notes());
            return new Extracted(document, notes);
        } catch (InvalidPasswordException e) {
            throw error(source, "", "", "the PDF is encrypted and needs a password to be opened", e);
        } catch (IOException e) {
            throw error(source, "", "", "not a readable PDF: " + e.getMessage(), e);
        } catch (ReportFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw error(source, "", "", "not a readable PDF: " + e, e);
        }
    }

    private byte[] bytes(InputStream in, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw error(source, "", "", "the file is larger than the limit of " + limits.maxBytes()
                            + " bytes for a PDF report", null);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void check(byte[] bytes, String source) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            String found = head.substring(0, Math.min(head.length(), 16)).replaceAll("[^\\x20-\\x7e]", "?");
            throw error(source, "", found, "not a PDF: the file does not start with %PDF-", null);
        }
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw error(source, "", "", "the PDF is truncated: it does not end with the %%EOF marker (" + bytes.length
                    + " bytes read); download it again", null);
        }
    }

    private static List<MetaField> metadata(PDDocument pdf) {
        List<MetaField> fields = new ArrayList<>();
        PDDocumentInformation info = pdf.getDocumentInformation();
        Location at = Location.page(1, 0, 0);
        add(fields, "pdf:Title", info.getTitle(), at);
        add(fields, "pdf:Author", info.getAuthor(), at);
        add(fields, "pdf:Subject", info.getSubject(), at);
        Calendar created = info.getCreationDate();
        if (created != null) {
            add(fields, "pdf:CreationDate",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.toInstant().atZone(created.getTimeZone().toZoneId())
                            .toOffsetDateTime()), at);
        }
        return fields;
    }

    private static void add(List<MetaField> fields, String name, String value, Location at) {
        if (value != null && !value.isBlank()) {
            fields.add(new MetaField(name, value.strip(), at));
        }
    }

    static ReportFormatException error(String source, String path, String found, String problem, Throwable cause) {
        return new ReportFormatException(FORMAT, source, 0, 0, path, found, problem, cause);
    }
}
