package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.xxgk.serialization.xlsx.internal.XlsxNote;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The notes' bundles: both languages have a pattern for every kind, and nothing else. */
class XlsxNoteTest {

    @Test
    void bothLanguagesHaveExactlyTheKindsKeys() {
        Set<String> ids = Arrays.stream(XlsxNote.values()).map(XlsxNote::id).collect(Collectors.toSet());
        assertEquals(ids, XlsxNote.TEXTS_ABSENT.bundle().keys(Locale.ENGLISH));
        assertEquals(ids, XlsxNote.TEXTS_ABSENT.bundle().keys(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void everyPatternFormatsItsArguments() {
        for (XlsxNote kind : XlsxNote.values()) {
            String en = kind.message(Locale.ENGLISH, List.of("ARG0", "ARG1"));
            String zh = kind.message(Locale.SIMPLIFIED_CHINESE, List.of("ARG0", "ARG1"));
            assertFalse(en.contains("{"), en);
            assertFalse(zh.contains("{"), zh);
        }
        assertEquals("六、其他需要报告的事项超过一个单元格的容量，已从单元格报告!B20,C20读取并连接。",
                XlsxNote.TEXT_CONTINUED.message(Locale.SIMPLIFIED_CHINESE, List.of("六、其他需要报告的事项", "报告!B20,C20")));
    }
}
