package dev.xxgk.serialization.spi;

import java.util.List;
import java.util.Locale;

/**
 * A {@link NoteKind} whose id and patterns come from its {@link NoteBundle}: an enum that names
 * its bundle and nothing else. The id of a constant is the bundle's
 * {@linkplain NoteBundle#idPrefix() id prefix}, a dot, and the constant's name in lower case with
 * hyphens for underscores ({@code ROW_RESOLVED} of prefix {@code published} is
 * {@code published.row-resolved}), and that id is the key of its patterns in both files. A
 * constant's name is therefore part of a stable id: renaming it changes the id, and the test that
 * both files hold exactly the kinds' ids fails until the files say the same.
 *
 * <pre>{@code
 * public enum MyNote implements BundledNoteKind {
 *     TEXTS_ABSENT, SHEET_HIDDEN;
 *
 *     private static final NoteBundle BUNDLE = NoteBundle.of(MyNote.class, "notes", "my");
 *
 *     @Override
 *     public NoteBundle bundle() {
 *         return BUNDLE;
 *     }
 * }
 * }</pre>
 */
public interface BundledNoteKind extends NoteKind {

    /**
     * The bundle that holds this kind's patterns and gives its id prefix.
     *
     * @return the bundle, made with {@link NoteBundle#of(Class, String, String)}
     */
    NoteBundle bundle();

    /**
     * The name the id is made of; an enum constant's own name.
     *
     * @return e.g. {@code ROW_RESOLVED}
     */
    String name();

    /**
     * {@inheritDoc}
     *
     * @return the bundle's id prefix, a dot, and {@link #name()} in lower case with hyphens
     * @throws IllegalStateException if the bundle was made without an id prefix
     */
    @Override
    default String id() {
        return bundle().id(name());
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the language's file has no pattern for this kind's id
     */
    @Override
    default String message(Locale locale, List<String> arguments) {
        return bundle().format(id(), locale, arguments);
    }
}
