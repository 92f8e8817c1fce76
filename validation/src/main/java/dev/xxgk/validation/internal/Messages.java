package dev.xxgk.validation.internal;

import dev.xxgk.validation.spi.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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

    static String pattern(String key, Locale locale) {
        String pattern = LocalizedText.isChinese(locale) ? CHINESE.get(key) : null;
        if (pattern == null) {
            pattern = ENGLISH.get(key);
        }
        if (pattern == null) {
            throw new IllegalStateException("no message " + key + " in " + ENGLISH_BUNDLE);
        }
        return pattern;
    }
}
