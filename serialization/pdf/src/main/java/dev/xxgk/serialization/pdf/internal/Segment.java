package dev.xxgk.serialization.pdf.internal;

/**
 * A ruling line of a page: horizontal ({@code y1 == y2}) or vertical ({@code x1 == x2}), in points
 * from the page's top-left corner, with {@code x1 <= x2} and {@code y1 <= y2}.
 */
record Segment(float x1, float y1, float x2, float y2) {

    static Segment horizontal(float y, float xa, float xb) {
        return new Segment(Math.min(xa, xb), y, Math.max(xa, xb), y);
    }

    static Segment vertical(float x, float ya, float yb) {
        return new Segment(x, Math.min(ya, yb), x, Math.max(ya, yb));
    }

    boolean isHorizontal() {
        return y1 == y2;
    }

    float length() {
        return isHorizontal() ? x2 - x1 : y2 - y1;
    }

    boolean touches(Segment other, float tolerance) {
        return x1 - tolerance <= other.x2 && other.x1 <= x2 + tolerance
                && y1 - tolerance <= other.y2 && other.y1 <= y2 + tolerance;
    }
}
