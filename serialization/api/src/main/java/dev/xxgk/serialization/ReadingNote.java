package dev.xxgk.serialization;

import dev.xxgk.serialization.spi.NoteKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reader did or could not do at one place of its input, for the person who checks the
 * reading: a row resolved by the table's arithmetic, cells left blank and why, a table read twice.
 *
 * <p>A note is a value: its kind (with a stable {@linkplain #id() id}), where it applies, the cell,
 * row or section it is about, and its arguments. Its text is made from the kind's message
 * bundles only when asked for, in the language asked for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of note
 * @param location where in the input, {@link Location#unknown()} for the whole input
 * @param path the code of the cell, row or section the note is about, or empty
 * @param arguments the arguments of the kind's message, as text
 */
public record ReadingNote(NoteKind kind, Location location, String path, List<String> arguments) {

    /**
     * Rejects nulls and copies the arguments.
     *
     * @param kind the kind of note
     * @param location where in the input, {@link Location#unknown()} for the whole input
     * @param path the code of the cell, row or section the note is about, or empty
     * @param arguments the arguments of the kind's message, as text
     */
    public ReadingNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(path, "path");
        arguments = List.copyOf(arguments);
    }

    /**
     * A note.
     *
     * @param kind the kind of note
     * @param location where in the input
     * @param path the code of the cell, row or section, or empty
     * @param arguments the arguments, each turned into text with {@link String#valueOf(Object)}
     * @return the note
     */
    public static ReadingNote of(NoteKind kind, Location location, String path, Object... arguments) {
        return new ReadingNote(kind, location, path, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * The stable id of the note's kind.
     *
     * @return e.g. {@code text.row-resolved}
     */
    public String id() {
        return kind.id();
    }

    /**
     * The line the note is about, for inputs that have lines.
     *
     * @return the 1-based line, or 0
     */
    public long line() {
        return location.lineNumber();
    }

    /**
     * The note in a language.
     *
     * @param locale Chinese for a Chinese locale, English otherwise
     * @return the note's text
     */
    public String message(Locale locale) {
        return kind.message(locale, arguments);
    }
}
