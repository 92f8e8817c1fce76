package dev.xxgk.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.xxgk.model.AnnualReport;
import java.io.IOException;

/**
 * Writes a report as the SDK's JSON writer does, token by token onto the mapper's generator: the
 * document the SDK writes is parsed again and copied, so that the keys, their order, blanks and
 * the scale of amounts are the SDK's own, while indentation and the output are the mapper's.
 */
public final class ReportSerializer extends StdSerializer<AnnualReport> {

    private static final long serialVersionUID = 1L;

    /** The serializer. */
    public ReportSerializer() {
        super(AnnualReport.class);
    }

    @Override
    public void serialize(AnnualReport report, JsonGenerator out, SerializerProvider provider) throws IOException {
        try (JsonParser in = Tokens.FACTORY.createParser(Tokens.JSON.toJson(report))) {
            in.nextToken();
            Tokens.copy(in, out);
        }
    }
}
