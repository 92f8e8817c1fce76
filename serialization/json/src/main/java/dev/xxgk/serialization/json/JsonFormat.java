package dev.xxgk.serialization.json;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Limits;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.json.internal.JsonReportReader;
import dev.xxgk.serialization.json.internal.JsonReportWriter;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON format, id {@code json}: one report per document, its keys the codes of the template
 * nested at their dots ({@code applications.granted.total} is
 * {@code {"applications": {"granted": {"total": …}}}}), the edition named by {@code edition}.
 *
 * <p>Reading is strict: an unknown key, a duplicate key, a missing key (every key of the edition
 * is required; a blank cell is an explicit {@code null}), a wrong type, a count with a fraction
 * or exponent or outside the {@code int} range, an amount with an exponent, or a missing
 * {@code edition} is a {@link dev.xxgk.serialization.ReportFormatException} naming the JSON
 * pointer, line and column. Money is exact: an amount keeps the scale it was written with.
 * Input must be UTF-8, with or without a byte-order mark.
 *
 * <p>The format is described by a JSON Schema (draft 2020-12), {@link #jsonSchema()}, and in
 * {@code docs/json-format.md}. The reader is stricter than the schema where a schema cannot say
 * it: duplicate keys, {@code 1.0} as a count, an amount in exponent notation.
 *
 * <pre>{@code
 * ReportFormat json = ReportFormats.installed().byId("json");
 * AnnualReport report = json.reader().orElseThrow().read(in, "report.json").report();
 * JsonFormat.builder().prettyPrint(false).build().writer().orElseThrow().write(report, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe. The instance {@link java.util.ServiceLoader} finds writes indented
 * documents.
 */
public final class JsonFormat implements ReportFormat {

    private static final String SCHEMA_RESOURCE = "xxgk-report.schema.json";

    private final boolean prettyPrint;
    private final ReportReader reader = (in, source) -> {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return Reading.of(JsonReportReader.read(in, source));
    };
    private final ReportWriter writer = (report, out) -> {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        // made when first needed: ServiceLoader makes every format, and Jackson's databind costs a
        // command-line run a third of its start-up when only text is read
        Limits.requireWritable(report);
        new JsonReportWriter(prettyPrint()).write(report, out);
    };

    /** The format with its defaults: indented documents. */
    public JsonFormat() {
        this(true);
    }

    private JsonFormat(boolean prettyPrint) {
        this.prettyPrint = prettyPrint;
    }

    /**
     * A builder of the format with other writing options.
     *
     * @return a new builder, starting from the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The JSON Schema (draft 2020-12) of the format, as shipped in this module and in
     * {@code docs/xxgk-report.schema.json}.
     *
     * @return the schema's text
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String jsonSchema() {
        try (InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + SCHEMA_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether documents are written indented, one key a line.
     *
     * @return true if indented
     */
    public boolean prettyPrint() {
        return prettyPrint;
    }

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "JSON, one report per document, keys by the template's codes";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("json");
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(reader);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of(writer);
    }

    /**
     * A report as a JSON document, as {@link #writer()} writes it but for the line break that ends
     * a file: the form {@code mapper.writeValueAsString(report)} gives with the Jackson modules
     * {@code xxgk-jackson} and {@code xxgk-jackson2} when this format does not indent.
     *
     * @param report the report
     * @return the document
     */
    public String toJson(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        new JsonReportWriter(prettyPrint).write(report, out);
        String json = out.toString(StandardCharsets.UTF_8);
        return json.substring(0, json.length() - 1);
    }

    /**
     * Reads a report from a JSON document held in memory, as strictly as {@link #reader()}.
     *
     * @param json the document
     * @return the report
     * @throws dev.xxgk.serialization.ReportFormatException if the document is not exactly one
     *     report of this format; its source is {@code "json"}
     */
    public AnnualReport parse(CharSequence json) {
        Objects.requireNonNull(json, "json");
        return JsonReportReader.read(new java.io.ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "json");
    }

    /** Options of the JSON format. Mutable; {@link #build()} makes an immutable format. */
    public static final class Builder {
        private boolean prettyPrint = true;

        private Builder() {
        }

        /**
         * Whether to write documents indented, one key a line (the default), or on one line.
         *
         * @param value true to indent
         * @return this builder
         */
        public Builder prettyPrint(boolean value) {
            this.prettyPrint = value;
            return this;
        }

        /**
         * Builds the format.
         *
         * @return the format
         */
        public JsonFormat build() {
            return new JsonFormat(prettyPrint);
        }
    }
}
