package dev.xxgk.serialization.codec;

import dev.xxgk.template.ReportField;

/**
 * Keeps spreadsheets from executing text read from a CSV file, and gives the text back exactly.
 *
 * <p>What a spreadsheet executes, as decided for the SDK (see {@code docs/csv-format.md}): Excel and
 * LibreOffice Calc take a cell for a formula when it starts with {@code =}, {@code +}, {@code -} or
 * {@code @}, and both also do when spaces come first (Calc strips leading blanks on import; Excel's
 * "text to columns" and DDE handling do too), some programs when a tab or carriage return comes
 * first, and a Chinese input method types the full-width {@code ＝ ＋ － ＠}, which some programs
 * map to their ASCII forms. So a text is guarded when its first character that is not white space
 * (a space, a no-break space, an ideographic space, a tab, a line break or any control) is one of
 * {@code = + - @ ＝ ＋ － ＠}, and also when it starts with a tab, a carriage return or an apostrophe.
 *
 * <p>The writers put an apostrophe before such a text, which every spreadsheet shows as text; an
 * apostrophe that starts a text gets one more, so that reading can tell the two apart. Reading
 * removes one leading apostrophe when what follows it is guarded, and nothing else: every text
 * round-trips exactly, and a person's own {@code 'abc} stays as it is.
 */
public final class SpreadsheetText {

    private static final char APOSTROPHE = '\'';

    private SpreadsheetText() {
    }

    /**
     * The text as a CSV writer writes it.
     *
     * @param text the text
     * @return the text, with an apostrophe before it if {@link #isGuarded(String) it is guarded}
     */
    public static String protect(String text) {
        return isGuarded(text) ? APOSTROPHE + text : text;
    }

    /**
     * The text a CSV reader gives back.
     *
     * @param text the text as found
     * @return the text without the apostrophe {@link #protect} adds
     */
    public static String unprotect(String text) {
        return text.length() >= 2 && text.charAt(0) == APOSTROPHE && isGuarded(text.substring(1))
                ? text.substring(1)
                : text;
    }

    /**
     * Whether a spreadsheet could take a text for a formula, or the text starts with an apostrophe:
     * whether {@link #protect} guards it.
     *
     * @param text the text
     * @return true if its first character that is not white space starts a formula, or it starts
     *     with a tab, a carriage return or an apostrophe
     */
    public static boolean isGuarded(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r' || first == APOSTROPHE) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
                return c == '=' || c == '+' || c == '-' || c == '@'
                        || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
            }
        }
        return false;
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
}
