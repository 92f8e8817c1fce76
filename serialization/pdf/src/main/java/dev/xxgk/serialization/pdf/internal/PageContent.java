package dev.xxgk.serialization.pdf.internal;

import java.util.List;

/**
 * What one page holds for reading: its glyphs, its ruling lines, and how many images it draws.
 *
 * @param number the 1-based page number
 * @param width the page's width in points
 * @param height the page's height in points
 * @param glyphs the glyphs in content order
 * @param segments the ruling lines
 * @param images how many images the page draws
 */
record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Segment> segments, int images) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        segments = List.copyOf(segments);
    }
}
