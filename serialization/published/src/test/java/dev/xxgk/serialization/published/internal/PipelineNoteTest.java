package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The note kinds of the pipeline and their two bundles. */
class PipelineNoteTest {

    @Test
    void bothBundlesHoldExactlyTheKindsIds() {
        Set<String> ids = Arrays.stream(PipelineNote.values()).map(PipelineNote::id).collect(Collectors.toSet());
        assertEquals(ids, PipelineNote.FIELD_SOURCE.bundle().keys(Locale.ENGLISH));
        assertEquals(ids, PipelineNote.FIELD_SOURCE.bundle().keys(Locale.SIMPLIFIED_CHINESE));
        assertEquals(PipelineNote.values().length, new HashSet<>(ids).size());
    }

    @Test
    void everyKindFormatsInBothLanguagesWithItsArguments() {
        List<String> arguments = Collections.nCopies(6, "ARG");
        for (PipelineNote kind : PipelineNote.values()) {
            String en = kind.message(Locale.ENGLISH, arguments);
            String zh = kind.message(Locale.SIMPLIFIED_CHINESE, arguments);
            assertFalse(en.contains("{"), kind + ": " + en);
            assertFalse(zh.contains("{"), kind + ": " + zh);
            assertNotEquals(en, zh, kind.id());
            assertFalse(en.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) && !kind.id().contains("cell")
                    && !kind.id().contains("other-edition") && !kind.id().contains("statistics"), kind + " English has CJK: " + en);
        }
    }
}
