package dev.xxgk.serialization.pdf.internal;

import dev.xxgk.serialization.spi.BundledNoteKind;
import dev.xxgk.serialization.spi.NoteBundle;

/**
 * The notes of the PDF front end: ids {@code pdf.} and the name in lower case with hyphens; their
 * patterns are in {@code PdfNotes*.properties}.
 */
public enum PdfNote implements BundledNoteKind {
    /** Glyphs without a Unicode mapping in a line of running text (the location gives the page): argument count. */
    UNMAPPED_GLYPHS,
    /** A table continued on the next page was read as one: arguments from page, to page. */
    TABLE_CONTINUED,
    /** Header rows repeated at the top of a continued table were left out: arguments page, rows. */
    HEADER_REPEATED,
    /** Page number lines were left out: arguments how many, the first as printed. */
    PAGE_NUMBER,
    /** A page was rotated; positions are those of the unrotated page: arguments page, degrees. */
    ROTATED_PAGE;

    private static final NoteBundle BUNDLE = NoteBundle.of(PdfNote.class, "PdfNotes", "pdf");

    @Override
    public NoteBundle bundle() {
        return BUNDLE;
    }
}
