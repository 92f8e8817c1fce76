package dev.xxgk.validation.aggregate;

import dev.xxgk.model.AnnualReport;
import java.util.List;
import java.util.Objects;

/**
 * The sum of child reports: a parent's report and what could not be added exactly.
 *
 * @param report the parent's report: every cell the sum of the children's, blank where a child's
 *     is blank; texts empty, no publication date
 * @param children the agencies summed, in the order given
 * @param notes one note per cell left blank or converted, in the template's order of cells
 */
public record Aggregate(AnnualReport report, List<String> children, List<AggregateNote> notes) {

    /**
     * Rejects nulls and copies the lists.
     *
     * @param report the parent's report: every cell the sum of the children's, blank where a child's is blank; texts empty, no publication date
     * @param children the agencies summed, in the order given
     * @param notes one note per cell left blank or converted, in the template's order of cells
     */
    public Aggregate {
        Objects.requireNonNull(report, "report");
        children = List.copyOf(children);
        notes = List.copyOf(notes);
    }
}
