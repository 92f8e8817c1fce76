package dev.xxgk.validation.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A text resolved late, in the locale the reader asks for: the message of a violation, the
 * reason a rule was not applied, the description of a rule.
 *
 * <p>Implementations must be immutable and thread-safe, and must return a text (never
 * {@code null}) for every locale, falling back to English.
 */
@FunctionalInterface
public interface LocalizedText {

    /**
     * The text in a locale.
     *
     * @param locale the locale; Chinese for a locale whose language is {@code zh}, English otherwise
     * @return the text, never null
     */
    String in(Locale locale);

    /**
     * A text given in English and in Chinese: Chinese for every locale whose language is
     * {@code zh} ({@link Locale#CHINESE}, {@link Locale#SIMPLIFIED_CHINESE}, ...), English
     * otherwise.
     *
     * @param english the English text
     * @param chinese the Chinese text
     * @return the text
     */
    static LocalizedText of(String english, String chinese) {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        return locale -> isChinese(locale) ? chinese : english;
    }

    /**
     * Whether a locale asks for Chinese.
     *
     * @param locale a locale
     * @return true when its language is {@code zh}
     */
    static boolean isChinese(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }
}
