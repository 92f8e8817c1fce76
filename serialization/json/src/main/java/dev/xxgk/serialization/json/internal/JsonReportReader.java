package dev.xxgk.serialization.json.internal;

import dev.xxgk.serialization.codec.CellCodec;


import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.json.internal.JsonShape.Kind;
import dev.xxgk.serialization.json.internal.JsonShape.Node;
import dev.xxgk.template.ReportField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one JSON report straight from Jackson's token stream into a report builder, checking the
 * document against the {@link JsonShape} of its edition as it goes. No tree is built.
 *
 * <p>Duplicate keys are caught here rather than by Jackson's duplicate detection, so that the
 * error points at the start of the second key. Lines and columns are computed from the byte
 * offset of the failing token, in characters (code points), a byte-order mark not counted.
 */
public final class JsonReportReader {

    /** The format id errors name. */
    public static final String FORMAT = "json";

    private static final String EDITION_KEY = ReportField.EDITION.code();
    private static final Pattern SOURCE_IN_MESSAGE = Pattern.compile(" ?\\(start marker at \\[[^]]*]\\)");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final byte[] bytes;
    private final String source;
    private final JsonParser parser;
    private AnnualReport.Builder builder;

    private JsonReportReader(byte[] bytes, String source, JsonParser parser) {
        this.bytes = bytes;
        this.source = source;
        this.parser = parser;
    }

    /**
     * Reads the one report a JSON document holds.
     *
     * @param in the document, read to its end and left open
     * @param source where it came from, for errors
     * @return the report
     * @throws ReportFormatException if the document is not one report of the format
     * @throws UncheckedIOException if reading fails
     */
    public static AnnualReport read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes, source);
    }

    /**
     * Reads the one report a JSON document holds.
     *
     * @param bytes the document in UTF-8
     * @param source where it came from, for errors
     * @return the report
     * @throws ReportFormatException if the document is not one report of the format
     */
    public static AnnualReport read(byte[] bytes, String source) {
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) >= 0xFE)) {
            throw new ReportFormatException(FORMAT, source, 1, 1, "", "",
                    "a JSON report must be encoded in UTF-8 (RFC 8259); this input looks like UTF-16 or UTF-32", null);
        }
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            JsonReportReader reader = new JsonReportReader(bytes, source, parser);
            try {
                return reader.document();
            } catch (JacksonException e) {
                throw reader.notJson(e, parser);
            }
        }
    }

    private AnnualReport document() {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw error(parser.currentLocation(), "", "",
                    "expected a JSON object holding one report, found an empty input");
        }
        if (token != JsonToken.START_OBJECT) {
            throw error(parser.currentTokenLocation(), "", found(token),
                    "expected a JSON object holding one report");
        }
        token = parser.nextToken();
        Edition edition;
        long seen = 0;
        Node root;
        if (token == JsonToken.PROPERTY_NAME && EDITION_KEY.equals(parser.currentName())) {
            edition = edition(parser, parser.nextToken());
            root = JsonShape.of(edition);
            seen = 1L << root.child(EDITION_KEY).position();
            token = parser.nextToken();
        } else {
            edition = scanForEdition();
            root = JsonShape.of(edition);
        }
        builder = AnnualReport.builder(edition);
        object(root, token, seen);
        token = parser.nextToken();
        if (token != null) {
            throw error(parser.currentTokenLocation(), "", found(token),
                    "expected the end of the input after the report's closing brace: one document holds one report");
        }
        return builder.build();
    }

    /** Finds {@code edition} among the root's keys when it is not the first, with a parser of its own. */
    private Edition scanForEdition() {
        try (JsonParser scan = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            try {
                scan.nextToken();
                JsonToken token;
                while ((token = scan.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = scan.currentName();
                    JsonToken value = scan.nextToken();
                    if (EDITION_KEY.equals(name)) {
                        return edition(scan, value);
                    }
                    scan.skipChildren();
                }
                throw error(scan.currentTokenLocation(), "/" + EDITION_KEY, "",
                        "missing key \"edition\": every report names its edition, \"2019\" or \"2021\"");
            } catch (JacksonException e) {
                throw notJson(e, scan);
            }
        }
    }

    private Edition edition(JsonParser p, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Edition.parse(p.getString());
            } catch (IllegalArgumentException e) {
                // not an edition code: reported below
            }
        }
        throw error(p.currentTokenLocation(), "/" + EDITION_KEY, found(p, token),
                "expected the edition, the string \"2019\" or \"2021\"");
    }

    /** Reads the keys of an object whose first token after the opening brace is {@code token}. */
    private void object(Node node, JsonToken first, long seenBefore) {
        long seen = seenBefore;
        JsonToken token = first;
        while (token == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Node child = node.child(name);
            if (child == null) {
                throw error(parser.currentTokenLocation(), pointer(), name, "unknown key \"" + name + "\" in edition "
                        + builder.edition() + "; expected one of " + keys(node));
            }
            long bit = 1L << child.position();
            if ((seen & bit) != 0) {
                throw error(parser.currentTokenLocation(), child.pointer(), name,
                        "duplicate key \"" + name + "\": each key appears once");
            }
            seen |= bit;
            JsonToken value = parser.nextToken();
            if (child.kind() == Kind.OBJECT) {
                if (value != JsonToken.START_OBJECT) {
                    throw wrongType(child, value, "an object");
                }
                object(child, parser.nextToken(), 0);
            } else {
                leaf(child, value);
            }
            token = parser.nextToken();
        }
        long all = node.children().size() == Long.SIZE ? -1L : (1L << node.children().size()) - 1;
        if (seen != all) {
            for (Node child : node.children()) {
                if ((seen & (1L << child.position())) == 0) {
                    throw error(parser.currentTokenLocation(), child.pointer(), "", "missing key \"" + child.name()
                            + "\": every key of edition " + builder.edition() + " is required (a blank cell is null)");
                }
            }
        }
    }

    private void leaf(Node node, JsonToken token) {
        switch (node.kind()) {
            case EDITION -> {
                if (edition(parser, token) != builder.edition()) {
                    throw new IllegalStateException("the edition was read twice with different values");
                }
            }
            case AGENCY -> {
                if (token != JsonToken.VALUE_STRING || parser.getString().isBlank()) {
                    throw wrongType(node, token, "the agency's name, a string that is not blank");
                }
                builder.agency(parser.getString());
            }
            case YEAR -> {
                if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                        || parser.getIntValue() < AnnualReport.MIN_YEAR || parser.getIntValue() > AnnualReport.MAX_YEAR) {
                    throw wrongType(node, token, "the report year, an integer in " + AnnualReport.MIN_YEAR + ".."
                            + AnnualReport.MAX_YEAR);
                }
                builder.year(parser.getIntValue());
            }
            case PUBLISHED_ON -> builder.publishedOn(date(node, token));
            case TEXT -> {
                if (token != JsonToken.VALUE_STRING) {
                    throw wrongType(node, token, "a string (an absent text is \"\")");
                }
                builder.field(node.field(), parser.getString());
            }
            case COUNT -> {
                if (token != JsonToken.VALUE_NULL) {
                    builder.cell(node.cell(), count(node, token));
                }
            }
            case MONEY -> {
                if (token != JsonToken.VALUE_NULL) {
                    builder.cell(node.cell(), money(node, token));
                }
            }
            case MONEY_WAN_YUAN -> {
                if (token != JsonToken.VALUE_NULL) {
                    builder.cell(node.cell(), Money.ofWanYuan(decimal(node.pointer(), token,
                            "an amount in 万元, a plain decimal number, or null for a blank")));
                }
            }
            case OBJECT -> throw new IllegalStateException("not a leaf: " + node);
        }
    }

    private LocalDate date(Node node, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        // the same yyyy-MM-dd as the CSV forms; an empty string, which they take for no date, is not one here
        if (token == JsonToken.VALUE_STRING && !parser.getString().isEmpty()) {
            try {
                return CellCodec.parseDate(parser.getString());
            } catch (IllegalArgumentException e) {
                // not a date: reported below
            }
        }
        throw wrongType(node, token, "the publication date, a string yyyy-MM-dd, or null when not known");
    }

    private Count count(Node node, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.INT) {
                return Count.of(parser.getIntValue());
            }
            throw wrongType(node, token, "a count in " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(node, token, "a count, a whole number written without fraction or exponent");
        }
        throw wrongType(node, token, "a count, an integer, or null for a blank");
    }

    private Money money(Node node, JsonToken token) {
        if (token != JsonToken.START_OBJECT) {
            throw wrongType(node, token, "an amount with its unit, {\"amount\": <decimal>, \"unit\": \"元\" or \"万元\"},"
                    + " or null for a blank");
        }
        BigDecimal amount = null;
        MoneyUnit unit = null;
        String amountPointer = node.pointer() + "/amount";
        String unitPointer = node.pointer() + "/unit";
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            boolean isAmount = name.equals("amount");
            if (!isAmount && !name.equals("unit")) {
                throw error(parser.currentTokenLocation(), pointer(), name,
                        "unknown key \"" + name + "\"; expected one of amount, unit");
            }
            if (isAmount ? amount != null : unit != null) {
                throw error(parser.currentTokenLocation(), isAmount ? amountPointer : unitPointer, name,
                        "duplicate key \"" + name + "\": each key appears once");
            }
            JsonToken value = parser.nextToken();
            if (isAmount) {
                amount = decimal(amountPointer, value, "the amount, a plain decimal number");
            } else {
                unit = unit(unitPointer, value);
            }
        }
        if (amount == null || unit == null) {
            throw error(parser.currentTokenLocation(), amount == null ? amountPointer : unitPointer, "",
                    "missing key \"" + (amount == null ? "amount" : "unit") + "\": an amount has both amount and unit");
        }
        return Money.of(amount, unit);
    }

    private MoneyUnit unit(String pointer, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            try {
                return MoneyUnit.parse(parser.getString());
            } catch (IllegalArgumentException e) {
                // not a unit: reported below
            }
        }
        throw error(parser.currentTokenLocation(), pointer, found(parser, token),
                "expected the unit, \"" + MoneyUnit.YUAN.symbol() + "\" or \"" + MoneyUnit.WAN_YUAN.symbol() + "\"");
    }

    private BigDecimal decimal(String pointer, JsonToken token, String expected) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = parser.getString();
            if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
                return parser.getDecimalValue();
            }
            throw error(parser.currentTokenLocation(), pointer, text,
                    "expected " + expected + ", written without exponent so that it is exact as printed");
        }
        throw error(parser.currentTokenLocation(), pointer, found(parser, token), "expected " + expected);
    }

    private String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private static String keys(Node node) {
        StringBuilder keys = new StringBuilder();
        for (Node child : node.children()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(child.name());
        }
        return keys.toString();
    }

    private ReportFormatException wrongType(Node node, JsonToken token, String expected) {
        return error(parser.currentTokenLocation(), node.pointer(), found(parser, token), "expected " + expected);
    }

    private static String found(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "{";
            case START_ARRAY -> "[";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static String found(JsonParser p, JsonToken token) {
        if (token == null) {
            return "";
        }
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getString();
            default -> found(token);
        };
    }

    /**
     * A syntax error. It is in the value of a key when the last token read was that key; otherwise
     * it is between the entries of the innermost object or array, whose pointer is given.
     */
    private ReportFormatException notJson(JacksonException e, JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        String pointer = "";
        if (context != null) {
            boolean inValue = p.currentToken() == JsonToken.PROPERTY_NAME;
            TokenStreamContext container = inValue || context.getParent() == null ? context : context.getParent();
            pointer = container.pathAsPointer().toString();
        }
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = SOURCE_IN_MESSAGE.matcher(message).replaceAll("");
        return error(e.getLocation() == null ? p.currentLocation() : e.getLocation(), pointer, "",
                "not valid JSON: " + message, e);
    }

    private ReportFormatException error(TokenStreamLocation location, String pointer, String found, String problem) {
        return error(location, pointer, found, problem, null);
    }

    private ReportFormatException error(TokenStreamLocation location, String pointer, String found, String problem,
            Throwable cause) {
        long line = location.getLineNr();
        long column = location.getColumnNr();
        long offset = location.getByteOffset();
        if (offset >= 0 && offset <= bytes.length) {
            long[] position = position(bytes, (int) offset);
            line = position[0];
            column = position[1];
        }
        return new ReportFormatException(FORMAT, source, Math.max(line, 0), Math.max(column, 0), pointer, found,
                problem, cause);
    }

    /** The 1-based line and column, in code points, of a byte offset of UTF-8 text. */
    static long[] position(byte[] bytes, int offset) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        long line = 1;
        long column = 1;
        for (int i = start; i < offset; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if (b == '\r') {
                if (i + 1 >= bytes.length || bytes[i + 1] != '\n') {
                    line++;
                    column = 1;
                }
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new long[] {line, column};
    }
}
