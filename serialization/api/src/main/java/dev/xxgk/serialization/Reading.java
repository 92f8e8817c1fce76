package dev.xxgk.serialization;

import dev.xxgk.model.AnnualReport;
import java.util.List;
import java.util.Objects;

/**
 * A report as read from an input, with the reader's notes.
 *
 * @param report the report
 * @param notes what the reader did or could not do, in the order of the input; empty for the
 *     strict formats (JSON, CSV), which either read a report exactly or fail
 */
public record Reading(AnnualReport report, List<ReadingNote> notes) {

    /**
     * Rejects nulls and copies the list.
     *
     * @param report the report
     * @param notes what the reader did or could not do, in the order of the input; empty for the strict formats (JSON, CSV), which either read a report exactly or fail
     */
    public Reading {
        Objects.requireNonNull(report, "report");
        notes = List.copyOf(notes);
    }

    /**
     * A reading without notes.
     *
     * @param report the report
     * @return the reading
     */
    public static Reading of(AnnualReport report) {
        return new Reading(report, List.of());
    }
}
