package dev.xxgk.serialization.published.internal;

import dev.xxgk.serialization.spi.NoteKind;
import java.util.List;
import java.util.Locale;

/**
 * The notes of the text reader from before the reading pipeline: their text is made where they are
 * raised, in both languages, and carried as the two arguments. The pipeline's stages replace them
 * with kinds of their own whose patterns live in bundles.
 */
enum ProseNote implements NoteKind {
    PROSE;

    @Override
    public String id() {
        return "text.prose";
    }

    @Override
    public String message(Locale locale, List<String> arguments) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? arguments.get(0) : arguments.get(1);
    }
}
