package dev.xxgk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The UTF-8 message bundles: the same keys in every locale, and patterns that format. */
class MessagesTest {

    private static final Map<String, String> ENGLISH = Messages.load(Messages.ENGLISH_BUNDLE);
    private static final Map<String, String> CHINESE = Messages.load(Messages.CHINESE_BUNDLE);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyLocaleHasExactlyTheKeysOfTheBaseBundle() {
        assertEquals(new TreeSet<>(ENGLISH.keySet()), new TreeSet<>(CHINESE.keySet()));
        assertFalse(ENGLISH.isEmpty());
    }

    @Test
    void theBundlesAreReadAsUtf8() {
        assertEquals("两份报告的报告机关不同：本年为{0}，上年为{1}", CHINESE.get("notApplied.agency"));
        assertTrue(CHINESE.values().stream().allMatch(v -> v.codePoints().noneMatch(c -> c == 0xFFFD)));
    }

    @Test
    void patternsUseTheSameArgumentsInEveryLocaleAndNoQuote() {
        for (String key : ENGLISH.keySet()) {
            String english = ENGLISH.get(key);
            String chinese = CHINESE.get(key);
            assertFalse(english.contains("'") || chinese.contains("'"), key + " has an apostrophe, a quote to MessageFormat");
            TreeSet<String> englishArgs = arguments(english);
            TreeSet<String> chineseArgs = arguments(chinese);
            chineseArgs.remove("3"); // the Chinese APP-BALANCE quotes the table's own heading
            englishArgs.remove("3");
            assertEquals(englishArgs, chineseArgs, key);
            Object[] args = new Object[10];
            for (int i = 0; i < args.length; i++) {
                args[i] = "<" + i + ">";
            }
            String formatted = new MessageFormat(english, Locale.ENGLISH).format(args);
            assertFalse(formatted.contains("{") || formatted.contains("}"), key + ": " + formatted);
            assertFalse(new MessageFormat(chinese, Locale.CHINESE).format(args).contains("{"), key);
        }
    }

    private static TreeSet<String> arguments(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(BuiltInRule.class)
    void everyRuleHasADescriptionAndAMessage(BuiltInRule rule) {
        assertTrue(ENGLISH.containsKey("rule." + rule.id() + ".description"), rule.id().value());
        assertTrue(ENGLISH.keySet().stream().anyMatch(k -> k.equals("violation." + rule.id())
                || k.startsWith("violation." + rule.id() + ".")), rule.id().value());
        assertNotEquals(rule.description().in(Locale.ENGLISH), rule.description().in(Locale.CHINESE));
    }

    @Test
    void everyKeyBelongsToARuleOrToNotApplied() {
        for (String key : ENGLISH.keySet()) {
            String[] parts = key.split("\\.");
            boolean known = switch (parts[0]) {
                case "rule" -> parts.length == 3 && BuiltInRule.byId(parts[1]) != null && parts[2].equals("description");
                case "violation" -> BuiltInRule.byId(parts[1]) != null;
                case "notApplied" -> parts.length == 2;
                default -> false;
            };
            assertTrue(known, key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans-CN", "zh-TW"})
    void chineseIsForEveryLocaleOfLanguageZh(String tag) {
        assertEquals(CHINESE.get("notApplied.agency").replace("{0}", "甲").replace("{1}", "乙"),
                Msg.of("notApplied.agency", "甲", "乙").in(Locale.forLanguageTag(tag)));
    }

    @Test
    void englishIsForEveryOtherLocaleWhateverTheDefault() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ROOT, Locale.FRANCE, Locale.JAPANESE}) {
                assertEquals("the reports are of different agencies: A this year, B last year",
                        Msg.of("notApplied.agency", "A", "B").in(locale), locale.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void numbersArePassedAsWrittenWithoutGrouping() {
        assertEquals("a report on 12345 should use edition 2021 of the template (X), but this one uses edition 2019",
                Msg.of("violation.EDITION-YEAR", "12345", "2021", "X", "2019").in(Locale.GERMANY));
    }
}
