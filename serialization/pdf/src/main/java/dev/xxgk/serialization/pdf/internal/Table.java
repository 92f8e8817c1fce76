package dev.xxgk.serialization.pdf.internal;

import java.util.List;

/**
 * A table found on one page (or joined over several), as merged regions of a grid of columns
 * and rows.
 *
 * @param page the page it starts on
 * @param left its left edge
 * @param right its right edge
 * @param top its top edge on its first page
 * @param bottom its bottom edge on its last page
 * @param columnEdges the x of every column boundary, left to right (columns = edges - 1)
 * @param rows the rows of elementary cells, top to bottom, each as the regions it crosses
 * @param ruled whether the columns come from ruling lines (true) or from where text stands
 */
record Table(int page, float left, float right, float top, float bottom, List<Float> columnEdges,
        List<List<Region>> rows, boolean ruled) {

    Table {
        columnEdges = List.copyOf(columnEdges);
        rows = rows.stream().map(List::copyOf).toList();
    }

    int lastPage() {
        int last = page;
        for (List<Region> row : rows) {
            for (Region region : row) {
                last = Math.max(last, region.page());
            }
        }
        return last;
    }

    /**
     * A merged cell: a box of the grid with its text.
     *
     * @param id unique within its table
     * @param page its page
     * @param x its left edge
     * @param y its top edge
     * @param right its right edge
     * @param bottom its bottom edge
     * @param text its text, lines joined
     * @param unmapped whether some of its glyphs have no Unicode
     */
    record Region(int id, int page, float x, float y, float right, float bottom, String text, boolean unmapped) {

        Region withText(String newText) {
            return new Region(id, page, x, y, right, bottom, newText, unmapped);
        }
    }
}
