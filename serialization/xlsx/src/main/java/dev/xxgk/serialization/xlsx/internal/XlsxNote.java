package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.serialization.spi.BundledNoteKind;
import dev.xxgk.serialization.spi.NoteBundle;

/**
 * The notes of the workbook front end: ids {@code xlsx.} and the name in lower case with hyphens;
 * their patterns are in {@code notes*.properties} beside this class.
 */
public enum XlsxNote implements BundledNoteKind {

    /** No sheet holds the texts of the sections: they are left empty. Arguments: none. */
    TEXTS_ABSENT,

    /** A hidden sheet was not read. Arguments: the sheet's name. */
    SHEET_HIDDEN,

    /** A text longer than one cell holds was read from several cells of a row. Arguments: the field's label, the cells. */
    TEXT_CONTINUED;

    private static final NoteBundle BUNDLE = NoteBundle.of(XlsxNote.class, "notes", "xlsx");

    @Override
    public NoteBundle bundle() {
        return BUNDLE;
    }
}
