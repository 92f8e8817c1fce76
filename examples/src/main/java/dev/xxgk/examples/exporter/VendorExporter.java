package dev.xxgk.examples.exporter;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Example: a CMS vendor's exporter. The CMS keeps its figures as it likes (here: a flat table of
 * cell code to text, as a form posts it) and exports the JSON the SDK reads.
 *
 * <p>This is the code a vendor tests with the SDK's generators: whatever the report, the export
 * must read back to the same report (see {@code VendorExporterPropertyTest}).
 */
public final class VendorExporter {

    private final ReportWriter json = new JsonFormat().writer().orElseThrow();

    /**
     * The CMS's form data of a report: the header fields and one entry per numeric cell, blank
     * cells as empty text.
     *
     * @param report the report
     * @return the form data, in template order
     */
    public static Map<String, String> formData(AnnualReport report) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("edition", report.edition().code());
        form.put("agency", report.agency());
        form.put("year", Integer.toString(report.year()));
        form.put("publishedOn", report.publishedOn() == null ? "" : report.publishedOn().toString());
        for (Cell cell : Template.of(report.edition()).cells()) {
            form.put(cell.code(), cell.get(report).toText());
        }
        return form;
    }

    private static CellValue value(Cell cell, String text) {
        return switch (cell.kind()) {
            case COUNT, SIGNED_COUNT -> text.isEmpty() ? Count.blank() : Count.parse(text);
            case MONEY, MONEY_WAN_YUAN -> text.isEmpty() ? Money.blank() : Money.parse(text);
        };
    }

    /**
     * Builds the report back from the CMS's form data and exports it as JSON.
     *
     * @param form the form data
     * @param narrative the report with the narrative texts, which the CMS keeps elsewhere
     * @return the JSON document
     */
    public byte[] export(Map<String, String> form, AnnualReport narrative) {
        Edition edition = Edition.parse(form.get("edition"));
        AnnualReport.Builder builder = narrative.toBuilder()
                .agency(form.get("agency"))
                .year(Integer.parseInt(form.get("year")));
        String publishedOn = form.get("publishedOn");
        builder.publishedOn(publishedOn.isEmpty() ? null : LocalDate.parse(publishedOn));
        for (Cell cell : Template.of(edition).cells()) {
            builder.cell(cell, value(cell, form.get(cell.code())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(builder.build(), out);
        return out.toByteArray();
    }
}
