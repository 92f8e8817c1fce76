package dev.xxgk.validation.aggregate;

import dev.xxgk.template.CellPath;
import java.util.List;
import java.util.Objects;

/**
 * Something {@link Aggregation#sum} could not add exactly, on one cell of the sum.
 *
 * @param path the cell
 * @param kind what happened
 * @param agencies the children concerned: those whose cell is blank, or those whose amount was
 *     converted to 元
 */
public record AggregateNote(CellPath path, Kind kind, List<String> agencies) {

    /** What happened to a cell of the sum. */
    public enum Kind {
        /** A child's cell is blank, so the sum is blank: a blank is not 0. */
        BLANK_IN_CHILD,
        /** The children print the amount in different units; the sum is in 元, exactly. */
        UNITS_CONVERTED
    }

    /**
     * Rejects nulls and copies the list.
     *
     * @param path the cell
     * @param kind what happened
     * @param agencies the children concerned: those whose cell is blank, or those whose amount was converted to 元
     */
    public AggregateNote {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        agencies = List.copyOf(agencies);
    }
}
