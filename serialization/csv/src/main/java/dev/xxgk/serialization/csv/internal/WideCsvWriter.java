package dev.xxgk.serialization.csv.internal;

import dev.xxgk.serialization.codec.CellCodec;

import dev.xxgk.serialization.codec.SpreadsheetText;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.serialization.Limits;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes reports as rows of the wide CSV form, streaming: the header when opened, one row per
 * report, every column of {@link WideCsvColumns}, the cells of the other edition empty but those
 * of the rows of the other edition the report prints (its template deviations), which the last
 * column names.
 */
public final class WideCsvWriter implements ReportSink {

    private final CsvSupport.Output output;
    private final String[] row = new String[WideCsvColumns.header().size()];
    private boolean closed;

    /**
     * Opens the sink and writes the header.
     *
     * @param out the output, left open
     * @param charset the charset
     * @param byteOrderMark whether to start with a byte-order mark
     * @throws java.io.UncheckedIOException if writing fails
     */
    public WideCsvWriter(OutputStream out, Charset charset, boolean byteOrderMark) {
        this.output = new CsvSupport.Output(out, charset, byteOrderMark);
        output.write(WideCsvColumns.header().toArray(new String[0]));
    }

    @Override
    public void write(AnnualReport report) {
        Limits.requireWritable(report);
        Objects.requireNonNull(report, "report");
        if (closed) {
            throw new IllegalStateException("the sink is closed");
        }
        Arrays.fill(row, "");
        for (ReportField field : ReportField.values()) {
            String text = field.toText(report);
            if (SpreadsheetText.isFreeText(field)) {
                output.checkEncodable(text, field.code());
                text = SpreadsheetText.protect(text);
            }
            row[field.ordinal()] = text;
        }
        int[] positions = WideCsvColumns.positions(report.edition());
        for (Cell cell : report.template().cells()) {
            row[positions[cell.index()]] = CellCodec.cellText(cell, cell.get(report));
        }
        if (!report.deviations().isEmpty()) {
            // a row of the other edition: its figures in that edition's columns, which the report leaves empty
            StringBuilder rows = new StringBuilder();
            for (TemplateDeviation deviation : report.deviations()) {
                rows.append(rows.length() == 0 ? "" : " ").append(deviation.edition().code()).append(':')
                        .append(deviation.path());
                int[] at = WideCsvColumns.positions(deviation.edition());
                for (Column column : deviation.table().columns()) {
                    Cell cell = deviation.table().cell(deviation.row(), column);
                    row[at[cell.index()]] = CellCodec.cellText(cell, deviation.cells().get(column.code()));
                }
            }
            row[row.length - 1] = rows.toString();
        }
        output.write(row);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            output.close();
        }
    }
}
