package dev.xxgk.serialization.csv.internal;

import dev.xxgk.serialization.codec.CellCodec;

import dev.xxgk.serialization.codec.SpreadsheetText;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Column;
import java.util.ArrayList;
import java.util.List;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Blank;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Data;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.FieldLine;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Fixed;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Line;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import java.io.OutputStream;
import java.nio.charset.Charset;

/** Writes one report in the layout CSV form, row by row as {@link LayoutCsvLines} lays it out. */
public final class LayoutCsvWriter {

    private LayoutCsvWriter() {
    }

    /**
     * Writes a report and flushes.
     *
     * @param report the report
     * @param out the output, left open
     * @param charset the charset
     * @param byteOrderMark whether to start with a byte-order mark
     * @throws java.io.UncheckedIOException if writing fails
     * @throws IllegalArgumentException if the charset cannot encode a text of the report
     */
    public static void write(AnnualReport report, OutputStream out, Charset charset, boolean byteOrderMark) {
        try (CsvSupport.Output output = new CsvSupport.Output(out, charset, byteOrderMark)) {
            for (ReportField field : ReportField.values()) {
                output.checkEncodable(field.toText(report), field.code());
            }
            for (Line line : LayoutCsvLines.of(report.edition())) {
                output.write(record(line, report));
            }
            if (!report.deviations().isEmpty()) {
                output.write(new String[] {""});
                output.write(new String[] {LayoutCsvLines.DEVIATIONS});
                for (TemplateDeviation deviation : report.deviations()) {
                    List<String> record = new ArrayList<>();
                    record.add(deviation.edition().code());
                    record.add(deviation.label());
                    for (Column column : deviation.table().columns()) {
                        record.add(CellCodec.cellText(deviation.table().cell(deviation.row(), column),
                                deviation.cells().get(column.code())));
                    }
                    output.write(record.toArray(new String[0]));
                }
            }
        }
    }

    private static String[] record(Line line, AnnualReport report) {
        if (line instanceof Blank) {
            return new String[] {""};
        }
        if (line instanceof FieldLine f) {
            String text = f.field().toText(report);
            return new String[] {f.field().label(), SpreadsheetText.isFreeText(f.field()) ? SpreadsheetText.protect(text) : text};
        }
        if (line instanceof Fixed fixed) {
            return fixed.cells().toArray(new String[0]);
        }
        Data data = (Data) line;
        String[] record = new String[data.labels().size() + data.cells().size()];
        int i = 0;
        for (String label : data.labels()) {
            record[i++] = label;
        }
        for (Cell cell : data.cells()) {
            record[i++] = CellCodec.cellText(cell, cell.get(report));
        }
        return record;
    }
}
