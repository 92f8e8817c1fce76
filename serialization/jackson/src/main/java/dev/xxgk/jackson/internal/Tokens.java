package dev.xxgk.jackson.internal;

import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.json.JsonFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** The copy of one JSON value from a parser to a generator, exact to the text of numbers. */
final class Tokens {

    static final JsonFormat JSON = JsonFormat.builder().prettyPrint(false).build();

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Tokens() {
    }

    /**
     * Copies the value at the parser's current token, leaving the parser on its last token.
     * Numbers are copied as their text: an amount keeps its scale ({@code 1.50} stays {@code 1.50}).
     */
    static void copy(JsonParser in, JsonGenerator out) {
        int depth = 0;
        JsonToken token = in.currentToken();
        while (token != null) {
            switch (token) {
                case START_OBJECT -> {
                    out.writeStartObject();
                    depth++;
                }
                case END_OBJECT -> {
                    out.writeEndObject();
                    depth--;
                }
                case START_ARRAY -> {
                    out.writeStartArray();
                    depth++;
                }
                case END_ARRAY -> {
                    out.writeEndArray();
                    depth--;
                }
                case PROPERTY_NAME -> out.writeName(in.currentName());
                case VALUE_STRING -> out.writeString(in.getString());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getString());
                case VALUE_TRUE -> out.writeBoolean(true);
                case VALUE_FALSE -> out.writeBoolean(false);
                case VALUE_NULL -> out.writeNull();
                // an embedded value of a binary format: its text, which the SDK reads or rejects as a text
                default -> out.writeString(in.getString());
            }
            if (depth == 0) {
                return;
            }
            token = in.nextToken();
        }
    }

    /** The SDK's problem without the place in the copy, which is not the place in the input. */
    static String message(ReportFormatException e) {
        StringBuilder message = new StringBuilder("not an xxgk report: ");
        if (!e.path().isEmpty()) {
            message.append(e.path()).append(": ");
        }
        message.append(e.problem());
        if (!e.found().isEmpty()) {
            message.append(" (found \"").append(e.found()).append("\")");
        }
        return message.toString();
    }
}
