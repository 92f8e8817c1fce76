package dev.xxgk.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReportFormatException;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Reads a report with the SDK's strict JSON reader: the value at the parser is copied token by
 * token into a document, which the SDK reads. The parser is left on the value's last token.
 */
public final class ReportDeserializer extends StdDeserializer<AnnualReport> {

    private static final long serialVersionUID = 1L;

    /** The deserializer. */
    public ReportDeserializer() {
        super(AnnualReport.class);
    }

    @Override
    public AnnualReport deserialize(JsonParser in, DeserializationContext context) throws IOException {
        StringWriter document = new StringWriter(8192);
        try (JsonGenerator out = Tokens.FACTORY.createGenerator(document)) {
            Tokens.copy(in, out);
        }
        try {
            return Tokens.JSON.parse(document.toString());
        } catch (ReportFormatException e) {
            throw JsonMappingException.from(in, Tokens.message(e), e);
        }
    }
}
