package dev.xxgk.serialization.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * What the two CSV forms share: jackson-dataformat-csv set up for RFC 4180 records of plain
 * strings (no header handling, no comments, no trimming, quotes only where needed, CRLF line ends), records with the line
 * they start on, charsets and byte-order marks, and the text of a cell.
 */
public final class CsvSupport {

    private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
                    // quote a field only where RFC 4180 needs it, however long the field
                    .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
                    .maxQuoteCheckChars(Integer.MAX_VALUE)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The text of the small counts most cells hold, made once: writing millions of rows makes no garbage for them. */
    private static final String[] COUNT_TEXTS = new String[1024];

    static {
        for (int i = 0; i < COUNT_TEXTS.length; i++) {
            COUNT_TEXTS[i] = Integer.toString(i);
        }
    }

    private CsvSupport() {
    }

    /**
     * Whether a charset is one of Unicode's, which encode every text.
     *
     * @param charset a charset
     * @return true for UTF-8 and UTF-16
     */
    public static boolean isUnicode(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16");
    }

    /**
     * Checks writing options.
     *
     * @param charset the charset to write in
     * @param byteOrderMark whether to start with a byte-order mark
     * @throws IllegalArgumentException if the charset cannot encode, or a mark is asked for in a
     *     charset other than Unicode's
     */
    public static void checkOptions(Charset charset, boolean byteOrderMark) {
        if (!charset.canEncode()) {
            throw new IllegalArgumentException("charset " + charset.name() + " cannot encode");
        }
        if (byteOrderMark && !isUnicode(charset)) {
            throw new IllegalArgumentException("a byte-order mark is written in UTF-8 or UTF-16 only, not in "
                    + charset.name());
        }
    }

    /** Records read from a CSV input, each with the line it starts on. Not thread-safe. */
    public static final class Records implements AutoCloseable {
        private final JsonParser parser;
        private final String format;
        private final String source;
        private final Charset charset;
        private final List<String> fields = new ArrayList<>();
        private long line;

        /**
         * Decodes the input as {@link TextInput} does and reads its records.
         *
         * @param in the input, left open
         * @param format the format id, for errors
         * @param source where the input came from, for errors
         * @throws UncheckedIOException if reading fails
         */
        public Records(InputStream in, String format, String source) {
            TextInput.Decoded decoded;
            try {
                decoded = TextInput.open(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.charset = decoded.charset();
            this.format = format;
            this.source = source;
            this.parser = MAPPER.reader(SCHEMA).createParser(decoded.reader());
        }

        /**
         * The next record.
         *
         * @return its fields, or null at the end of the input
         * @throws ReportFormatException if the input is not valid CSV or not valid in its charset
         * @throws UncheckedIOException if reading fails
         */
        public String[] next() {
            fields.clear();
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    if (fields.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getString());
                }
                if (token != JsonToken.END_ARRAY) {
                    throw new IllegalStateException("a CSV record ended with " + token);
                }
            } catch (JacksonIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new ReportFormatException(format, source, parser.currentLocation().getLineNr(), 0, "", "",
                            "the input is not valid " + charset.name() + " at or after this line (read as "
                                    + charset.name() + " from its first bytes: UTF-8 with or without a byte-order mark,"
                                    + " else GB18030/GBK)", e);
                }
                throw new UncheckedIOException(e.getCause());
            } catch (JacksonException e) {
                long at = fields.isEmpty() ? parser.currentLocation().getLineNr() : line;
                String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
                throw new ReportFormatException(format, source, at, fields.size() + 1, "", "",
                        "not valid CSV: " + message, e);
            }
            return fields.toArray(new String[0]);
        }

        /**
         * The line the record last returned starts on.
         *
         * @return the 1-based line
         */
        public long line() {
            return line;
        }

        /**
         * The line the parser has reached, after the last record at the end of the input.
         *
         * @return the 1-based line
         */
        public long currentLine() {
            return parser.currentLocation().getLineNr();
        }

        /**
         * The charset the input was decoded with.
         *
         * @return the charset
         */
        public Charset charset() {
            return charset;
        }

        /** Releases the parser; the input stays open. */
        @Override
        public void close() {
            parser.close();
        }
    }

    /**
     * The first field of the first record of an input, to tell the CSV forms apart by their first
     * bytes: decoded as {@link TextInput} would, a byte-order mark skipped.
     *
     * @param head the first bytes of the input, possibly cut anywhere
     * @return the first field, or the empty string if there is none
     */
    public static String firstField(byte[] head) {
        String text = new String(head, TextInput.detect(head));
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        try (JsonParser parser = MAPPER.reader(SCHEMA).createParser(text)) {
            return parser.nextToken() == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.VALUE_STRING
                    ? parser.getString()
                    : "";
        } catch (JacksonException e) {
            return "";
        }
    }

    /**
     * Whether a record holds nothing: an empty line, or a row of empty cells.
     *
     * @param record a record
     * @return true if every field is empty
     */
    public static boolean isEmpty(String[] record) {
        for (String field : record) {
            if (!field.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Writes records to an output in a charset, leaving the output open. Not thread-safe. */
    public static final class Output implements AutoCloseable {
        private final Writer writer;
        private final JsonGenerator generator;
        private final CharsetEncoder check;

        /**
         * Opens the output.
         *
         * @param out the output, left open when this is closed
         * @param charset the charset
         * @param byteOrderMark whether to start with a byte-order mark
         * @throws UncheckedIOException if writing fails
         */
        public Output(OutputStream out, Charset charset, boolean byteOrderMark) {
            CharsetEncoder encoder = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.writer = new OutputStreamWriter(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, encoder);
            this.check = isUnicode(charset) ? null : charset.newEncoder();
            try {
                // Java's "UTF-16" encoder writes a mark of its own
                if (byteOrderMark && !charset.name().equals("UTF-16")) {
                    writer.write(BYTE_ORDER_MARK);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.generator = MAPPER.writer(SCHEMA).createGenerator(writer);
        }

        /**
         * Checks that the charset can encode a text before it is written.
         *
         * @param text the text
         * @param what what the text is, for the message
         * @throws IllegalArgumentException if the charset cannot encode it
         */
        public void checkEncodable(String text, String what) {
            if (check != null && !check.canEncode(CharBuffer.wrap(text))) {
                throw new IllegalArgumentException(what + " has a character that " + check.charset().name()
                        + " cannot encode; write UTF-8 or GB18030 instead");
            }
        }

        /**
         * Writes one record.
         *
         * @param record the fields
         * @throws UncheckedIOException if writing fails
         */
        public void write(String[] record) {
            try {
                generator.writeStartArray();
                for (String field : record) {
                    generator.writeString(field);
                }
                generator.writeEndArray();
            } catch (JacksonIOException e) {
                throw new UncheckedIOException(e.getCause());
            }
        }

        /**
         * Flushes what was written, leaving the output open.
         *
         * @throws UncheckedIOException if writing fails
         */
        @Override
        public void close() {
            try {
                generator.close();
                writer.close();
            } catch (JacksonIOException e) {
                throw new UncheckedIOException(e.getCause());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The text of a cell's value in both CSV forms: a count in decimal digits, an amount with its
     * unit ({@code 1500084元}), an amount in 万元 as a plain decimal, a blank as the empty string.
     *
     * @param cell the cell
     * @param value its value
     * @return the text
     */
    public static String cellText(Cell cell, CellValue value) {
        if (value.isBlank()) {
            return "";
        }
        if (value instanceof Count count && count.value() >= 0 && count.value() < COUNT_TEXTS.length) {
            return COUNT_TEXTS[count.value()];
        }
        if (cell.kind() == CellKind.MONEY_WAN_YUAN) {
            return ((Money) value).amount().toPlainString();
        }
        return value.toText();
    }

    /**
     * Reads the text of a cell, as {@link #cellText} writes it.
     *
     * @param cell the cell
     * @param text the text, not empty
     * @return the value
     * @throws IllegalArgumentException if the text is not a value of the cell's kind
     */
    public static CellValue parseCell(Cell cell, String text) {
        return switch (cell.kind()) {
            case COUNT, SIGNED_COUNT -> Count.parse(text);
            case MONEY -> Money.parse(text);
            case MONEY_WAN_YUAN -> Money.ofWanYuan(Money.parseAmount(text));
        };
    }

    /** What the year field holds, for error messages. */
    public static final String EXPECTED_YEAR =
            "the report year, four digits in " + AnnualReport.MIN_YEAR + ".."
                    + AnnualReport.MAX_YEAR;

    /** What the date field holds, for error messages. */
    public static final String EXPECTED_DATE = "the publication date yyyy-MM-dd, or an empty cell when not known";

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern ISO_DATE =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /**
     * Reads the report year.
     *
     * @param text four digits
     * @return the year, or -1 if the text is not a year the model accepts
     */
    public static int parseYear(String text) {
        if (YEAR.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            if (year >= AnnualReport.MIN_YEAR && year <= AnnualReport.MAX_YEAR) {
                return year;
            }
        }
        return -1;
    }

    /**
     * Reads the publication date.
     *
     * @param text an ISO date {@code yyyy-MM-dd}, or empty when not known
     * @return the date, or null when the text is empty
     * @throws IllegalArgumentException if the text is not such a date
     */
    public static LocalDate parseDate(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(EXPECTED_DATE, e);
            }
        }
        throw new IllegalArgumentException(EXPECTED_DATE);
    }

    /**
     * What a cell of a kind holds, for error messages.
     *
     * @param kind the kind
     * @return what is expected in the cell
     */
    public static String expected(CellKind kind) {
        return switch (kind) {
            case COUNT, SIGNED_COUNT -> "a count, a whole number in ASCII digits (-2147483648..2147483647),"
                    + " or an empty cell for a blank";
            case MONEY -> "an amount with its unit, such as 1500084元 or 608.5万元, or an empty cell for a blank";
            case MONEY_WAN_YUAN -> "an amount in 万元, a plain decimal number such as 12.5, or an empty cell for a blank";
        };
    }
}
