package dev.xxgk.serialization.html.internal;

import dev.xxgk.serialization.spi.NoteBundle;
import dev.xxgk.serialization.spi.NoteKind;
import java.util.List;
import java.util.Locale;

/** The notes of the HTML front end; their patterns live in {@code notes*.properties} beside this class. */
public enum HtmlNote implements NoteKind {

    /** No charset declared: the bytes decided. Arguments: the charset. */
    CHARSET_SNIFFED("html.charset-sniffed"),

    /** The declared charset does not decode the bytes. Arguments: declared, byte offset, charset used. */
    CHARSET_WRONG("html.charset-wrong"),

    /** GBK or GB2312 declared, the bytes UTF-8. Arguments: the declared charset. */
    CHARSET_UTF8("html.charset-utf8"),

    /** GBK or GB2312 declared, read as GB18030. Arguments: the declared charset. */
    CHARSET_SUPERSET("html.charset-superset"),

    /** Where the report was found in the page. Arguments: the element, the blocks left out. */
    CONTENT_FOUND("html.content-found"),

    /** The title was taken from before the report's element. Arguments: the title. */
    TITLE_OUTSIDE("html.title-outside");

    private static final NoteBundle BUNDLE = NoteBundle.of(HtmlNote.class, "notes");

    private final String id;

    HtmlNote(String id) {
        this.id = id;
    }

    /**
     * The bundle of the patterns, for the key-parity test.
     *
     * @return the bundle
     */
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
