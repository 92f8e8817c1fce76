package dev.xxgk.serialization.pdf.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the ruling lines a page draws: stroked straight lines and the edges of stroked
 * rectangles, and rectangles filled so thin that they are lines (how WPS, Word and Chromium draw
 * cell borders). Wider fills (cell shading, page backgrounds) are not lines and are left out.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A fill narrower than this, in points, is a line. */
    private static final float THIN = 2.5f;
    /** Segments shorter than this are glyph details or dots, not rulings. */
    private static final float SHORTEST = 2f;
    /** How far off the axis a line may lean and still be horizontal or vertical. */
    private static final float SLANT = 0.8f;

    private final float left;
    private final float top;
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private List<Point2D.Float> current;
    private final List<Segment> segments = new ArrayList<>();
    private int images;

    RulingCollector(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.left = box.getLowerLeftX();
        this.top = box.getUpperRightY();
    }

    List<Segment> segments() {
        return segments;
    }

    int images() {
        return images;
    }

    private Point2D.Float flip(Point2D p) {
        return new Point2D.Float((float) p.getX() - left, top - (float) p.getY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> rectangle = new ArrayList<>(5);
        rectangle.add(flip(p0));
        rectangle.add(flip(p1));
        rectangle.add(flip(p2));
        rectangle.add(flip(p3));
        rectangle.add(flip(p0));
        subpaths.add(rectangle);
        current = null;
    }

    /**
     * The outlines of a Type 3 glyph (Chromium sets synthetic bold text in Type 3 fonts) are
     * letters, not rulings: they are not drawn here.
     */
    @Override
    protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement) {
        // the glyph's text is read by the glyph collector
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping does not draw
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(flip(new Point2D.Float(x, y)));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(flip(new Point2D.Float(x, y)));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve is no ruling: start a new subpath at its end
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        if (current == null || current.isEmpty()) {
            return new Point2D.Float();
        }
        Point2D.Float last = current.get(current.size() - 1);
        return new Point2D.Float(last.x + left, top - last.y);
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
        current = null;
    }

    @Override
    public void strokePath() {
        for (List<Point2D.Float> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                addLine(path.get(i - 1), path.get(i));
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D.Float> path : subpaths) {
            addThinFill(path);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is colour, not a line
    }

    private void addLine(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) <= SLANT && Math.abs(a.x - b.x) >= SHORTEST) {
            segments.add(Segment.horizontal((a.y + b.y) / 2, a.x, b.x));
        } else if (Math.abs(a.x - b.x) <= SLANT && Math.abs(a.y - b.y) >= SHORTEST) {
            segments.add(Segment.vertical((a.x + b.x) / 2, a.y, b.y));
        }
    }

    private void addThinFill(List<Point2D.Float> path) {
        if (path.size() < 4) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (Point2D.Float p : path) {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        for (int i = 1; i < path.size(); i++) {
            Point2D.Float a = path.get(i - 1);
            Point2D.Float b = path.get(i);
            if (Math.abs(a.x - b.x) > SLANT && Math.abs(a.y - b.y) > SLANT) {
                return; // not a rectangle drawn along the axes
            }
        }
        float width = maxX - minX;
        float height = maxY - minY;
        if (height <= THIN && width >= SHORTEST) {
            segments.add(Segment.horizontal((minY + maxY) / 2, minX, maxX));
        } else if (width <= THIN && height >= SHORTEST) {
            segments.add(Segment.vertical((minX + maxX) / 2, minY, maxY));
        }
    }
}
