package dev.xxgk.serialization.pdf.internal;

import dev.xxgk.serialization.spi.NoteBundle;
import dev.xxgk.serialization.spi.NoteKind;
import java.util.List;
import java.util.Locale;

/** The notes of the PDF front end; their patterns are in {@code PdfNotes*.properties}. */
public enum PdfNote implements NoteKind {
    /** Glyphs without a Unicode mapping in a line of running text (the location gives the page): argument count. */
    UNMAPPED_GLYPHS("pdf.unmapped-glyphs"),
    /** A table continued on the next page was read as one: arguments from page, to page. */
    TABLE_CONTINUED("pdf.table-continued"),
    /** Header rows repeated at the top of a continued table were left out: arguments page, rows. */
    HEADER_REPEATED("pdf.header-repeated"),
    /** Page number lines were left out: arguments how many, the first as printed. */
    PAGE_NUMBER("pdf.page-number"),
    /** A page was rotated; positions are those of the unrotated page: arguments page, degrees. */
    ROTATED_PAGE("pdf.rotated-page");

    private static final NoteBundle BUNDLE = NoteBundle.of(PdfNote.class, "PdfNotes");

    private final String id;

    PdfNote(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String message(Locale locale, List<String> arguments) {
        return BUNDLE.format(id, locale, arguments);
    }

    /** The bundle, for the key-parity test. */
    static NoteBundle bundle() {
        return BUNDLE;
    }
}
