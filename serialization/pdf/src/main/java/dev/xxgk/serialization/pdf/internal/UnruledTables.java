package dev.xxgk.serialization.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables printed without ruling lines by where their text stands: a run of at least three
 * lines, each in pieces set apart by wide gaps, at least two of them with figures. The columns
 * are the stretches of the page the pieces cover, taken over the whole run, so that a number
 * is in the column it is printed in, whatever its neighbours hold.
 */
final class UnruledTables {

    /** A gap wider than this many font sizes separates two cells. */
    private static final float GAP = 1.8f;

    private UnruledTables() {
    }

    static List<PageBlock> find(int page, List<TextLine> lines) {
        List<PageBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int withFigures = 0;
            while (end < lines.size() && rowLike(lines.get(end))) {
                if (hasFigure(lines.get(end))) {
                    withFigures++;
                }
                end++;
            }
            if (end - i >= 3 && withFigures >= 2) {
                Table table = table(page, lines.subList(i, end));
                if (table != null) {
                    blocks.add(new PageBlock.TableBlock(table));
                    i = end;
                    continue;
                }
            }
            blocks.add(new PageBlock.Line(page, lines.get(i)));
            i++;
        }
        return blocks;
    }

    private static List<TextLine> chunks(TextLine line) {
        return line.chunks(line.size() * GAP);
    }

    private static boolean rowLike(TextLine line) {
        return chunks(line).size() >= 2;
    }

    private static boolean hasFigure(TextLine line) {
        return chunks(line).stream().skip(1).anyMatch(chunk -> DocumentBuilder.number(chunk.text()));
    }

    private static Table table(int page, List<TextLine> lines) {
        List<float[]> spans = new ArrayList<>();
        for (TextLine line : lines) {
            for (TextLine chunk : chunks(line)) {
                spans.add(new float[] {chunk.x(), chunk.endX()});
            }
        }
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> columns = new ArrayList<>();
        for (float[] span : spans) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && span[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                columns.add(new float[] {span[0], span[1]});
            }
        }
        if (columns.size() < 2) {
            return null;
        }
        List<Float> edges = new ArrayList<>();
        edges.add(columns.get(0)[0]);
        for (int c = 1; c < columns.size(); c++) {
            edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
        }
        edges.add(columns.get(columns.size() - 1)[1]);
        List<List<Table.Region>> rows = new ArrayList<>();
        int id = -2_000_000_000 + page * 100_000 + Math.round(lines.get(0).top()) * 100;
        float top = lines.get(0).top();
        float bottom = lines.get(0).baseline();
        for (TextLine line : lines) {
            List<List<Glyph>> byColumn = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                byColumn.add(new ArrayList<>());
            }
            for (Glyph g : line.glyphs()) {
                if (!g.blank()) {
                    byColumn.get(column(columns, g.centerX())).add(g);
                }
            }
            List<Table.Region> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                List<Glyph> own = byColumn.get(c);
                String text = own.isEmpty() ? "" : new TextLine(own).text();
                row.add(new Table.Region(id++, page, edges.get(c), line.top(), edges.get(c + 1), line.baseline(), text,
                        own.stream().anyMatch(Glyph::unmapped)));
            }
            rows.add(row);
            bottom = Math.max(bottom, line.baseline());
        }
        return new Table(page, edges.get(0), edges.get(edges.size() - 1), top, bottom, edges, rows, false);
    }

    private static int column(List<float[]> columns, float x) {
        for (int c = 0; c < columns.size(); c++) {
            if (x <= columns.get(c)[1]) {
                return c;
            }
        }
        return columns.size() - 1;
    }
}
