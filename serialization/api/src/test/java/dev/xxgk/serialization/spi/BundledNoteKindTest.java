package dev.xxgk.serialization.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A note kind that only names its bundle: its ids from its names, its texts from both files. */
class BundledNoteKindTest {

    enum SampleNote implements BundledNoteKind {
        TEXTS_ABSENT, SHEET_HIDDEN;

        private static final NoteBundle BUNDLE = NoteBundle.of(SampleNote.class, "samplenotes", "sample");

        @Override
        public NoteBundle bundle() {
            return BUNDLE;
        }
    }

    @Test
    void theIdIsThePrefixAndTheNameInLowerCaseWithHyphens() {
        assertEquals("sample.texts-absent", SampleNote.TEXTS_ABSENT.id());
        assertEquals("sample.sheet-hidden", SampleNote.SHEET_HIDDEN.id());
        Set<String> ids = Arrays.stream(SampleNote.values()).map(NoteKind::id).collect(Collectors.toSet());
        assertEquals(ids, SampleNote.BUNDLE.keys(Locale.ENGLISH));
        assertEquals(ids, SampleNote.BUNDLE.keys(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theMessageIsTheBundlesPatternInTheLanguageAsked() {
        assertEquals("the hidden sheet \"旧表\" was not read.", SampleNote.SHEET_HIDDEN.message(Locale.ENGLISH, List.of("旧表")));
        assertEquals("隐藏的工作表“旧表”未读入。", SampleNote.SHEET_HIDDEN.message(Locale.CHINA, List.of("旧表")));
    }

    @Test
    void aBundleWithAKeyOutsideItsPrefixIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NoteBundle.of(SampleNote.class, "mixednotes", "sample"));
        assertTrue(e.getMessage().contains("other.sheet-hidden"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NoteBundle.of(SampleNote.class, "samplenotes", "sam.ple"));
    }

    @Test
    void aBundleWithoutAPrefixMakesNoIds() {
        NoteBundle plain = NoteBundle.of(SampleNote.class, "samplenotes");
        assertThrows(IllegalStateException.class, () -> plain.id("TEXTS_ABSENT"));
        assertEquals("no sheet holds the texts.", plain.format("sample.texts-absent", Locale.ENGLISH, List.of()));
    }
}
