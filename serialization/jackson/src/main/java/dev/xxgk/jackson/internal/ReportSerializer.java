package dev.xxgk.jackson.internal;

import dev.xxgk.model.AnnualReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a report as the SDK's JSON writer does, token by token onto the mapper's generator: the
 * document the SDK writes is parsed again and copied, so that the keys, their order, blanks and
 * the scale of amounts are the SDK's own, while indentation and the output are the mapper's.
 */
public final class ReportSerializer extends ValueSerializer<AnnualReport> {

    /** The serializer. */
    public ReportSerializer() {
    }

    @Override
    public void serialize(AnnualReport report, JsonGenerator out, SerializationContext context) {
        try (JsonParser in = Tokens.FACTORY.createParser(ObjectReadContext.empty(), Tokens.JSON.toJson(report))) {
            in.nextToken();
            Tokens.copy(in, out);
        }
    }

    @Override
    public Class<?> handledType() {
        return AnnualReport.class;
    }
}
