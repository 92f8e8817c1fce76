package dev.xxgk.serialization.html.internal;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A {@code <table>} without tables inside it, as a grid whose columns are known: the HTML
 * table model's slots, {@code rowspan}/{@code colspan} expanded, each copy of a merged cell
 * marked spanned. Spans are capped as the HTML standard caps them (1000 columns, 65534 rows, a
 * {@code rowspan} of 0 reaching the end of the table), and a table may hold at most
 * {@value #MAX_CELLS} slots: a span bomb is an error, not an allocation.
 */
final class HtmlTables {

    /** The most slots one table may expand to; the largest template table has about 200. */
    static final int MAX_CELLS = 200_000;

    private HtmlTables() {
    }

    static Grid grid(Element table, Location fallback, String source) {
        List<Element> rows = new ArrayList<>();
        for (Element row : table.getElementsByTag("tr")) {
            rows.add(row);
        }
        Location tableAt = orElse(HtmlText.location(table), fallback);
        Map<Long, GridCell> slots = new HashMap<>();
        int[] widths = new int[rows.size()];
        long count = 0;
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            int column = 0;
            for (Element td : tr.children()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                while (slots.containsKey(key(r, column))) {
                    column++;
                }
                int colspan = span(td.attr("colspan"), 1, 1000);
                int rowspan = span(td.attr("rowspan"), 1, 65534);
                if (rowspan == 0) {
                    rowspan = rows.size() - r;
                }
                rowspan = Math.min(rowspan, rows.size() - r);
                count += (long) colspan * rowspan;
                if (count > MAX_CELLS) {
                    Location at = orElse(HtmlText.location(td), tableAt);
                    throw new ReportFormatException(HtmlFrontEnd.FORMAT, source, at.lineNumber(), column(at), "",
                            td.outerHtml().length() > 80 ? td.outerHtml().substring(0, 80) : td.outerHtml(),
                            "a table expands to more than " + MAX_CELLS + " cells with its rowspan and colspan:"
                                    + " not a report table",
                            null);
                }
                Location at = orElse(HtmlText.location(td), orElse(HtmlText.location(tr), tableAt));
                String text = text(td);
                for (int i = 0; i < rowspan; i++) {
                    for (int j = 0; j < colspan; j++) {
                        slots.put(key(r + i, column + j), new GridCell(text, at, i > 0 || j > 0));
                        widths[r + i] = Math.max(widths[r + i], column + j + 1);
                    }
                }
                column += colspan;
            }
        }
        List<GridRow> gridRows = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Location rowAt = orElse(HtmlText.location(rows.get(r)), tableAt);
            List<GridCell> cells = new ArrayList<>(widths[r]);
            for (int c = 0; c < widths[r]; c++) {
                GridCell cell = slots.get(key(r, c));
                cells.add(cell != null ? cell : GridCell.of("", rowAt));
            }
            gridRows.add(new GridRow(cells, rowAt));
        }
        return new Grid(gridRows, true, tableAt);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static long column(Location location) {
        return location instanceof Location.Line line ? line.column() : 0;
    }

    /** A span as the HTML standard parses it: leading digits; invalid or out of range gives the default or the cap. */
    private static int span(String value, int fallback, int max) {
        String v = value.trim();
        int end = 0;
        while (end < v.length() && end < 9 && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return fallback;
        }
        int n = Integer.parseInt(v.substring(0, end));
        if (n == 0) {
            return max == 1000 ? 1 : 0;
        }
        return Math.min(n, max);
    }

    private static Location orElse(Location location, Location fallback) {
        return location != null ? location : fallback;
    }

    /** A cell's text: its pieces joined, a {@code <br>} or block boundary a line break, hidden parts left out. */
    static String text(Element cell) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    raw.append(text.getWholeText());
                } else if (node instanceof Element element && node != cell) {
                    if (HtmlFrontEnd.isHidden(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.nameIs("br") || HtmlFrontEnd.isBlock(element)) {
                        raw.append(HtmlText.BREAK);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && node != cell && HtmlFrontEnd.isBlock(element)) {
                    raw.append(HtmlText.BREAK);
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return HtmlText.normalize(raw);
    }
}
