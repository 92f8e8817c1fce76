package dev.xxgk.examples.cli;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.RuleFailure;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of {@code xxgk validate} for programs, written as they come:
 * <pre>{@code
 * {"files":[{"file":..., "edition":..., "agency":..., "year":..., "valid":true|false,
 *   "violations":[{"rule":..., "severity":..., "path":..., "label":..., "expected":..., "actual":...,
 *   "message":...}], "notes":[...]}]}
 * }</pre>
 * The README documents every key.
 */
final class JsonResultPrinter implements ResultPrinter {

    // standard output stays open for whatever the caller prints after
    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final PrintWriter out;
    private final JsonGenerator json;
    private final Locale lang;

    JsonResultPrinter(PrintWriter out, Locale lang) {
        this.out = out;
        this.json = MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out);
        this.lang = lang;
    }

    @Override
    public void begin() {
        json.writeStartObject();
        json.writeArrayPropertyStart("files");
    }

    @Override
    public void report(Checked checked) {
        AnnualReport report = checked.reading().report();
        ValidationResult result = checked.result();
        json.writeStartObject();
        json.writeStringProperty("file", checked.file().toString());
        if (checked.index() > 0) {
            json.writeNumberProperty("index", checked.index());
        }
        json.writeStringProperty("edition", report.edition().code());
        json.writeStringProperty("agency", report.agency());
        json.writeNumberProperty("year", report.year());
        if (report.publishedOn() != null) {
            json.writeStringProperty("publishedOn", report.publishedOn().toString());
        }
        json.writeBooleanProperty("valid", result.isValid());
        json.writeNumberProperty("errors", result.errorCount());
        json.writeNumberProperty("warnings", result.warningCount());
        json.writeArrayPropertyStart("violations");
        for (Violation violation : result.violations()) {
            json.writeStartObject();
            json.writeStringProperty("rule", violation.ruleId().value());
            json.writeStringProperty("severity", violation.severity().code());
            json.writeStringProperty("path", violation.path().value());
            json.writeStringProperty("label", violation.label());
            json.writeStringProperty("expected", violation.expected());
            json.writeStringProperty("actual", violation.actual());
            json.writeStringProperty("message", violation.message(lang));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("notApplied");
        for (NotApplied notApplied : result.notApplied()) {
            json.writeStartObject();
            json.writeStringProperty("rule", notApplied.ruleId().value());
            json.writeStringProperty("reason", notApplied.reason(lang));
            json.writeEndObject();
        }
        json.writeEndArray();
        // a rule added through the SPI that threw: its own failure, the file's other results stand
        json.writeArrayPropertyStart("failedRules");
        for (RuleFailure failure : result.failures()) {
            json.writeStartObject();
            json.writeStringProperty("rule", failure.ruleId().value());
            json.writeStringProperty("exception", failure.cause().getClass().getName());
            json.writeStringProperty("message", String.valueOf(failure.cause().getMessage()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("notes");
        for (ReadingNote note : checked.reading().notes()) {
            json.writeStartObject();
            if (note.line() > 0) {
                json.writeNumberProperty("line", note.line());
            }
            if (!note.path().isEmpty()) {
                json.writeStringProperty("path", note.path());
            }
            json.writeStringProperty("message", note.message(lang));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    @Override
    public void unreadable(Path file, String message) {
        json.writeStartObject();
        json.writeStringProperty("file", file.toString());
        json.writeStringProperty("error", message);
        json.writeEndObject();
        json.flush();
    }

    @Override
    public void end() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.println();
        out.flush();
    }
}
