package dev.xxgk.serialization.published.document;

import dev.xxgk.serialization.Location;
import java.util.List;
import java.util.Objects;

/**
 * A row of a {@link Grid}.
 *
 * @param cells the cells, left to right
 * @param location where the row starts
 */
public record GridRow(List<GridCell> cells, Location location) {

    /**
     * Rejects nulls and copies the cells.
     *
     * @param cells the cells, left to right
     * @param location where the row starts
     */
    public GridRow {
        cells = List.copyOf(cells);
        Objects.requireNonNull(location, "location");
    }
}
