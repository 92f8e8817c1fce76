package dev.xxgk.examples.spark.internal;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.Violation;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Rows of the findings data set, in the order of {@link dev.xxgk.examples.spark.CorpusSchema#findings()}. */
public final class Findings {

    /** A rule violated. */
    public static final String VIOLATION = "violation";
    /** A reading note. */
    public static final String NOTE = "note";
    /** A cross-year rule that could not apply to a pair the job joined. */
    public static final String NOT_APPLIED = "not-applied";
    /** A file, or a report in it, not read or not checked. */
    public static final String REFUSED = "refused";

    /** No registered format reads the file's name and first bytes. */
    public static final String UNKNOWN_FORMAT = "unknown-format";
    /** The file's format is written only. */
    public static final String NOT_READABLE = "not-readable";
    /** The file is not a report of its format. */
    public static final String FORMAT_ERROR = "format-error";
    /** The file cannot be read (I/O) or the reader failed unexpectedly. */
    public static final String UNREADABLE = "unreadable";
    /** A value the data set's columns cannot hold exactly. */
    public static final String DATA_SET_LIMIT = "data-set-limit";
    /** The validator failed on the report (a rule added through the SPI that throws). */
    public static final String VALIDATION_FAILED = "validation-failed";

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private Findings() {
    }

    static Row note(String file, int index, int seq, String format, ReadingNote note) {
        return RowFactory.create(file, index, seq, NOTE, note.id(), null, note.path(), "", "", "",
                location(note.location()), note.message(ZH), note.message(EN), format, null);
    }

    static Row violation(String file, int index, int seq, String format, Violation violation, String previous) {
        return RowFactory.create(file, index, seq, VIOLATION, violation.ruleId().value(), violation.severity().code(),
                violation.path().value(), violation.label(), violation.expected(), violation.actual(), "",
                violation.message(ZH), violation.message(EN), format, previous);
    }

    static Row notApplied(String file, int index, int seq, String format, NotApplied rule, String previous) {
        return RowFactory.create(file, index, seq, NOT_APPLIED, rule.ruleId().value(), null, "", "", "", "", "",
                rule.reason(ZH), rule.reason(EN), format, previous);
    }

    static Row refused(String file, int index, String format, String id, String path, String found, String location,
            String problem) {
        return RowFactory.create(file, index, 0, REFUSED, id, null, path, "", "", found, location,
                "未读入：" + problem, "not read: " + problem, format, null);
    }

    static String location(Location location) {
        return location.toString();
    }
}
