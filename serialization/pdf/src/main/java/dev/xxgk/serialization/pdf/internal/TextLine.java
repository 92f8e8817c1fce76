package dev.xxgk.serialization.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that share a baseline, left to right.
 *
 * @param glyphs the glyphs, ordered by x
 */
record TextLine(List<Glyph> glyphs) {

    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    float x() {
        return glyphs.get(0).x();
    }

    float endX() {
        float end = -Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            end = Math.max(end, g.endX());
        }
        return end;
    }

    float baseline() {
        return glyphs.get(0).baseline();
    }

    float top() {
        float top = Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            top = Math.min(top, g.top());
        }
        return top;
    }

    float size() {
        float size = 0;
        for (Glyph g : glyphs) {
            size = Math.max(size, g.size());
        }
        return size;
    }

    boolean hasUnmapped() {
        return glyphs.stream().anyMatch(Glyph::unmapped);
    }

    /** The line's text: a space where the page leaves a gap wider than a third of the font size. */
    String text() {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (g.blank()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                previous = g;
                continue;
            }
            // spacing between Chinese characters is layout (justified or spread-out text), not a word break
            if (previous != null && !previous.blank() && !(wide(last(previous)) && wide(g.text().charAt(0)))
                    && g.x() - previous.endX() > Math.max(g.size(), previous.size()) / 3) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
        return text.toString().strip();
    }

    private static char last(Glyph g) {
        return g.text().charAt(g.text().length() - 1);
    }

    /**
     * Groups glyphs into lines: a glyph joins the line whose baseline is within half a font size
     * of its own, so that text set in one line stays one line even where sizes differ.
     */
    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float base = 0;
        float size = 0;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && g.baseline() - base > Math.max(Math.min(size, g.size()) * 0.5f, 1f)) {
                lines.add(finish(line));
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                base = g.baseline();
                size = g.size();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(finish(line));
        }
        lines.removeIf(l -> l.glyphs().stream().allMatch(Glyph::blank));
        return lines;
    }

    private static TextLine finish(List<Glyph> line) {
        List<Glyph> ordered = new ArrayList<>(line);
        ordered.sort(Comparator.comparingDouble(Glyph::x));
        return new TextLine(ordered);
    }

    /** Splits the line where it leaves a gap wider than {@code gap} points: the chunks of a table row. */
    List<TextLine> chunks(float gap) {
        List<TextLine> chunks = new ArrayList<>();
        List<Glyph> chunk = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (g.blank()) {
                continue;
            }
            if (previous != null && g.x() - previous.endX() > gap) {
                chunks.add(new TextLine(chunk));
                chunk = new ArrayList<>();
            }
            chunk.add(g);
            previous = g;
        }
        if (!chunk.isEmpty()) {
            chunks.add(new TextLine(chunk));
        }
        return chunks;
    }

    /**
     * Joins the lines of one cell: a break between two CJK characters (or CJK punctuation) is
     * dropped, any other becomes one space.
     */
    static String join(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            String piece = line.text();
            if (piece.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                char last = text.charAt(text.length() - 1);
                if (!(wide(last) || wide(piece.charAt(0)))) {
                    text.append(' ');
                }
            }
            text.append(piece);
        }
        return text.toString();
    }

    /** Two pieces of one text broken by the layout: joined as {@link #join(List)} joins lines. */
    static String join(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first + second;
        }
        boolean space = !(wide(first.charAt(first.length() - 1)) || wide(second.charAt(0)));
        return first + (space ? " " : "") + second;
    }

    static boolean wide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '—');
    }
}
