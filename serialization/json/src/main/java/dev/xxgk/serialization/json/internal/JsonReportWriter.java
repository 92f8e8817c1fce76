package dev.xxgk.serialization.json.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Column;
import dev.xxgk.template.Table;
import dev.xxgk.serialization.json.internal.JsonShape.Node;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes one report as a JSON document by walking the {@link JsonShape} of its edition: every key
 * of the edition, a blank cell as {@code null}, amounts in plain notation with their scale.
 *
 * <p>jackson-core alone: no databind, so a user's own Jackson (any 3.x from 3.1 on) is not
 * constrained beyond its streaming API.
 */
public final class JsonReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static final DefaultPrettyPrinter PRETTY_PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    // a pretty printer keeps the nesting of the document it writes: one fresh instance a document
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return PRETTY_PRINTER.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private final ObjectWriteContext context;

    /**
     * A writer.
     *
     * @param pretty whether to indent the document, one key a line
     */
    public JsonReportWriter(boolean pretty) {
        this.context = pretty ? PRETTY : ObjectWriteContext.empty();
    }

    /**
     * Writes a report as one document followed by a line break, and flushes.
     *
     * @param report the report
     * @param out the output, left open
     * @throws UncheckedIOException if writing fails
     */
    public void write(AnnualReport report, OutputStream out) {
        try (JsonGenerator generator = FACTORY.createGenerator(context, out, JsonEncoding.UTF8)) {
            object(generator, JsonShape.of(report.edition()), report, true);
            generator.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            throw new IllegalStateException("the JSON generator failed", e);
        }
    }

    private static void object(JsonGenerator g, Node node, AnnualReport report, boolean root) {
        g.writeStartObject();
        for (Node child : node.children()) {
            g.writeName(child.serializedName());
            switch (child.kind()) {
                case OBJECT -> object(g, child, report, false);
                case EDITION -> g.writeString(report.edition().code());
                case AGENCY -> g.writeString(report.agency());
                case YEAR -> g.writeNumber(report.year());
                case PUBLISHED_ON -> {
                    if (report.publishedOn() == null) {
                        g.writeNull();
                    } else {
                        g.writeString(report.publishedOn().toString());
                    }
                }
                case TEXT -> g.writeString(child.field().toText(report));
                case COUNT, MONEY, MONEY_WAN_YUAN -> value(g, child.kind(), child.cell().get(report));
            }
        }
        if (root && !report.deviations().isEmpty()) {
            deviations(g, report);
        }
        g.writeEndObject();
    }

    /** The rows of another edition the report prints, after its own keys; written only when there are some. */
    private static void deviations(JsonGenerator g, AnnualReport report) {
        g.writeName(JsonShape.DEVIATIONS);
        g.writeStartArray();
        for (TemplateDeviation deviation : report.deviations()) {
            g.writeStartObject();
            g.writeName(JsonShape.DEVIATION_EDITION);
            g.writeString(deviation.edition().code());
            g.writeName(JsonShape.DEVIATION_ROW);
            g.writeString(deviation.path());
            g.writeName(JsonShape.DEVIATION_CELLS);
            g.writeStartObject();
            Table table = deviation.table();
            for (Column column : table.columns()) {
                g.writeName(column.code());
                value(g, JsonShape.kindOf(column.kind()), deviation.cells().get(column.code()));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void value(JsonGenerator g, JsonShape.Kind kind, CellValue value) {
        if (value.isBlank()) {
            g.writeNull();
            return;
        }
        switch (kind) {
            case COUNT -> g.writeNumber(((Count) value).value());
            case MONEY -> {
                Money money = (Money) value;
                g.writeStartObject();
                g.writeName("amount");
                g.writeNumber(money.amount());
                g.writeName("unit");
                g.writeString(money.unit().symbol());
                g.writeEndObject();
            }
            case MONEY_WAN_YUAN -> g.writeNumber(((Money) value).amount());
            default -> throw new IllegalStateException("not a cell: " + kind);
        }
    }
}
