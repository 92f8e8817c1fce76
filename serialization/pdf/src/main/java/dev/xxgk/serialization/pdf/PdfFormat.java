package dev.xxgk.serialization.pdf;

import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.pdf.internal.PdfReader;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The PDF files agencies publish (format id {@code pdf}, extension {@code .pdf}), read only.
 *
 * <p>Reading takes the PDF apart with Apache PDFBox: every glyph with its position, and every
 * ruling line the pages draw. Lines of text outside tables become paragraphs; a table drawn with
 * ruling lines becomes a grid of the boxes its lines make (merged cells expanded, the copies
 * marked spanned, text wrapped inside a cell joined, vertical labels set one character per line
 * joined); a table printed without lines becomes a grid of the columns its text stands in; a
 * table continued over a page break is one grid, its repeated header rows and the page numbers
 * left out. The {@link dev.xxgk.serialization.published.DocumentReader reading pipeline} then
 * reads the report from that document as it reads every other published form. Notes and errors
 * give the page and the position ({@code page 3 (x=72, y=400)}, points from the top-left).
 *
 * <p>A scan without a text layer, an encrypted PDF without its password, a broken or truncated
 * file, and a file beyond the {@link PdfLimits limits} are refused with a
 * {@link ReportFormatException} that says which; a table cell set in a font without a Unicode
 * mapping is refused too, since its characters cannot be known (such glyphs in running text are
 * noted and shown as U+FFFD, never as wrong characters).
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("2023.pdf"))) {
 *     Reading reading = new PdfFormat().reader().orElseThrow().read(in, "2023.pdf");
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PdfFormat implements ReportFormat {

    /** The format's id. */
    public static final String ID = "pdf";

    private final PdfReader reader;

    /** Creates the format with the {@linkplain PdfLimits#DEFAULTS default limits}. */
    public PdfFormat() {
        this(PdfLimits.DEFAULTS);
    }

    /**
     * Creates the format with other limits.
     *
     * @param limits the bounds of a reading
     */
    public PdfFormat(PdfLimits limits) {
        this.reader = new PdfReader(Objects.requireNonNull(limits, "limits"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "PDF of a published report (政府信息公开工作年度报告), read by the positions of its text and ruling lines";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("pdf");
    }

    @Override
    public boolean recognizes(byte[] head) {
        return new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(reader);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.empty();
    }

    /**
     * Reads a report from a PDF.
     *
     * @param in the PDF, read to its end and left open
     * @param source where it came from, for messages
     * @return the report and the notes of the front end and the pipeline
     * @throws ReportFormatException if the PDF cannot be read or is not a report
     */
    public Reading read(InputStream in, String source) {
        return reader.read(in, source);
    }

    /**
     * Takes a PDF apart into the pipeline's neutral document, without reading a report from it:
     * for a tool that wants the tables as printed.
     *
     * @param in the PDF, read to its end and left open
     * @param source where it came from, for messages
     * @return the document
     * @throws ReportFormatException if the PDF cannot be read or has no text layer
     */
    public Document document(InputStream in, String source) {
        return reader.extract(in, source).document();
    }
}
