package dev.xxgk.serialization.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects every glyph of every page with its position, through PDFBox's text stripper (which
 * knows fonts, text matrices and page boxes), without letting it assemble text.
 *
 * <p>A glyph whose font gives no Unicode for it is kept as U+FFFD and marked: PDFBox would
 * otherwise show a simple font's character code as if it were a character (a wrong character)
 * and drop a composite font's glyph without a trace.
 */
final class GlyphCollector extends PDFTextStripper {

    private final Map<Integer, List<Glyph>> pages = new LinkedHashMap<>();
    private List<Glyph> glyphs;
    private float left;
    private float top;
    private boolean pendingUnmapped;

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    Map<Integer, List<Glyph>> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs = new ArrayList<>();
        pages.put(getCurrentPageNo(), glyphs);
        PDRectangle box = page.getCropBox();
        left = box.getLowerLeftX();
        top = box.getUpperRightY();
    }

    @Override
    protected void writePage() {
        // text is assembled from the glyphs by this module, not by the stripper
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        pendingUnmapped = font.toUnicode(code) == null;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        if (pendingUnmapped) {
            // a composite font's glyph without Unicode never reaches processTextPosition
            float size = Math.abs(textRenderingMatrix.getScalingFactorY());
            float width = Math.abs(displacement.getX() * textRenderingMatrix.getScalingFactorX());
            glyphs.add(new Glyph(Glyph.UNMAPPED, textRenderingMatrix.getTranslateX() - left,
                    top - textRenderingMatrix.getTranslateY(), Math.max(width, size / 2), Math.max(size * 0.7f, 1f),
                    size, true));
            pendingUnmapped = false;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        boolean unmapped = pendingUnmapped;
        pendingUnmapped = false;
        String unicode = unmapped ? Glyph.UNMAPPED : text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        float size = text.getFontSizeInPt() > 0 ? text.getFontSizeInPt() : text.getHeightDir();
        float height = Math.max(text.getHeightDir(), Math.max(size * 0.5f, 1f));
        // a glyph of a vertical label may be given the advance to the next line as its width: no
        // character is wider than its font size and a little
        float width = size > 0 ? Math.min(text.getWidthDirAdj(), size * 1.2f) : text.getWidthDirAdj();
        glyphs.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), width, height, size > 0 ? size : height,
                unmapped));
    }
}
