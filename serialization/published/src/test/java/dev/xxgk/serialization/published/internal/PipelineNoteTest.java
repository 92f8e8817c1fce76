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
        Set<String> en = PipelineNote.FIELD_SOURCE.bundle().keys(Locale.ENGLISH);
        Set<String> zh = PipelineNote.FIELD_SOURCE.bundle().keys(Locale.SIMPLIFIED_CHINESE);
        assertEquals(en, zh);
        // every key is a kind's id or a term of the arguments
        assertEquals(ids, en.stream().filter(k -> !k.startsWith(PipelineNote.TERMS)).collect(Collectors.toSet()));
        assertEquals(PipelineNote.values().length, new HashSet<>(ids).size());
    }

    @Test
    void theFieldAndTheSourceAreWordedInTheMessagesLanguage() {
        List<String> arguments = List.of("year", "2023", "metadata:报告年度");
        assertEquals("报告年度“2023”取自页面信息“报告年度”。", PipelineNote.FIELD_SOURCE.message(Locale.SIMPLIFIED_CHINESE, arguments));
        assertEquals("the report year \"2023\" was taken from the metadata field \"报告年度\".",
                PipelineNote.FIELD_SOURCE.message(Locale.ENGLISH, arguments));
        assertEquals("报告年度“2023”（标题）与统计期限中的“2024”不一致；采用“2023”。", PipelineNote.FIELD_DISAGREES
                .message(Locale.SIMPLIFIED_CHINESE, List.of("year", "2023", "title", "2024", "period")));
        // an argument that names no term is printed as it is
        assertEquals("报告机关“某某县”取自elsewhere:x。",
                PipelineNote.FIELD_SOURCE.message(Locale.SIMPLIFIED_CHINESE, List.of("agency", "某某县", "elsewhere:x")));
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
