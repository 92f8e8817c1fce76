package dev.xxgk.serialization.json.internal;

import dev.xxgk.serialization.codec.CellCodec;


import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.serialization.Limits;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.codec.TextInput;
import dev.xxgk.serialization.json.internal.JsonShape.Kind;
import dev.xxgk.serialization.json.internal.JsonShape.Node;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
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
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
                    .maxStringLength(Limits.MAX_TEXT_LENGTH)
                    // the reader's own check comes first, with a message naming the cell
                    .maxNumberLength(Limits.MAX_NUMBER_LENGTH * 2)
                    .maxNestingDepth(Limits.MAX_NESTING)
                    .build())
            .build();

    private final String source;
    private final JsonParser parser;
    private final Positions positions;
    private AnnualReport.Builder builder;
    private boolean deviationsSeen;
    private byte[] whole;
    private Recording recording;

    private JsonReportReader(String source, JsonParser parser, Positions positions) {
        this.source = source;
        this.parser = parser;
        this.positions = positions;
    }

    /** Thrown when the edition is not the root's first key: the document is then read twice, from memory. */
    private static final class EditionNotFirst extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EditionNotFirst() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the one report a JSON document holds, streaming: what is held at once is a token,
     * within {@link Limits} (item 3). Only a document whose first key is not {@code edition} (the
     * SDK writes it first) is held whole, within {@link Limits#MAX_DOCUMENT_BYTES}, to be read twice.
     * The input must be UTF-8 (RFC 8259): an invalid byte or a lone surrogate is an error (item 7).
     *
     * @param in the document, read to its end and left open
     * @param source where it came from, for errors
     * @return the report
     * @throws ReportFormatException if the document is not one report of the format
     * @throws UncheckedIOException if reading fails
     */
    public static AnnualReport read(InputStream in, String source) {
        Recording recording = new Recording(Limits.bounded(in, Limits.MAX_DOCUMENT_BYTES, FORMAT, source));
        try {
            byte[] head = recording.peek(4);
            checkUtf8(head, source);
            recording.skipByteOrderMark(head);
            try {
                return readFrom(recording, source, null);
            } catch (EditionNotFirst e) {
                byte[] bytes = recording.drain();
                return readFrom(new Recording(new ByteArrayInputStream(bytes)), source, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AnnualReport readFrom(Recording in, String source, byte[] whole) {
        Positions positions = new Positions(TextInput.decoding(in, StandardCharsets.UTF_8));
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), positions)) {
            JsonReportReader reader = new JsonReportReader(source, parser, positions);
            reader.whole = whole;
            reader.recording = in;
            if (whole != null) {
                in.stop();
            }
            try {
                return reader.document();
            } catch (JacksonIOException e) {
                if (e.getCause() instanceof TextInput.InvalidTextException invalid) {
                    throw new ReportFormatException(FORMAT, source, invalid.line(), invalid.column(), "", "",
                            invalid.problem() + ": a JSON report is UTF-8 (RFC 8259)", invalid);
                }
                throw new UncheckedIOException(e.getCause());
            } catch (JacksonException e) {
                throw reader.notJson(e, parser);
            }
        }
    }

    private static void checkUtf8(byte[] head, String source) {
        if (head.length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) >= 0xFE)) {
            throw new ReportFormatException(FORMAT, source, 1, 1, "", "",
                    "a JSON report must be encoded in UTF-8 (RFC 8259); this input looks like UTF-16 or UTF-32", null);
        }
    }

    /**
     * The input, with what has been read of it recorded until {@link #stop()}, so that a document
     * whose edition comes late can be read again.
     */
    private static final class Recording extends InputStream {
        private final java.io.BufferedInputStream in;
        private java.io.ByteArrayOutputStream recorded = new java.io.ByteArrayOutputStream();

        Recording(InputStream in) {
            this.in = new java.io.BufferedInputStream(in, 8192);
        }

        byte[] peek(int n) throws IOException {
            in.mark(n);
            byte[] head = in.readNBytes(n);
            in.reset();
            return head;
        }

        void skipByteOrderMark(byte[] head) throws IOException {
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                in.skipNBytes(3);
            }
        }

        void stop() {
            recorded = null;
        }

        byte[] drain() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // recorded as read
            }
            return recorded.toByteArray();
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && recorded != null) {
                recorded.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0 && recorded != null) {
                recorded.write(b, off, n);
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /**
     * The decoded characters as Jackson reads them, with where each code point outside the Basic
     * Multilingual Plane is, so that a column Jackson counts in chars is given in code points.
     */
    private static final class Positions extends java.io.FilterReader {
        private long offset;
        private long[] pairs = new long[16];
        private int count;

        Positions(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            for (int i = 0; i < n; i++) {
                if (Character.isLowSurrogate(buffer[off + i]) && (i > 0 ? Character.isHighSurrogate(buffer[off + i - 1])
                        : lastHigh)) {
                    if (count == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, count * 2);
                    }
                    pairs[count++] = offset + i;
                }
            }
            if (n > 0) {
                lastHigh = Character.isHighSurrogate(buffer[off + n - 1]);
                offset += n;
            }
            return n;
        }

        private boolean lastHigh;

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        /** The low surrogates of pairs in [from, to). */
        long pairsBetween(long from, long to) {
            int low = lowerBound(from);
            int high = lowerBound(to);
            return high - low;
        }

        private int lowerBound(long value) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public void close() {
            // the caller owns the stream
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
            recording.stop();
            token = parser.nextToken();
        } else {
            if (whole == null) {
                throw new EditionNotFirst();
            }
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
        try (JsonParser scan = FACTORY.createParser(ObjectReadContext.empty(),
                TextInput.decoding(new ByteArrayInputStream(whole), StandardCharsets.UTF_8))) {
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
        return edition(p, token, "/" + EDITION_KEY);
    }

    private Edition edition(JsonParser p, JsonToken token, String pointer) {
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Edition.parse(p.getString());
            } catch (IllegalArgumentException e) {
                // not an edition code: reported below
            }
        }
        throw error(p.currentTokenLocation(), pointer, found(p, token),
                "expected the edition, the string \"2019\" or \"2021\"");
    }

    /** Reads the keys of an object whose first token after the opening brace is {@code token}. */
    private void object(Node node, JsonToken first, long seenBefore) {
        long seen = seenBefore;
        JsonToken token = first;
        while (token == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Node child = node.child(name);
            if (child == null && node.pointer().isEmpty() && JsonShape.DEVIATIONS.equals(name)) {
                if (deviationsSeen) {
                    throw error(parser.currentTokenLocation(), "/" + name, name,
                            "duplicate key \"" + name + "\": each key appears once");
                }
                deviationsSeen = true;
                deviations(parser.nextToken());
                token = parser.nextToken();
                continue;
            }
            if (child == null) {
                throw error(parser.currentTokenLocation(), pointer(), name, "unknown key \"" + name + "\" in edition "
                        + builder.edition() + "; expected one of " + keys(node)
                        + (node.pointer().isEmpty() ? ", " + JsonShape.DEVIATIONS : ""));
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
                text(node);
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
                text(node);
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

    // ---- the rows of another edition the report prints ----

    /** A cell of a deviation as found, resolved once the row is known (the keys come in any order). */
    private record Found(TokenStreamLocation key, TokenStreamLocation at, JsonToken token, String text, Money money) {
    }

    private void deviations(JsonToken token) {
        String pointer = "/" + JsonShape.DEVIATIONS;
        if (token != JsonToken.START_ARRAY) {
            throw error(parser.currentTokenLocation(), pointer, found(parser, token), "expected the rows of another"
                    + " edition the report prints, an array of {\"edition\": …, \"row\": …, \"cells\": {…}}");
        }
        List<TemplateDeviation> all = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
            all.add(deviation(pointer + "/" + all.size(), next, rows));
        }
        builder.deviations(all);
    }

    private TemplateDeviation deviation(String pointer, JsonToken token, Set<String> rows) {
        if (token != JsonToken.START_OBJECT) {
            throw error(parser.currentTokenLocation(), pointer, found(parser, token),
                    "expected a row of another edition, an object {\"edition\": …, \"row\": …, \"cells\": {…}}");
        }
        Edition report = builder.edition();
        Edition edition = null;
        String row = null;
        TokenStreamLocation rowAt = null;
        Map<String, Found> cells = null;
        TokenStreamLocation cellsEnd = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            TokenStreamLocation keyAt = parser.currentTokenLocation();
            boolean repeated = switch (name) {
                case JsonShape.DEVIATION_EDITION -> edition != null;
                case JsonShape.DEVIATION_ROW -> row != null;
                case JsonShape.DEVIATION_CELLS -> cells != null;
                default -> throw error(keyAt, pointer, name, "unknown key \"" + name + "\" in a row of another edition;"
                        + " expected one of edition, row, cells");
            };
            if (repeated) {
                throw error(keyAt, pointer + "/" + name, name, "duplicate key \"" + name + "\": each key appears once");
            }
            JsonToken value = parser.nextToken();
            switch (name) {
                case JsonShape.DEVIATION_EDITION -> {
                    edition = edition(parser, value, pointer + "/" + name);
                    if (edition == report) {
                        throw error(parser.currentTokenLocation(), pointer + "/" + name, found(parser, value),
                                "expected the edition of a row the report's edition " + report.code()
                                        + " does not have, \"" + other(report).code() + "\"");
                    }
                }
                case JsonShape.DEVIATION_ROW -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw error(parser.currentTokenLocation(), pointer + "/" + name, found(parser, value),
                                "expected the row's code in its edition, a string such as \"applications.otherHandling\"");
                    }
                    row = parser.getString();
                    rowAt = parser.currentTokenLocation();
                }
                default -> {
                    if (value != JsonToken.START_OBJECT) {
                        throw error(parser.currentTokenLocation(), pointer + "/" + name, found(parser, value),
                                "expected the row's figures, an object of its column codes");
                    }
                    cells = cells(pointer + "/" + name);
                    cellsEnd = parser.currentTokenLocation();
                }
            }
        }
        TokenStreamLocation end = parser.currentTokenLocation();
        for (String key : List.of(JsonShape.DEVIATION_EDITION, JsonShape.DEVIATION_ROW, JsonShape.DEVIATION_CELLS)) {
            boolean missing = key.equals(JsonShape.DEVIATION_EDITION) ? edition == null
                    : key.equals(JsonShape.DEVIATION_ROW) ? row == null : cells == null;
            if (missing) {
                throw error(end, pointer + "/" + key, "", "missing key \"" + key
                        + "\": a row of another edition names its edition, its row and its cells");
            }
        }
        Row found = null;
        StringBuilder expected = new StringBuilder();
        for (Row candidate : TemplateDeviation.rowsOutside(report)) {
            expected.append(expected.length() == 0 ? "" : ", ").append(candidate.code());
            if (candidate.code().equals(row)) {
                found = candidate;
            }
        }
        if (found == null) {
            throw error(rowAt, pointer + "/" + JsonShape.DEVIATION_ROW, row, "unknown row \"" + row + "\" of edition "
                    + edition.code() + " in a report of edition " + report.code()
                    + "; a row of another edition is one the report's edition does not have: " + expected);
        }
        if (!rows.add(row)) {
            throw error(rowAt, pointer + "/" + JsonShape.DEVIATION_ROW, row,
                    "duplicate row \"" + row + "\": each row of another edition is kept once");
        }
        Table table = tableOf(edition, found);
        Map<String, CellValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, Found> entry : cells.entrySet()) {
            if (table.columns().stream().noneMatch(c -> c.code().equals(entry.getKey()))) {
                throw error(entry.getValue().key(), pointer + "/cells/" + entry.getKey(), entry.getKey(), "unknown key \""
                        + entry.getKey() + "\" in the cells of row " + row + " of edition " + edition.code()
                        + "; expected one of " + columns(table));
            }
        }
        for (Column column : table.columns()) {
            Found cell = cells.get(column.code());
            String at = pointer + "/cells/" + column.code();
            if (cell == null) {
                throw error(cellsEnd, at, "", "missing key \"" + column.code()
                        + "\": every column of the row is required (a blank cell is null)");
            }
            values.put(column.code(), value(at, column.kind(), cell));
        }
        return TemplateDeviation.of(edition, row, values);
    }

    private Map<String, Found> cells(String pointer) {
        Map<String, Found> cells = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            TokenStreamLocation keyAt = parser.currentTokenLocation();
            if (cells.containsKey(name)) {
                throw error(keyAt, pointer + "/" + name, name, "duplicate key \"" + name + "\": each key appears once");
            }
            JsonToken value = parser.nextToken();
            TokenStreamLocation at = parser.currentTokenLocation();
            Money money = value == JsonToken.START_OBJECT ? money(pointer + "/" + name, value) : null;
            String text = value == JsonToken.START_OBJECT ? "{" : found(parser, value);
            if (value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
            cells.put(name, new Found(keyAt, at, value, text, money));
        }
        return cells;
    }

    private CellValue value(String pointer, CellKind kind, Found cell) {
        JsonToken token = cell.token();
        if (token == JsonToken.VALUE_NULL) {
            return kind.isCount() ? Count.blank() : Money.blank();
        }
        boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        if (number && !Limits.isNumberWithin(cell.text())) {
            throw error(cell.at(), pointer, "", "a number of " + cell.text().length()
                    + " characters is longer than the limit of " + Limits.MAX_NUMBER_LENGTH + " (Limits.MAX_NUMBER_LENGTH)");
        }
        switch (kind) {
            case COUNT, SIGNED_COUNT -> {
                if (token == JsonToken.VALUE_NUMBER_INT) {
                    try {
                        return Count.of(Integer.parseInt(cell.text()));
                    } catch (NumberFormatException e) {
                        // beyond int: reported below
                    }
                    throw error(cell.at(), pointer, cell.text(), "expected a count in " + Integer.MIN_VALUE + ".."
                            + Integer.MAX_VALUE);
                }
                throw error(cell.at(), pointer, cell.text(), token == JsonToken.VALUE_NUMBER_FLOAT
                        ? "expected a count, a whole number written without fraction or exponent"
                        : "expected a count, an integer, or null for a blank");
            }
            case MONEY -> {
                if (cell.money() != null) {
                    return cell.money();
                }
                throw error(cell.at(), pointer, cell.text(), "expected an amount with its unit, {\"amount\": <decimal>,"
                        + " \"unit\": \"元\" or \"万元\"}, or null for a blank");
            }
            default -> {
                if (number && cell.text().indexOf('e') < 0 && cell.text().indexOf('E') < 0) {
                    return Money.ofWanYuan(new BigDecimal(cell.text()));
                }
                throw error(cell.at(), pointer, cell.text(), number
                        ? "expected an amount in 万元, a plain decimal number, written without exponent so that it is"
                                + " exact as printed"
                        : "expected an amount in 万元, a plain decimal number, or null for a blank");
            }
        }
    }

    private static Edition other(Edition edition) {
        return edition == Edition.EDITION_2019 ? Edition.EDITION_2021 : Edition.EDITION_2019;
    }

    private static Table tableOf(Edition edition, Row row) {
        for (Table table : Template.of(edition).tables()) {
            if (table.rows().contains(row)) {
                return table;
            }
        }
        throw new IllegalStateException(row.code() + " is in no table of edition " + edition.code());
    }

    private static String columns(Table table) {
        StringBuilder all = new StringBuilder();
        for (Column column : table.columns()) {
            all.append(all.length() == 0 ? "" : ", ").append(column.code());
        }
        return all.toString();
    }

    /** Item 7: a lone surrogate escape is no character, and no other format could write it. */
    private void text(Node node) {
        String problem = Limits.textProblem(parser.getString());
        if (problem != null) {
            throw error(parser.currentTokenLocation(), node.pointer(), "", problem);
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
        return money(node.pointer(), token);
    }

    private Money money(String at, JsonToken token) {
        BigDecimal amount = null;
        MoneyUnit unit = null;
        String amountPointer = at + "/amount";
        String unitPointer = at + "/unit";
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
            if (!Limits.isNumberWithin(text)) {
                // item 6: the one limit of every format, with the cell named
                throw error(parser.currentTokenLocation(), pointer, "", "a number of " + text.length()
                        + " characters is longer than the limit of " + Limits.MAX_NUMBER_LENGTH
                        + " (Limits.MAX_NUMBER_LENGTH)");
            }
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
        long line = Math.max(location.getLineNr(), 0);
        long column = Math.max(location.getColumnNr(), 0);
        long offset = location.getCharOffset();
        if (offset >= 0 && column > 0) {
            // Jackson counts a column in chars; a code point outside the BMP is one column
            column -= positions.pairsBetween(offset - (column - 1), offset);
        }
        return new ReportFormatException(FORMAT, source, line, column, pointer, found, problem, cause);
    }
}
