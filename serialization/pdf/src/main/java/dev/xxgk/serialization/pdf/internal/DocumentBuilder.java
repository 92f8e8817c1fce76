package dev.xxgk.serialization.pdf.internal;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the pages' glyphs and rulings into the pipeline's neutral document: lines outside tables
 * become paragraphs, tables become grids, a table continued over a page break becomes one grid
 * with its repeated header rows left out, and page numbers are left out.
 */
final class DocumentBuilder {

    /** {@code -3-}, {@code — 5 —}, {@code 第 3 页}, {@code 第3页 共6页}, {@code 3 / 6}, {@code 3}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-—–－­_·]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*(?:/|共)\\s*\\d{1,4}\\s*页?)?[\\s\\-—–－_·]*");
    /** How a row or group label starts: {@code 二、}, {@code （三）}, {@code 1.}, {@code 2、}. */
    private static final Pattern LABEL_START = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十]+\\s*[)）]|\\d+\\s*[.、．])");
    /** The share of the page height at the top and the bottom where page numbers stand. */
    private static final float MARGIN = 0.12f;

    private final List<ReadingNote> notes = new ArrayList<>();
    private int pageNumbers;
    private Location firstPageNumber;
    private String firstPageNumberText;

    List<ReadingNote> notes() {
        return notes;
    }

    /** The cell that stopped the reading, if any: a table cell whose glyphs have no Unicode. */
    Table.Region unreadable;

    Document build(String source, List<MetaField> metadata, List<PageContent> pages) {
        List<PageBlock> blocks = new ArrayList<>();
        int[] regionIds = {0};
        for (PageContent page : pages) {
            blocks.addAll(page(page, regionIds));
        }
        if (pageNumbers > 0) {
            notes.add(ReadingNote.of(PdfNote.PAGE_NUMBER, firstPageNumber, "", pageNumbers, firstPageNumberText));
        }
        List<PageBlock> joined = joinTables(blocks);
        Margins margins = new Margins(joined);
        List<Block> out = new ArrayList<>();
        PageBlock.Line previous = null;
        for (PageBlock block : joined) {
            if (block instanceof PageBlock.Line line) {
                TextLine text = line.line();
                if (text.hasUnmapped()) {
                    long count = text.glyphs().stream().filter(Glyph::unmapped).count();
                    notes.add(ReadingNote.of(PdfNote.UNMAPPED_GLYPHS, Location.page(line.page(), text.x(), text.top()),
                            "", count));
                }
                if (previous != null && margins.continues(previous, line)
                        && out.get(out.size() - 1) instanceof Paragraph paragraph) {
                    out.set(out.size() - 1, new Paragraph(TextLine.join(paragraph.text(), text.text()),
                            paragraph.location()));
                } else {
                    out.add(new Paragraph(text.text(), Location.page(line.page(), text.x(), text.top())));
                }
                previous = line;
                continue;
            }
            previous = null;
            if (block instanceof PageBlock.TableBlock table) {
                out.add(grid(table.table()));
            }
        }
        return new Document(source, metadata, out);
    }

    /**
     * Where each page's running text starts and ends, to tell a line wrapped by the layout (it
     * runs to the right edge, and the next line starts at the left edge, not indented, right
     * below it or at the top of the next page) from a line that ends a paragraph.
     */
    private static final class Margins {

        private final java.util.Map<Integer, float[]> edges = new java.util.HashMap<>();

        Margins(List<PageBlock> blocks) {
            for (PageBlock block : blocks) {
                if (block instanceof PageBlock.Line line) {
                    float[] e = edges.computeIfAbsent(line.page(), p -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
                    e[0] = Math.min(e[0], line.line().x());
                    e[1] = Math.max(e[1], line.line().endX());
                }
            }
        }

        boolean continues(PageBlock.Line line, PageBlock.Line next) {
            float size = line.line().size();
            float[] here = edges.get(line.page());
            float[] there = edges.get(next.page());
            boolean full = line.line().endX() >= here[1] - 1.5f * size && line.line().glyphs().size() >= 8;
            boolean flush = next.line().x() <= there[0] + 0.5f * size && Math.abs(next.line().size() - size) < 0.5f;
            boolean below = next.page() == line.page()
                    ? next.line().baseline() > line.line().baseline()
                            && next.line().baseline() - line.line().baseline() <= 1.9f * size
                    : next.page() == line.page() + 1;
            return full && flush && below;
        }
    }

    private List<PageBlock> page(PageContent page, int[] regionIds) {
        List<PageBlock> blocks = new ArrayList<>();
        List<RuledTables.Found> tables = RuledTables.find(page, page.glyphs(), regionIds);
        Set<Glyph> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RuledTables.Found found : tables) {
            taken.addAll(found.glyphs());
            blocks.add(new PageBlock.TableBlock(found.table()));
        }
        List<Glyph> rest = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!taken.contains(g)) {
                rest.add(g);
            }
        }
        List<TextLine> lines = TextLine.of(rest);
        List<TextLine> body = new ArrayList<>();
        for (TextLine line : lines) {
            boolean margin = line.top() > page.height() * (1 - MARGIN) || line.baseline() < page.height() * MARGIN;
            String text = line.text();
            if (margin && PAGE_NUMBER.matcher(text).matches()) {
                if (firstPageNumber == null) {
                    firstPageNumber = Location.page(page.number(), line.x(), line.top());
                    firstPageNumberText = text;
                }
                pageNumbers++;
                continue;
            }
            body.add(line);
        }
        for (PageBlock block : UnruledTables.find(page.number(), body)) {
            blocks.add(block);
        }
        blocks.sort(Comparator.comparingDouble(PageBlock::top));
        return blocks;
    }

    private List<PageBlock> joinTables(List<PageBlock> blocks) {
        List<PageBlock> out = new ArrayList<>();
        for (PageBlock block : blocks) {
            if (block instanceof PageBlock.TableBlock next && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof PageBlock.TableBlock previous
                    && continues(previous.table(), next.table())) {
                out.set(out.size() - 1, new PageBlock.TableBlock(join(previous.table(), next.table())));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static boolean continues(Table a, Table b) {
        return b.page() == a.lastPage() + 1 && a.ruled() == b.ruled()
                && Math.abs(a.left() - b.left()) <= 4 && Math.abs(a.right() - b.right()) <= 4;
    }

    private Table join(Table a, Table b) {
        List<Float> all = new ArrayList<>(a.columnEdges());
        all.addAll(b.columnEdges());
        float[] edges = RuledTables.cluster(all);
        List<List<Table.Region>> rowsA = regrid(a, edges);
        List<List<Table.Region>> rowsB = regrid(b, edges);
        int repeated = 0;
        while (repeated < rowsB.size() && repeated < rowsA.size() - 1
                && texts(rowsA.get(repeated)).equals(texts(rowsB.get(repeated)))) {
            repeated++;
        }
        notes.add(ReadingNote.of(PdfNote.TABLE_CONTINUED, Location.page(a.lastPage(), a.left(), a.bottom()), "",
                a.lastPage(), b.page()));
        if (repeated > 0) {
            notes.add(ReadingNote.of(PdfNote.HEADER_REPEATED, Location.page(b.page(), b.left(), b.top()), "", b.page(),
                    repeated));
        }
        rowsB = new ArrayList<>(rowsB.subList(repeated, rowsB.size()));
        if (!rowsB.isEmpty() && !rowsA.isEmpty()) {
            continueMergedCells(rowsA, rowsB);
        }
        List<List<Table.Region>> rows = new ArrayList<>(rowsA);
        rows.addAll(rowsB);
        List<Float> edgeList = new ArrayList<>();
        for (float e : edges) {
            edgeList.add(e);
        }
        return new Table(a.page(), Math.min(a.left(), b.left()), Math.max(a.right(), b.right()), a.top(), b.bottom(),
                edgeList, rows, a.ruled());
    }

    /**
     * A label cell cut by the page break: the part on the first page reaches its last row and the
     * part on the next page starts its first row, and either part spans several rows or the
     * continuation is empty. The two are one merged cell, with the texts joined.
     */
    private static void continueMergedCells(List<List<Table.Region>> rowsA, List<List<Table.Region>> rowsB) {
        List<Table.Region> last = rowsA.get(rowsA.size() - 1);
        List<Table.Region> first = rowsB.get(0);
        int columns = Math.min(last.size(), first.size());
        for (int c = 0; c < columns; c++) {
            Table.Region a = last.get(c);
            Table.Region b = first.get(c);
            if (c > 0 && (last.get(c - 1) == a || first.get(c - 1) == b)) {
                continue;
            }
            if (number(a.text()) || number(b.text()) || a.text().isEmpty()) {
                continue;
            }
            int rowsOfA = (int) rowsA.stream().filter(row -> row.size() > 0 && row.contains(a)).count();
            int rowsOfB = (int) rowsB.stream().filter(row -> row.size() > 0 && row.contains(b)).count();
            if (rowsOfA == 1 && rowsOfB == 1) {
                continue; // two cells of one row each: two rows, not one cell cut in two
            }
            if (!b.text().isEmpty() && LABEL_START.matcher(b.text()).lookingAt()) {
                continue; // the next page's cell starts a label of its own
            }
            String text = b.text().isEmpty() ? a.text() : a.text() + b.text();
            Table.Region joinedA = a.withText(text);
            Table.Region joinedB = b.withText(text);
            replace(rowsA, a, joinedA);
            replace(rowsB, b, new Table.Region(a.id(), b.page(), b.x(), b.y(), b.right(), b.bottom(), text,
                    joinedB.unmapped()));
        }
    }

    private static void replace(List<List<Table.Region>> rows, Table.Region from, Table.Region to) {
        for (List<Table.Region> row : rows) {
            row.replaceAll(r -> r == from ? to : r);
        }
    }

    static boolean number(String text) {
        return !text.isEmpty() && text.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.' || ch == ','
                || ch == '-' || ch == ' ');
    }

    private static List<String> texts(List<Table.Region> row) {
        List<String> texts = new ArrayList<>();
        for (Table.Region r : row) {
            texts.add(r.text());
        }
        return texts;
    }

    private static List<List<Table.Region>> regrid(Table table, float[] edges) {
        List<Float> old = table.columnEdges();
        float[] oldEdges = new float[old.size()];
        for (int i = 0; i < oldEdges.length; i++) {
            oldEdges[i] = old.get(i);
        }
        List<List<Table.Region>> rows = new ArrayList<>();
        int filler = -1_000_000 * table.page();
        for (List<Table.Region> row : table.rows()) {
            List<Table.Region> cells = new ArrayList<>();
            for (int k = 0; k + 1 < edges.length; k++) {
                float mid = (edges[k] + edges[k + 1]) / 2;
                if (mid < oldEdges[0] || mid > oldEdges[oldEdges.length - 1]) {
                    cells.add(new Table.Region(--filler, table.page(), edges[k], row.get(0).y(), edges[k + 1],
                            row.get(0).bottom(), "", false));
                } else {
                    cells.add(row.get(RuledTables.slot(oldEdges, mid)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private Grid grid(Table table) {
        List<List<Table.Region>> rows = new ArrayList<>(table.rows());
        rows.removeIf(row -> row.stream().allMatch(r -> r.text().isEmpty()));
        int columns = rows.isEmpty() ? 0 : rows.get(0).size();
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int column = c;
            if (rows.stream().anyMatch(row -> !row.get(column).text().isEmpty())) {
                kept.add(c);
            }
        }
        Set<Integer> seen = new HashSet<>();
        List<GridRow> gridRows = new ArrayList<>();
        for (List<Table.Region> row : rows) {
            List<GridCell> cells = new ArrayList<>();
            for (int c : kept) {
                Table.Region region = row.get(c);
                if (region.unmapped() && unreadable == null) {
                    unreadable = region;
                }
                boolean spanned = !seen.add(region.id());
                cells.add(new GridCell(region.text(), Location.page(region.page(), region.x(), region.y()), spanned));
            }
            gridRows.add(new GridRow(cells, cells.isEmpty() ? Location.page(table.page(), table.left(), table.top())
                    : cells.get(0).location()));
        }
        return new Grid(gridRows, true, Location.page(table.page(), table.left(), table.top()));
    }
}
