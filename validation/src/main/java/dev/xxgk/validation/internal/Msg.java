package dev.xxgk.validation.internal;

import dev.xxgk.validation.spi.LocalizedText;
import java.util.Arrays;
import java.util.Locale;

/**
 * A message of the bundles with its arguments, formatted when asked for. An argument is a
 * {@code String} (used as is: numbers are passed already written, so no locale groups their
 * digits) or a {@link LocalizedText} (resolved in the same locale).
 */
final class Msg implements LocalizedText {

    private final String key;
    private final Object[] args;

    private Msg(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    static Msg of(String key, Object... args) {
        for (Object arg : args) {
            if (!(arg instanceof String) && !(arg instanceof LocalizedText)) {
                throw new IllegalArgumentException("message argument must be a String or a LocalizedText, was " + arg);
            }
        }
        return new Msg(key, args.clone());
    }

    String key() {
        return key;
    }

    @Override
    public String in(Locale locale) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof LocalizedText text ? text.in(locale) : args[i];
        }
        return Messages.format(key, locale, resolved);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
