package dev.xxgk.validation.internal;

import dev.xxgk.validation.spi.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The UTF-8 message bundles {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties}. They are read here rather than through
 * {@code ResourceBundle.getBundle}: that method falls back to the JVM's default locale (so English
 * would turn Chinese on a Chinese desktop), maps {@code zh} alone to no bundle, and takes no
 * {@code Control} inside a named module.
 */
public final class Messages {

    /** The resource names of the bundles, relative to this class. */
    public static final String ENGLISH_BUNDLE = "messages.properties";

    /** The Chinese bundle. */
    public static final String CHINESE_BUNDLE = "messages_zh_CN.properties";

    private static final Map<String, String> ENGLISH = load(ENGLISH_BUNDLE);
    private static final Map<String, String> CHINESE = load(CHINESE_BUNDLE);

    // parsed once: parsing a pattern costs a message most of its time and allocation; a shared
    // MessageFormat is not thread-safe, so each use formats with a clone of its prototype
    private static final Map<String, MessageFormat> ENGLISH_FORMATS = compile(ENGLISH, Locale.ENGLISH);
    private static final Map<String, MessageFormat> CHINESE_FORMATS = compile(CHINESE, Locale.SIMPLIFIED_CHINESE);

    private Messages() {
    }

    /**
     * Reads a bundle.
     *
     * @param name the resource name, relative to this class
     * @return its keys and patterns, in no particular order
     */
    public static Map<String, String> load(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + name + " is missing from dev.xxgk.validation.internal");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new LinkedHashMap<>();
            for (String key : properties.stringPropertyNames()) {
                map.put(key, properties.getProperty(key));
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + name, e);
        }
    }

    private static Map<String, MessageFormat> compile(Map<String, String> patterns, Locale locale) {
        Map<String, MessageFormat> formats = new HashMap<>();
        patterns.forEach((key, pattern) -> formats.put(key, new MessageFormat(pattern, locale)));
        return Collections.unmodifiableMap(formats);
    }

    /**
     * Formats a message with arguments that are all text already: no argument is formatted in the
     * locale, which only picks the bundle.
     *
     * @param key the message key
     * @param locale the locale: Chinese for a Chinese locale, English otherwise
     * @param args the arguments
     * @return the message
     * @throws IllegalStateException if no bundle has the key
     */
    static String format(String key, Locale locale, Object[] args) {
        MessageFormat format = LocalizedText.isChinese(locale) ? CHINESE_FORMATS.get(key) : null;
        if (format == null) {
            format = ENGLISH_FORMATS.get(key);
        }
        if (format == null) {
            throw new IllegalStateException("no message " + key + " in " + ENGLISH_BUNDLE);
        }
        return ((MessageFormat) format.clone()).format(args);
    }
}
