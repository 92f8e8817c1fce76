package dev.xxgk.serialization.pdf.internal;

/**
 * One character as the page shows it, in points from the page's top-left corner.
 *
 * @param text the character (one or more chars), or U+FFFD when the font gives no Unicode for it
 * @param x left edge
 * @param baseline distance of the baseline from the top
 * @param width advance width
 * @param height glyph height (at least a small positive value)
 * @param size font size in points
 * @param unmapped whether the font has no Unicode mapping for the glyph
 */
record Glyph(String text, float x, float baseline, float width, float height, float size, boolean unmapped) {

    static final String UNMAPPED = "\uFFFD";

    float endX() {
        return x + width;
    }

    float top() {
        return baseline - height;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - height / 2;
    }

    boolean blank() {
        return text.isBlank();
    }
}
