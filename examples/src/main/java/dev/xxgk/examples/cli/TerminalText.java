package dev.xxgk.examples.cli;

import java.io.PrintWriter;

/**
 * Makes text from files safe to print on a terminal: the one escaping function of the tool, applied
 * to everything it prints on standard output and standard error (item 17 of issue 17).
 *
 * <p>A report's agency, a file name or a text quoted in an error could otherwise carry an escape
 * sequence that clears the screen, moves the cursor and prints "all reports valid", or a line break
 * that makes a line of its own look like the tool's. Every C0 control (line breaks inside a printed
 * line included), DEL, every C1 control, the bidirectional formatting characters (which reorder
 * what is shown: U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) and lone surrogates are
 * printed as {@code \}{@code uXXXX}, a form that is also a valid escape inside a JSON string, so the
 * JSON printer's output stays valid JSON. Chinese text and everything else printable pass as they are.
 */
final class TerminalText {

    private TerminalText() {
    }

    /**
     * The text with every unsafe character escaped.
     *
     * @param text the text
     * @param keepLineBreaks whether a {@code \n} and a tab pass as they are (for the tool's own
     *     multi-line texts, such as its help)
     * @return the safe text
     */
    static String escape(String text, boolean keepLineBreaks) {
        int length = text.length();
        int i = 0;
        while (i < length && !isUnsafe(text, i, keepLineBreaks)) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder safe = new StringBuilder(length + 16).append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (isUnsafe(text, i, keepLineBreaks)) {
                safe.append(String.format("\\u%04X", (int) c));
            } else {
                safe.append(c);
                if (Character.isHighSurrogate(c)) {
                    safe.append(text.charAt(++i));
                }
            }
        }
        return safe.toString();
    }

    /**
     * The text with every unsafe character escaped, line breaks included: for one line.
     *
     * @param text the text, or null
     * @return the safe text
     */
    static String line(Object text) {
        return escape(String.valueOf(text), false);
    }

    private static boolean isUnsafe(String text, int i, boolean keepLineBreaks) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return !(keepLineBreaks && (c == '\n' || c == '\t'));
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true;
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    /**
     * A writer that escapes what it is given: a line printed with {@code println} entirely (its
     * line breaks too), anything else but its line breaks and tabs. Its own line ends are written
     * as they are. {@link #raw()} is for the progress line's own control sequences.
     */
    static final class EscapingWriter extends PrintWriter {
        private final PrintWriter raw;

        EscapingWriter(PrintWriter raw) {
            super(raw, false);
            this.raw = raw;
        }

        /** The writer this one writes to, unescaped. */
        PrintWriter raw() {
            return raw;
        }

        @Override
        public void write(String s, int off, int len) {
            String safe = escape(s.substring(off, off + len), true);
            super.write(safe, 0, safe.length());
        }

        @Override
        public void write(char[] buf, int off, int len) {
            write(new String(buf, off, len), 0, len);
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void println(String x) {
            synchronized (lock) {
                super.print(escape(String.valueOf(x), false));
                super.println();
            }
        }

        @Override
        public void println(Object x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(char[] x) {
            println(new String(x));
        }
    }
}
