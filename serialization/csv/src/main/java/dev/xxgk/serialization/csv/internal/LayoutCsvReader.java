package dev.xxgk.serialization.csv.internal;

import dev.xxgk.serialization.codec.CellCodec;

import dev.xxgk.serialization.codec.SpreadsheetText;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Blank;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Data;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.FieldLine;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Fixed;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Line;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one report in the layout CSV form: row by row in the order of {@link LayoutCsvLines},
 * each row recognized by its labels. Empty rows are skipped anywhere, and so are empty cells after
 * a row's last (a spreadsheet pads its rows to the widest); a group label may be repeated on
 * every row of its group. Everything else must be as written.
 */
public final class LayoutCsvReader {

    /** The format id errors name. */
    public static final String FORMAT = "csv-layout";

    private record Fields(String[] fields, long line) {
        String field(int i) {
            return i < fields.length ? fields[i] : "";
        }
    }

    private final List<Fields> records;
    private final long endLine;
    private final String source;
    private int next;
    private AnnualReport.Builder builder;

    private LayoutCsvReader(List<Fields> records, long endLine, String source) {
        this.records = records;
        this.endLine = endLine;
        this.source = source;
    }

    /**
     * Reads the one report of an input.
     *
     * @param in the input, read to its end and left open
     * @param source where it came from, for errors
     * @return the report
     * @throws ReportFormatException if the input is not one report in the layout form
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static AnnualReport read(InputStream in, String source) {
        List<Fields> records = new ArrayList<>();
        long endLine;
        try (CsvSupport.Records input = new CsvSupport.Records(in, FORMAT, source)) {
            String[] fields;
            while ((fields = input.next()) != null) {
                if (!CsvSupport.isEmpty(fields)) {
                    records.add(new Fields(fields, input.line()));
                }
            }
            endLine = input.currentLine();
        }
        return new LayoutCsvReader(records, endLine, source).report();
    }

    private AnnualReport report() {
        List<Line> first = LayoutCsvLines.of(Edition.EDITION_2021);
        FieldLine editionLine = (FieldLine) first.get(0);
        Fields record = take(editionLine);
        String code = value(editionLine, record);
        Edition edition;
        try {
            edition = Edition.parse(code);
        } catch (IllegalArgumentException e) {
            throw error(record, 1, ReportField.EDITION.code(), code, code.isEmpty()
                    ? "missing edition: the report names its edition, 2019 or 2021"
                    : "expected the edition, 2019 or 2021");
        }
        builder = AnnualReport.builder(edition);
        List<Line> lines = LayoutCsvLines.of(edition);
        for (Line line : lines.subList(1, lines.size())) {
            if (line instanceof FieldLine f) {
                field(f, take(f));
            } else if (line instanceof Fixed fixed) {
                fixed(fixed, take(fixed));
            } else if (line instanceof Data data) {
                data(data, take(data));
            } else if (!(line instanceof Blank)) {
                throw new IllegalStateException("unknown line " + line);
            }
        }
        if (next < records.size()) {
            Fields extra = records.get(next);
            int column = 0;
            while (extra.field(column).isEmpty()) {
                column++;
            }
            throw error(extra, column, "", extra.field(column),
                    "expected the end of the report after its last row, " + ReportField.OTHER_MATTERS.label());
        }
        return builder.build();
    }

    private Fields take(Line line) {
        if (next < records.size()) {
            return records.get(next++);
        }
        String path;
        String row;
        if (line instanceof FieldLine f) {
            path = f.field().code();
            row = f.field().label();
        } else if (line instanceof Fixed fixed) {
            path = fixed.path();
            row = fixed.describe();
        } else {
            Data data = (Data) line;
            path = data.path();
            row = data.describe();
        }
        throw new ReportFormatException(FORMAT, source, endLine, 0, path, "", "expected the row \"" + row
                + "\"; found the end of the input", null);
    }

    private String value(FieldLine line, Fields record) {
        ReportField field = line.field();
        if (!record.field(0).equals(field.label())) {
            throw error(record, 0, field.code(), record.field(0), "expected the row \"" + field.label() + "\"");
        }
        rest(record, 2, field.code(), "the value of " + field.label());
        return record.field(1);
    }

    private void field(FieldLine line, Fields record) {
        String text = value(line, record);
        ReportField field = line.field();
        switch (field) {
            case EDITION -> throw new IllegalStateException("the edition is read first");
            case AGENCY -> {
                String agency = SpreadsheetText.unprotect(text);
                if (agency.isBlank()) {
                    throw error(record, 1, field.code(), text, "expected the agency's name, not blank");
                }
                builder.agency(agency);
            }
            case YEAR -> {
                int year = CellCodec.parseYear(text);
                if (year < 0) {
                    throw error(record, 1, field.code(), text, "expected " + CellCodec.EXPECTED_YEAR);
                }
                builder.year(year);
            }
            case PUBLISHED_ON -> {
                try {
                    builder.publishedOn(CellCodec.parseDate(text));
                } catch (IllegalArgumentException e) {
                    throw error(record, 1, field.code(), text, "expected " + CellCodec.EXPECTED_DATE);
                }
            }
            default -> builder.field(field, SpreadsheetText.unprotect(text));
        }
    }

    private void fixed(Fixed line, Fields record) {
        int width = Math.max(line.cells().size(), record.fields().length);
        for (int i = 0; i < width; i++) {
            String expected = i < line.cells().size() ? line.cells().get(i) : "";
            String found = record.field(i);
            if (!found.equals(expected)) {
                String problem = line.cells().size() == 1 && i == 0 ? "expected the row \"" + expected + "\""
                        : (expected.isEmpty() ? "expected an empty cell" : "expected \"" + expected + "\"")
                                + " in the row \"" + line.describe() + "\"";
                throw error(record, i, line.path(), found, problem);
            }
        }
    }

    private void data(Data line, Fields record) {
        List<String> labels = line.labels();
        for (int i = 0; i < labels.size(); i++) {
            String found = record.field(i);
            String label = labels.get(i);
            String group = line.groups().get(i);
            if (group != null ? !found.isEmpty() && !found.equals(group) : !found.equals(label)) {
                String in = " in the row \"" + line.describe() + "\"";
                String problem = group != null ? "expected the group label \"" + group + "\" or an empty cell" + in
                        : label.isEmpty() ? "expected an empty cell" + in : "expected the row \"" + label + "\"";
                throw error(record, i, line.path(), found, problem);
            }
        }
        int i = labels.size();
        for (Cell cell : line.cells()) {
            String text = record.field(i);
            if (!text.isEmpty()) {
                try {
                    builder.cell(cell, CellCodec.parseCell(cell, text));
                } catch (IllegalArgumentException e) {
                    throw error(record, i, cell.code(), text, "expected " + CellCodec.expected(cell.kind()));
                }
            }
            i++;
        }
        rest(record, i, line.path(), "the last column of the row \"" + line.describe() + "\"");
    }

    /** Checks that nothing follows a row's last cell but empty cells. */
    private void rest(Fields record, int from, String path, String after) {
        for (int i = from; i < record.fields().length; i++) {
            if (!record.fields()[i].isEmpty()) {
                throw error(record, i, path, record.fields()[i], "expected nothing after " + after);
            }
        }
    }

    private ReportFormatException error(Fields record, int index, String path, String found, String problem) {
        return new ReportFormatException(FORMAT, source, record.line(), index + 1, path, found, problem, null);
    }
}
