package dev.xxgk.serialization.html;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.html.internal.HtmlFrontEnd;
import dev.xxgk.serialization.html.internal.HtmlPageWriter;
import dev.xxgk.serialization.published.DocumentReader;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Report pages in HTML (format id {@code html}, extensions {@code .html} and {@code .htm}).
 *
 * <p><b>Reading</b> takes a page as a portal publishes it, site chrome and all, and hands it to
 * the one reading pipeline ({@link DocumentReader}) that every published form goes through, so
 * an HTML page reads exactly as its text would, with what only HTML has: the cell boundaries of
 * the tables. The page may be UTF-8, or GBK/GB2312/GB18030 declared or not (the bytes decide, with
 * a note); it may come from Word ({@code MsoNormal}, {@code <o:p>}) or a CMS editor
 * ({@code TRS_Editor}…). The report is found by structure: the element holding the template's
 * tables and section headings; the metadata box outside it gives {@link
 * dev.xxgk.serialization.published.document.MetaField}s, and the page's chrome is left out with a
 * note. Tables become grids with {@code rowspan}/{@code colspan} expanded; a cell's text joins its
 * spans and lines. What the reader cannot read exactly stays blank with a note; it never guesses a
 * number. A page that is not HTML, holds no report, is larger than {@link #maxBytes()} or nests
 * deeper than {@value HtmlFrontEnd#MAX_DEPTH} elements is refused with a
 * {@link ReportFormatException}, the only exception a read throws (besides
 * {@link UncheckedIOException} when the stream fails).
 *
 * <p><b>Writing</b> renders a report as a standalone HTML5 page in the official layout
 * ({@code lang="zh-CN"}, UTF-8, no script, print CSS): the title, the publication date, the six
 * section headings and texts, and the three tables with the template's merged header cells,
 * {@code <caption>}s and {@code <th scope>}; a blank cell is an empty cell, money is written with
 * its unit. {@link Builder#fragment(boolean) Fragment mode} writes the three tables only, for a
 * vendor's own page template. What the writer writes reads back to an equal report. See
 * {@code docs/html-format.md}.
 *
 * <pre>{@code
 * HtmlFormat html = new HtmlFormat();
 * Reading reading = html.reader().orElseThrow().read(in, "2023.html");
 * String tables = HtmlFormat.builder().fragment(true).build().render(reading.report());
 * }</pre>
 *
 * <p>Immutable and thread-safe. The instance {@link java.util.ServiceLoader} finds writes whole
 * pages and reads pages of up to {@value #DEFAULT_MAX_BYTES} bytes.
 */
public final class HtmlFormat implements ReportFormat {

    /** The format's id. */
    public static final String ID = "html";

    /** The default limit on the size of a page read: 16 MiB, far above any report page. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final boolean fragment;
    private final int maxBytes;
    private final HtmlPageWriter writer;

    private final ReportReader reader = new ReportReader() {
        @Override
        public Reading read(InputStream in, String source) {
            return HtmlFormat.this.read(in, source);
        }
    };

    /** The format with its defaults: whole pages, a 16 MiB limit. */
    public HtmlFormat() {
        this(false, DEFAULT_MAX_BYTES);
    }

    private HtmlFormat(boolean fragment, int maxBytes) {
        this.fragment = fragment;
        this.maxBytes = maxBytes;
        this.writer = new HtmlPageWriter(fragment);
    }

    /**
     * A builder of the format with other options.
     *
     * @return a new builder, starting from the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Report page in HTML as portals publish it (read with notes), or the official layout as an HTML5 page";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("html", "htm");
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(reader);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of(writer);
    }

    /**
     * Whether the writer writes the three tables only rather than a whole page.
     *
     * @return true in fragment mode
     */
    public boolean fragment() {
        return fragment;
    }

    /**
     * The largest page read, in bytes.
     *
     * @return the limit
     */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the report of a page.
     *
     * @param in the page's bytes, read to the end (or just past the size limit) and left open
     * @param source where the page came from, for messages
     * @return the report and the notes of the front end and of the pipeline, the front end's first
     * @throws ReportFormatException if the page is not a report page in HTML
     * @throws UncheckedIOException if reading the stream fails
     * @throws NullPointerException if an argument is null
     */
    public Reading read(InputStream in, String source) {
        byte[] bytes = bytes(in, source);
        HtmlFrontEnd.Result front;
        try {
            front = HtmlFrontEnd.read(bytes, source);
        } catch (ReportFormatException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours must still reach the caller as the SDK's one documented exception
            throw new ReportFormatException(ID, source, 0, 0, "", "", "the page could not be taken apart: " + e, e);
        }
        Reading reading = DocumentReader.read(front.document(), ID);
        List<ReadingNote> notes = new ArrayList<>(front.notes());
        notes.addAll(reading.notes());
        return new Reading(reading.report(), notes);
    }

    /**
     * Reads a page that is already a string, as a browser extension or a crawler holds it.
     *
     * @param html the page
     * @param source where it came from, for messages
     * @return the report and the notes
     * @throws ReportFormatException if the page is not a report page in HTML
     */
    public Reading read(String html, String source) {
        Objects.requireNonNull(html, "html");
        return read(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), source);
    }

    /**
     * The front end alone: what the pipeline is given for a page, for a person or a tool that
     * wants to see how a page was taken apart (its metadata, headings, paragraphs and grids).
     *
     * @param in the page's bytes, left open
     * @param source where the page came from
     * @return the document
     * @throws ReportFormatException if the page is not HTML, holds no report or is too large
     * @throws UncheckedIOException if reading the stream fails
     */
    public Document document(InputStream in, String source) {
        return HtmlFrontEnd.read(bytes(in, source), source).document();
    }

    /**
     * Renders a report as this format's writer writes it.
     *
     * @param report the report
     * @return the page, or the three tables in fragment mode
     * @throws NullPointerException if the report is null
     */
    public String render(AnnualReport report) {
        return writer.render(report);
    }

    private byte[] bytes(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (bytes.length > maxBytes) {
            throw new ReportFormatException(ID, source, 0, 0, "", "",
                    "the page is larger than " + maxBytes + " bytes, the limit for a report page"
                            + " (raise it with HtmlFormat.builder().maxBytes(n))",
                    null);
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "HtmlFormat[" + (fragment ? "fragment" : "page") + ", maxBytes=" + maxBytes + "]";
    }

    /** Builds an {@link HtmlFormat}. Not thread-safe; the format it builds is. */
    public static final class Builder {
        private boolean fragment;
        private int maxBytes = DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /**
         * Whether the writer writes the three tables only (section 二, 三 and 四, each a
         * {@code <table>} with its caption), for a vendor's page template, rather than a page.
         *
         * @param value true for the tables only; false (the default) for a whole page
         * @return this builder
         */
        public Builder fragment(boolean value) {
            this.fragment = value;
            return this;
        }

        /**
         * The largest page the reader reads; a larger one is refused before it is parsed.
         *
         * @param value the limit in bytes, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1 or above {@code Integer.MAX_VALUE - 8}
         */
        public Builder maxBytes(int value) {
            if (value < 1 || value > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 8) + ", was " + value);
            }
            this.maxBytes = value;
            return this;
        }

        /**
         * The format.
         *
         * @return a new format with this builder's options
         */
        public HtmlFormat build() {
            return new HtmlFormat(fragment, maxBytes);
        }
    }
}
