package dev.xxgk.serialization.spi;

import java.util.List;
import java.util.Locale;

/**
 * A kind of {@linkplain dev.xxgk.serialization.ReadingNote reading note}: its stable id and its
 * message patterns in Chinese and English. A format declares its kinds, usually as an enum whose
 * patterns live in UTF-8 bundles read with {@link NoteBundle}; a note holds the kind and its
 * arguments, and its text is made only when asked for, in the language asked for.
 */
public interface NoteKind {

    /**
     * The stable id of the kind, never reused for another meaning.
     *
     * @return e.g. {@code text.row-resolved}
     */
    String id();

    /**
     * The note's text.
     *
     * @param locale Chinese for a Chinese locale, English otherwise
     * @param arguments the note's arguments, already text
     * @return the message
     */
    String message(Locale locale, List<String> arguments);
}
