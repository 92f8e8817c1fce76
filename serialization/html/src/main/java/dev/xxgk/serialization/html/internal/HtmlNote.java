package dev.xxgk.serialization.html.internal;

import dev.xxgk.serialization.spi.BundledNoteKind;
import dev.xxgk.serialization.spi.NoteBundle;

/**
 * The notes of the HTML front end: ids {@code html.} and the name in lower case with hyphens; their
 * patterns live in {@code notes*.properties} beside this class.
 */
public enum HtmlNote implements BundledNoteKind {

    /** No charset declared: the bytes decided. Arguments: the charset. */
    CHARSET_SNIFFED,

    /** The declared charset does not decode the bytes. Arguments: declared, byte offset, charset used. */
    CHARSET_WRONG,

    /** GBK or GB2312 declared, the bytes UTF-8. Arguments: the declared charset. */
    CHARSET_UTF8,

    /** GBK or GB2312 declared, read as GB18030. Arguments: the declared charset. */
    CHARSET_SUPERSET,

    /** Where the report was found in the page. Arguments: the element, the blocks left out. */
    CONTENT_FOUND,

    /** The title was taken from before the report's element. Arguments: the title. */
    TITLE_OUTSIDE;

    private static final NoteBundle BUNDLE = NoteBundle.of(HtmlNote.class, "notes", "html");

    @Override
    public NoteBundle bundle() {
        return BUNDLE;
    }
}
