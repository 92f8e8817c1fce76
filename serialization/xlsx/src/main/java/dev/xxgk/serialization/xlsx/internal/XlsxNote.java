package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.serialization.spi.NoteBundle;
import dev.xxgk.serialization.spi.NoteKind;
import java.util.List;
import java.util.Locale;

/** The notes of the workbook front end; their patterns are in {@code notes*.properties} beside this class. */
public enum XlsxNote implements NoteKind {

    /** No sheet holds the texts of the sections: they are left empty. Arguments: none. */
    TEXTS_ABSENT("xlsx.texts-absent"),

    /** A hidden sheet was not read. Arguments: the sheet's name. */
    SHEET_HIDDEN("xlsx.sheet-hidden"),

    /** A text longer than one cell holds was read from several cells of a row. Arguments: the field's label, the cells. */
    TEXT_CONTINUED("xlsx.text-continued");

    private static final NoteBundle BUNDLE = NoteBundle.of(XlsxNote.class, "notes");

    private final String id;

    XlsxNote(String id) {
        this.id = id;
    }

    /** {@return the bundle of the patterns, for the test that both languages have the same keys} */
    public static NoteBundle bundle() {
        return BUNDLE;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String message(Locale locale, List<String> arguments) {
        return BUNDLE.format(id, locale, arguments);
    }
}
