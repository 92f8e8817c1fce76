package dev.xxgk.serialization.codec;

import dev.xxgk.template.ReportField;

/**
 * Keeps spreadsheets from executing text read from a CSV file, and gives the text back exactly.
 *
 * <p>A spreadsheet takes a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and,
 * in some programs, a tab or carriage return) as a formula. The writers put an apostrophe before
 * such a text, which every spreadsheet shows as text; an apostrophe that starts a text gets one
 * more, so that reading can tell the two apart. Reading removes one leading apostrophe when one of
 * those characters follows it, and nothing else: every text round-trips exactly, and a person's own
 * {@code 'abc} stays as it is.
 */
public final class SpreadsheetText {

    private static final char APOSTROPHE = '\'';

    private SpreadsheetText() {
    }

    /**
     * The text as a CSV writer writes it.
     *
     * @param text the text
     * @return the text, with an apostrophe before it if it starts with one of {@code = + - @},
     *     tab, carriage return or an apostrophe
     */
    public static String protect(String text) {
        return !text.isEmpty() && isGuarded(text.charAt(0)) ? APOSTROPHE + text : text;
    }

    /**
     * The text a CSV reader gives back.
     *
     * @param text the text as found
     * @return the text without the apostrophe {@link #protect} adds
     */
    public static String unprotect(String text) {
        return text.length() >= 2 && text.charAt(0) == APOSTROPHE && isGuarded(text.charAt(1))
                ? text.substring(1)
                : text;
    }

    /**
     * Whether the CSV forms protect a field: the agency and the texts, which a person writes; not
     * the edition, year and date, whose forms cannot start a formula.
     *
     * @param field a field
     * @return true for the agency and the texts
     */
    public static boolean isFreeText(ReportField field) {
        return field == ReportField.AGENCY || field.isText();
    }

    private static boolean isGuarded(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == APOSTROPHE;
    }
}
