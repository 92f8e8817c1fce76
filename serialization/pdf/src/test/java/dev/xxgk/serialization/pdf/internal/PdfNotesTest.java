package dev.xxgk.serialization.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The note bundles: the same keys in both languages, one per note kind, and each formats. */
class PdfNotesTest {

    @Test
    void bothLanguagesHaveExactlyTheKeysOfTheNoteKinds() {
        Set<String> ids = Arrays.stream(PdfNote.values()).map(PdfNote::id).collect(Collectors.toSet());
        assertEquals(ids, PdfNote.UNMAPPED_GLYPHS.bundle().keys(Locale.ENGLISH));
        assertEquals(ids, PdfNote.UNMAPPED_GLYPHS.bundle().keys(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void everyNoteFormatsItsArgumentsInBothLanguages() {
        for (PdfNote note : PdfNote.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String message = note.message(locale, List.of("7", "9"));
                assertFalse(message.contains("{0}") || message.contains("{1}"), message);
                assertFalse(!message.contains("7") && !message.contains("9"), message);
            }
        }
    }
}
