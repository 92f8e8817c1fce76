package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.codec.CellCodec;
import dev.xxgk.serialization.published.DocumentReader;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.xlsx.internal.WorkbookDocument.Stated;
import dev.xxgk.template.ReportField;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a workbook: opens it within bounds ({@link WorkbookInput}), makes the neutral document of
 * its sheets ({@link WorkbookDocument}), hands it to the reading pipeline, which finds the tables
 * by their captions and labels and resolves their cells, and then takes the header fields and the
 * texts as the workbook's label/value rows state them, exactly, over what the pipeline made of
 * the title.
 */
public final class XlsxReader implements ReportReader {

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");

    private final String format;

    /**
     * A reader.
     *
     * @param format the id of the format read, for errors and for the pipeline
     */
    public XlsxReader(String format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    @Override
    public Reading read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        WorkbookDocument.Result result;
        try (Workbook workbook = WorkbookInput.open(in, source, format)) {
            result = WorkbookDocument.read(workbook, source, format);
        } catch (IOException e) {
            throw new ReportFormatException(format, source, 0, 0, "", String.valueOf(e.getMessage()),
                    "the workbook cannot be read to its end (expected an .xlsx or .xls workbook)", e);
        }
        Map<ReportField, Stated> stated = result.fields();
        // a stated year or date that is none is an error naming its cell, before the pipeline
        // would only find the report without a year
        Stated year = stated.get(ReportField.YEAR);
        if (year != null) {
            year(year, source);
        }
        Stated date = stated.get(ReportField.PUBLISHED_ON);
        if (date != null && !date.text().isEmpty()) {
            date(date, source);
        }
        // the label/value rows reach the pipeline as metadata named by the fields' labels: its
        // outline takes the agency, year and date from them, each with a note saying which cell
        Reading reading = DocumentReader.read(result.document(), format);
        AnnualReport report = withStated(reading.report(), result, source);
        List<ReadingNote> notes = new ArrayList<>(result.notes());
        boolean texts = stated.keySet().stream().anyMatch(ReportField::isText);
        for (ReadingNote note : reading.notes()) {
            // the texts are read from their label/value rows: the pipeline's notes on where it
            // looked for them in running text do not apply
            if (!(texts && TEXT_NOTES.contains(note.id()))) {
                notes.add(note);
            }
        }
        return new Reading(report, notes);
    }

    private static final Set<String> TEXT_NOTES = Set.of("published.section-not-found", "published.header-lines-not-kept",
            "published.signature-not-kept");

    private AnnualReport withStated(AnnualReport report, WorkbookDocument.Result result, String source) {
        AnnualReport.Builder builder = report.toBuilder();
        for (Stated stated : result.fields().values()) {
            String text = stated.text();
            switch (stated.field()) {
                case EDITION -> {
                    Edition edition = edition(stated, source);
                    if (edition != report.edition()) {
                        throw error(source, stated, "the header states edition " + edition.code() + " but the tables are of edition "
                                + report.edition().code() + " (expected the edition of the tables)");
                    }
                }
                case AGENCY -> {
                    if (!text.isBlank()) {
                        builder.agency(text);
                    }
                }
                case YEAR -> builder.year(year(stated, source));
                case PUBLISHED_ON -> {
                    if (!text.isEmpty()) {
                        builder.publishedOn(date(stated, source));
                    }
                }
                default -> builder.field(stated.field(), text);
            }
        }
        return builder.build();
    }

    private int year(Stated stated, String source) {
        String text = stated.text();
        String digits = text.endsWith("年") ? text.substring(0, text.length() - 1).strip() : text;
        int year = CellCodec.parseYear(digits);
        if (year < 0) {
            throw error(source, stated, "not a report year (expected " + CellCodec.EXPECTED_YEAR + ")");
        }
        return year;
    }

    private Edition edition(Stated stated, String source) {
        try {
            return Edition.parse(stated.text());
        } catch (IllegalArgumentException e) {
            throw error(source, stated, "not an edition of the template (expected 2019 or 2021)");
        }
    }

    private LocalDate date(Stated stated, String source) {
        Matcher m = CHINESE_DATE.matcher(stated.text());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw error(source, stated, "not a date of the calendar (expected a date such as 2024-01-26 or 2024年1月26日)");
            }
        }
        throw error(source, stated, "not a date (expected a date such as 2024-01-26 or 2024年1月26日, or an empty cell)");
    }

    private ReportFormatException error(String source, Stated stated, String problem) {
        return new ReportFormatException(format, source, 0, 0, stated.location().toString(), stated.text(),
                stated.labelText() + ": " + problem, null);
    }
}
