package dev.xxgk.serialization.published;

import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Document;
import java.util.Objects;

/**
 * The reading pipeline after the front end: a {@link Document} to a report and its notes, through
 * the outline (agency, year, date, the six sections), the alignment of each grid to the template's
 * rows and columns by their labels, and the resolution of numbers to cells by the template's
 * relations (only a unique solution is accepted; otherwise the cells stay blank with a note). Every
 * front end (plain text, HTML, PDF, workbooks) hands its document here, so they all read alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads a report from a document.
     *
     * @param document what a front end made of the input
     * @param format the id of the format the input was read as, for errors, e.g. {@code html}
     * @return the report and the notes of every stage, in the order of the input
     * @throws ReportFormatException if the document is not a report of either edition
     */
    public static Reading read(Document document, String format) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        throw new UnsupportedOperationException("the reading pipeline is being built (issue 11)");
    }
}
