package dev.xxgk.serialization.published.document;

import dev.xxgk.serialization.Location;
import java.util.List;
import java.util.Objects;

/**
 * A table as printed: rows of located cells.
 *
 * <p>Two kinds of grid reach the pipeline. In a grid whose {@linkplain #columnsKnown() columns are
 * known} (an HTML or workbook table, a PDF table drawn with ruling lines) cell {@code i} of every
 * row stands in column {@code i}: merged cells are expanded, the copies marked
 * {@linkplain GridCell#spanned() spanned}, and an empty cell is a cell the table left empty. In a
 * grid of <em>token rows</em> (plain text, where only the order of what was printed is known) each
 * row is the sequence of pieces of one printed line, labels and numbers apart, and the positions
 * say nothing about columns.
 *
 * @param rows the rows, top to bottom
 * @param columnsKnown whether cell positions are columns
 * @param location where the table starts
 */
public record Grid(List<GridRow> rows, boolean columnsKnown, Location location) implements Block {

    /**
     * Rejects nulls and copies the rows.
     *
     * @param rows the rows, top to bottom
     * @param columnsKnown whether cell positions are columns
     * @param location where the table starts
     */
    public Grid {
        rows = List.copyOf(rows);
        Objects.requireNonNull(location, "location");
    }
}
