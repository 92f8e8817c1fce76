package dev.xxgk.serialization.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the tables a page draws with ruling lines: each set of lines that touch one another and
 * form at least one box is a table; its columns and rows are the distinct positions of its lines,
 * and a box whose line to a neighbour is missing is merged with that neighbour (a merged cell).
 * Every glyph whose centre falls in a box is that box's text.
 */
final class RuledTables {

    /** Lines closer than this, in points, are one line. */
    static final float SAME = 2.5f;
    /** A boundary exists where lines cover at least this share of the box's side. */
    private static final float COVERED = 0.6f;

    private RuledTables() {
    }

    /** A table and the glyphs it took from the page. */
    record Found(Table table, List<Glyph> glyphs) {
    }

    static List<Found> find(PageContent page, List<Glyph> glyphs, int[] regionIds) {
        List<Segment> segments = page.segments();
        int n = segments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (segments.get(i).isHorizontal() != segments.get(j).isHorizontal()
                        && segments.get(i).touches(segments.get(j), SAME)) {
                    union(parent, i, j);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Segment a = segments.get(i);
                Segment b = segments.get(j);
                if (a.isHorizontal() == b.isHorizontal() && a.touches(b, 0.5f)) {
                    union(parent, i, j); // a line drawn in pieces
                }
            }
        }
        List<List<Segment>> components = new ArrayList<>();
        int[] index = new int[n];
        Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = components.size();
                components.add(new ArrayList<>());
            }
            components.get(index[root]).add(segments.get(i));
        }
        List<Found> found = new ArrayList<>();
        List<Glyph> remaining = new ArrayList<>(glyphs);
        for (List<Segment> component : components) {
            Found table = table(page.number(), component, remaining, regionIds);
            if (table != null) {
                found.add(table);
                remaining.removeAll(table.glyphs());
            }
        }
        found.sort((a, b) -> Float.compare(a.table().top(), b.table().top()));
        return found;
    }

    private static Found table(int pageNumber, List<Segment> lines, List<Glyph> glyphs, int[] regionIds) {
        List<Float> xs = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        int horizontal = 0;
        int vertical = 0;
        for (Segment s : lines) {
            if (s.isHorizontal()) {
                horizontal++;
                ys.add(s.y1());
                xs.add(s.x1());
                xs.add(s.x2());
            } else {
                vertical++;
                xs.add(s.x1());
                ys.add(s.y1());
                ys.add(s.y2());
            }
        }
        if (horizontal < 2 || vertical < 2) {
            return null;
        }
        float[] columns = cluster(xs);
        float[] rows = cluster(ys);
        int columnCount = columns.length - 1;
        int rowCount = rows.length - 1;
        if (columnCount < 1 || rowCount < 1) {
            return null;
        }
        int[] parent = new int[rowCount * columnCount];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                if (c + 1 < columnCount && !covered(lines, false, columns[c + 1], rows[r], rows[r + 1])) {
                    union(parent, r * columnCount + c, r * columnCount + c + 1);
                }
                if (r + 1 < rowCount && !covered(lines, true, rows[r + 1], columns[c], columns[c + 1])) {
                    union(parent, r * columnCount + c, (r + 1) * columnCount + c);
                }
            }
        }
        float left = columns[0];
        float right = columns[columnCount];
        float top = rows[0];
        float bottom = rows[rowCount];
        List<List<Glyph>> byCell = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            byCell.add(new ArrayList<>());
        }
        List<Glyph> taken = new ArrayList<>();
        for (Glyph g : glyphs) {
            float cx = g.centerX();
            float cy = g.centerY();
            if (cx < left || cx > right || cy < top || cy > bottom) {
                continue;
            }
            int c = slot(columns, cx);
            int r = slot(rows, cy);
            byCell.get(find(parent, r * columnCount + c)).add(g);
            taken.add(g);
        }
        Table.Region[] regions = new Table.Region[parent.length];
        List<List<Table.Region>> tableRows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<Table.Region> row = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                int root = find(parent, r * columnCount + c);
                if (regions[root] == null) {
                    float x2 = columns[c + 1];
                    float y2 = rows[r + 1];
                    for (int k = 0; k < parent.length; k++) {
                        if (find(parent, k) == root) {
                            x2 = Math.max(x2, columns[k % columnCount + 1]);
                            y2 = Math.max(y2, rows[k / columnCount + 1]);
                        }
                    }
                    List<Glyph> own = byCell.get(root);
                    regions[root] = new Table.Region(regionIds[0]++, pageNumber, columns[c], rows[r], x2, y2,
                            TextLine.join(TextLine.of(own)), own.stream().anyMatch(Glyph::unmapped));
                }
                row.add(regions[root]);
            }
            tableRows.add(row);
        }
        if (Arrays.stream(regions).filter(java.util.Objects::nonNull).count() < 2) {
            return null; // a frame around text, not a table
        }
        List<Float> edges = new ArrayList<>();
        for (float x : columns) {
            edges.add(x);
        }
        return new Found(new Table(pageNumber, left, right, top, bottom, edges, tableRows, true), taken);
    }

    private static boolean covered(List<Segment> lines, boolean horizontal, float at, float from, float to) {
        float length = to - from;
        float covered = 0;
        for (Segment s : lines) {
            if (s.isHorizontal() != horizontal) {
                continue;
            }
            float position = horizontal ? s.y1() : s.x1();
            if (Math.abs(position - at) > SAME) {
                continue;
            }
            float a = Math.max(from, horizontal ? s.x1() : s.y1());
            float b = Math.min(to, horizontal ? s.x2() : s.y2());
            if (b > a) {
                covered += b - a;
            }
        }
        return covered >= length * COVERED;
    }

    static int slot(float[] edges, float v) {
        for (int i = 1; i < edges.length; i++) {
            if (v <= edges[i]) {
                return i - 1;
            }
        }
        return edges.length - 2;
    }

    static float[] cluster(List<Float> values) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        List<Float> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] - sorted[i - 1] > SAME) {
                float sum = 0;
                for (int k = start; k < i; k++) {
                    sum += sorted[k];
                }
                out.add(sum / (i - start));
                start = i;
            }
        }
        float[] result = new float[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
