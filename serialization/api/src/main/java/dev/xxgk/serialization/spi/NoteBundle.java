package dev.xxgk.serialization.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The Chinese and English message patterns of a format's {@link NoteKind}s: two UTF-8 properties
 * files beside a class, {@code NAME.properties} (English) and {@code NAME_zh_CN.properties}, in
 * {@link MessageFormat} syntax with text arguments. They are read with
 * {@link Class#getResourceAsStream} rather than with {@code ResourceBundle}, which falls back to
 * the JVM's default locale. In a named module the package of the files must be open to this
 * module ({@code opens my.format.internal to dev.xxgk.serialization;}), since this class reads
 * them on the format's behalf.
 *
 * <p>A bundle made with an id prefix ({@link #of(Class, String, String)}) backs a
 * {@link BundledNoteKind}: every key starts with the prefix and a dot, and a kind's id is made from
 * its name ({@link #id(String)}).
 *
 * <p>Immutable and thread-safe; patterns are parsed once.
 */
public final class NoteBundle {

    private final String name;
    private final String idPrefix;
    private final Map<String, String> english;
    private final Map<String, String> chinese;
    private final Map<String, MessageFormat> englishFormats;
    private final Map<String, MessageFormat> chineseFormats;

    private NoteBundle(Class<?> anchor, String name, String idPrefix) {
        this.name = anchor.getPackageName() + "." + name;
        this.idPrefix = idPrefix;
        this.english = load(anchor, name + ".properties");
        this.chinese = load(anchor, name + "_zh_CN.properties");
        if (idPrefix != null) {
            for (Map<String, String> patterns : List.of(english, chinese)) {
                for (String key : patterns.keySet()) {
                    if (!key.startsWith(idPrefix + ".")) {
                        throw new IllegalStateException("note bundle " + this.name + " has the key " + key
                                + " (expected every key to start with " + idPrefix + ".)");
                    }
                }
            }
        }
        this.englishFormats = compile(english, Locale.ENGLISH);
        this.chineseFormats = compile(chinese, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Reads the bundles of a name beside a class.
     *
     * @param anchor a class of the package the bundles are in
     * @param name the base name, e.g. {@code notes}
     * @return the bundle
     * @throws IllegalStateException if either file is missing
     * @throws UncheckedIOException if a file cannot be read
     */
    public static NoteBundle of(Class<?> anchor, String name) {
        return new NoteBundle(Objects.requireNonNull(anchor, "anchor"), Objects.requireNonNull(name, "name"), null);
    }

    /**
     * Reads the bundles of a name beside a class, for the {@link BundledNoteKind}s whose ids start
     * with a prefix.
     *
     * @param anchor a class of the package the bundles are in
     * @param name the base name, e.g. {@code notes}
     * @param idPrefix what every id and key starts with before its dot, e.g. {@code xlsx}
     * @return the bundle
     * @throws IllegalArgumentException if the prefix is empty or holds a dot
     * @throws IllegalStateException if either file is missing, or holds a key without the prefix
     * @throws UncheckedIOException if a file cannot be read
     */
    public static NoteBundle of(Class<?> anchor, String name, String idPrefix) {
        Objects.requireNonNull(idPrefix, "idPrefix");
        if (idPrefix.isEmpty() || idPrefix.indexOf('.') >= 0) {
            throw new IllegalArgumentException("idPrefix must be a non-empty word without a dot, was \"" + idPrefix + "\"");
        }
        return new NoteBundle(Objects.requireNonNull(anchor, "anchor"), Objects.requireNonNull(name, "name"), idPrefix);
    }

    /**
     * The prefix of the ids of the kinds this bundle backs.
     *
     * @return e.g. {@code xlsx}, or null for a bundle made without one
     */
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * The id of a {@link BundledNoteKind} of a name: the prefix, a dot, and the name in lower case
     * with hyphens for underscores.
     *
     * @param kindName e.g. {@code ROW_RESOLVED}
     * @return e.g. {@code published.row-resolved}
     * @throws IllegalStateException if this bundle was made without an id prefix
     */
    public String id(String kindName) {
        Objects.requireNonNull(kindName, "kindName");
        if (idPrefix == null) {
            throw new IllegalStateException("note bundle " + name + " has no id prefix: make it with of(anchor, name, idPrefix)");
        }
        return idPrefix + "." + kindName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, String> load(Class<?> anchor, String file) {
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("note bundle " + file + " is missing from " + anchor.getPackageName());
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new LinkedHashMap<>();
            for (String key : properties.stringPropertyNames()) {
                map.put(key, properties.getProperty(key));
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read note bundle " + file, e);
        }
    }

    private static Map<String, MessageFormat> compile(Map<String, String> patterns, Locale locale) {
        Map<String, MessageFormat> formats = new LinkedHashMap<>();
        patterns.forEach((key, pattern) -> formats.put(key, new MessageFormat(pattern, locale)));
        return Collections.unmodifiableMap(formats);
    }

    /**
     * The keys of one language's file, for a test that both files have the same keys.
     *
     * @param locale Chinese for a Chinese locale, English otherwise
     * @return the keys
     */
    public Set<String> keys(Locale locale) {
        return (chinese(locale) ? chinese : english).keySet();
    }

    /**
     * Formats the pattern of a key.
     *
     * @param key the key, usually the note kind's id
     * @param locale Chinese for a Chinese locale, English otherwise
     * @param arguments the arguments, already text: none is formatted in the locale
     * @return the message
     * @throws IllegalStateException if the language's file has no such key
     */
    public String format(String key, Locale locale, List<String> arguments) {
        MessageFormat prototype = (chinese(locale) ? chineseFormats : englishFormats).get(key);
        if (prototype == null) {
            throw new IllegalStateException("note bundle " + name + " has no message " + key + " for " + locale);
        }
        return ((MessageFormat) prototype.clone()).format(arguments.toArray());
    }

    private static boolean chinese(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return "NoteBundle[" + name + "]";
    }
}
