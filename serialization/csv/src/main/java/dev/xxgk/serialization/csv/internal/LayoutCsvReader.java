package dev.xxgk.serialization.csv.internal;

import dev.xxgk.serialization.codec.CellCodec;

import dev.xxgk.serialization.codec.SpreadsheetText;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Edition;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.serialization.Limits;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Blank;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Data;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.FieldLine;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Fixed;
import dev.xxgk.serialization.csv.internal.LayoutCsvLines.Line;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one report in the layout CSV form: row by row in the order of {@link LayoutCsvLines},
 * each row recognized by its labels. Empty rows are skipped anywhere but right after section 四's
 * header, where an empty row is its data row with every cell blank; so are empty cells after
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

    private final CsvSupport.Records input;
    private final String source;
    private long records;
    private boolean previousEmpty;
    private AnnualReport.Builder builder;

    private LayoutCsvReader(CsvSupport.Records input, String source) {
        this.input = input;
        this.source = source;
    }

    /**
     * Reads the one report of an input, one record at a time: what is held at once is one record
     * (item 2), and reading stops at the first record past the report.
     *
     * @param in the input, read to its end and left open
     * @param source where it came from, for errors
     * @return the report
     * @throws ReportFormatException if the input is not one report in the layout form
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static AnnualReport read(InputStream in, String source) {
        try (CsvSupport.Records input = new CsvSupport.Records(in, FORMAT, source)) {
            return new LayoutCsvReader(input, source).report();
        }
    }

    /** The next record, or null at the end; empty ones too when {@code withEmpty}. */
    private Fields nextRecord(boolean withEmpty) {
        String[] fields;
        while ((fields = input.next()) != null) {
            if (++records > Limits.MAX_LINES) {
                throw new ReportFormatException(FORMAT, source, input.line(), 0, "", "", "more than "
                        + Limits.MAX_LINES + " records, past the limit of one report (Limits.MAX_LINES)", null);
            }
            boolean empty = CsvSupport.isEmpty(fields);
            boolean follows = !previousEmpty;
            previousEmpty = empty;
            if (!empty || (withEmpty && follows)) {
                return new Fields(fields, input.line());
            }
        }
        return null;
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
        Fields extra = nextRecord(false);
        if (extra != null && extra.field(0).equals(LayoutCsvLines.DEVIATIONS)) {
            rest(extra, 1, "deviations", LayoutCsvLines.DEVIATIONS);
            extra = deviations(edition, extra);
        }
        if (extra != null) {
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
        // Item 8: a data row without labels (section 四) whose cells are all blank is an empty record;
        // it is the one right after its header, where empty rows are not skipped
        boolean labelless = line instanceof Data data && data.labels().isEmpty();
        Fields record = nextRecord(labelless);
        if (record != null) {
            return record;
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
        throw new ReportFormatException(FORMAT, source, input.currentLine(), 0, path, "", "expected the row \"" + row
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
                    throw error(record, i, cell.code(), text, CellCodec.problem(cell, text));
                }
            }
            i++;
        }
        rest(record, i, line.path(), "the last column of the row \"" + line.describe() + "\"");
    }

    /**
     * The rows of the other edition after the block's label, up to the end of the input; returns
     * null there. Each is the edition, the row's label in it and its figures.
     */
    private Fields deviations(Edition edition, Fields heading) {
        Edition other = edition == Edition.EDITION_2019 ? Edition.EDITION_2021 : Edition.EDITION_2019;
        List<TemplateDeviation> deviations = new ArrayList<>();
        StringBuilder labels = new StringBuilder();
        for (Row row : TemplateDeviation.rowsOutside(edition)) {
            labels.append(labels.length() == 0 ? "" : "\", \"").append(row.label());
        }
        Fields record;
        while ((record = nextRecord(false)) != null) {
            if (!record.field(0).equals(other.code())) {
                throw error(record, 0, "deviations", record.field(0), "expected the edition of a row of another"
                        + " edition, " + other.code() + " in a report of edition " + edition.code());
            }
            Row row = null;
            for (Row candidate : TemplateDeviation.rowsOutside(edition)) {
                if (candidate.label().equals(record.field(1))) {
                    row = candidate;
                }
            }
            if (row == null) {
                throw error(record, 1, "deviations", record.field(1), "expected the label of a row of edition "
                        + other.code() + " that edition " + edition.code() + " does not have: \"" + labels + "\"");
            }
            String path = row.code();
            if (deviations.stream().anyMatch(d -> d.path().equals(path))) {
                throw error(record, 1, path, record.field(1), "the row \"" + row.label()
                        + "\" is kept once; it appears twice");
            }
            Row found = row;
            Table table = Template.of(other).tables().stream().filter(t -> t.rows().contains(found)).findFirst()
                    .orElseThrow();
            Map<String, CellValue> cells = new LinkedHashMap<>();
            int i = 2;
            for (Column column : table.columns()) {
                Cell cell = table.cell(row, column);
                String text = record.field(i);
                try {
                    cells.put(column.code(), text.isEmpty() ? cell.blank() : CellCodec.parseCell(cell, text));
                } catch (IllegalArgumentException e) {
                    throw error(record, i, cell.code(), text, CellCodec.problem(cell, text));
                }
                i++;
            }
            rest(record, i, path, "the last column of the row \"" + row.label() + "\"");
            deviations.add(TemplateDeviation.of(other, path, cells));
        }
        if (deviations.isEmpty()) {
            throw new ReportFormatException(FORMAT, source, input.currentLine(), 0, "deviations", "",
                    "expected a row of another edition after \"" + LayoutCsvLines.DEVIATIONS
                            + "\"; found the end of the input", null);
        }
        builder.deviations(deviations);
        return null;
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
