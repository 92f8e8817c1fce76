package dev.xxgk.jackson.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReportFormatException;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a report with the SDK's strict JSON reader: the value at the parser is copied token by
 * token into a document, which the SDK reads. The parser is left on the value's last token.
 */
public final class ReportDeserializer extends ValueDeserializer<AnnualReport> {

    /** The deserializer. */
    public ReportDeserializer() {
    }

    @Override
    public AnnualReport deserialize(JsonParser in, DeserializationContext context) {
        StringWriter document = new StringWriter(8192);
        try (JsonGenerator out = Tokens.FACTORY.createGenerator(ObjectWriteContext.empty(), document)) {
            Tokens.copy(in, out);
        }
        try {
            return Tokens.JSON.parse(document.toString());
        } catch (ReportFormatException e) {
            throw DatabindException.from(in, Tokens.message(e), e);
        }
    }

    @Override
    public Class<?> handledType() {
        return AnnualReport.class;
    }
}
