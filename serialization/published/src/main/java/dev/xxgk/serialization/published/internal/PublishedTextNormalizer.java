package dev.xxgk.serialization.published.internal;

/**
 * Brings the characters of published text to one form for comparing labels: full-width ASCII
 * (digits, brackets, colons, slashes) to half-width, curly and corner quotes to {@code "}, the
 * dashes and minus signs to {@code -}, and the traditional characters that occur in the
 * template's labels to their simplified forms. Every mapping is one character to one character,
 * so that a position in a normalized text is the position in the text it came from.
 *
 * <p>The traditional-to-simplified table covers the vocabulary of the labels, section titles
 * and report title only; it is not a general converter.
 */
public final class PublishedTextNormalizer {

    /** Traditional character, then simplified, for the characters of the labels. */
    private static final String TRADITIONAL_SIMPLIFIED =
            "萬万與与業业為为爲为舉举於于會会體体關关況况減减決决製制辦办務务動动區区單单發发臺台檯台後后"
            + "國国複复復复處处審审對对屬属佈布廢废開开強强當当總总執执護护報报據据數数時时無无機机權权構构"
            + "條条穩稳類类係系繫系糾纠納纳組组織织經经結结繼继續续維维繳缴罰罚範范獲获補补規规計计認认議议"
            + "許许訟讼設设訪访訴诉詢询請请購购費费轉转過过這这進进採采問问間间項项題题額额監监現现確确沒没"
            + "內内資资訊讯";

    private static final char[] MAP = new char[0x10000];

    static {
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            MAP[c] = (char) (c - 0xFEE0);
        }
        for (char c : "“”„‟〝〞「」『』".toCharArray()) {
            MAP[c] = '"';
        }
        for (char c : "‘’‚‛".toCharArray()) {
            MAP[c] = '\'';
        }
        for (char c : "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63".toCharArray()) {
            MAP[c] = '-';
        }
        MAP['\uFF5C'] = '|';
        MAP['\u3000'] = ' ';
        for (int i = 0; i < TRADITIONAL_SIMPLIFIED.length(); i += 2) {
            MAP[TRADITIONAL_SIMPLIFIED.charAt(i)] = TRADITIONAL_SIMPLIFIED.charAt(i + 1);
        }
    }

    private PublishedTextNormalizer() {
    }

    /**
     * The normal form of one character.
     *
     * @param c a character
     * @return its normal form
     */
    public static char normalize(char c) {
        return MAP[c];
    }

    /**
     * Whether a character separates words: ASCII and Unicode spaces, tabs, no-break and
     * zero-width spaces, and a byte-order mark inside the text.
     *
     * @param c a character
     * @return true for white space
     */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f' || c == '\u000B'
                || c >= '\u2000' && c <= '\u200B' || c == '\u202F' || c == '\u205F' || c == '\uFEFF';
    }

    /**
     * The normal form of a text with every space removed: how labels are compared.
     *
     * @param text a text
     * @return the compact normal form
     */
    public static String compact(CharSequence text) {
        int length = text.length();
        char[] out = new char[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out[n++] = MAP[c];
            }
        }
        return new String(out, 0, n);
    }

    /**
     * A text with every space removed but otherwise as written: how an agency's name is kept.
     *
     * @param text a text
     * @return the text without spaces
     */
    public static String withoutSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A line of text as a section's text keeps it: trimmed, and every run of spaces and tabs
     * inside it made one space.
     *
     * @param line a line
     * @return the line with its white space normalized, empty if it was blank
     */
    public static String collapseSpaces(CharSequence line) {
        int length = line.length();
        char[] out = new char[length];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                space = n > 0;
            } else {
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
