package dev.xxgk.serialization.testing;

/**
 * A text with one {@value #MARK} where an error is expected: the mark's 1-based line and column
 * (in code points) are the expected location, and the text without it is the input.
 *
 * @param text the input, without the mark
 * @param line the mark's line
 * @param column the mark's column
 */
public record Marked(String text, long line, long column) {

    /** The mark. */
    public static final String MARK = "‸";

    /**
     * Finds the mark.
     *
     * @param marked a text with exactly one mark
     * @return the text without it, and where it was
     */
    public static Marked of(String marked) {
        int at = marked.indexOf(MARK);
        if (at < 0 || marked.indexOf(MARK, at + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one " + MARK + " in " + marked);
        }
        long line = 1;
        long column = 1;
        for (int i = 0; i < at; i++) {
            char c = marked.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= marked.length() || marked.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Marked(marked.substring(0, at) + marked.substring(at + MARK.length()), line, column);
    }
}
