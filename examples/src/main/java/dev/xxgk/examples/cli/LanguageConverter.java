package dev.xxgk.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang zh|en}. */
final class LanguageConverter implements ITypeConverter<Locale> {

    @Override
    public Locale convert(String value) {
        return switch (value) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new TypeConversionException("'" + value + "' is not a language; use zh or en");
        };
    }
}
