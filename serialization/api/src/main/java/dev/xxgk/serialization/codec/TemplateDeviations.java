package dev.xxgk.serialization.codec;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.TemplateDeviation;
import java.util.Objects;

/**
 * What a writer that cannot write a report's {@linkplain AnnualReport#deviations() template
 * deviations} does: refuse the report, never drop the kept rows silently. Stateless.
 */
public final class TemplateDeviations {

    private TemplateDeviations() {
    }

    /**
     * Refuses a report that keeps rows of another edition, for a format whose writer cannot write them.
     *
     * @param report the report to be written
     * @param format the id of the format, such as {@code html}
     * @throws IllegalArgumentException naming the first kept row and the formats that carry it, if
     *     the report has a deviation
     */
    public static void requireNone(AnnualReport report, String format) {
        Objects.requireNonNull(format, "format");
        if (report.deviations().isEmpty()) {
            return;
        }
        TemplateDeviation first = report.deviations().get(0);
        throw new IllegalArgumentException("deviations: the " + format + " writer cannot write the row \"" + first.label()
                + "\" of edition " + first.edition().code() + " (" + first.path() + ") that the report keeps as printed"
                + (report.deviations().size() > 1 ? " (and " + (report.deviations().size() - 1) + " more)" : "")
                + "; write the report as json, csv or csv-layout, which carry it, or drop it with"
                + " report.toBuilder().deviations(List.of())");
    }
}
