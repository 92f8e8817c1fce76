package dev.xxgk.serialization;

import java.util.Locale;
import java.util.Objects;

/**
 * What a reader did or could not do at one place of its input, for the person who checks the
 * reading: a row resolved by the table's arithmetic, cells left blank and why, a table read twice.
 *
 * @param line the 1-based line of the input the note is about, or 0 for the whole input
 * @param path the code of the cell, row or section the note is about, or empty
 * @param zh the note in Chinese
 * @param en the note in English
 */
public record ReadingNote(long line, String path, String zh, String en) {

    /**
     * Rejects nulls.
     *
     * @param line the 1-based line of the input the note is about, or 0 for the whole input
     * @param path the code of the cell, row or section the note is about, or empty
     * @param zh the note in Chinese
     * @param en the note in English
     */
    public ReadingNote {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The note in a language: Chinese for a Chinese locale, English otherwise.
     *
     * @param locale the locale
     * @return the note
     */
    public String message(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
    }
}
