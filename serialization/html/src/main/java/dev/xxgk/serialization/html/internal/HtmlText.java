package dev.xxgk.serialization.html.internal;

import dev.xxgk.serialization.Location;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * The text rules of the front end, the same for paragraphs and cells. White space is what HTML
 * collapses (spaces, tabs, line breaks, and {@code &nbsp;}, which only pads); a run of it becomes
 * one space, except that a run holding a line break (in the source, or a {@code <br>} or block
 * boundary inside a cell, written as {@link #BREAK}) between two CJK characters disappears: Word
 * and CMS editors wrap their source lines and split labels over lines ({@code 商业<br>企业}) where
 * the printed text has no space. The result is trimmed, ideographic spaces included.
 */
final class HtmlText {

    /** A line break inside a cell: a {@code <br>} or the boundary of a block element. */
    static final char BREAK = '\u2028';

    private HtmlText() {
    }

    static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            int j = i;
            while (j < n && isSpace(raw.charAt(j))) {
                char s = raw.charAt(j);
                lineBreak |= s == '\n' || s == '\r' || s == BREAK;
                j++;
            }
            if (out.length() > 0 && j < n) {
                int before = Character.codePointBefore(out, out.length());
                int after = Character.codePointAt(raw, j);
                if (!(lineBreak && isCjk(before) && isCjk(after))) {
                    out.append(' ');
                }
            }
            i = j;
        }
        return trim(out);
    }

    /** Trims white space, {@code &nbsp;} and ideographic spaces at both ends. */
    static String trim(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPadding(text.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' || c == BREAK;
    }

    private static boolean isPadding(char c) {
        return isSpace(c) || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isPadding(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (codePoint == '“' || codePoint == '”'
                        || codePoint == '‘' || codePoint == '’' || codePoint == '…' || codePoint == '—');
    }

    /** Where a node starts in the source, or null when the parser did not track it. */
    static Location location(Node node) {
        Range range = node.sourceRange();
        if (range.isTracked() && range.start().lineNumber() > 0) {
            return Location.line(range.start().lineNumber(), Math.max(0, range.start().columnNumber()));
        }
        return null;
    }

    /** Where the first printed character of a text node is: after the source's leading white space. */
    static Location firstCharacter(TextNode node) {
        Range range = node.sourceRange();
        if (!range.isTracked() || range.start().lineNumber() <= 0) {
            return null;
        }
        long line = range.start().lineNumber();
        long column = Math.max(1, range.start().columnNumber());
        String text = node.getWholeText();
        for (int i = 0; i < text.length() && isPadding(text.charAt(i)) && text.charAt(i) != '\u00A0'; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Location.line(line, column);
    }
}
